// The one logger: a pino instance that Fastify uses for its per-request child (bound to the request id)
// and Nest uses through nestjs-pino, which picks that child inside a request and the root outside one.
// Secrets are removed by pino's redaction before a line is serialized.
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
