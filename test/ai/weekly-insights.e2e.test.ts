// The weekly insight job through the exactly-once job runner: one run per user with activity in the week
// (none for a user without), its figures computed in SQL and a narrative by the rule-based writer, written
// once even when two instances race for the slot and when the same week runs again; explainable patient
// insights (mood against activity minutes, goal trajectory) with confidence and data sources; the patient
// reads them and hides one, and the treating provider reads the ones not hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRegistry } from '../../src/modules/jobs/job-definition';
import { JobRunner } from '../../src/modules/jobs/job-runner';
import { previousWeek, WeeklyInsightsJob } from '../../src/modules/ai/weekly-insights.job';
import { apiClient, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newActivityLogEntry,
  newCareTeamMember,
  newDailyMood,
  newHealthGoal,
  newJournalEntry,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestUser,
} from '../support/factories';

const DAY = 86_400_000;
let db: TestDb;
let api: TestApp;
let active: TestUser;
let writer: TestUser;
let idle: TestUser;
let doctor: TestUser;
let colleague: TestUser;
const slot = (() => {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 3));
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
})();
const { start } = previousWeek(slot);
const at = (day: number, hour = 12) => new Date(start.getTime() + day * DAY + hour * 3_600_000);

function runner(name: string): JobRunner {
  const job = new WeeklyInsightsJob();
  const registry = new JobRegistry([
    {
      name: 'weekly-insights',
      cron: '0 3 * * 1',
      description: 'test',
      timeoutSeconds: 60,
      handler: (ctx) => job.run(ctx),
    },
  ]);
  return new JobRunner(db.tx, registry, name);
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Insights');
  active = await newUser(db, org, 'patient');
  writer = await newUser(db, org, 'patient');
  idle = await newUser(db, org, 'patient');
  doctor = await newUser(db, org, 'provider');
  colleague = await newUser(db, org, 'provider');
  const record = await newPatient(db, org, { userId: active.id });
  await newCareTeamMember(db, org, { patientId: record.id, providerId: (await newProvider(db, doctor)).id });
  await newProvider(db, colleague);
  // Mood rises with activity on four days; a goal far behind its trajectory.
  for (const [day, intensity, minutes] of [
    [0, 3, 0],
    [1, 5, 20],
    [2, 7, 45],
    [3, 9, 60],
  ]) {
    await newDailyMood(db, active, { emotion: day > 1 ? 'happy' : 'sad', intensity, createdAt: at(day) });
    if (minutes)
      await newActivityLogEntry(db, active, {
        activityType: 'walk',
        duration: minutes,
        timestamp: at(day, 18),
      });
  }
  await newHealthGoal(db, active, {
    title: 'Walk 100 km',
    baselineValue: '0',
    currentValue: '10',
    targetValue: '100',
    startDate: new Date(start.getTime() - 30 * DAY),
    targetDate: new Date(start.getTime() + 10 * DAY),
  });
  await newJournalEntry(db, writer, { content: 'A quiet week', date: at(2).toISOString().slice(0, 10) });
  // Activity the week before only: no run.
  await newDailyMood(db, idle, {
    emotion: 'calm',
    intensity: 5,
    createdAt: new Date(start.getTime() - 2 * DAY),
  });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const runsOf = async () =>
  (await db.owner.query(`SELECT user_id, narrative, figures, writer FROM insight_runs ORDER BY user_id`))
    .rows;
const insightCount = async () =>
  (await db.owner.query(`SELECT count(*)::int AS n FROM patient_insights`)).rows[0].n;

describe('weekly insight job', () => {
  it('writes one run per active user exactly once, even with two instances racing for the slot', async () => {
    const [a, b] = await Promise.all([
      runner('a').run('weekly-insights', slot),
      runner('b').run('weekly-insights', slot),
    ]);
    expect([a.claimed, b.claimed].filter(Boolean)).toHaveLength(1);
    const runs = await runsOf();
    expect(runs.map((r) => r.user_id).sort()).toEqual([active.id, writer.id].sort());
    const mine = runs.find((r) => r.user_id === active.id)!;
    expect(mine.figures).toMatchObject({
      moods: 4,
      activities: 3,
      activityMinutes: 125,
      goalsActive: 1,
      goalsOnTrack: 0,
    });
    expect(mine.figures.moodActivityCorrelation).toBeGreaterThan(0.9);
    expect(mine.narrative).toMatch(/checked in your mood 4 times.*rule-based writer/);
    expect(runs.find((r) => r.user_id === writer.id)!.narrative).toMatch(/1 journal entry/);
  });

  it('a rerun of the same week writes nothing twice', async () => {
    const before = { runs: (await runsOf()).length, insights: await insightCount() };
    const again = await runner('c').run('weekly-insights', new Date(slot.getTime() + 3_600_000));
    expect(again.claimed).toBe(true);
    expect(again.run?.status).toBe('succeeded');
    expect((await runsOf()).length).toBe(before.runs);
    expect(await insightCount()).toBe(before.insights);
  });

  it('writes explainable patient insights the patient and the treating provider read', async () => {
    const mine = expectOk(await apiClient(api, active.token).GET('/api/patient-insights'), 200).items;
    expect(mine.map((i) => i.insightType).sort()).toEqual(['goal_trajectory', 'mood_activity']);
    const mood = mine.find((i) => i.insightType === 'mood_activity')!;
    expect(Number(mood.confidenceScore)).toBeGreaterThan(0.3);
    expect(mood.dataSources.map((d) => d.table)).toEqual(['daily_moods', 'patient_activity_log']);
    const goal = mine.find((i) => i.insightType === 'goal_trajectory')!;
    expect(goal.dataSources[0]).toMatchObject({ table: 'patient_health_goals' });
    const asDoctor = () =>
      apiClient(api, doctor.token).GET('/api/patient-insights', {
        params: { query: { patientId: active.id } },
      });
    expect(expectOk(await asDoctor(), 200).items).toHaveLength(2);
    const hidden = expectOk(
      await apiClient(api, active.token).PATCH('/api/patient-insights/{id}', {
        params: { path: { id: goal.id } },
        body: { hidden: true, viewed: true },
      }),
      200,
    );
    expect(hidden).toMatchObject({ isHidden: true });
    expect(hidden.viewedAt).not.toBeNull();
    expect(expectOk(await asDoctor(), 200).items.map((i) => i.id)).toEqual([mood.id]);
    expectStatus(
      await apiClient(api, doctor.token).GET('/api/patient-insights/{id}', {
        params: { path: { id: goal.id } },
      }),
      404,
    );
    const colleagueSees = expectOk(
      await apiClient(api, colleague.token).GET('/api/patient-insights', {
        params: { query: { patientId: active.id } },
      }),
      200,
    );
    expect(colleagueSees.items).toEqual([]);
    expectStatus(
      await apiClient(api, doctor.token).PATCH('/api/patient-insights/{id}', {
        params: { path: { id: mood.id } },
        body: { hidden: true },
      }),
      403,
    );
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n FROM audit_logs WHERE table_name = 'patient_insights' AND actor_user_id = $1`,
      [doctor.id],
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
