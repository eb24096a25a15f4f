// A role change and another change that recomputes the member's sessions (a user being disabled, the role of
// another of their memberships) can deadlock on the session rows both update (SessionAccessRole migration).
// The client of the request Postgres aborts must get a retryable problem, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser } from '../support/factories';

let db: TestDb;
let api: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** The backends of the app's database other than `except` that wait on a lock (polls for up to 5 s). */
async function lockWaiter(except: number): Promise<boolean> {
  for (let i = 0; i < 250; i++) {
    const { rows } = await db.owner.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> $1 AND wait_event_type = 'Lock'`,
      [except],
    );
    if (rows.length) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe("a role change deadlocked on the member's session rows", () => {
  it('answers 503 unavailable (retry), not 500', async () => {
    const org = await newOrg(db);
    const admin = await newUser(db, org, 'admin');
    const member = await newUser(db, org, 'provider');
    const other = await db.owner.connect();
    try {
      const pid = (await other.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      await other.query('BEGIN');
      // The request that waits first detects the deadlock and is the one aborted.
      await other.query(`SET LOCAL deadlock_timeout = '10s'`);
      // As a change that recomputes the member's sessions does (disabling them, or a role change of theirs
      // elsewhere), hold their session rows; then want the membership the role change holds.
      await other.query(`SELECT 1 FROM public.sessions WHERE user_id = $1 FOR UPDATE`, [member.id]);
      const change = apiClient(api, admin.token).PATCH('/api/organization/members/{userId}', {
        params: { path: { userId: member.id } },
        body: { role: 'patient' },
      });
      expect(await lockWaiter(pid)).toBe(true); // the role change holds the membership, waits on a session
      const mine = other.query(`SELECT 1 FROM public.users_roles WHERE user_id = $1 FOR UPDATE`, [member.id]);
      const res = await change;
      await mine;
      await other.query('ROLLBACK');
      expect(expectError(res, 503)).toMatchObject({ code: 'unavailable' });
    } finally {
      other.release();
    }
  });
});
