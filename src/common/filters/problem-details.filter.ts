// The one exception filter: every error leaves as problem-details JSON (RFC 9457) with the request id.
// Database errors are mapped without echoing values, so a constraint on a hidden row reveals nothing.
import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pgError } from '../database/sql-errors';
import {
  DomainError,
  problem,
  type ErrorCode,
  type FieldError,
  type ProblemDetails,
} from '../errors/domain-error';
import { NoTransactionError } from '../context/request-context';

const SQLSTATE: Record<string, [ErrorCode, string]> = {
  '23505': ['conflict', 'The request conflicts with an existing record.'],
  '23P01': ['conflict', 'The request conflicts with an existing record.'],
  '23503': ['conflict', 'The request refers to a record that does not exist or cannot be used.'],
  '23001': ['conflict', 'The record is still referenced by other records.'],
  '23502': ['invalid-input', 'A required value is missing.'],
  '23514': ['invalid-input', 'A value is outside what is allowed.'],
  '22P02': ['invalid-input', 'A value has the wrong format.'],
  '22007': ['invalid-input', 'A date or time has the wrong format.'],
  '22008': ['invalid-input', 'A date or time is out of range.'],
  '22003': ['invalid-input', 'A number is out of range.'],
  '22001': ['invalid-input', 'A value is too long.'],
  '22023': ['invalid-input', 'A value is not allowed.'],
  '22P05': ['invalid-input', 'A value contains characters that cannot be stored.'],
  '22021': ['invalid-input', 'A value contains characters that cannot be stored.'],
  '42501': ['forbidden', 'You are not allowed to do this.'],
  '40001': ['unavailable', 'The request raced another; retry it.'],
  '40P01': ['unavailable', 'The request raced another; retry it.'],
  '57014': ['unavailable', 'The request took too long.'],
  '55P03': ['unavailable', 'The record is busy; retry it.'],
  CB400: ['invalid-input', ''],
  CB401: ['unauthorized', ''],
  CB403: ['forbidden', ''],
  CB404: ['not-found', ''],
  CB409: ['conflict', ''],
  CB422: ['unprocessable', ''],
};

const FASTIFY_CODES: Record<number, ErrorCode> = {
  400: 'invalid-input',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
};

function fromStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 409) return 'conflict';
  if (status === 422) return 'unprocessable';
  if (status === 503) return 'unavailable';
  return FASTIFY_CODES[status] ?? (status >= 500 ? 'internal' : 'invalid-input');
}

export function toProblem(err: unknown, requestId: string): ProblemDetails {
  if (err instanceof DomainError) return problem(err.code, err.message, requestId, err.errors);
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const body = err.getResponse() as { message?: unknown; errors?: FieldError[] } | string;
    const code = fromStatus(status);
    const detail =
      status >= 500
        ? 'The server could not complete the request.'
        : typeof body === 'string'
          ? body
          : Array.isArray(body.message)
            ? body.message.join('; ')
            : String(body.message ?? err.message);
    return problem(code, detail, requestId, typeof body === 'object' ? body.errors : undefined);
  }
  const driver = pgError(err);
  if (driver) {
    const mapped = SQLSTATE[driver.code];
    if (mapped) {
      // Custom SQLSTATEs come from our own functions, whose messages are written for callers.
      return problem(mapped[0], mapped[1] || driver.message, requestId);
    }
    // 08xxx: connection failures; 57P0x: the server shutting down, crashed, or starting up (crash recovery).
    if (driver.code.startsWith('08') || driver.code.startsWith('57P'))
      return problem('unavailable', 'The database is unavailable; retry shortly.', requestId);
  }
  // Fastify's own errors (bad JSON, body too large, wrong content type) carry a statusCode.
  const status = (err as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = fromStatus(status);
    const message =
      (err as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      /JSON/.test(String((err as Error).message))
        ? 'The body is not valid JSON.'
        : String((err as Error).message ?? '');
    return problem(code, message, requestId);
  }
  if (isConnectionError(err))
    return problem('unavailable', 'The database is unavailable; retry shortly.', requestId);
  return problem('internal', 'The server could not complete the request.', requestId);
}

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** The database went away mid-request (crash, restart, network): the client may retry, so 503 rather than 500. */
function isConnectionError(err: unknown): boolean {
  const code = String((err as { code?: string })?.code ?? '');
  const message = String((err as Error)?.message ?? '');
  return (
    SOCKET_CODES.has(code) ||
    code.startsWith('57P') ||
    code.startsWith('08') ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|postmaster|the database system is/.test(
      message,
    )
  );
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(err: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = toProblem(err, String(request?.id ?? ''));
    if (body.status >= 500) {
      const kind = err instanceof NoTransactionError ? 'no-transaction' : 'unhandled';
      this.logger.error({ msg: `${kind} error`, requestId: body.requestId, err: describe(err) });
    }
    if (body.status === 405) reply.header('allow', 'GET, POST, PUT, PATCH, DELETE');
    void reply
      .status(body.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(body);
  }
}

function describe(err: unknown): Record<string, unknown> {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { value: String(err) };
}
