// Abuse limits hold across app instances: two instances share one database, and the counters live there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let one: TestApp;
let two: TestApp;
let user: TestUser;

beforeAll(async () => {
  db = await createTestDatabase(
    testConfig({ RATE_LIMIT_PER_IP: '8', RATE_LIMIT_PER_ACCOUNT: '3', RATE_LIMIT_WINDOW_SECONDS: '600' }),
  );
  one = await startApp(db);
  two = await startApp(db);
  user = await newUser(db, await newOrg(db), 'patient');
});
afterAll(async () => {
  await one?.close();
  await two?.close();
  await db?.close();
});

describe('abuse limits', () => {
  it('limits sign-in attempts per account across instances, with Retry-After', async () => {
    const attempt = (app: TestApp) =>
      app.request('POST', '/api/auth/sign-in', { body: { email: user.email, password: 'wrong password' } });
    const statuses = [(await attempt(one)).status, (await attempt(two)).status, (await attempt(one)).status];
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await attempt(two);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ status: 429, code: 'rate-limited' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password is refused while the account's window is exhausted.
    expect(
      (
        await one.request('POST', '/api/auth/sign-in', {
          body: { email: user.email, password: 'correct horse battery staple' },
        })
      ).status,
    ).toBe(429);
  });

  it('limits per client IP across accounts and routes of the same name', async () => {
    // 5 hits of the IP bucket are already spent by the test above (4 + 1); 3 more reach the limit of 8.
    const results: number[] = [];
    for (let i = 0; i < 4; i++) {
      const app = i % 2 ? one : two;
      results.push(
        (
          await app.request('POST', '/api/auth/sign-in', {
            body: { email: `nobody${i}@example.test`, password: 'whatever pw' },
          })
        ).status,
      );
    }
    expect(results).toEqual([401, 401, 401, 429]);
    // Another route has its own counters.
    expect(
      (await one.request('POST', '/api/auth/password-reset', { body: { email: 'someone@example.test' } }))
        .status,
    ).toBe(202);
  });

  it('stores no email addresses in the counters', async () => {
    const { rows } = await db.owner.query(`SELECT bucket FROM public.rate_limit_counters`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.bucket).join(' ')).not.toContain('@');
  });
});
