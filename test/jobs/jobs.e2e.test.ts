// The jobs API over HTTP: run-now through the claim path, the run history with filter and cursor, and who
// may call it (admin and ops of the platform organization; everyone else 403; unknown jobs 404).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  for (const role of ['patient', 'provider', 'research_partner', 'developer'] as const) others.push(await newUser(db, org, role));
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('jobs API', () => {
  it('lists the declared jobs', async () => {
    const res = await api.request('GET', '/api/jobs', { token: ops.token });
    expect(res.status).toBe(200);
    expect(res.body.map((j: { name: string }) => j.name).sort()).toEqual([
      'analyze-tables',
      'archive-audit-logs',
      'expire-notifications',
      'purge-expired-credentials',
    ]);
  });

  it('runs a job now for ops and answers the recorded run', async () => {
    const { rows: users } = await db.owner.query(`SELECT id, org_id FROM public.users WHERE id = $1`, [ops.id]);
    // One session long expired (purged) and one current (kept).
    await db.owner.query(
      `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at) VALUES
         ($1, $2, '\\x01', now() - interval '40 days'), ($1, $2, '\\x02', now() + interval '1 day')`,
      [users[0].org_id, ops.id],
    );
    const started = Date.now();
    const res = await api.request('POST', '/api/jobs/purge-expired-credentials/run', { token: ops.token });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ job: 'purge-expired-credentials', status: 'succeeded', attempt: 1, rowsAffected: 1, error: null });
    expect(Math.abs(Date.parse(res.body.slot) - started)).toBeLessThan(2000);
    expect(Date.parse(res.body.slot) % 1000).toBe(0);
    const { rows } = await db.owner.query(`SELECT status, rows_affected::int AS n FROM public.job_runs WHERE id = $1`, [res.body.id]);
    expect(rows).toEqual([{ status: 'succeeded', n: 1 }]);
  });

  it('runs the ANALYZE job through the definer function', async () => {
    const res = await api.request('POST', '/api/jobs/analyze-tables/run', { token: admin.token });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('succeeded');
    expect(res.body.rowsAffected).toBeGreaterThanOrEqual(8);
    const { rows } = await db.owner.query(`SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'job_runs'`);
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
    const res = await api.request('POST', '/api/jobs/analyze-tables/run', { token: ops.token });
    expect(res.status).toBe(409);
    await db.owner.query(`DELETE FROM public.job_runs WHERE instance = 'held'`);
  });

  it('answers 404 for an unknown job', async () => {
    const res = await api.request('POST', '/api/jobs/no-such-job/run', { token: ops.token });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not-found');
  });

  it('lists runs newest first, filters by job and pages with a cursor', async () => {
    await db.owner.query(
      `INSERT INTO public.job_runs (job, slot, status, started_at, finished_at, duration_ms, rows_affected, attempt, instance)
       SELECT 'expire-notifications', timestamptz '2030-01-01' + i * interval '1 hour', 'succeeded',
              timestamptz '2030-01-01' + i * interval '1 hour', timestamptz '2030-01-01' + i * interval '1 hour' + interval '1 second', 1000, i, 1, 'seeded'
       FROM generate_series(1, 5) i`,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `/api/jobs/runs?job=expire-notifications&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await api.request('GET', q, { token: admin.token });
      expect(res.status).toBe(200);
      for (const r of res.body.items) {
        expect(r.job).toBe('expire-notifications');
        seen.push(r.slot);
      }
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([5, 4, 3, 2, 1].map((h) => new Date(Date.UTC(2030, 0, 1, h)).toISOString()));

    const all = await api.request('GET', '/api/jobs/runs?limit=100', { token: ops.token });
    const jobs = new Set(all.body.items.map((r: { job: string }) => r.job));
    expect(jobs).toEqual(new Set(['expire-notifications', 'purge-expired-credentials', 'analyze-tables']));
    const starts = all.body.items.map((r: { startedAt: string }) => Date.parse(r.startedAt));
    expect(starts).toEqual([...starts].sort((x, y) => y - x));
  });

  it('rejects a malformed job filter and cursor', async () => {
    expect((await api.request('GET', '/api/jobs/runs?job=DROP%20TABLE', { token: ops.token })).status).toBe(400);
    expect((await api.request('GET', '/api/jobs/runs?cursor=nope', { token: ops.token })).status).toBe(400);
  });

  it('job runs are instance-wide: an admin of a tenant organization may neither see nor run them', async () => {
    for (const [method, path] of [
      ['GET', '/api/jobs'],
      ['GET', '/api/jobs/runs?limit=100'],
      ['POST', '/api/jobs/purge-expired-credentials/run'],
    ] as const) {
      const res = await api.request(method, path, { token: otherAdmin.token });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it('refuses every other role with 403 and anonymous callers with 401', async () => {
    const before = (await db.owner.query(`SELECT count(*)::int AS n FROM public.job_runs`)).rows[0].n;
    for (const user of others) {
      for (const [method, path] of [
        ['GET', '/api/jobs'],
        ['GET', '/api/jobs/runs'],
        ['POST', '/api/jobs/purge-expired-credentials/run'],
        ['POST', '/api/jobs/no-such-job/run'],
      ] as const) {
        const res = await api.request(method, path, { token: user.token });
        expect(res.status, `${user.role} ${method} ${path}`).toBe(403);
      }
    }
    expect((await api.request('GET', '/api/jobs/runs')).status).toBe(401);
    expect((await api.request('POST', '/api/jobs/purge-expired-credentials/run')).status).toBe(401);
    const after = (await db.owner.query(`SELECT count(*)::int AS n FROM public.job_runs`)).rows[0].n;
    expect(after).toBe(before);
  });
});
