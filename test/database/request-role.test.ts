// The role that counts is the session's (issue 15, finding 8): claims that name another role than the one the
// transaction switched into change nothing, and the request roles have no TEMP and create no large objects.
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

let db: TestDb;
let org: TestOrg;
let patient: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  org = await newOrg(db);
  patient = await newUser(db, org, 'patient');
});
afterAll(async () => {
  await db?.close();
});

/** As the login role: BEGIN, switch into `role` with `claims`, run `sql`, ROLLBACK. Answers the rows or the error. */
async function asRole(role: string, claims: Record<string, unknown>, sql: string, params: unknown[] = []) {
  const c = new Client({ connectionString: db.appUrl });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('role', $1, true), set_config('request.jwt.claims', $2, true)", [
      role,
      JSON.stringify(claims),
    ]);
    try {
      return { rows: (await c.query(sql, params)).rows, error: undefined };
    } catch (err) {
      return { rows: [], error: err as Error & { code?: string } };
    }
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
    await c.end();
  }
}

describe('the session role, not the claim', () => {
  const lying = () => ({ ...patient.claims, role: 'service_role' });

  it('auth.role() answers the role the transaction switched into', async () => {
    const res = await asRole('authenticated', lying(), 'SELECT auth.role() AS role');
    expect(res.rows).toEqual([{ role: 'authenticated' }]);
    const anon = await asRole('anon', { role: 'service_role' }, 'SELECT auth.role() AS role');
    expect(anon.rows).toEqual([{ role: 'anon' }]);
  });

  it('create_notification refuses a patient whose claims say service_role', async () => {
    const res = await asRole(
      'authenticated',
      lying(),
      `SELECT public.create_notification($1, $2, 'system', 'hi', 'forged') AS id`,
      [org.id, patient.id],
    );
    expect(res.error?.code).toBe('CB403');
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n FROM public.notifications WHERE title = 'hi'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('expire_old_notifications refuses an authenticated session whose claims say service_role', async () => {
    const res = await asRole('authenticated', lying(), 'SELECT public.expire_old_notifications() AS n');
    expect(['42501', 'CB403']).toContain(res.error?.code); // no EXECUTE grant, or the function's own check
  });
});

describe('privileges the request roles do not need', () => {
  for (const role of ['anon', 'authenticated', 'service_role']) {
    it(`${role} cannot create a temporary table`, async () => {
      const res = await asRole(role, { ...patient.claims, role }, 'CREATE TEMP TABLE scratch (id int)');
      expect(res.error?.code).toBe('42501');
    });

    it(`${role} cannot create a large object`, async () => {
      const res = await asRole(role, { ...patient.claims, role }, 'SELECT lo_create(0) AS oid');
      expect(res.error?.code).toBe('42501');
      const other = await asRole(
        role,
        { ...patient.claims, role },
        `SELECT lo_from_bytea(0, 'x'::bytea) AS oid`,
      );
      expect(other.error?.code).toBe('42501');
    });
  }
});
