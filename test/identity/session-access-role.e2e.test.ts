// The per-request session check reads one row: the session's access_role, kept by triggers on every row that can
// end access (SessionAccessRole migration). These are the trigger paths beyond session-check.e2e.test.ts: access
// comes back when the change is undone, the value cannot be written by hand, and a session created while an
// ending change is in flight never keeps the old role.
import type { PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newSession, newUser, type TestOrg } from '../support/factories';

let db: TestDb;
let api: TestApp;
let org: TestOrg;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const me = (token: string) => apiClient(api, token).GET('/api/me');
const accessRole = async (sessionId: string) =>
  (await db.owner.query(`SELECT access_role FROM public.sessions WHERE id = $1`, [sessionId])).rows[0]
    ?.access_role as string | null;

/** Whether `pid` is waiting on a lock (polls for up to a second). */
async function waitsOnLock(pid: number): Promise<boolean> {
  return (await lockWaitedOn(pid)) !== undefined;
}

/**
 * The kind of lock `pid` waits on (polls for up to a second). The audit chain's per-organization advisory lock
 * also serializes two audited writes of one organization; a row lock ('transactionid', 'tuple') is the
 * session's FOR SHARE.
 */
async function lockWaitedOn(pid: number): Promise<string | undefined> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await db.owner.query(
      `SELECT wait_event_type, wait_event FROM pg_stat_activity WHERE pid = $1`,
      [pid],
    );
    if (rows[0]?.wait_event_type === 'Lock') return rows[0].wait_event as string;
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}

async function withClients<T>(fn: (a: PoolClient, b: PoolClient) => Promise<T>): Promise<T> {
  const a = await db.owner.connect();
  const b = await db.owner.connect();
  try {
    return await fn(a, b);
  } finally {
    a.release();
    b.release();
  }
}

describe('session access role', () => {
  it('is the membership role, and follows a role change both ways', async () => {
    const user = await newUser(db, org, 'provider');
    expect(await accessRole(user.sessionId)).toBe('provider');
    await db.owner.query(`UPDATE public.users_roles SET role = 'patient' WHERE user_id = $1`, [user.id]);
    expect(await accessRole(user.sessionId)).toBe('patient');
    expectStatus(await me(user.token), 401);
    await db.owner.query(`UPDATE public.users_roles SET role = 'provider' WHERE user_id = $1`, [user.id]);
    expectStatus(await me(user.token), 200);
  });

  it('comes back when the user is enabled or the organization reactivated again', async () => {
    const user = await newUser(db, org, 'patient');
    await db.owner.query(`UPDATE public.users SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect(await accessRole(user.sessionId)).toBeNull();
    await db.owner.query(`UPDATE public.users SET disabled_at = NULL WHERE id = $1`, [user.id]);
    expectStatus(await me(user.token), 200);

    const other = await newOrg(db);
    const admin = await newUser(db, other, 'admin');
    await db.owner.query(`UPDATE public.organizations SET status = 'suspended' WHERE id = $1`, [other.id]);
    expect(await accessRole(admin.sessionId)).toBeNull();
    // A session created while the organization is suspended has no access either.
    const during = await newSession(db, { id: admin.id, orgId: other.id });
    expect(await accessRole(during.id)).toBeNull();
    await db.owner.query(`UPDATE public.organizations SET status = 'active' WHERE id = $1`, [other.id]);
    expectStatus(await me(admin.token), 200);
    expect(await accessRole(during.id)).toBe('admin');
  });

  it('cannot be written: every insert and update derives it again', async () => {
    const user = await newUser(db, org, 'patient');
    await db.owner.query(`UPDATE public.sessions SET access_role = 'admin' WHERE id = $1`, [user.sessionId]);
    expect(await accessRole(user.sessionId)).toBe('patient');
    const s = await db.owner.query(
      `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at, access_role)
       VALUES ($1, $2, '\\x00', now() + interval '1 day', 'admin') RETURNING access_role`,
      [org.id, user.id],
    );
    expect(s.rows[0].access_role).toBe('patient');
  });

  it('a role change waits for a session being created, then updates it', async () => {
    const user = await newUser(db, org, 'provider');
    await withClients(async (a, b) => {
      const pidB = (await b.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      await a.query('BEGIN');
      const created = await a.query(
        `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at)
         VALUES ($1, $2, '\\x01', now() + interval '1 day') RETURNING id, access_role`,
        [org.id, user.id],
      );
      expect(created.rows[0].access_role).toBe('provider');
      const change = b.query(`UPDATE public.users_roles SET role = 'patient' WHERE user_id = $1`, [user.id]);
      // Held at the membership row the new session locked, not (only) at the audit chain's lock.
      expect(['transactionid', 'tuple']).toContain(await lockWaitedOn(pidB));
      await a.query('COMMIT');
      await change;
      expect(await accessRole(created.rows[0].id)).toBe('patient');
    });
  });

  it('a session created while a role change is in flight waits for it and gets the new role', async () => {
    const user = await newUser(db, org, 'provider');
    await withClients(async (a, b) => {
      const pidA = (await a.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      await b.query('BEGIN');
      await b.query(`UPDATE public.users_roles SET role = 'patient' WHERE user_id = $1`, [user.id]);
      const created = a.query(
        `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at)
         VALUES ($1, $2, '\\x03', now() + interval '1 day') RETURNING id, access_role`,
        [org.id, user.id],
      );
      expect(await waitsOnLock(pidA)).toBe(true);
      await b.query('COMMIT');
      expect((await created).rows[0].access_role).toBe('patient');
    });
  });

  it('a session created while a suspension is in flight waits for it and sees it', async () => {
    const other = await newOrg(db);
    const user = await newUser(db, other, 'admin');
    await withClients(async (a, b) => {
      const pidA = (await a.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      await b.query('BEGIN');
      await b.query(`UPDATE public.organizations SET status = 'suspended' WHERE id = $1`, [other.id]);
      const created = a.query(
        `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at)
         VALUES ($1, $2, '\\x02', now() + interval '1 day') RETURNING id, access_role`,
        [other.id, user.id],
      );
      expect(await waitsOnLock(pidA)).toBe(true);
      await b.query('COMMIT');
      expect((await created).rows[0].access_role).toBeNull();
    });
  });
});
