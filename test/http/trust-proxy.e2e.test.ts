// Behind a trusted proxy, the client IP (rate-limit buckets, audit) comes from X-Forwarded-For; from anyone
// else the header is ignored, so a client cannot pick its own bucket.
import { afterAll, describe, expect, it } from 'vitest';
import { trustProxyOption } from '../../src/common/config/config';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';

const limits = { RATE_LIMIT_PER_IP: '2', RATE_LIMIT_PER_ACCOUNT: '1000', RATE_LIMIT_WINDOW_SECONDS: '600' };
const opened: Array<{ db: TestDb; api: TestApp }> = [];
async function app(trust: string) {
  const db = await createTestDatabase(testConfig({ ...limits, TRUST_PROXY: trust }));
  const api = await startApp(db);
  opened.push({ db, api });
  return api;
}
afterAll(async () => {
  for (const { db, api } of opened) {
    await api.close();
    await db.close();
  }
});

const attempt = (api: TestApp, ip: string, i: number) =>
  api.request('POST', '/api/auth/password-reset', {
    body: { email: `x${i}@example.test` },
    headers: { 'x-forwarded-for': ip },
  });

describe('TRUST_PROXY', () => {
  it('parses the setting', () => {
    expect(trustProxyOption('')).toBe(false);
    expect(trustProxyOption('true')).toBe(true);
    expect(trustProxyOption('1')).toBe(1);
    expect(trustProxyOption('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });

  it('behind a trusted proxy, each forwarded client has its own bucket', async () => {
    const api = await app('127.0.0.1');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt(api, '203.0.113.7', i)).status);
    expect(statuses).toEqual([202, 202, 429]);
    expect((await attempt(api, '203.0.113.8', 9)).status).toBe(202);
  });

  it('without one, the header is ignored: the peer address is the bucket', async () => {
    const api = await app('');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt(api, `203.0.113.${i}`, i)).status);
    expect(statuses).toEqual([202, 202, 429]);
  });
});
