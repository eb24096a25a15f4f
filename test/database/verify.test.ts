// `npm run db:verify`'s checks against a real migrated database: it passes as migrated, and each kind of
// damage (made inside a transaction that is rolled back, so the checks see it and the next test does not)
// is reported as a miss naming the object.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, verifyDatabase, type Miss, type VerifyReport } from '../../src/common/database/verify';
import { EXPECTATIONS, type Expectations } from '../../src/common/database/verify-expectations';
import { MIGRATIONS } from '../../src/migrations';
import { createTestDatabase, type TestDb } from '../support/db';

let db: TestDb;
let client: PoolClient;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await db.owner.connect();
});
afterAll(async () => {
  client?.release();
  await db?.close();
});

let baseline: VerifyReport;

/** Runs `damage` as the owner, verifies, rolls everything back. */
async function verifyAfter(damage: string, expectations?: Expectations): Promise<VerifyReport> {
  await client.query('BEGIN');
  try {
    if (damage) await client.query(damage);
    return await verifyDatabase(client, { loginRole: db.config.DATABASE_APP_ROLE, expectations });
  } finally {
    await client.query('ROLLBACK');
  }
}

/** The misses a change adds to the undamaged database's (which the first test requires to be none). */
async function newMisses(damage: string, expectations?: Expectations): Promise<Miss[]> {
  baseline ??= await verifyAfter('');
  const known = new Set(baseline.misses.map((m) => `${m.subject}\u0000${m.problem}`));
  return (await verifyAfter(damage, expectations)).misses.filter(
    (m) => !known.has(`${m.subject}\u0000${m.problem}`),
  );
}

const withExtra = (extra: Partial<Expectations>): Expectations => ({
  tables: [...EXPECTATIONS.tables, ...(extra.tables ?? [])],
  enums: [...EXPECTATIONS.enums, ...(extra.enums ?? [])],
  views: [...EXPECTATIONS.views, ...(extra.views ?? [])],
  functions: [...EXPECTATIONS.functions, ...(extra.functions ?? [])],
});

