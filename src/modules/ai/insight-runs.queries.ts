// The weekly insight job's SQL: the week's figures for every user with activity in it (moods, journal,
// calendar, food and activity logs; goals' trajectories), computed set-wise in one statement as the service
// role; then the runs and the patient insights written in bulk. insight_runs is unique per (user, week):
// ON CONFLICT DO NOTHING makes a rerun of a week write nothing twice, and only users whose run was written
// now get the week's patient insights.
import type { Sql } from '../../common/database/sql';
import type { WeekFigures } from './models/rule-based-writer';

export interface WeekFiguresRow extends WeekFigures {
  org_id: string;
  user_id: string;
  paired_days: number;
  behind_goals: { id: string; title: string; progress: number; elapsed: number }[];
}

const FIGURES_SQL = `
WITH active AS (
  SELECT org_id, user_id FROM public.daily_moods WHERE created_at >= $1 AND created_at < $2
  UNION SELECT org_id, user_id FROM public.journal_entries WHERE date >= $1::date AND date < $2::date
  UNION SELECT org_id, user_id FROM public.calendar_events WHERE date >= $1::date AND date < $2::date
  UNION SELECT org_id, patient_id FROM public.patient_food_log WHERE "timestamp" >= $1 AND "timestamp" < $2
  UNION SELECT org_id, patient_id FROM public.patient_activity_log WHERE "timestamp" >= $1 AND "timestamp" < $2
),
who AS (SELECT DISTINCT ON (user_id) org_id, user_id FROM active ORDER BY user_id, org_id),
moods AS (
  SELECT user_id, count(*)::int AS n, avg(intensity)::float8 AS avg_i, mode() WITHIN GROUP (ORDER BY emotion) AS dominant
  FROM public.daily_moods WHERE created_at >= $1 AND created_at < $2 GROUP BY user_id),
mood_days AS (
  SELECT user_id, date_trunc('day', created_at) AS d, avg(intensity)::float8 AS i
  FROM public.daily_moods WHERE created_at >= $1 AND created_at < $2 AND intensity IS NOT NULL GROUP BY 1, 2),
journal AS (SELECT user_id, count(*)::int AS n FROM public.journal_entries WHERE date >= $1::date AND date < $2::date GROUP BY 1),
calendar AS (SELECT user_id, count(*)::int AS n FROM public.calendar_events WHERE date >= $1::date AND date < $2::date GROUP BY 1),
food AS (
  SELECT patient_id AS user_id, count(*)::int AS n,
         (sum(calories)::float8 / nullif(count(DISTINCT date_trunc('day', "timestamp")), 0)) AS per_day
  FROM public.patient_food_log WHERE "timestamp" >= $1 AND "timestamp" < $2 GROUP BY 1),
act_days AS (
  SELECT patient_id AS user_id, date_trunc('day', "timestamp") AS d, sum(coalesce(duration, 0))::float8 AS minutes
  FROM public.patient_activity_log WHERE "timestamp" >= $1 AND "timestamp" < $2 GROUP BY 1, 2),
act AS (
  SELECT patient_id AS user_id, count(*)::int AS n, coalesce(sum(duration), 0)::int AS minutes
  FROM public.patient_activity_log WHERE "timestamp" >= $1 AND "timestamp" < $2 GROUP BY 1),
paired AS (
  SELECT m.user_id, count(*)::int AS days, corr(m.i, coalesce(a.minutes, 0)) AS r
  FROM mood_days m LEFT JOIN act_days a ON a.user_id = m.user_id AND a.d = m.d GROUP BY 1),
goals AS (
  SELECT g.patient_id AS user_id, g.id, g.title,
         CASE WHEN g.target_value IS NULL OR g.current_value IS NULL OR g.target_value = coalesce(g.baseline_value, 0) THEN NULL
              ELSE ((g.current_value - coalesce(g.baseline_value, 0)) / (g.target_value - coalesce(g.baseline_value, 0)))::float8 END AS progress,
         CASE WHEN g.target_date IS NULL OR g.target_date <= g.start_date THEN NULL
              ELSE least(1, greatest(0, extract(epoch FROM ($2::timestamptz - g.start_date)) / extract(epoch FROM (g.target_date - g.start_date))))::float8 END AS elapsed
  FROM public.patient_health_goals g JOIN who ON who.user_id = g.patient_id WHERE g.status = 'active'),
goal_sum AS (
  SELECT user_id, count(*)::int AS active,
         count(*) FILTER (WHERE progress IS NULL OR elapsed IS NULL OR progress >= elapsed)::int AS on_track,
         coalesce(jsonb_agg(jsonb_build_object('id', id, 'title', title, 'progress', round(progress::numeric, 3), 'elapsed', round(elapsed::numeric, 3)))
                  FILTER (WHERE progress < elapsed), '[]') AS behind
  FROM goals GROUP BY 1)
SELECT who.org_id, who.user_id,
       coalesce(moods.n, 0) AS moods, moods.avg_i AS "averageMoodIntensity", moods.dominant AS "dominantEmotion",
       coalesce(journal.n, 0) AS "journalEntries", coalesce(calendar.n, 0) AS "calendarEvents",
       coalesce(food.n, 0) AS meals, food.per_day AS "averageDailyCalories",
       coalesce(act.n, 0) AS activities, coalesce(act.minutes, 0) AS "activityMinutes",
       coalesce(goal_sum.active, 0) AS "goalsActive", coalesce(goal_sum.on_track, 0) AS "goalsOnTrack",
       CASE WHEN paired.days >= 3 THEN paired.r END AS "moodActivityCorrelation",
       coalesce(paired.days, 0) AS paired_days, coalesce(goal_sum.behind, '[]') AS behind_goals
FROM who
LEFT JOIN moods ON moods.user_id = who.user_id
LEFT JOIN journal ON journal.user_id = who.user_id
LEFT JOIN calendar ON calendar.user_id = who.user_id
LEFT JOIN food ON food.user_id = who.user_id
LEFT JOIN act ON act.user_id = who.user_id
LEFT JOIN paired ON paired.user_id = who.user_id
LEFT JOIN goal_sum ON goal_sum.user_id = who.user_id`;

