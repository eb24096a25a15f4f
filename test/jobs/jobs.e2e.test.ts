// The jobs API over HTTP: run-now through the claim path, the run history with filter and cursor, and who
// may call it (admin and ops of the platform organization; everyone else 403; unknown jobs 404).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let ops: TestUser;
let admin: TestUser;
let otherAdmin: TestUser;
const others: TestUser[] = [];

beforeAll(async () => {
  const platformOrgId = randomUUID();
  db = await createTestDatabase(testConfig({ PLATFORM_ORG_ID: platformOrgId }));
  api = await startApp(db);
  const org = await newOrg(db, 'Platform', platformOrgId);
  ops = await newUser(db, org, 'ops');
  admin = await newUser(db, org, 'admin');
  otherAdmin = await newUser(db, await newOrg(db), 'admin');
  for (const role of ['patient', 'provider', 'research_partner', 'developer'] as const)
    others.push(await newUser(db, org, role));
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const as = (user: TestUser) => apiClient(api, user.token);
const run = (name: string) => ({ params: { path: { name } } });

describe('jobs API', () => {
  it('lists the declared jobs', async () => {
    const jobs = expectOk(await as(ops).GET('/api/jobs'), 200);
    expect(jobs.map((j) => j.name).sort()).toEqual([
      'analyze-tables',
      'archive-audit-logs',
      'evaluate-monitoring-rules',
      'expire-notifications',
      'export-audit-archive',
      'purge-expired-credentials',
      'release-order-holds',
      'weekly-insights',
    ]);
  });

  it('runs a job now for ops and answers the recorded run', async () => {
    const { rows: users } = await db.owner.query(`SELECT id, org_id FROM public.users WHERE id = $1`, [
      ops.id,
    ]);
    // One session long expired (purged) and one current (kept).
    await db.owner.query(
      `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at) VALUES
         ($1, $2, '\\x01', now() - interval '40 days'), ($1, $2, '\\x02', now() + interval '1 day')`,
      [users[0].org_id, ops.id],
    );
    const started = Date.now();
    const res = await as(ops).POST('/api/jobs/{name}/run', run('purge-expired-credentials'));
    const recorded = expectOk(res, 201);
    expect(recorded).toMatchObject({
      job: 'purge-expired-credentials',
      status: 'succeeded',
      attempt: 1,
      rowsAffected: 1,
      error: null,
    });
    expect(Math.abs(Date.parse(recorded.slot) - started)).toBeLessThan(2000);
    expect(Date.parse(recorded.slot) % 1000).toBe(0);
    const { rows } = await db.owner.query(
      `SELECT status, rows_affected::int AS n FROM public.job_runs WHERE id = $1`,
      [recorded.id],
    );
    expect(rows).toEqual([{ status: 'succeeded', n: 1 }]);
  });

  it('runs the ANALYZE job through the definer function', async () => {
    const res = await as(admin).POST('/api/jobs/{name}/run', run('analyze-tables'));
    const recorded = expectOk(res, 201);
    expect(recorded.status).toBe('succeeded');
    expect(recorded.rowsAffected).toBeGreaterThanOrEqual(8);
    const { rows } = await db.owner.query(
      `SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'job_runs'`,
    );
    expect(rows[0].last_analyze).not.toBeNull();
  });

  it('answers 409 when the job already has a run for this second', async () => {
    const slot = new Date(Math.floor(Date.now() / 1000) * 1000);
    // Hold the next few seconds so the request lands on a taken slot.
    for (let i = 0; i < 5; i++)
      await db.owner.query(
        `INSERT INTO public.job_runs (job, slot, status, started_at, attempt, instance) VALUES ('analyze-tables', $1, 'running', now(), 1, 'held')
         ON CONFLICT DO NOTHING`,
        [new Date(slot.getTime() + i * 1000)],
      );
    const res = await as(ops).POST('/api/jobs/{name}/run', run('analyze-tables'));
    expectStatus(res, 409);
    await db.owner.query(`DELETE FROM public.job_runs WHERE instance = 'held'`);
  });

  it('answers 404 for an unknown job', async () => {
    const res = await as(ops).POST('/api/jobs/{name}/run', run('no-such-job'));
    expect(expectError(res, 404).code).toBe('not-found');
  });

  it('lists runs newest first, filters by job and pages with a cursor', async () => {
    await db.owner.query(
      `INSERT INTO public.job_runs (job, slot, status, started_at, finished_at, duration_ms, rows_affected, attempt, instance)
       SELECT 'expire-notifications', timestamptz '2030-01-01' + i * interval '1 hour', 'succeeded',
              timestamptz '2030-01-01' + i * interval '1 hour', timestamptz '2030-01-01' + i * interval '1 hour' + interval '1 second', 1000, i, 1, 'seeded'
       FROM generate_series(1, 5) i`,
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await as(admin).GET('/api/jobs/runs', {
        params: { query: { job: 'expire-notifications', limit: 2, cursor } },
      });
      const page = expectOk(res, 200);
      for (const r of page.items) {
        expect(r.job).toBe('expire-notifications');
        seen.push(r.slot);
      }
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([5, 4, 3, 2, 1].map((h) => new Date(Date.UTC(2030, 0, 1, h)).toISOString()));

    const all = await as(ops).GET('/api/jobs/runs', { params: { query: { limit: 100 } } });
    const runs = all.data!.items;
    const jobs = new Set(runs.map((r) => r.job));
    expect(jobs).toEqual(new Set(['expire-notifications', 'purge-expired-credentials', 'analyze-tables']));
    const starts = runs.map((r) => Date.parse(r.startedAt));
    expect(starts).toEqual([...starts].sort((x, y) => y - x));
  });

  it('rejects a malformed job filter and cursor', async () => {
    const runs = (query: { job?: string; cursor?: string }) =>
      as(ops).GET('/api/jobs/runs', { params: { query } });
    expectStatus(await runs({ job: 'DROP TABLE' }), 400);
    expectStatus(await runs({ cursor: 'nope' }), 400);
  });

  it('job runs are instance-wide: an admin of a tenant organization may neither see nor run them', async () => {
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/jobs', (c) => c.GET('/api/jobs')],
      ['GET /api/jobs/runs?limit=100', (c) => c.GET('/api/jobs/runs', { params: { query: { limit: 100 } } })],
      [
        'POST /api/jobs/purge-expired-credentials/run',
        (c) => c.POST('/api/jobs/{name}/run', run('purge-expired-credentials')),
      ],
    ];
    for (const [route, call] of calls) expectStatus(await call(as(otherAdmin)), 403, route);
  });

  it('refuses every other role with 403 and anonymous callers with 401', async () => {
    const before = (await db.owner.query(`SELECT count(*)::int AS n FROM public.job_runs`)).rows[0].n;
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/jobs', (c) => c.GET('/api/jobs')],
      ['GET /api/jobs/runs', (c) => c.GET('/api/jobs/runs')],
      [
        'POST /api/jobs/purge-expired-credentials/run',
        (c) => c.POST('/api/jobs/{name}/run', run('purge-expired-credentials')),
      ],
      ['POST /api/jobs/no-such-job/run', (c) => c.POST('/api/jobs/{name}/run', run('no-such-job'))],
    ];
    for (const user of others) {
      for (const [route, call] of calls) expectStatus(await call(as(user)), 403, `${user.role} ${route}`);
    }
    const anonymous = apiClient(api);
    expectStatus(await anonymous.GET('/api/jobs/runs'), 401);
    expectStatus(await anonymous.POST('/api/jobs/{name}/run', run('purge-expired-credentials')), 401);
    const after = (await db.owner.query(`SELECT count(*)::int AS n FROM public.job_runs`)).rows[0].n;
    expect(after).toBe(before);
  });
});
