// The one logger: a pino instance that Fastify uses for its per-request child (bound to the request id)
// and Nest uses through nestjs-pino, which picks that child inside a request and the root outside one.
// Secrets are removed by pino's redaction before a line is serialized.
import type { LoggerService } from '@nestjs/common';
import type * as NestjsPino from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import pino, {
  type Bindings,
  type ChildLoggerOptions,
  type DestinationStream,
  type Level,
  type Logger,
} from 'pino';
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

/**
 * A request's logger, made only when a line is written at a level the root logger has enabled. Making a pino
 * child runs the redaction over its bindings, a few percent of a small request's CPU, and at LOG_LEVEL=warn
 * most requests write nothing. Lines come out exactly as the child's would (it is the child that writes them).
 */
class RequestLogger {
  private made?: Logger;

  constructor(
    private readonly parent: Logger,
    private readonly fields: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  private get logger(): Logger {
    return (this.made ??= this.parent.child(this.fields, this.options));
  }

  private write(level: Level, args: unknown[]): void {
    if (this.made || this.parent.isLevelEnabled(level))
      (this.logger[level] as (...a: unknown[]) => void)(...args);
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  trace(...args: unknown[]): void {
    this.write('trace', args);
  }
  silent(): void {}
  get level(): string {
    return this.made?.level ?? this.parent.level;
  }
  set level(level: string) {
    this.logger.level = level;
  }
  isLevelEnabled(level: string): boolean {
    return (this.made ?? this.parent).isLevelEnabled(level);
  }
  child(bindings: Bindings, options?: ChildLoggerOptions): Logger {
    return this.logger.child(bindings, options);
  }
  bindings(): Bindings {
    return this.logger.bindings();
  }
  flush(cb?: (err?: Error) => void): void {
    this.parent.flush(cb);
  }
}

/** The per-request logger Fastify asks for (childLoggerFactory): a child of `parent`, made on first use. */
export function requestLogger(parent: Logger, bindings: Bindings, options: ChildLoggerOptions = {}): Logger {
  // A route's own log level (Fastify passes it here) needs the real child to decide what is enabled.
  if (options.level) return parent.child(bindings, options);
  return new RequestLogger(parent, bindings, options) as unknown as Logger;
}
