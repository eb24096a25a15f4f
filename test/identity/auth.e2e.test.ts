import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';

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

const signUpBody = (email: string) => ({ email, password: 'a long enough password', name: 'Ada', organizationName: 'Northside Clinic' });

describe('sign-up and sign-in', () => {
  it('signs up: creates the organization, makes the caller its admin, returns tokens', async () => {
    const res = await api.request('POST', '/api/auth/sign-up', { body: signUpBody('Ada@Example.test') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', role: 'admin', expiresIn: 900 });
    const me = await api.request('GET', '/api/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'ada@example.test', role: 'admin', emailVerified: false, organizationId: res.body.organizationId });
    expect(me.body.memberships).toEqual([{ organizationId: res.body.organizationId, organizationName: 'Northside Clinic', role: 'admin' }]);
    const { rows } = await db.owner.query('SELECT password_hash FROM users WHERE email = $1', ['ada@example.test']);
    expect(rows[0].password_hash).toMatch(/^scrypt\$14\$8\$1\$/);
    expect(JSON.stringify(me.body)).not.toContain('scrypt');
  });

  it('refuses a taken email with 409 and writes nothing', async () => {
    const before = await db.owner.query('SELECT count(*)::int AS n FROM organizations');
    const res = await api.request('POST', '/api/auth/sign-up', { body: signUpBody('ada@example.test') });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const after = await db.owner.query('SELECT count(*)::int AS n FROM organizations');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('rejects unknown body properties and bad fields with a problem listing each field', async () => {
    const res = await api.request('POST', '/api/auth/sign-up', { body: { ...signUpBody('x@example.test'), org_id: 'x', password: 'short' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: 'invalid-input', title: 'Invalid input' });
    expect(res.body.requestId).toBeTruthy();
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['org_id', 'password']));
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await api.request('POST', '/api/auth/sign-in', { raw: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('https://carebase.dev/problems/invalid-input');
  });

  it('signs in with the right password only, with the same answer for unknown emails', async () => {
    const ok = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'a long enough password' } });
    expect(ok.status).toBe(200);
    const wrong = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'wrong password!' } });
    const unknown = await api.request('POST', '/api/auth/sign-in', { body: { email: 'nobody@example.test', password: 'wrong password!' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use; replaying a rotated token revokes the session', async () => {
    const signIn = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'a long enough password' } });
    const first = signIn.body.refreshToken as string;
    const second = await api.request('POST', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first);
    // The old token again: refused, and the whole session is revoked (the current token dies too).
    const replay = await api.request('POST', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(replay.status).toBe(401);
    const afterReplay = await api.request('POST', '/api/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(afterReplay.status).toBe(401);
    const sessionId = first.split('.')[0];
    const { rows } = await db.owner.query('SELECT revoked_reason FROM sessions WHERE id = $1', [sessionId]);
    expect(rows[0].revoked_reason).toBe('refresh_token_reuse');
  });

  it('stores only hashes of refresh tokens', async () => {
    const signIn = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'a long enough password' } });
    const [id, secret] = signIn.body.refreshToken.split('.');
    const { rows } = await db.owner.query('SELECT refresh_token_hash FROM sessions WHERE id = $1', [id]);
    expect(Buffer.from(rows[0].refresh_token_hash).toString('base64url')).not.toBe(secret);
    const dump = await db.owner.query("SELECT count(*)::int AS n FROM sessions WHERE encode(refresh_token_hash, 'escape') LIKE '%' || $1 || '%'", [secret]);
    expect(dump.rows[0].n).toBe(0);
  });

  it('sign-out ends the session: its refresh token stops working', async () => {
    const signIn = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'a long enough password' } });
    expect((await api.request('POST', '/api/auth/sign-out', { token: signIn.body.accessToken })).status).toBe(204);
    const refresh = await api.request('POST', '/api/auth/refresh', { body: { refreshToken: signIn.body.refreshToken } });
    expect(refresh.status).toBe(401);
  });
});

describe('email verification, password reset, invitations, switching organization', () => {
  it('verifies the email with the mailed token, once', async () => {
    const token = await api.mail.tokenFor('ada@example.test', 'email_verification');
    expect((await api.request('POST', '/api/auth/verify-email', { body: { token } })).status).toBe(200);
    expect((await api.request('POST', '/api/auth/verify-email', { body: { token } })).status).toBe(400);
  });

  it('resets a password with the mailed token and ends existing sessions', async () => {
    const signIn = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'a long enough password' } });
    expect((await api.request('POST', '/api/auth/password-reset', { body: { email: 'ada@example.test' } })).status).toBe(202);
    expect((await api.request('POST', '/api/auth/password-reset', { body: { email: 'ghost@example.test' } })).status).toBe(202);
    const token = await api.mail.tokenFor('ada@example.test', 'password_reset');
    const reset = await api.request('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'another long password' } });
    expect(reset.status).toBe(200);
    expect((await api.request('POST', '/api/auth/refresh', { body: { refreshToken: signIn.body.refreshToken } })).status).toBe(401);
    const again = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'another long password' } });
    expect(again.status).toBe(200);
  });

  it('invites a member who accepts, signs in with the invited role, and can switch to their own org', async () => {
    const admin = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'another long password' } });
    const invite = await api.request('POST', '/api/organization/members', {
      token: admin.body.accessToken,
      body: { email: 'grace@example.test', role: 'provider' },
    });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ role: 'provider', invitationSent: true });
    const token = await api.mail.tokenFor('grace@example.test', 'invitation');
    const accept = await api.request('POST', '/api/auth/accept-invitation', { body: { token, password: 'grace password 123', name: 'Grace' } });
    expect(accept.status).toBe(200);
    const grace = await api.request('POST', '/api/auth/sign-in', { body: { email: 'grace@example.test', password: 'grace password 123' } });
    expect(grace.body.role).toBe('provider');
    // A provider may not manage members.
    expect((await api.request('GET', '/api/organization/members', { token: grace.body.accessToken })).status).toBe(403);
    // Grace signs up her own org too, then switches between them.
    const own = await api.request('POST', '/api/auth/sign-up', { body: signUpBody('grace2@example.test') });
    expect(own.status).toBe(201);
    const twice = await api.request('POST', '/api/organization/members', { token: admin.body.accessToken, body: { email: 'grace@example.test', role: 'patient' } });
    expect(twice.status).toBe(409);
    const switched = await api.request('POST', '/api/auth/switch-organization', {
      body: { refreshToken: grace.body.refreshToken, organizationId: own.body.organizationId },
    });
    expect(switched.status).toBe(403);
  });

  it('switches organization with new tokens naming the new org', async () => {
    const a = await api.request('POST', '/api/auth/sign-up', { body: signUpBody('multi@example.test') });
    const admin = await api.request('POST', '/api/auth/sign-in', { body: { email: 'ada@example.test', password: 'another long password' } });
    await api.request('POST', '/api/organization/members', { token: admin.body.accessToken, body: { email: 'multi@example.test', role: 'patient' } });
    const switched = await api.request('POST', '/api/auth/switch-organization', {
      body: { refreshToken: a.body.refreshToken, organizationId: admin.body.organizationId },
    });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ organizationId: admin.body.organizationId, role: 'patient' });
    const me = await api.request('GET', '/api/me', { token: switched.body.accessToken });
    expect(me.body.organizationId).toBe(admin.body.organizationId);
    expect(me.body.memberships).toHaveLength(2);
  });
});
