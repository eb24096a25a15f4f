// Account hardening (issue 15, finding 7): using one token of a kind invalidates the others, and failed
// sign-ins are counted per account and source, so an attacker elsewhere cannot lock the owner out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, PASSWORD, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let user: TestUser;

beforeAll(async () => {
  db = await createTestDatabase(
    testConfig({
      RATE_LIMIT_PER_IP: '50',
      RATE_LIMIT_PER_ACCOUNT: '3',
      RATE_LIMIT_WINDOW_SECONDS: '600',
      TRUST_PROXY: '127.0.0.1',
    }),
  );
  api = await startApp(db);
  user = await newUser(db, await newOrg(db), 'patient');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const from = (ip: string) => ({ 'x-forwarded-for': ip });
const signIn = (email: string, password: string, ip: string) =>
  api.request('POST', '/api/auth/sign-in', { body: { email, password }, headers: from(ip) });

describe('tokens', () => {
  it('an older unused reset token stops working once another reset token is used', async () => {
    const target = await newUser(db, await newOrg(db), 'patient');
    for (let i = 0; i < 2; i++) {
      const res = await api.request('POST', '/api/auth/password-reset', {
        body: { email: target.email },
        headers: from('192.0.2.10'),
      });
      expect(res.status).toBe(202);
    }
    await expect
      .poll(() => api.mail.sent.filter((m) => m.to === target.email && m.kind === 'password_reset').length)
      .toBe(2);
    const [older, newer] = api.mail.sent
      .filter((m) => m.to === target.email && m.kind === 'password_reset')
      .map((m) => m.data!.token);
    const confirm = (token: string, password: string) =>
      api.request('POST', '/api/auth/password-reset/confirm', {
        body: { token, password },
        headers: from('192.0.2.10'),
      });
    expect((await confirm(newer, 'the new long password')).status).toBe(200);
    expect((await confirm(older, 'an attacker password')).status).toBe(400);
    expect((await signIn(target.email, 'the new long password', '192.0.2.11')).status).toBe(200);
  });
});

describe('sign-in lockout', () => {
  it('failures from one source do not lock the owner out from another', async () => {
    const attacker = '203.0.113.9';
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await signIn(user.email, 'wrong password', attacker)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await signIn(user.email, PASSWORD, attacker)).status).toBe(429);
    expect((await signIn(user.email, PASSWORD, '198.51.100.7')).status).toBe(200);
  });
});
