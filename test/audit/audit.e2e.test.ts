// The audit API over HTTP: requests leave audit rows with their request id, admins read and verify their
// organization's log, failed sign-ins are recorded although their transaction rolls back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../src/modules/audit/audit.service';
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

describe('audit rows of API requests', () => {
  it('a write through the API leaves audit rows carrying its request id, listed for the admin', async () => {
    const requestId = `req-${Date.now()}`;
    const res = await api.request('PATCH', '/api/me', {
      token: patient.token,
      body: { name: 'Pat Ient', displayName: 'Pat' },
      headers: { 'x-request-id': requestId, 'user-agent': 'audit-e2e/1.0' },
    });
    expect(res.status).toBe(200);
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

    const list = await api.request('GET', `/api/audit/logs?table=users&action=UPDATE&actor=${patient.id}`, {
      token: admin.token,
    });
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      requestId,
      table: 'users',
      action: 'UPDATE',
      rowId: patient.id,
      outcome: 'success',
      changedColumns: ['name', 'updated_at'],
      actor: { userId: patient.id, appRole: 'patient', role: 'authenticated' },
    });
    expect(list.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pages newest first with an opaque cursor, and filters by outcome and time', async () => {
    const first = await api.request('GET', '/api/audit/logs?limit=2', { token: admin.token });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await api.request('GET', `/api/audit/logs?limit=2&cursor=${first.body.nextCursor}`, {
      token: admin.token,
    });
    expect(second.status).toBe(200);
    const seqs = [...first.body.items, ...second.body.items].map((i: { seq: string }) => BigInt(i.seq));
    expect([...seqs].sort((x, y) => (x > y ? -1 : 1))).toEqual(seqs);
    expect(new Set(seqs).size).toBe(4);
    const future = await api.request(
      'GET',
      `/api/audit/logs?from=${new Date(Date.now() + 3_600_000).toISOString()}`,
      { token: admin.token },
    );
    expect(future.body).toEqual({ items: [], nextCursor: null });
    const bad = await api.request('GET', '/api/audit/logs?cursor=not-a-cursor', { token: admin.token });
    expect(bad.status).toBe(400);
  });

  it("another organization's admin sees none of these rows", async () => {
    const res = await api.request('GET', '/api/audit/logs?limit=200', { token: otherAdmin.token });
    expect(res.status).toBe(200);
    expect(res.body.items.some((i: { actor: { userId: string } }) => i.actor.userId === patient.id)).toBe(
      false,
    );
  });

  it('non-admins are refused every audit route', async () => {
    for (const path of ['/api/audit/logs', '/api/audit/verify', '/api/audit/suspicious'])
      expect((await api.request('GET', path, { token: patient.token })).status, path).toBe(403);
    expect((await api.request('GET', '/api/audit/logs')).status).toBe(401);
  });
});

describe('GET /api/audit/verify', () => {
  it('verifies the chain, then names the row an owner altered', async () => {
    const ok = await api.request('GET', '/api/audit/verify', { token: admin.token });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true });
    expect(ok.body).not.toHaveProperty('firstBroken');
    expect(ok.body.checkedRows).toBeGreaterThan(3);
    expect(ok.body.head.hash).toMatch(/^[0-9a-f]{64}$/);

    const { rows } = await db.owner.query(
      `SELECT id, seq FROM audit_logs WHERE org_id = $1 ORDER BY seq LIMIT 1 OFFSET 2`,
      [org.id],
    );
    await asTamperingOwner(db, (c) =>
      c.query(`UPDATE audit_logs SET action = 'X' WHERE id = $1`, [rows[0].id]),
    );
    const broken = await api.request('GET', '/api/audit/verify', { token: admin.token });
    expect(broken.status).toBe(200);
    expect(broken.body).toMatchObject({
      ok: false,
      firstBroken: { seq: rows[0].seq, id: rows[0].id, reason: 'hash_mismatch' },
    });

    // Another organization's chain is untouched.
    const other = await api.request('GET', '/api/audit/verify', { token: otherAdmin.token });
    expect(other.body.ok).toBe(true);
  });
});

describe('failed sign-ins', () => {
  it('are recorded although the sign-in transaction rolls back, and show in /api/audit/suspicious', async () => {
    const victim = await newUser(db, org, 'provider');
    const requestIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const requestId = `signin-fail-${i}-${Date.now()}`;
      requestIds.push(requestId);
      const res = await api.request('POST', '/api/auth/sign-in', {
        body: { email: victim.email, password: 'definitely wrong' },
        headers: { 'x-request-id': requestId },
      });
      expect(res.status).toBe(401);
    }
    const unknown = await api.request('POST', '/api/auth/sign-in', {
      body: { email: 'nobody@example.test', password: 'whatever!!' },
    });
    expect(unknown.status).toBe(401);
    const good = await api.request('POST', '/api/auth/sign-in', {
      body: { email: victim.email, password: PASSWORD },
    });
    expect(good.status).toBe(200);
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

    const denied = await api.request('GET', '/api/audit/logs?outcome=denied&action=SIGN_IN', {
      token: admin.token,
    });
    expect(denied.body.items.map((i: { requestId: string }) => i.requestId)).toEqual(
      [...requestIds].reverse(),
    );

    const found = await api.request('GET', '/api/audit/suspicious?threshold=3', { token: admin.token });
    expect(found.status).toBe(200);
    expect(found.body.items).toContainEqual(
      expect.objectContaining({ kind: 'failed_sign_in', actor: `user:${victim.id}`, count: 3 }),
    );
    const quiet = await api.request('GET', '/api/audit/suspicious?threshold=4', { token: admin.token });
    expect(quiet.body.items.filter((i: { kind: string }) => i.kind === 'failed_sign_in')).toEqual([]);
    expect(
      (await api.request('GET', '/api/audit/suspicious?threshold=0', { token: admin.token })).status,
    ).toBe(400);
  });
});
