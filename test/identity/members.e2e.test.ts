// The organization, its members and the signed-in user's own data over HTTP: who may change what,
// keyset pagination, the last-admin rule, and sessions that end with a membership.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomSecret, sha256 } from '../../src/common/crypto/tokens';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { addMembership, newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let org: TestOrg;
let admin: TestUser;
let provider: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db, 'Riverside Clinic');
  admin = await newUser(db, org, 'admin');
  provider = await newUser(db, org, 'provider');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

async function extraSession(user: TestUser, orgId = user.orgId): Promise<string> {
  const { rows } = await db.owner.query(
    `INSERT INTO sessions (org_id, user_id, refresh_token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day') RETURNING id`,
    [orgId, user.id, sha256(randomSecret())],
  );
  return rows[0].id;
}

const as = (user: TestUser) => apiClient(api, user.token);
const byUser = (userId: string) => ({ params: { path: { userId } } });
const byId = (id: string) => ({ params: { path: { id } } });

describe('/api/organization', () => {
  it('any member reads it', async () => {
    const res = await as(provider).GET('/api/organization');
    expect(expectOk(res, 200)).toMatchObject({
      id: org.id,
      name: 'Riverside Clinic',
      status: 'active',
      settings: {},
    });
  });

  it('only an admin patches it; settings are stored as jsonb and read back as given', async () => {
    const denied = await as(provider).PATCH('/api/organization', { body: { name: 'Taken over' } });
    expectStatus(denied, 403);

    const settings = { locale: 'fr-FR', reminders: { hoursBefore: [24, 2], sms: false }, note: null };
    const res = await as(admin).PATCH('/api/organization', { body: { name: 'Riverside Health', settings } });
    expect(expectOk(res, 200)).toMatchObject({ id: org.id, name: 'Riverside Health', settings });
    const { rows } = await db.owner.query(
      `SELECT name, settings, jsonb_typeof(settings) AS t FROM organizations WHERE id = $1`,
      [org.id],
    );
    expect(rows[0]).toEqual({ name: 'Riverside Health', settings, t: 'object' });

    // A name-only patch keeps the settings.
    const renamed = await as(admin).PATCH('/api/organization', { body: { name: 'Riverside' } });
    expect(renamed.data).toMatchObject({ name: 'Riverside', settings });
  });

  it('rejects a non-object settings value and unknown properties (slug, status)', async () => {
    // Bodies outside the contract's types: untyped on purpose.
    for (const body of [
      { settings: 'dark' },
      { settings: [1, 2] },
      { slug: 'stolen' },
      { status: 'suspended' },
    ]) {
      const res = await api.request('PATCH', '/api/organization', { token: admin.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('invalid-input');
    }
    const { rows } = await db.owner.query(`SELECT status FROM organizations WHERE id = $1`, [org.id]);
    expect(rows[0].status).toBe('active');
  });
});

describe('members', () => {
  it('lists with cursor pagination, newest first, every member exactly once', async () => {
    const listed = await newOrg(db);
    const head = await newUser(db, listed, 'admin');
    for (let i = 0; i < 26; i++) await newUser(db, listed, i % 2 ? 'patient' : 'provider');
    const { rows: expected } = await db.owner.query(
      `SELECT id, user_id FROM users_roles WHERE org_id = $1 ORDER BY created_at DESC, id DESC`,
      [listed.id],
    );
    expect(expected).toHaveLength(27);

    const seen: Array<{ id: string; userId: string; createdAt: string }> = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await as(head).GET('/api/organization/members', {
        params: { query: { limit: 10, cursor } },
      });
      const page = expectOk(res, 200);
      expect(page.items.length).toBeLessThanOrEqual(10);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);

    expect(pages).toBe(3);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    expect(seen.map((m) => m.id)).toEqual(expected.map((r) => r.id));
    expect(seen.map((m) => m.userId)).toEqual(expected.map((r) => r.user_id));
    const times = seen.map((m) => Date.parse(m.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Members of this org only.
    expect(seen.map((m) => m.userId)).not.toContain(admin.id);
  });

  it('keeps the order and loses nothing when members share the same millisecond', async () => {
    // Rows created within one millisecond are where a cursor that drops microseconds skips rows.
    const crowded = await newOrg(db);
    const head = await newUser(db, crowded, 'admin');
    const others = await Promise.all(Array.from({ length: 6 }, () => newUser(db, crowded, 'patient')));
    await db.owner.query(
      `UPDATE users_roles SET created_at = timestamptz '2030-01-01 00:00:00.000100+00' + (n * interval '100 microseconds')
       FROM (SELECT id AS rid, row_number() OVER (ORDER BY id) AS n FROM users_roles WHERE org_id = $1) r
       WHERE id = r.rid`,
      [crowded.id],
    );
    const { rows: expected } = await db.owner.query(
      `SELECT id FROM users_roles WHERE org_id = $1 ORDER BY created_at DESC, id DESC`,
      [crowded.id],
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const res = await as(head).GET('/api/organization/members', {
        params: { query: { limit: 2, cursor } },
      });
      const page = expectOk(res, 200);
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen).toEqual(expected.map((r) => r.id));
    expect(seen).toHaveLength(others.length + 1);
  });

  it('answers an invalid cursor with a 400 problem', async () => {
    for (const cursor of ['garbage', Buffer.from('["not a date","x"]').toString('base64url'), 'eyJ']) {
      const res = await as(admin).GET('/api/organization/members', { params: { query: { cursor } } });
      const problem = expectError(res, 400, cursor);
      expect(res.response.headers.get('content-type')).toContain('application/problem+json');
      expect(problem).toMatchObject({ code: 'invalid-input', errors: [{ field: 'cursor' }] });
    }
    const tooBig = await as(admin).GET('/api/organization/members', { params: { query: { limit: 101 } } });
    expectStatus(tooBig, 400);
  });

  it('is for admins only', async () => {
    expectStatus(await as(provider).GET('/api/organization/members'), 403);
    expectStatus(await as(provider).GET('/api/organization/members/{userId}', byUser(admin.id)), 403);
    const demote = await as(provider).PATCH('/api/organization/members/{userId}', {
      ...byUser(admin.id),
      body: { role: 'patient' },
    });
    expectStatus(demote, 403);
    expectStatus(await as(provider).DELETE('/api/organization/members/{userId}', byUser(admin.id)), 403);
  });

  it("changes a member's role", async () => {
    const member = await newUser(db, org, 'patient');
    const res = await as(admin).PATCH('/api/organization/members/{userId}', {
      ...byUser(member.id),
      body: { role: 'provider' },
    });
    expect(expectOk(res, 200)).toMatchObject({ userId: member.id, role: 'provider', email: member.email });
    const { rows } = await db.owner.query(`SELECT role FROM users_roles WHERE org_id = $1 AND user_id = $2`, [
      org.id,
      member.id,
    ]);
    expect(rows[0].role).toBe('provider');
    // A role the contract does not have: untyped on purpose.
    const bad = await api.request('PATCH', `/api/organization/members/${member.id}`, {
      token: admin.token,
      body: { role: 'owner' },
    });
    expect(bad.status).toBe(400);
    const unknown = await as(admin).PATCH('/api/organization/members/{userId}', {
      ...byUser(randomUUID()),
      body: { role: 'patient' },
    });
    expectStatus(unknown, 404);
  });

  it('removes a member; their sessions in this org go with the membership, their sessions elsewhere stay', async () => {
    const member = await newUser(db, org, 'provider');
    const second = await extraSession(member);
    const elsewhere = await newOrg(db);
    await newUser(db, elsewhere, 'admin');
    const there = await addMembership(db, member, elsewhere, 'patient');

    const res = await as(admin).DELETE('/api/organization/members/{userId}', byUser(member.id));
    expectStatus(res, 204);
    const { rows } = await db.owner.query(`SELECT id, org_id FROM sessions WHERE user_id = $1`, [member.id]);
    expect(rows.map((r) => r.id)).toEqual([there.sessionId]);
    expect(rows.map((r) => r.id)).not.toContain(second);
    expect(rows.map((r) => r.id)).not.toContain(member.sessionId);
    // The user still exists (a global identity) and still belongs to the other org.
    const roles = await db.owner.query(`SELECT org_id FROM users_roles WHERE user_id = $1`, [member.id]);
    expect(roles.rows.map((r) => r.org_id)).toEqual([elsewhere.id]);
    expectStatus(await as(admin).GET('/api/organization/members/{userId}', byUser(member.id)), 404);
    expectStatus(await as(admin).DELETE('/api/organization/members/{userId}', byUser(member.id)), 404);
  });

  it('will not demote or remove the last admin (409), but will once there is another', async () => {
    const solo = await newOrg(db);
    const only = await newUser(db, solo, 'admin');
    const demote = await as(only).PATCH('/api/organization/members/{userId}', {
      ...byUser(only.id),
      body: { role: 'provider' },
    });
    expect(expectError(demote, 409)).toMatchObject({ code: 'conflict' });
    const remove = await as(only).DELETE('/api/organization/members/{userId}', byUser(only.id));
    expectStatus(remove, 409);
    const { rows } = await db.owner.query(`SELECT role FROM users_roles WHERE org_id = $1 AND user_id = $2`, [
      solo.id,
      only.id,
    ]);
    expect(rows[0].role).toBe('admin');

    const second = await newUser(db, solo, 'admin');
    const ok = await as(second).PATCH('/api/organization/members/{userId}', {
      ...byUser(only.id),
      body: { role: 'provider' },
    });
    expectStatus(ok, 200);
    // Now `second` is the last admin.
    expectStatus(await as(second).DELETE('/api/organization/members/{userId}', byUser(second.id)), 409);
  });
});

describe('/api/me', () => {
  it('patches own name, displayName, timezone and voiceEnabled', async () => {
    const me = await newUser(db, org, 'patient');
    const res = await as(me).PATCH('/api/me', {
      body: { name: 'Mary Major', displayName: 'Mary', timezone: 'Europe/Paris', voiceEnabled: true },
    });
    const patched = expectOk(res, 200);
    expect(patched).toMatchObject({
      id: me.id,
      name: 'Mary Major',
      profile: { displayName: 'Mary', timezone: 'Europe/Paris', voiceEnabled: true, plan: 'free' },
    });
    const read = await as(me).GET('/api/me');
    expect(read.data).toEqual(patched);
    const { rows } = await db.owner.query(
      `SELECT u.name, p.display_name, p.timezone, p.voice_enabled FROM users u JOIN profiles p ON p.user_id = u.id WHERE u.id = $1`,
      [me.id],
    );
    expect(rows[0]).toEqual({
      name: 'Mary Major',
      display_name: 'Mary',
      timezone: 'Europe/Paris',
      voice_enabled: true,
    });
    // Only the caller changed.
    const other = await db.owner.query(`SELECT name FROM users WHERE id = $1`, [provider.id]);
    expect(other.rows[0].name).toBe('Test provider');
  });

  it('refuses plan (and other unknown properties) with 400 and changes nothing', async () => {
    const me = await newUser(db, org, 'patient');
    // Bodies outside the contract's types: untyped on purpose.
    for (const body of [
      { plan: 'pro' },
      { name: 'X', plan: 'pro' },
      { email: 'new@example.test' },
      { voiceEnabled: 'yes' },
    ]) {
      const res = await api.request('PATCH', '/api/me', { token: me.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('invalid-input');
    }
    const planned = await api.request('PATCH', '/api/me', { token: me.token, body: { plan: 'pro' } });
    expect(planned.body.errors).toEqual([{ field: 'plan', message: 'is not allowed' }]);
    const { rows } = await db.owner.query(
      `SELECT p.plan, u.name, u.email FROM profiles p JOIN users u ON u.id = p.user_id WHERE u.id = $1`,
      [me.id],
    );
    expect(rows[0]).toEqual({ plan: 'free', name: 'Test patient', email: me.email });
  });
});

describe('/api/me/sessions', () => {
  it('lists own sessions in this org only, marking the current one', async () => {
    const me = await newUser(db, org, 'provider');
    const second = await extraSession(me);
    const elsewhere = await newOrg(db);
    await newUser(db, elsewhere, 'admin');
    const there = await addMembership(db, me, elsewhere, 'patient');

    const page = expectOk(await as(me).GET('/api/me/sessions'), 200);
    const ids = page.items.map((s) => s.id);
    expect(ids.sort()).toEqual([me.sessionId, second].sort());
    expect(ids).not.toContain(there.sessionId);
    expect(page.items.find((s) => s.id === me.sessionId)?.current).toBe(true);
    expect(page.items.find((s) => s.id === second)?.current).toBe(false);
    expect(JSON.stringify(page)).not.toMatch(/refresh/i);
  });

  it('pages through own sessions without losing any that share a millisecond', async () => {
    const me = await newUser(db, org, 'patient');
    for (let i = 0; i < 4; i++) await extraSession(me);
    await db.owner.query(
      `UPDATE sessions SET created_at = timestamptz '2030-01-01 00:00:00.000100+00' + (n * interval '100 microseconds')
       FROM (SELECT id AS sid, row_number() OVER (ORDER BY id) AS n FROM sessions WHERE user_id = $1) s WHERE id = s.sid`,
      [me.id],
    );
    const { rows } = await db.owner.query(
      `SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
      [me.id],
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const res = await as(me).GET('/api/me/sessions', { params: { query: { limit: 2, cursor } } });
      const page = expectOk(res, 200);
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen).toEqual(rows.map((r) => r.id));
    expect(seen).toHaveLength(5);
  });

  it("ends one of own sessions; another user's session id is 404 and stays", async () => {
    const me = await newUser(db, org, 'provider');
    const second = await extraSession(me);
    const neighbour = await newUser(db, org, 'provider');

    const foreign = await as(me).DELETE('/api/me/sessions/{id}', byId(neighbour.sessionId));
    expect(expectError(foreign, 404).code).toBe('not-found');
    const still = await db.owner.query(`SELECT count(*)::int AS n FROM sessions WHERE id = $1`, [
      neighbour.sessionId,
    ]);
    expect(still.rows[0].n).toBe(1);
    // An admin cannot end a member's session through this route either.
    expectStatus(await as(admin).DELETE('/api/me/sessions/{id}', byId(neighbour.sessionId)), 404);

    const own = await as(me).DELETE('/api/me/sessions/{id}', byId(second));
    expectStatus(own, 204);
    const gone = await db.owner.query(`SELECT count(*)::int AS n FROM sessions WHERE id = $1`, [second]);
    expect(gone.rows[0].n).toBe(0);
    expectStatus(await as(me).DELETE('/api/me/sessions/{id}', byId(second)), 404);
  });
});
