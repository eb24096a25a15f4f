import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
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

const anonymous = () => apiClient(api);
const signUpBody = (email: string) => ({
  email,
  password: 'a long enough password',
  name: 'Ada',
  organizationName: 'Northside Clinic',
});
const signIn = (email: string, password: string) =>
  anonymous().POST('/api/auth/sign-in', { body: { email, password } });
const refresh = (refreshToken: string) => anonymous().POST('/api/auth/refresh', { body: { refreshToken } });

/** Signs up and then in (sign-up answers no tokens); answers the sign-in's token pair. */
async function signUpAndIn(email: string) {
  expectStatus(await anonymous().POST('/api/auth/sign-up', { body: signUpBody(email) }), 202);
  return expectOk(await signIn(email.toLowerCase(), 'a long enough password'), 200);
}
const counts = async () =>
  (
    await db.owner.query(
      `SELECT (SELECT count(*) FROM organizations)::int AS orgs, (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM users_roles)::int AS members, (SELECT count(*) FROM profiles)::int AS profiles,
              (SELECT count(*) FROM verification_tokens)::int AS tokens, (SELECT count(*) FROM sessions)::int AS sessions`,
    )
  ).rows[0];

describe('sign-up and sign-in', () => {
  it('signs up: creates the organization and makes the caller its admin; tokens come from signing in', async () => {
    const res = await anonymous().POST('/api/auth/sign-up', { body: signUpBody('Ada@Example.test') });
    expect(expectOk(res, 202)).toEqual({ accepted: true });
    await api.mail.tokenFor('ada@example.test', 'email_verification');
    // An unverified email signs in (as before sign-up stopped answering tokens).
    const tokens = expectOk(await signIn('ada@example.test', 'a long enough password'), 200);
    expect(tokens).toMatchObject({ tokenType: 'Bearer', role: 'admin', expiresIn: 900 });
    const me = expectOk(await apiClient(api, tokens.accessToken).GET('/api/me'), 200);
    expect(me).toMatchObject({
      email: 'ada@example.test',
      role: 'admin',
      emailVerified: false,
      organizationId: tokens.organizationId,
    });
    expect(me.memberships).toEqual([
      { organizationId: tokens.organizationId, organizationName: 'Northside Clinic', role: 'admin' },
    ]);
    const { rows } = await db.owner.query('SELECT password_hash FROM users WHERE email = $1', [
      'ada@example.test',
    ]);
    expect(rows[0].password_hash).toMatch(/^scrypt\$14\$8\$1\$/);
    expect(JSON.stringify(me)).not.toContain('scrypt');
  });

  it('answers a registered address exactly as a new one: 202, the same body and headers, no tokens', async () => {
    const fresh = await anonymous().POST('/api/auth/sign-up', { body: signUpBody('newcomer@example.test') });
    const taken = await anonymous().POST('/api/auth/sign-up', { body: signUpBody('ada@example.test') });
    const headerNames = (r: Response) => {
      // forEach, not keys(): fhirclient's types (the SMART tests) bring in the DOM lib without its iterables.
      const names: string[] = [];
      r.headers.forEach((_, name) => names.push(name));
      return names.sort();
    };
    for (const res of [fresh, taken]) {
      expect(res.response.status).toBe(202);
      expect(res.data).toEqual({ accepted: true });
      expect(res.error).toBeUndefined();
    }
    expect(taken.data).toEqual(fresh.data);
    expect(headerNames(taken.response)).toEqual(headerNames(fresh.response));
    for (const h of ['content-type', 'content-length', 'cache-control'])
      expect(taken.response.headers.get(h), h).toBe(fresh.response.headers.get(h));
  });

  it('for a registered address creates nothing, keeps its password and mails the owner a notice without a token', async () => {
    const before = await counts();
    const sentBefore = api.mail.sent.length;
    const res = await anonymous().POST('/api/auth/sign-up', {
      body: {
        ...signUpBody('ada@example.test'),
        password: 'an attacker password',
        organizationName: 'Other',
      },
    });
    expectStatus(res, 202);
    expect(await counts()).toEqual(before);
    await expect.poll(() => api.mail.sent.length).toBe(sentBefore + 1);
    const notice = api.mail.sent[sentBefore];
    expect(notice).toMatchObject({
      to: 'ada@example.test',
      kind: 'sign_up_notice',
      subject: 'Someone tried to sign up with your address',
    });
    expect(notice.text).toMatch(/sign in/i);
    expect(notice.text).toMatch(/reset/i);
    expect(notice.data).not.toHaveProperty('token');
    expect(JSON.stringify(notice)).not.toContain('token=');
    expectStatus(await signIn('ada@example.test', 'an attacker password'), 401);
    expectStatus(await signIn('ada@example.test', 'a long enough password'), 200);
  });

  it('mails a registered address at most 3 notices an hour, however many sign-ups name it', async () => {
    await signUpAndIn('inbox@example.test');
    const notices = () =>
      api.mail.sent.filter((m) => m.to === 'inbox@example.test' && m.kind === 'sign_up_notice');
    for (let i = 0; i < 5; i++)
      expectStatus(
        await anonymous().POST('/api/auth/sign-up', { body: signUpBody('Inbox@Example.test') }),
        202,
      );
    await expect.poll(() => notices().length).toBe(3);
    // The share is the address's own: another registered address still gets its notice.
    await signUpAndIn('other-inbox@example.test');
    expectStatus(
      await anonymous().POST('/api/auth/sign-up', { body: signUpBody('other-inbox@example.test') }),
      202,
    );
    await expect
      .poll(() => api.mail.sent.filter((m) => m.to === 'other-inbox@example.test').map((m) => m.kind))
      .toEqual(['email_verification', 'sign_up_notice']);
    expect(notices()).toHaveLength(3);
  });

  it('signs up one new address sent twice at once: both answer 202, one account exists', async () => {
    const body = signUpBody('twice@example.test');
    const answers = await Promise.all([1, 2].map(() => anonymous().POST('/api/auth/sign-up', { body })));
    expect(answers.map((a) => a.response.status)).toEqual([202, 202]);
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n FROM users WHERE email = 'twice@example.test'`,
    );
    expect(rows[0].n).toBe(1);
    await expect
      .poll(() =>
        api.mail.sent
          .filter((m) => m.to === 'twice@example.test')
          .map((m) => m.kind)
          .sort(),
      )
      .toEqual(['email_verification', 'sign_up_notice']);
  });

  it('rejects unknown body properties and bad fields with a problem listing each field', async () => {
    // An unknown property: outside the contract, so untyped on purpose.
    const res = await api.request('POST', '/api/auth/sign-up', {
      body: { ...signUpBody('x@example.test'), org_id: 'x', password: 'short' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: 'invalid-input', title: 'Invalid input' });
    expect(res.body.requestId).toBeTruthy();
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['org_id', 'password']));
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await api.request('POST', '/api/auth/sign-in', {
      raw: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('https://carebase.dev/problems/invalid-input');
  });

  it('signs in with the right password only, with the same answer for unknown emails', async () => {
    const ok = await signIn('ada@example.test', 'a long enough password');
    expectStatus(ok, 200);
    const wrong = await signIn('ada@example.test', 'wrong password!');
    const unknown = await signIn('nobody@example.test', 'wrong password!');
    const wrongProblem = expectError(wrong, 401);
    const unknownProblem = expectError(unknown, 401);
    expect(wrongProblem.detail).toBe(unknownProblem.detail);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use; replaying a rotated token revokes the session', async () => {
    const signedIn = await signIn('ada@example.test', 'a long enough password');
    const first = signedIn.data!.refreshToken;
    const second = await refresh(first);
    expect(expectOk(second, 200).refreshToken).not.toBe(first);
    // The old token again: refused, and the whole session is revoked (the current token dies too).
    const replay = await refresh(first);
    expectStatus(replay, 401);
    const afterReplay = await refresh(second.data!.refreshToken);
    expectStatus(afterReplay, 401);
    const sessionId = first.split('.')[0];
    const { rows } = await db.owner.query('SELECT revoked_reason FROM sessions WHERE id = $1', [sessionId]);
    expect(rows[0].revoked_reason).toBe('refresh_token_reuse');
  });

  it('stores only hashes of refresh tokens', async () => {
    const signedIn = await signIn('ada@example.test', 'a long enough password');
    const [id, secret] = signedIn.data!.refreshToken.split('.');
    const { rows } = await db.owner.query('SELECT refresh_token_hash FROM sessions WHERE id = $1', [id]);
    expect(Buffer.from(rows[0].refresh_token_hash).toString('base64url')).not.toBe(secret);
    const dump = await db.owner.query(
      "SELECT count(*)::int AS n FROM sessions WHERE encode(refresh_token_hash, 'escape') LIKE '%' || $1 || '%'",
      [secret],
    );
    expect(dump.rows[0].n).toBe(0);
  });

  it('sign-out ends the session: its refresh token stops working', async () => {
    const signedIn = (await signIn('ada@example.test', 'a long enough password')).data!;
    expectStatus(await apiClient(api, signedIn.accessToken).POST('/api/auth/sign-out'), 204);
    const refreshed = await refresh(signedIn.refreshToken);
    expectStatus(refreshed, 401);
  });
});

describe('email verification, password reset, invitations, switching organization', () => {
  it('verifies the email with the mailed token, once', async () => {
    const token = await api.mail.tokenFor('ada@example.test', 'email_verification');
    expectStatus(await anonymous().POST('/api/auth/verify-email', { body: { token } }), 200);
    expectStatus(await anonymous().POST('/api/auth/verify-email', { body: { token } }), 400);
  });

  it('resets a password with the mailed token and ends existing sessions', async () => {
    const signedIn = await signIn('ada@example.test', 'a long enough password');
    const askReset = (email: string) => anonymous().POST('/api/auth/password-reset', { body: { email } });
    expectStatus(await askReset('ada@example.test'), 202);
    expectStatus(await askReset('ghost@example.test'), 202);
    const token = await api.mail.tokenFor('ada@example.test', 'password_reset');
    const reset = await anonymous().POST('/api/auth/password-reset/confirm', {
      body: { token, password: 'another long password' },
    });
    expectStatus(reset, 200);
    expectStatus(await refresh(signedIn.data!.refreshToken), 401);
    const again = await signIn('ada@example.test', 'another long password');
    expectStatus(again, 200);
  });

  it('invites a member who accepts, signs in with the invited role, and can switch to their own org', async () => {
    const admin = (await signIn('ada@example.test', 'another long password')).data!;
    const asAdmin = apiClient(api, admin.accessToken);
    const invite = await asAdmin.POST('/api/organization/members', {
      body: { email: 'grace@example.test', role: 'provider' },
    });
    expect(expectOk(invite, 201)).toMatchObject({ role: 'provider', status: 'pending' });
    const token = await api.mail.tokenFor('grace@example.test', 'invitation');
    const accept = await anonymous().POST('/api/auth/accept-invitation', {
      body: { token, password: 'grace password 123', name: 'Grace' },
    });
    expectStatus(accept, 200);
    const grace = (await signIn('grace@example.test', 'grace password 123')).data!;
    expect(grace.role).toBe('provider');
    // A provider may not manage members.
    expectStatus(await apiClient(api, grace.accessToken).GET('/api/organization/members'), 403);
    // Grace signs up her own org too, then switches between them.
    const ownTokens = await signUpAndIn('grace2@example.test');
    const twice = await asAdmin.POST('/api/organization/members', {
      body: { email: 'grace@example.test', role: 'patient' },
    });
    expectStatus(twice, 409);
    const switched = await anonymous().POST('/api/auth/switch-organization', {
      body: { refreshToken: grace.refreshToken, organizationId: ownTokens.organizationId },
    });
    expectStatus(switched, 403);
  });

  it('switches organization with new tokens naming the new org', async () => {
    const a = await signUpAndIn('multi@example.test');
    const admin = (await signIn('ada@example.test', 'another long password')).data!;
    const invited = await apiClient(api, admin.accessToken).POST('/api/organization/members', {
      body: { email: 'multi@example.test', role: 'patient' },
    });
    // An invitation is an offer: no membership until multi (with a verified email) accepts it.
    const notYet = await anonymous().POST('/api/auth/switch-organization', {
      body: { refreshToken: a.refreshToken, organizationId: admin.organizationId },
    });
    expectStatus(notYet, 403);
    const verify = await api.mail.tokenFor('multi@example.test', 'email_verification');
    expectStatus(await anonymous().POST('/api/auth/verify-email', { body: { token: verify } }), 200);
    const accepted = await apiClient(api, a.accessToken).POST('/api/me/invitations/{id}/accept', {
      params: { path: { id: expectOk(invited, 201).id } },
    });
    expectStatus(accepted, 200);
    const switched = await anonymous().POST('/api/auth/switch-organization', {
      body: { refreshToken: a.refreshToken, organizationId: admin.organizationId },
    });
    const tokens = expectOk(switched, 200);
    expect(tokens).toMatchObject({ organizationId: admin.organizationId, role: 'patient' });
    const me = await apiClient(api, tokens.accessToken).GET('/api/me');
    expect(me.data?.organizationId).toBe(admin.organizationId);
    expect(me.data?.memberships).toHaveLength(2);
  });
});
