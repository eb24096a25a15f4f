// The exactly-once claim, at the database: two JobRunners with separate connection pools (two app
// instances as far as PostgreSQL can tell) race over the same slots; crashed and failed runs are taken
// over; the work runs as service_role with claims naming the job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { appDataSourceOptions } from '../../src/common/database/data-source';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { sql } from '../../src/common/database/sql';
import { JobRegistry, UnknownJobError, type JobDefinition } from '../../src/modules/jobs/job-definition';
import { JobRunner } from '../../src/modules/jobs/job-runner';
import { ALL_ENTITIES } from '../../src/entities';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser } from '../support/factories';

let db: TestDb;
let second: DataSource;
let a: JobRunner;
let b: JobRunner;
const executions: Record<string, number> = {};
const seen: Record<string, unknown> = {};

const counting = (name: string, extra: Partial<JobDefinition> = {}): JobDefinition => ({
  name,
  cron: '* * * * *',
  description: 'test',
  timeoutSeconds: 5,
  handler: async ({ sql: db }) => {
    executions[name] = (executions[name] ?? 0) + 1;
    await db.one('SELECT pg_sleep(0.02)'); // widen the window in which a second claimer could slip in
    return { rows: 1 };
  },
  ...extra,
});

const jobs: JobDefinition[] = [
  counting('count-job'),
  counting('takeover-job'),
  {
    name: 'fail-job',
    cron: '0 * * * *',
    description: 'fails after writing',
    timeoutSeconds: 5,
    handler: async ({ sql: db }) => {
      await db.exec(`UPDATE public.organizations SET name = 'changed by a failing job'`);
      throw new Error('boom: the disk is on fire');
    },
  },
  {
    name: 'claims-job',
    cron: '0 * * * *',
    description: 'reports its claims',
    timeoutSeconds: 5,
    handler: async ({ job, slot }) => {
      // sql() reaches the same transaction as ctx.sql.
      seen.claims = await sql().one(
        `SELECT auth.role() AS role, auth.jwt() ->> 'job' AS job, current_user AS "currentUser",
                current_setting('statement_timeout') AS timeout`,
      );
      seen.ctx = { job, slot };
      return { rows: 0 };
    },
  },
  {
    name: 'slow-job',
    cron: '0 * * * *',
    description: 'exceeds its timeout',
    timeoutSeconds: 1,
    handler: async ({ sql: db }) => {
      await db.one('SELECT pg_sleep(3)');
      return { rows: 0 };
    },
  },
];

beforeAll(async () => {
  db = await createTestDatabase();
  // A second app instance: its own pool, the same entities.
  second = new DataSource(appDataSourceOptions(db.appUrl, 4, false, ALL_ENTITIES));
  await second.initialize();
  const registry = new JobRegistry(jobs);
  a = new JobRunner(db.tx, registry, 'instance-a');
  b = new JobRunner(new RlsTransactions(second), registry, 'instance-b');
});
afterAll(async () => {
  await second?.destroy();
  await db?.close();
});

const runsOf = async (job: string) =>
  (
    await db.owner.query(
      `SELECT slot, status, attempt, instance, rows_affected::int AS rows, error, finished_at, duration_ms
       FROM public.job_runs WHERE job = $1 ORDER BY slot`,
      [job],
    )
  ).rows;

