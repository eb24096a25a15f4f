// The auth flow through the typed client (openapi-fetch over test/client/schema.d.ts): request bodies,
// paths and answers are checked by the compiler against the document, so a drift between the document and
// the server breaks this file (tsc) or its assertions.
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import type { paths } from './schema';

let db: TestDb;
let api: TestApp;
let client: ReturnType<typeof createClient<paths>>;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  client = createClient<paths>({ baseUrl: api.url });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const email = 'grace@example.test';
const password = 'a long enough password';

describe('auth through the typed client', () => {
  it('signs up, signs in, reads /api/me, refreshes with rotation, and signs out', async () => {
    const signUp = await client.POST('/api/auth/sign-up', {
      body: { email, password, name: 'Grace', organizationName: 'Typed Clinic' },
    });
    expect(signUp.response.status).toBe(202);
    expect(signUp.data).toEqual({ accepted: true });
    const first = await client.POST('/api/auth/sign-in', { body: { email, password } });
    expect(first.response.status).toBe(200);
    const tokens = first.data!;
    expect(tokens).toMatchObject({ tokenType: 'Bearer', role: 'admin' });

    const me = await client.GET('/api/me', bearer(tokens.accessToken));
    expect(me.response.status).toBe(200);
    expect(me.data).toMatchObject({ email, role: 'admin', organizationId: tokens.organizationId });
    expect(me.data!.memberships).toEqual([
      { organizationId: tokens.organizationId, organizationName: 'Typed Clinic', role: 'admin' },
    ]);

    const wrong = await client.POST('/api/auth/sign-in', { body: { email, password: 'wrong password!' } });
    expect(wrong.response.status).toBe(401);
    expect(wrong.error).toMatchObject({ status: 401, code: 'unauthorized' });

    const signIn = await client.POST('/api/auth/sign-in', { body: { email, password } });
    expect(signIn.response.status).toBe(200);
    const refreshed = await client.POST('/api/auth/refresh', {
      body: { refreshToken: signIn.data!.refreshToken },
    });
    expect(refreshed.response.status).toBe(200);
    expect(refreshed.data!.refreshToken).not.toBe(signIn.data!.refreshToken);
    // The rotated-out token again: refused, and the session is revoked.
    const replay = await client.POST('/api/auth/refresh', {
      body: { refreshToken: signIn.data!.refreshToken },
    });
    expect(replay.response.status).toBe(401);

    const out = await client.POST('/api/auth/sign-out', bearer(tokens.accessToken));
    expect(out.response.status).toBe(204);
    const afterOut = await client.POST('/api/auth/refresh', { body: { refreshToken: tokens.refreshToken } });
    expect(afterOut.response.status).toBe(401);
  });

  it('answers a taken email as a new one: 202, no tokens (the owner is mailed a notice)', async () => {
    const again = await client.POST('/api/auth/sign-up', {
      body: { email, password, name: 'Grace', organizationName: 'Typed Clinic' },
    });
    expect(again.response.status).toBe(202);
    expect(again.data).toEqual({ accepted: true });
    await expect
      .poll(() => api.mail.sent.filter((m) => m.to === email).map((m) => m.kind))
      .toContain('sign_up_notice');
  });

  it('resets a password with the mailed token', async () => {
    const ask = await client.POST('/api/auth/password-reset', { body: { email } });
    expect(ask.response.status).toBe(202);
    const token = await api.mail.tokenFor(email, 'password_reset');
    const confirm = await client.POST('/api/auth/password-reset/confirm', {
      body: { token, password: 'another long password' },
    });
    expect(confirm.response.status).toBe(200);
    const signIn = await client.POST('/api/auth/sign-in', {
      body: { email, password: 'another long password' },
    });
    expect(signIn.response.status).toBe(200);
  });
});
