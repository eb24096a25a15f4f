// The one logger: a pino instance that Fastify uses for its per-request child (bound to the request id)
// and Nest uses through nestjs-pino, which picks that child inside a request and the root outside one.
// Secrets are removed by pino's redaction before a line is serialized.
import type { LoggerService } from '@nestjs/common';
import type * as NestjsPino from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import pino, { type DestinationStream, type Logger } from 'pino';
import { SECRET_KEYS, type AppConfig } from '../config/config';

const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'refreshToken',
  'accessToken',
  'authToken',
  'apiKey',
  'secret',
  ...SECRET_KEYS,
];

const SECRET_HEADERS = ['authorization', 'cookie', '["set-cookie"]', '["x-api-key"]', '["stripe-signature"]'];

/** Top-level and one level down (`{ user: { password } }`); headers wherever a request or reply is logged. */
export const REDACT_PATHS: string[] = [
  ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]),
  ...SECRET_HEADERS.flatMap((h) => {
    const key = h.startsWith('[') ? h : `.${h}`;
    return [`headers${key}`, `req.headers${key}`, `res.headers${key}`];
  }),
];

export function createLogger(level: AppConfig['LOG_LEVEL'], destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}

/** Nest's logger: nestjs-pino over `root`, writing with the current request's child logger when there is one. */
export function nestLogger(root: Logger): LoggerService {
  // Required here, not at the top: main.ts needs only createLogger before it starts the database, and
  // nestjs-pino brings @nestjs/common, rxjs and pino-http (~300 ms) that can load while the database starts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Logger: NestPinoLogger, PinoLogger } = require('nestjs-pino') as typeof NestjsPino;
  return new NestPinoLogger(new PinoLogger({ pinoHttp: { logger: root } }), {});
}

/**
 * Runs the rest of a request (`next`) with its child logger as the one nestjs-pino's loggers write with.
 * This is what nestjs-pino's middleware does; called from a Fastify hook, it costs no middleware pipeline.
 */
export function withRequestLogger(requestLogger: Logger, next: () => void): void {
  storage.run(new Store(requestLogger), next);
}
