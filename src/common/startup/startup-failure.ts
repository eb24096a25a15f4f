// What `npm start` (main.ts) and the CLIs print when the process cannot start: the cause and what to do about it, for
// the failures an operator can fix (a port in use, a database that cannot be reached or refuses the login),
// and the stack for the rest. Config errors have their own message (ConfigError, exit 78).

/** A start-up failure whose cause and remedy are known. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly remedy: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

interface Explained {
  cause: string;
  remedy: string;
  stack?: string;
}

type ErrorLike = Error & {
  code?: string;
  syscall?: string;
  address?: string;
  port?: number;
  hostname?: string;
};

const DATABASE_SETTINGS = 'DATABASE_URL (or DATABASE_APP_URL)';

function explain(err: unknown): Explained {
  if (err instanceof StartupError) return { cause: err.message, remedy: err.remedy };
  if (!(err instanceof Error))
    return {
      cause: `an error without a description was raised (${String(err)})`,
      remedy: 'run again with LOG_LEVEL=debug to see the log of the embedded database and of the app',
    };
  const e = err as ErrorLike;
  const where = e.address !== undefined && e.port !== undefined ? `${e.address}:${e.port}` : undefined;
  if (e.syscall === 'listen' && e.code === 'EADDRINUSE')
    return {
      cause: `port ${e.port} (${e.address}) is in use by another process`,
      remedy: 'stop that process, or set PORT (and HOST) to a free port',
    };
  if (e.syscall === 'listen' && e.code === 'EACCES')
    return {
      cause: `this process may not listen on port ${e.port} (${e.address})`,
      remedy: 'set PORT to 1024 or above, or give the process the privilege to bind low ports',
    };
  if (e.code === 'ECONNREFUSED')
    return {
      cause: `nothing accepts database connections at ${where ?? 'the configured address'} (connection refused)`,
      remedy: `start the database server, or correct ${DATABASE_SETTINGS}; unset, the embedded database is used`,
    };
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
    return {
      cause: `the database host ${e.hostname ?? '(unnamed)'} cannot be resolved (${e.code})`,
      remedy: `correct the host in ${DATABASE_SETTINGS}, or check the network's DNS`,
    };
  if (
    e.code === 'ETIMEDOUT' ||
    /timeout exceeded when trying to connect|Connection terminated/.test(e.message)
  )
    return {
      cause: `the database did not answer (${e.message})`,
      remedy: `check that the server of ${DATABASE_SETTINGS} runs and is reachable from here (firewall, port)`,
    };
  if (e.code === '28P01' || e.code === '28000')
    return {
      cause: `the database refused the login: ${e.message}`,
      remedy: `correct the user and password in ${DATABASE_SETTINGS}, or DATABASE_APP_PASSWORD`,
    };
  if (e.code === '3D000')
    return {
      cause: `the database does not exist: ${e.message}`,
      remedy: `create it, or correct the database name in ${DATABASE_SETTINGS}`,
    };
  if (e.code === '42501')
    return {
      cause: `the database user lacks a privilege: ${e.message}`,
      remedy:
        'DATABASE_URL must connect as a superuser or a role with CREATEROLE and BYPASSRLS (README, Configuration)',
    };
  return {
    cause: e.message || e.name,
    remedy: 'see the stack below; run again with LOG_LEVEL=debug for the full log',
    stack: e.stack,
  };
}

/** The lines main.ts (and the CLIs, with their own heading) write to stderr before exiting 1. */
export function startupFailureMessage(err: unknown, heading = 'Carebase failed to start'): string {
  const { cause, remedy, stack } = explain(err);
  return `${heading}: ${cause}\nTo fix it: ${remedy}\n${stack ? `${stack}\n` : ''}`;
}
