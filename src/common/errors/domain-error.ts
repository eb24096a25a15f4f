// Services throw DomainError with a string code; the one exception filter maps codes to HTTP statuses and
// a problem-details body. SQL functions raise the same codes as SQLSTATEs CB400/CB403/CB404/CB409/CB422.
export const ERROR_STATUS = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_TITLE: Record<ErrorCode, string> = {
  'invalid-input': 'Invalid input',
  unauthorized: 'Authentication required',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  conflict: 'Conflict',
  'payload-too-large': 'Payload too large',
  'unsupported-media-type': 'Unsupported media type',
  unprocessable: 'Unprocessable request',
  'rate-limited': 'Too many requests',
  internal: 'Internal server error',
  unavailable: 'Service unavailable',
};

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  /** Commit the transaction's work before answering with this error (e.g. revoking a session on token reuse). */
  commitFirst = false;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }

  static committed(code: ErrorCode, message: string): DomainError {
    const err = new DomainError(code, message);
    err.commitFirst = true;
    return err;
  }
}

export const notFound = (what = 'resource') =>
  new DomainError('not-found', `The ${what} does not exist or is not visible to you.`);

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  code: ErrorCode;
  errors?: FieldError[];
}

export function problem(
  code: ErrorCode,
  detail: string,
  requestId: string,
  errors?: FieldError[],
): ProblemDetails {
  return {
    type: `https://carebase.dev/problems/${code}`,
    title: ERROR_TITLE[code],
    status: ERROR_STATUS[code],
    detail,
    requestId,
    code,
    ...(errors?.length ? { errors } : {}),
  };
}
