// Migrations on a fresh, empty database: every up() and down() works (all applied, reverted one by one to
// nothing, applied again), and two processes preparing the same database at once apply each migration once.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  ensureRoles,
  revertLastMigration,
  runMigrations,
  withMigrationLock,
} from '../../src/common/database/bootstrap';
import { MIGRATIONS } from '../../src/migrations';
import { testConfig, withDb } from '../support/db';

const ALL = MIGRATIONS.map((M) => new M().name as string);
const quiet = () => undefined;
const created: string[] = [];

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: inject('pgAdminUrl') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** An empty database (template0: nothing of ours in it); the roles already exist cluster-wide. */
async function emptyDatabase(): Promise<string> {
  const name = `m_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0`));
  created.push(name);
  return withDb(inject('pgAdminUrl'), name);
}

async function query<T = any>(url: string, text: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

const appliedNames = async (url: string) =>
  (await query<{ name: string }>(url, 'SELECT name FROM public.migrations ORDER BY id')).map((r) => r.name);

afterAll(async () => {
  await admin(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});

describe('migrations', () => {
  it('apply, revert one by one to nothing, apply again', async () => {
    const url = await emptyDatabase();
    expect(await runMigrations(url, quiet)).toEqual(ALL);
    expect(await appliedNames(url)).toEqual(ALL);

    for (let left = ALL.length; left > 0; left--) {
      await revertLastMigration(url, quiet);
      expect(await appliedNames(url)).toEqual(ALL.slice(0, left - 1));
    }

    // Every down() together undo every up(): only TypeORM's own log table (and its id sequence) is left.
    const leftovers = await query<{ kind: string; name: string }>(
      url,
      `SELECT 'relation' AS kind, n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
           AND c.relname NOT IN ('migrations', 'migrations_id_seq') AND c.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
       UNION ALL SELECT 'type', n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0
           AND t.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
       UNION ALL SELECT 'function', n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname = 'public' AND p.oid NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e')
       UNION ALL SELECT 'schema', nspname FROM pg_namespace
         WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
    );
    expect(leftovers).toEqual([]);
    const [migrationsTable] = await query(
      url,
      `SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = 'public.migrations'::regclass`,
    );
    expect(migrationsTable).toEqual({ relrowsecurity: false, relforcerowsecurity: false });

    expect(await runMigrations(url, quiet)).toEqual(ALL);
    expect(await appliedNames(url)).toEqual(ALL);
  });

  it('two prepare runs racing on one empty database apply each migration once', async () => {
    const url = await emptyDatabase();
    const config = testConfig({ DATABASE_URL: url });
    const prepare = () =>
      withMigrationLock(url, async (client) => {
        await ensureRoles(client, config, quiet);
        return runMigrations(url, quiet);
      });
    const [a, b] = await Promise.all([prepare(), prepare()]);
    // One run applied everything; the other, after waiting for the lock, found nothing to do.
    expect([a, b].sort((x, y) => y.length - x.length)).toEqual([ALL, []]);
    const counts = await query<{ name: string; n: number }>(
      url,
      'SELECT name, count(*)::int AS n FROM public.migrations GROUP BY name ORDER BY min(id)',
    );
    expect(counts).toEqual(ALL.map((name) => ({ name, n: 1 })));
  });
});
