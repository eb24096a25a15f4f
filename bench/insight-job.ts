// The weekly insight job over 10,000 users (BENCH_INSIGHT_USERS): each with three moods, two activities and
// a journal entry in the week, every fourth with a goal behind its trajectory. Runs the job once through the
// job runner and prints users per second; a rerun of the week writes nothing and is timed too.
// Run: npm run bench:insights
import { afterAll, beforeAll, expect, it } from 'vitest';
import { previousWeek, WeeklyInsightsJob } from '../src/modules/ai/weekly-insights.job';
import { JobRegistry } from '../src/modules/jobs/job-definition';
import { JobRunner } from '../src/modules/jobs/job-runner';
import { createTestDatabase, type TestDb } from '../test/support/db';
import { newOrg } from '../test/support/factories';

const USERS = Number(process.env.BENCH_INSIGHT_USERS ?? 10_000);
const DAY = 86_400_000;
let db: TestDb;

beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => db?.close());

it(`weekly insight job over ${USERS} users`, async () => {
  const org = await newOrg(db, 'Insight bench');
  const slot = new Date(Date.UTC(2026, 10, 30, 3)); // a Monday
  const { start } = previousWeek(slot);
  await db.owner.query(
    `WITH u AS (
       INSERT INTO public.users (org_id, email, name) SELECT $1, 'bench-' || g || '@example.test', 'Bench ' || g
       FROM generate_series(1, $2) g RETURNING id)
     INSERT INTO public.profiles (id, org_id, user_id) SELECT id, $1, id FROM u`,
    [org.id, USERS],
  );
  const ids = `(SELECT id FROM public.users WHERE org_id = '${org.id}')`;
  await db.owner.query(
    `INSERT INTO public.daily_moods (org_id, user_id, emotion, intensity, created_at)
     SELECT $1, u.id, 'calm', 3 + d * 2, $2::timestamptz + d * interval '1 day' + interval '9 hours'
     FROM ${ids} u, generate_series(0, 2) d`,
    [org.id, start],
  );
  await db.owner.query(
    `INSERT INTO public.patient_activity_log (org_id, patient_id, activity_type, duration, "timestamp")
     SELECT $1, u.id, 'walk', 15 + d * 20, $2::timestamptz + d * interval '1 day' + interval '18 hours'
     FROM ${ids} u, generate_series(1, 2) d`,
    [org.id, start],
  );
  await db.owner.query(
    `INSERT INTO public.journal_entries (org_id, user_id, content, date) SELECT $1, u.id, 'A week', $2::date + 3 FROM ${ids} u`,
    [org.id, start],
  );
  await db.owner.query(
    `INSERT INTO public.patient_health_goals (org_id, patient_id, title, baseline_value, current_value, target_value, start_date, target_date)
     SELECT $1, u.id, 'Walk', 0, 5, 100, $2::timestamptz - interval '60 days', $2::timestamptz + interval '10 days'
     FROM ${ids} u WHERE ('x' || substr(u.id::text, 1, 8))::bit(32)::int % 4 = 0`,
    [org.id, start],
  );
  await db.owner.query('ANALYZE');
  const job = new WeeklyInsightsJob();
  const registry = new JobRegistry([
    {
      name: 'weekly-insights',
      cron: '0 3 * * 1',
      description: 'bench',
      timeoutSeconds: 1800,
      handler: (c) => job.run(c),
    },
  ]);
  const runner = new JobRunner(db.tx, registry, 'bench');
  let t = performance.now();
  const first = await runner.run('weekly-insights', slot);
  const firstMs = performance.now() - t;
  expect(first.run?.status).toBe('succeeded');
  const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM public.insight_runs`);
  expect(rows[0].n).toBe(USERS);
  t = performance.now();
  await runner.run('weekly-insights', new Date(slot.getTime() + DAY / 24));
  const rerunMs = performance.now() - t;
  const { rows: after } = await db.owner.query(`SELECT count(*)::int AS n FROM public.insight_runs`);
  expect(after[0].n).toBe(USERS);
  console.log(
    `weekly insight job: ${USERS} users in ${(firstMs / 1000).toFixed(2)} s = ${Math.round(USERS / (firstMs / 1000))} users/s ` +
      `(${first.run?.rowsAffected} rows written); rerun of the week ${(rerunMs / 1000).toFixed(2)} s, nothing written`,
  );
});
