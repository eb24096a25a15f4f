// Brings a database to the state the app needs before it serves: the embedded server when DATABASE_URL is
// unset, the Postgres roles of the security model (docs: README "The RLS pipeline"), and the migrations,
// all under one advisory lock so that several instances starting together do not race.
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { ResolvedConfig } from '../config/config';
import { startEmbeddedPostgres, type EmbeddedHandle } from './embedded';
import { ownerDataSourceOptions } from './data-source';

export const API_ROLES = ['anon', 'authenticated', 'service_role'] as const;
const MIGRATION_LOCK_KEY = 727_270_001; // arbitrary, constant across versions

export interface DatabaseEndpoints {
  /** Owner or superuser connection: migrations, role management, seeding. Never used to serve requests. */
  ownerUrl: string;
  /** The login role ("authenticator"): owns nothing, serves every request. */
  appUrl: string;
  embedded?: EmbeddedHandle;
}

type Log = (msg: string) => void;

export function embeddedUrl(cfg: ResolvedConfig): string {
  return `postgres://postgres:postgres@127.0.0.1:${cfg.EMBEDDED_PG_PORT}/${cfg.EMBEDDED_PG_DATABASE}`;
}

/** `whileStarting`: synchronous work (such as loading the app's modules) to do while an embedded server starts. */
export interface PrepareOptions {
  whileStarting?: () => void;
}

export async function resolveDatabase(
  cfg: ResolvedConfig,
  log: Log,
  opts: PrepareOptions = {},
): Promise<DatabaseEndpoints> {
  let embedded: EmbeddedHandle | undefined;
  let ownerUrl = cfg.DATABASE_URL;
  if (!ownerUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dir: cfg.EMBEDDED_PG_DIR,
      port: cfg.EMBEDDED_PG_PORT,
      database: cfg.EMBEDDED_PG_DATABASE,
      whileStarting: opts.whileStarting,
      log: cfg.LOG_LEVEL === 'debug' || cfg.LOG_LEVEL === 'trace' ? log : undefined,
    });
    ownerUrl = embedded.url;
    log(
      `embedded PostgreSQL ready on 127.0.0.1:${cfg.EMBEDDED_PG_PORT} (${Date.now() - started} ms${opts.whileStarting ? ', the app loading meanwhile' : ''}, data in ${cfg.EMBEDDED_PG_DIR})`,
    );
  }
  return { ownerUrl, appUrl: appUrlFor(cfg, ownerUrl), embedded };
}

export function appUrlFor(cfg: ResolvedConfig, ownerUrl: string): string {
  if (cfg.DATABASE_APP_URL) return cfg.DATABASE_APP_URL;
  const url = new URL(ownerUrl);
  url.username = cfg.DATABASE_APP_ROLE;
  url.password = cfg.DATABASE_APP_PASSWORD;
  return url.toString();
}

/** Runs `fn` on an owner connection while holding the migration advisory lock. */
export async function withMigrationLock<T>(ownerUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await fn(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/**
 * Database-level privileges the request roles do not need: TEMP (PUBLIC has it by default). A privilege of the
 * database, not of its schema, so it is applied here on every boot rather than in a migration (a database
 * cloned from a template does not inherit it). A non-owner's REVOKE is a warning, not an error.
 */
export async function restrictDatabasePrivileges(client: Pick<Client, 'query'>): Promise<void> {
  await client.query(
    `DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$`,
  );
}

/**
 * Creates (or checks) the roles: anon, authenticated, service_role (NOLOGIN; only service_role bypasses RLS)
 * and the login role, which is NOINHERIT, NOBYPASSRLS, owns nothing and may only switch into the three.
 */
export async function ensureRoles(client: Client, cfg: ResolvedConfig, log: Log): Promise<void> {
  await restrictDatabasePrivileges(client);
  if (cfg.DATABASE_APP_URL) {
    const { rows } = await client.query<{ rolname: string }>(
      'SELECT rolname FROM pg_roles WHERE rolname = ANY($1)',
      [API_ROLES as unknown as string[]],
    );
    const missing = API_ROLES.filter((r) => !rows.some((row) => row.rolname === r));
    if (missing.length)
      throw new Error(
        `DATABASE_APP_URL is set, so roles are managed outside the app, but these are missing: ${missing.join(', ')}`,
      );
    return;
  }
  const { rows: me } = await client.query<{
    rolsuper: boolean;
    rolbypassrls: boolean;
    rolcreaterole: boolean;
  }>('SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = current_user');
  if (!me[0]?.rolsuper && !me[0]?.rolcreaterole)
    throw new Error(
      'DATABASE_URL must connect as a superuser or a role with CREATEROLE (or set DATABASE_APP_URL and create the roles yourself)',
    );
  const login = client.escapeIdentifier(cfg.DATABASE_APP_ROLE);
  const password = client.escapeLiteral(cfg.DATABASE_APP_PASSWORD);
  await client.query(`
    DO $roles$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN NOINHERIT; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN NOINHERIT; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${client.escapeLiteral(cfg.DATABASE_APP_ROLE)}) THEN
        CREATE ROLE ${login} LOGIN NOINHERIT NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END
    $roles$;
    ALTER ROLE ${login} WITH LOGIN NOINHERIT NOBYPASSRLS PASSWORD ${password};
    GRANT anon, authenticated, service_role TO ${login};
  `);
  log(`database roles ready (login role ${cfg.DATABASE_APP_ROLE})`);
}

export async function runMigrations(ownerUrl: string, log: Log): Promise<string[]> {
  const ds = new DataSource(ownerDataSourceOptions(ownerUrl));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    if (applied.length) log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

export async function revertLastMigration(ownerUrl: string, log: Log): Promise<void> {
  const ds = new DataSource(ownerDataSourceOptions(ownerUrl));
  await ds.initialize();
  try {
    await ds.undoLastMigration({ transaction: 'each' });
    log('reverted the last migration');
  } finally {
    await ds.destroy();
  }
}

/** Everything a process needs before it may serve: roles, then migrations, under the lock. */
export async function prepareDatabase(
  cfg: ResolvedConfig,
  log: Log,
  opts: PrepareOptions = {},
): Promise<DatabaseEndpoints> {
  const endpoints = await resolveDatabase(cfg, log, opts);
  await withMigrationLock(endpoints.ownerUrl, async (client) => {
    await ensureRoles(client, cfg, log);
    if (cfg.MIGRATIONS_RUN) await runMigrations(endpoints.ownerUrl, log);
  });
  return endpoints;
}