export function weekFigures(sql: Sql, start: Date, end: Date): Promise<WeekFiguresRow[]> {
  return sql.rows<WeekFiguresRow>(FIGURES_SQL, [start, end]);
}

/** Writes the runs; answers the users whose run was new (a rerun of the week answers none). */
export async function insertRuns(
  sql: Sql,
  start: Date,
  end: Date,
  runs: { orgId: string; userId: string; narrative: string; figures: object }[],
  writer: string,
): Promise<string[]> {
  if (!runs.length) return [];
  const rows = await sql.rows<{ user_id: string }>(
    `INSERT INTO public.insight_runs (org_id, user_id, time_range_start, time_range_end, narrative, figures, writer)
     SELECT o, u, $1, $2, n, f, $7 FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::jsonb[]) AS t(o, u, n, f)
     ON CONFLICT (user_id, time_range_start, time_range_end) DO NOTHING
     RETURNING user_id`,
    [
      start,
      end,
      runs.map((r) => r.orgId),
      runs.map((r) => r.userId),
      runs.map((r) => r.narrative),
      runs.map((r) => JSON.stringify(r.figures)),
      writer,
    ],
  );
  return rows.map((r) => r.user_id);
}

export interface NewPatientInsight {
  orgId: string;
  patientId: string;
  insightType: string;
  insightText: string;
  confidence: number;
  dataSources: object[];
}

/** Patient insights for users with a profile (patient_insights.patient_id is the profile). */
export async function insertPatientInsights(sql: Sql, insights: NewPatientInsight[]): Promise<number> {
  if (!insights.length) return 0;
  return sql.exec(
    `INSERT INTO public.patient_insights (org_id, patient_id, insight_type, insight_text, confidence_score, data_sources)
     SELECT o, p, t, x, c, d FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::jsonb[]) AS i(o, p, t, x, c, d)
     WHERE EXISTS (SELECT 1 FROM public.profiles pr WHERE pr.id = i.p)`,
    [
      insights.map((i) => i.orgId),
      insights.map((i) => i.patientId),
      insights.map((i) => i.insightType),
      insights.map((i) => i.insightText),
      insights.map((i) => i.confidence.toFixed(3)),
      insights.map((i) => JSON.stringify(i.dataSources)),
    ],
  );
}