describe('verifyDatabase', () => {
  it('passes on the migrated database, every built table checked', async () => {
    const report = await verifyAfter('');
    expect(report.misses).toEqual([]);
    expect(report.ok).toBe(true);
    const built = EXPECTATIONS.tables
      .filter((t) => !t.planned && t.table !== 'migrations')
      .map((t) => (t.table.includes('.') ? t.table : `public.${t.table}`));
    expect(built.length).toBeGreaterThan(40);
    for (const name of built) {
      const t = report.tables.find((x) => x.table === name);
      expect(t, name).toMatchObject({ status: 'ok', exists: true, rlsEnabled: true, rlsForced: true });
      expect(t!.indexesFound, name).toBe(t!.indexesExpected);
    }
    expect(report.objects).toContainEqual(
      expect.objectContaining({
        kind: 'definer',
        name: 'app_private.resolve_api_key',
        status: 'ok',
        detail: 'search_path=""',
      }),
    );
    expect(report.objects).toContainEqual(
      expect.objectContaining({ kind: 'login role', name: db.config.DATABASE_APP_ROLE, status: 'ok' }),
    );
    expect(formatReport(report)).toMatch(/Database verified\.$/);
  });

  it('reports RLS disabled on api_keys', async () => {
    const damage = 'ALTER TABLE public.api_keys DISABLE ROW LEVEL SECURITY';
    expect(await newMisses(damage)).toEqual([
      { subject: 'public.api_keys', problem: 'row level security is not enabled' },
    ]);
    const report = await verifyAfter(damage);
    expect(report.ok).toBe(false);
    const text = formatReport(report);
    expect(text).toMatch(/^public\.api_keys\s+OFF\s+on\s+4 \(min 4\)\s+3\/3\s+MISS$/m);
    expect(text).toContain('- public.api_keys: row level security is not enabled');
    expect(text).toMatch(/Database NOT verified\.$/);
  });

  it('reports a migration the code ships that the database lacks', async () => {
    const shipped = [...MIGRATIONS.map((M) => new M().name as string), 'Future1999999999999'];
    const report = await verifyDatabase(client, {
      loginRole: db.config.DATABASE_APP_ROLE,
      migrations: shipped,
    });
    expect(report.misses).toContainEqual({
      subject: 'public.migrations',
      problem: 'Future1999999999999 is not applied (npm run migration:run)',
    });
    expect(baseline.objects).toContainEqual(
      expect.objectContaining({
        kind: 'migrations',
        status: 'ok',
        detail: `${MIGRATIONS.length} of ${MIGRATIONS.length} applied`,
      }),
    );
  });

  it('reports RLS not forced', async () => {
    expect(await newMisses('ALTER TABLE public.sessions NO FORCE ROW LEVEL SECURITY')).toEqual([
      { subject: 'public.sessions', problem: 'row level security is not forced' },
    ]);
  });

  it('reports a dropped policy', async () => {
    expect(await newMisses('DROP POLICY api_keys_admin_delete ON public.api_keys')).toEqual([
      { subject: 'public.api_keys', problem: 'has 3 policies, expected at least 4' },
    ]);
  });

  it('reports a dropped expected index', async () => {
    expect(await newMisses('DROP INDEX public.api_keys_org_id_idx')).toEqual([
      { subject: 'public.api_keys', problem: 'missing index api_keys_org_id_idx' },
    ]);
  });

  it('reports an index that must not exist', async () => {
    const expectations = {
      ...EXPECTATIONS,
      tables: EXPECTATIONS.tables.map((t) =>
        t.table === 'users' ? { ...t, absentIndexes: ['users_email_key'] } : t,
      ),
    };
    expect(await newMisses('', expectations)).toEqual([
      { subject: 'public.users', problem: 'has users_email_key, which must not exist' },
    ]);
  });

  it('reports a table that is not in the expectations list, and its missing RLS', async () => {
    expect(await newMisses('CREATE TABLE public.widgets (id int PRIMARY KEY)')).toEqual([
      {
        subject: 'public.widgets',
        problem: expect.stringMatching(/^not listed in src\/common\/database\/verify-expectations\.ts/),
      },
      { subject: 'public.widgets', problem: 'row level security is not enabled' },
      { subject: 'public.widgets', problem: 'row level security is not forced' },
    ]);
  });

  it('reports an updatable tenant table without the org_id and updated_at triggers', async () => {
    const table = `CREATE TABLE public.gadgets (id int PRIMARY KEY, org_id uuid NOT NULL, updated_at timestamptz);
       ALTER TABLE public.gadgets ENABLE ROW LEVEL SECURITY; ALTER TABLE public.gadgets FORCE ROW LEVEL SECURITY;`;
    const expectations = withExtra({
      tables: [{ table: 'gadgets', seeds: '-', minPolicies: 0, indexes: [] }],
    });
    // Nobody but the owner may update it (append-only): the triggers would guard nothing.
    expect(await newMisses(table, expectations)).toEqual([]);
    const misses = await newMisses(`${table} GRANT UPDATE ON public.gadgets TO service_role;`, expectations);
    expect(misses.map((m) => `${m.subject}: ${m.problem}`)).toEqual([
      'public.gadgets: org_id is updatable but not immutable (no BEFORE UPDATE trigger calls public.prevent_org_id_change())',
      'public.gadgets: updated_at is not kept (no BEFORE UPDATE trigger calls public.update_updated_at_column())',
    ]);
    // A column grant that leaves org_id out needs only the updated_at trigger.
    const columnGrant = await newMisses(
      `${table} GRANT UPDATE (updated_at) ON public.gadgets TO authenticated;`,
      expectations,
    );
    expect(columnGrant.map((m) => m.problem)).toEqual([
      'updated_at is not kept (no BEFORE UPDATE trigger calls public.update_updated_at_column())',
    ]);
  });

  it('reports a security-definer function without a fixed search_path and open to PUBLIC', async () => {
    const damage = `CREATE FUNCTION app_private.leaky() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'`;
    expect(await newMisses(damage)).toEqual([
      { subject: 'app_private.leaky', problem: 'security definer without a fixed search_path' },
      {
        subject: 'app_private.leaky',
        problem: 'security definer executable by PUBLIC (REVOKE ALL ... FROM PUBLIC)',
      },
    ]);
  });

  it('reports a view that is not security_invoker, and accepts one that is', async () => {
    expect(await newMisses('CREATE VIEW public.user_emails AS SELECT id, email FROM public.users')).toEqual([
      { subject: 'public.user_emails', problem: 'view is not security_invoker, so it reads past RLS' },
    ]);
    const invoker =
      'CREATE VIEW public.user_emails WITH (security_invoker = true) AS SELECT id, email FROM public.users';
    expect(await newMisses(invoker)).toEqual([]);
    expect((await verifyAfter(invoker)).objects).toContainEqual(
      expect.objectContaining({ kind: 'view', name: 'public.user_emails', status: 'ok' }),
    );
  });

  it('reports anything the login role owns', async () => {
    expect(await newMisses(`ALTER TABLE public.api_keys OWNER TO ${db.config.DATABASE_APP_ROLE}`)).toEqual([
      {
        subject: db.config.DATABASE_APP_ROLE,
        problem: expect.stringMatching(/^login role owns relation (public\.)?api_keys$/),
      },
    ]);
  });

  it('reports a missing enum label, a missing expected enum and a missing named function', async () => {
    const misses = await newMisses(
      `ALTER TABLE public.verification_tokens ALTER COLUMN purpose TYPE text;
       DROP TYPE public.verification_purpose;
       DROP FUNCTION public.update_updated_at_column() CASCADE`,
      withExtra({ enums: [{ name: 'app_role', table: 'users_roles', values: ['superhero'] }] }),
    );
    const lines = misses.map((m) => `${m.subject}: ${m.problem}`);
    expect(lines).toContain("public.app_role: enum lacks 'superhero'");
    expect(lines).toContain('public.verification_purpose: enum type does not exist');
    expect(lines).toContain('public.update_updated_at_column: function does not exist');
    // The triggers went with the function, so every table with updated_at is reported too.
    expect(lines).toContain(
      'public.users: updated_at is not kept (no BEFORE UPDATE trigger calls public.update_updated_at_column())',
    );
  });

  it('reports a planned table and its objects as planned, any other missing table as a miss', async () => {
    const expectations = withExtra({
      tables: [
        {
          table: 'contacts_future',
          seeds: 'V',
          minPolicies: 1,
          indexes: ['idx_contacts_future_org'],
          planned: 'issue 99',
        },
      ],
      enums: [{ name: 'future_status', table: 'contacts_future' }],
      views: [{ name: 'public.ContactFuture', table: 'contacts_future' }],
      functions: [{ name: 'future_fn', table: 'contacts_future' }],
    });
    expect(await newMisses('', expectations)).toEqual([]);
    const report = await verifyAfter('', expectations);
    expect(report.planned).toEqual(
      expect.arrayContaining([
        'public.contacts_future',
        'public.future_status',
        'public.ContactFuture',
        'future_fn',
      ]),
    );
    expect(formatReport(report)).toMatch(
      /^public\.contacts_future\s+-\s+-\s+-\s+-\/1\s+planned \(issue 99\)$/m,
    );

    const created = await newMisses('CREATE TABLE public.contacts_future (id int)', expectations);
    expect(created.map((m) => `${m.subject}: ${m.problem}`)).toEqual([
      'public.contacts_future: row level security is not enabled',
      'public.contacts_future: row level security is not forced',
      'public.contacts_future: has 0 policies, expected at least 1',
      'public.contacts_future: missing index idx_contacts_future_org',
      'public.future_status: enum type does not exist',
      'public.ContactFuture: view does not exist',
      'future_fn: function does not exist',
    ]);

    expect(await newMisses('DROP TABLE public.verification_tokens CASCADE')).toEqual([
      {
        subject: 'public.verification_tokens',
        problem: 'table does not exist (npm run migration:run creates it)',
      },
    ]);
    // Not only the first migration's tables: any built table.
    expect(await newMisses('DROP TABLE public.chamber_schedules CASCADE')).toContainEqual({
      subject: 'public.chamber_schedules',
      problem: 'table does not exist (npm run migration:run creates it)',
    });
  });

  it('lists every table of the design catalog, so a database missing one is never a silent pass', () => {
    // The catalog leaves two names to us: the care team and the break-the-glass grants.
    const ours: Record<string, string> = {
      'care_team (name yours)': 'care_team_members',
      'break_glass grants (name yours)': 'break_glass_grants',
      'prescriptions (name yours)': 'prescriptions',
      'users_roles (memberships)': 'users_roles',
    };
    const catalog = readFileSync(path.resolve(__dirname, '../../../shared/design/catalog.md'), 'utf8');
    const names = catalog
      .split('\n')
      .filter((line) => /^\| [a-z]/.test(line) && !line.startsWith('| table |'))
      .flatMap((line) => line.split('|')[1].split(','))
      .map((n) => n.trim())
      .map((n) => ours[n] ?? n);
    expect(names.length).toBeGreaterThan(60);
    for (const n of names) expect(n, 'a catalog name we have not mapped').toMatch(/^[a-z_]+$/);
    const listed = new Set(EXPECTATIONS.tables.map((t) => t.table));
    expect(names.filter((n) => !listed.has(n))).toEqual([]);
  });
});