describe('JobRunner', () => {
  it('runs each slot exactly once when two instances race over it', async () => {
    const base = Date.UTC(2030, 0, 1, 3, 30, 0);
    const slots = Array.from({ length: 6 }, (_, i) => new Date(base + i * 60_000));
    for (const slot of slots) {
      // Four claimers per slot, two per instance, all at once; sub-second jitter truncates to the same slot.
      const outcomes = await Promise.all([
        a.run('count-job', slot),
        b.run('count-job', new Date(slot.getTime() + 250)),
        a.run('count-job', new Date(slot.getTime() + 999)),
        b.run('count-job', slot),
      ]);
      expect(outcomes.filter((o) => o.claimed)).toHaveLength(1);
      for (const o of outcomes) expect(o.run?.slot.toISOString()).toBe(slot.toISOString());
    }
    expect(executions['count-job']).toBe(slots.length);
    const rows = await runsOf('count-job');
    expect(rows.map((r) => r.slot.toISOString())).toEqual(slots.map((s) => s.toISOString()));
    for (const r of rows) {
      expect(r).toMatchObject({ status: 'succeeded', attempt: 1, rows: 1, error: null });
      expect(['instance-a', 'instance-b']).toContain(r.instance);
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.duration_ms).toBeGreaterThanOrEqual(15);
    }
  });

  it('does not take over a running slot that is younger than the timeout', async () => {
    const slot = new Date(Date.UTC(2030, 0, 2, 0, 0, 0));
    await db.owner.query(
      `INSERT INTO public.job_runs (job, slot, status, started_at, attempt, instance) VALUES ('takeover-job', $1, 'running', now(), 1, 'busy')`,
      [slot],
    );
    const outcome = await a.run('takeover-job', slot);
    expect(outcome.claimed).toBe(false);
    expect(outcome.run).toMatchObject({ status: 'running', attempt: 1, instance: 'busy' });
    expect(executions['takeover-job'] ?? 0).toBe(0);
  });

  it('takes over a running slot older than the timeout (a crashed run) as attempt 2, once', async () => {
    const slot = new Date(Date.UTC(2030, 0, 3, 0, 0, 0));
    await db.owner.query(
      `INSERT INTO public.job_runs (job, slot, status, started_at, attempt, instance)
       VALUES ('takeover-job', $1, 'running', now() - interval '6 seconds', 1, 'crashed')`,
      [slot],
    );
    const outcomes = await Promise.all([a.run('takeover-job', slot), b.run('takeover-job', slot)]);
    expect(outcomes.filter((o) => o.claimed)).toHaveLength(1);
    expect(executions['takeover-job']).toBe(1);
    const [row] = (await runsOf('takeover-job')).filter((r) => r.slot.getTime() === slot.getTime());
    expect(row).toMatchObject({ status: 'succeeded', attempt: 2, rows: 1, error: null });
    expect(row.instance).not.toBe('crashed');
  });

  it('records a failing handler as failed with its message, and rolls its work back', async () => {
    const before = (await db.owner.query(`SELECT count(*)::int AS n FROM public.organizations WHERE name = 'changed by a failing job'`)).rows[0].n;
    await newOrg(db);
    const slot = new Date(Date.UTC(2030, 0, 4, 0, 0, 0));
    const outcome = await a.run('fail-job', slot);
    expect(outcome.claimed).toBe(true);
    expect(outcome.run).toMatchObject({ status: 'failed', attempt: 1, rowsAffected: null, error: 'boom: the disk is on fire', instance: 'instance-a' });
    expect(outcome.run!.finishedAt).toBeInstanceOf(Date);
    expect(outcome.run!.durationMs).toBeGreaterThanOrEqual(0);
    const after = (await db.owner.query(`SELECT count(*)::int AS n FROM public.organizations WHERE name = 'changed by a failing job'`)).rows[0].n;
    expect(after).toBe(before);
    expect(before).toBe(0);
  });

  it('retries a failed slot until maxAttempts (3), then leaves it failed', async () => {
    const slot = new Date(Date.UTC(2030, 0, 5, 0, 0, 0));
    const attempts = [];
    for (let i = 0; i < 4; i++) {
      const o = await (i % 2 ? b : a).run('fail-job', slot);
      attempts.push(o.claimed ? o.run.attempt : 'not claimed');
    }
    expect(attempts).toEqual([1, 2, 3, 'not claimed']);
    const [row] = (await runsOf('fail-job')).filter((r) => r.slot.getTime() === slot.getTime());
    expect(row).toMatchObject({ status: 'failed', attempt: 3 });
  });

  it('retryStale picks the newest earlier slot that failed and runs it again', async () => {
    const old = new Date(Date.UTC(2030, 0, 6, 0, 0, 0));
    const older = new Date(Date.UTC(2030, 0, 5, 12, 0, 0));
    await db.owner.query(
      `INSERT INTO public.job_runs (job, slot, status, started_at, finished_at, attempt, instance, error) VALUES
         ('count-job', $1, 'failed', now(), now(), 1, 'x', 'earlier failure'),
         ('count-job', $2, 'failed', now(), now(), 1, 'x', 'even earlier failure')`,
      [old, older],
    );
    const before = executions['count-job'];
    const outcome = await a.retryStale('count-job', new Date(Date.UTC(2030, 0, 7)));
    expect(outcome?.claimed).toBe(true);
    expect(outcome?.run).toMatchObject({ status: 'succeeded', attempt: 2, error: null });
    expect(outcome?.run?.slot.toISOString()).toBe(old.toISOString());
    expect(executions['count-job']).toBe(before + 1);
    // Nothing earlier than the oldest slot: nothing to retry.
    expect(await a.retryStale('count-job', new Date(Date.UTC(2029, 0, 1)))).toBeUndefined();
  });

  it('runs the work as service_role with claims naming the job and the job timeout as statement_timeout', async () => {
    const slot = new Date(Date.UTC(2030, 0, 8, 0, 0, 0, 700));
    const outcome = await a.run('claims-job', slot);
    expect(outcome.run).toMatchObject({ status: 'succeeded', rowsAffected: 0 });
    expect(seen.claims).toEqual({ role: 'service_role', job: 'job:claims-job', currentUser: 'service_role', timeout: '5s' });
    expect(seen.ctx).toEqual({ job: 'claims-job', slot: new Date(Date.UTC(2030, 0, 8, 0, 0, 0)) });
  });

  it('cancels work that exceeds the timeout and records it as failed', async () => {
    const outcome = await a.run('slow-job', new Date(Date.UTC(2030, 0, 9)));
    expect(outcome.run).toMatchObject({ status: 'failed' });
    expect(outcome.run!.error).toMatch(/statement timeout/);
  });

  it('refuses an unknown job name', async () => {
    await expect(a.run('no-such-job', new Date())).rejects.toBeInstanceOf(UnknownJobError);
  });

  it('rejects bad declarations', () => {
    expect(() => new JobRegistry([counting('dup'), counting('dup')])).toThrow(/declared twice/);
    expect(() => new JobRegistry([counting('bad-cron', { cron: 'every day' })])).toThrow(/invalid cron/);
    expect(() => new JobRegistry([counting('Bad_Name')])).toThrow(/kebab-case/);
  });

  it('job_runs are instance-wide, so no tenant role reads or writes them (only service_role)', async () => {
    const org = await newOrg(db);
    const ops = await newUser(db, org, 'ops');
    const admin = await newUser(db, org, 'admin');
    const total = (await db.owner.query(`SELECT count(*)::int AS n FROM public.job_runs`)).rows[0].n;
    expect(total).toBeGreaterThan(0);
    for (const claims of [ops.claims, admin.claims])
      await expect(db.tx.run(claims, () => sql().one(`SELECT count(*) FROM public.job_runs`))).rejects.toThrow(/permission denied/);
    const asService = await db.tx.asService('test', async () => (await sql().one<{ n: number }>(`SELECT count(*)::int AS n FROM public.job_runs`))!.n);
    expect(asService).toBe(total);
  });
});
