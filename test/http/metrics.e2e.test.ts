// GET /metrics: Prometheus text behind METRICS_TOKEN; request durations by route pattern and status, the
// pool, transaction durations and rollbacks, and the database-held figures modules register.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/modules/jobs/job-runner';
import { apiClient, expectError, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
let db: TestDb;
let api: TestApp;
let patient: TestUser;

beforeAll(async () => {
  db = await createTestDatabase(testConfig({ METRICS_TOKEN: TOKEN }));
  api = await startApp(db);
  patient = await newUser(db, await newOrg(db), 'patient');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

async function scrape(): Promise<string> {
  const res = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  it('is refused without the token, with a wrong one, and with another scheme (401 problem, nothing leaked)', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, 'Bearer short', `Basic ${TOKEN}`]) {
      const res = await fetch(`${api.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      const body = (await res.json()) as { code: string; detail: string };
      expect(body.code).toBe('unauthorized');
      expect(body.detail).not.toContain(TOKEN);
    }
  });

  it('counts requests by route pattern and status, never by URL', async () => {
    const before = await scrape();
    const missing = randomUUID();
    const notifications = apiClient(api, patient.token);
    expectOk(await notifications.GET('/api/notifications'), 200);
    expectError(
      await notifications.GET('/api/notifications/{id}', { params: { path: { id: missing } } }),
      404,
    );
    await fetch(`${api.url}/no/such/route/${missing}`);
    const after = await scrape();
    const count = (text: string, route: string, status: string) =>
      sample(text, 'carebase_http_request_duration_seconds_count', { method: 'GET', route, status }) ?? 0;
    expect(count(after, '/api/notifications', '200') - count(before, '/api/notifications', '200')).toBe(1);
    expect(
      count(after, '/api/notifications/:id', '404') - count(before, '/api/notifications/:id', '404'),
    ).toBe(1);
    expect(count(after, 'unmatched', '404') - count(before, 'unmatched', '404')).toBe(1);
    expect(after).not.toContain(missing);
    expect(
      sample(after, 'carebase_http_request_duration_seconds_bucket', {
        route: '/api/notifications',
        le: '+Inf',
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('measures transactions and counts rollbacks', async () => {
    const before = await scrape();
    const client = apiClient(api, patient.token);
    expectOk(await client.GET('/api/notifications'), 200); // commits
    expectError(await client.GET('/api/notifications/{id}', { params: { path: { id: randomUUID() } } }), 404); // rolls back
    const after = await scrape();
    const delta = (name: string, labels?: Record<string, string>) =>
      (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);
    // The scrape's own service-role reads commit too, hence at least.
    expect(
      delta('carebase_db_transaction_duration_seconds_count', { outcome: 'commit' }),
    ).toBeGreaterThanOrEqual(1);
    expect(delta('carebase_db_transaction_duration_seconds_count', { outcome: 'rollback' })).toBe(1);
    expect(delta('carebase_db_transaction_rollbacks_total')).toBe(1);
  });

  it('reports the pool: connections in use, idle and waiting', async () => {
    const text = await scrape();
    for (const state of ['in_use', 'idle', 'waiting'])
      expect(sample(text, 'carebase_db_pool_connections', { state }), state).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'carebase_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(1);
  });
});

describe('database-held figures', () => {
  it('reports job runs of the last 24 hours by job and status, and the newest success', async () => {
    const runs = (text: string, status: string) =>
      sample(text, 'carebase_job_runs_24h', { job: 'expire-notifications', status });
    const before = await scrape();
    expect(runs(before, 'succeeded')).toBe(0); // every declared job is listed, with zeros
    expect(runs(before, 'failed')).toBe(0);
    const outcome = await api.app.get(JobRunner).run('expire-notifications', new Date());
    expect(outcome.claimed).toBe(true);
    const after = await scrape();
    expect(runs(after, 'succeeded')).toBe(1);
    const last = sample(after, 'carebase_job_last_success_timestamp_seconds', {
      job: 'expire-notifications',
    });
    expect(Math.abs(last! - Date.now() / 1000)).toBeLessThan(60);
    expect(sample(after, 'carebase_metrics_source_errors_total', { source: 'job-runs' }) ?? 0).toBe(0);
  });
});

describe('without METRICS_TOKEN', () => {
  it('answers 404 whatever is sent', async () => {
    const other = await createTestDatabase(testConfig({}));
    const app = await startApp(other);
    try {
      const res = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { detail: string }).detail).toContain('METRICS_TOKEN');
    } finally {
      await app.close();
      await other.close();
    }
  });
});
