// The audit API over HTTP: requests leave audit rows with their request id, admins read and verify their
// organization's log, failed sign-ins are recorded although their transaction rolls back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../src/modules/audit/audit.service';
import { apiClient, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, PASSWORD, type TestOrg, type TestUser } from '../support/factories';
import { asTamperingOwner } from './audit-support';

let db: TestDb;
let api: TestApp;
let org: TestOrg;
let admin: TestUser;
let patient: TestUser;
let otherAdmin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db);
  admin = await newUser(db, org, 'admin');
  patient = await newUser(db, org, 'patient');
  otherAdmin = await newUser(db, await newOrg(db), 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const flush = () => api.app.get(AuditService).flush();
const as = (user: TestUser) => apiClient(api, user.token);

describe('audit rows of API requests', () => {
  it('a write through the API leaves audit rows carrying its request id, listed for the admin', async () => {
    const res = await as(patient).PATCH('/api/me', {
      body: { name: 'Pat Ient', displayName: 'Pat' },
      headers: { 'user-agent': 'audit-e2e/1.0' },
    });
    expectStatus(res, 200);
    // The server's own id, never one a client chose.
    const requestId = res.response.headers.get('x-request-id');
    const { rows } = await db.owner.query(`SELECT * FROM audit_logs WHERE request_id = $1 ORDER BY seq`, [
      requestId,
    ]);
    expect(rows.map((r) => `${r.action} ${r.table_name}`)).toEqual(['UPDATE users', 'UPDATE profiles']);
    for (const r of rows)
      expect(r).toMatchObject({
        org_id: org.id,
        actor_user_id: patient.id,
        actor_app_role: 'patient',
        user_agent: 'audit-e2e/1.0',
        ip: '127.0.0.1',
      });
    expect(rows[0].changed_columns).toEqual(['name', 'updated_at']);
    expect(JSON.stringify(rows)).not.toContain('Pat Ient');

    const list = await as(admin).GET('/api/audit/logs', {
      params: { query: { table: 'users', action: 'UPDATE', actor: patient.id } },
    });
    const page = expectOk(list, 200);
    expect(page.items[0]).toMatchObject({
      requestId,
      table: 'users',
      action: 'UPDATE',
      rowId: patient.id,
      outcome: 'success',
      changedColumns: ['name', 'updated_at'],
      actor: { userId: patient.id, appRole: 'patient', role: 'authenticated' },
    });
    expect(page.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pages newest first with an opaque cursor, and filters by outcome and time', async () => {
    const first = expectOk(await as(admin).GET('/api/audit/logs', { params: { query: { limit: 2 } } }), 200);
    expect(first.items).toHaveLength(2);
    const second = await as(admin).GET('/api/audit/logs', {
      params: { query: { limit: 2, cursor: first.nextCursor ?? undefined } },
    });
    const seqs = [...first.items, ...expectOk(second, 200).items].map((i) => BigInt(i.seq));
    expect([...seqs].sort((x, y) => (x > y ? -1 : 1))).toEqual(seqs);
    expect(new Set(seqs).size).toBe(4);
    const future = await as(admin).GET('/api/audit/logs', {
      params: { query: { from: new Date(Date.now() + 3_600_000).toISOString() } },
    });
    expect(future.data).toEqual({ items: [], nextCursor: null });
    const bad = await as(admin).GET('/api/audit/logs', { params: { query: { cursor: 'not-a-cursor' } } });
    expectStatus(bad, 400);
  });

  it("another organization's admin sees none of these rows", async () => {
    const res = await as(otherAdmin).GET('/api/audit/logs', { params: { query: { limit: 200 } } });
    expect(expectOk(res, 200).items.some((i) => i.actor.userId === patient.id)).toBe(false);
  });

  it('non-admins are refused every audit route', async () => {
    expectStatus(await as(patient).GET('/api/audit/logs'), 403, '/api/audit/logs');
    expectStatus(await as(patient).GET('/api/audit/verify'), 403, '/api/audit/verify');
    expectStatus(await as(patient).GET('/api/audit/suspicious'), 403, '/api/audit/suspicious');
    expectStatus(await apiClient(api).GET('/api/audit/logs'), 401);
  });
});

describe('GET /api/audit/verify', () => {
  it('verifies the chain, then names the row an owner altered', async () => {
    const ok = expectOk(await as(admin).GET('/api/audit/verify'), 200);
    expect(ok).toMatchObject({ ok: true });
    expect(ok).not.toHaveProperty('firstBroken');
    expect(ok.checkedRows).toBeGreaterThan(3);
    expect(ok.head?.hash).toMatch(/^[0-9a-f]{64}$/);

    const { rows } = await db.owner.query(
      `SELECT id, seq FROM audit_logs WHERE org_id = $1 ORDER BY seq LIMIT 1 OFFSET 2`,
      [org.id],
    );
    await asTamperingOwner(db, (c) =>
      c.query(`UPDATE audit_logs SET action = 'X' WHERE id = $1`, [rows[0].id]),
    );
    const broken = await as(admin).GET('/api/audit/verify');
    expect(expectOk(broken, 200)).toMatchObject({
      ok: false,
      firstBroken: { seq: rows[0].seq, id: rows[0].id, reason: 'hash_mismatch' },
    });

    // Another organization's chain is untouched.
    const other = await as(otherAdmin).GET('/api/audit/verify');
    expect(other.data?.ok).toBe(true);
  });
});

describe('failed sign-ins', () => {
  it('are recorded although the sign-in transaction rolls back, and show in /api/audit/suspicious', async () => {
    const victim = await newUser(db, org, 'provider');
    const anonymous = apiClient(api);
    const requestIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await anonymous.POST('/api/auth/sign-in', {
        body: { email: victim.email, password: 'definitely wrong' },
      });
      expectStatus(res, 401);
      requestIds.push(res.response.headers.get('x-request-id')!);
    }
    const unknown = await anonymous.POST('/api/auth/sign-in', {
      body: { email: 'nobody@example.test', password: 'whatever!!' },
    });
    expectStatus(unknown, 401);
    const good = await anonymous.POST('/api/auth/sign-in', {
      body: { email: victim.email, password: PASSWORD },
    });
    expectStatus(good, 200);
    await flush();

    const { rows } = await db.owner.query(
      `SELECT * FROM audit_logs WHERE event_type = 'AUTH_SIGN_IN_FAILED' AND row_id = $1 ORDER BY seq`,
      [victim.id],
    );
    expect(rows.map((r) => r.request_id)).toEqual(requestIds);
    for (const r of rows)
      expect(r).toMatchObject({
        org_id: org.id,
        table_name: 'users',
        action: 'SIGN_IN',
        outcome: 'denied',
        job: 'auth.sign-in',
        details: { reason: 'wrong_password' },
      });
    const noTenant = await db.owner.query(
      `SELECT count(*)::int AS n FROM audit_logs WHERE event_type = 'AUTH_SIGN_IN_FAILED' AND org_id IS NULL AND details->>'reason' = 'unknown_email'`,
    );
    expect(noTenant.rows[0].n).toBe(1);

    const denied = await as(admin).GET('/api/audit/logs', {
      params: { query: { outcome: 'denied', action: 'SIGN_IN' } },
    });
    expect(denied.data?.items.map((i) => i.requestId)).toEqual([...requestIds].reverse());

    const suspicious = (threshold: number) =>
      as(admin).GET('/api/audit/suspicious', { params: { query: { threshold } } });
    const found = expectOk(await suspicious(3), 200);
    expect(found.items).toContainEqual(
      expect.objectContaining({ kind: 'failed_sign_in', actor: `user:${victim.id}`, count: 3 }),
    );
    const quiet = await suspicious(4);
    expect(quiet.data?.items.filter((i) => i.kind === 'failed_sign_in')).toEqual([]);
    expectStatus(await suspicious(0), 400);
  });
});
