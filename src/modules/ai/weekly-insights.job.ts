// The weekly insight run (seed C's InsightRun), through the exactly-once job runner: for the week before the
// slot (Monday 00:00 UTC to Monday 00:00 UTC), one run per user with activity in it, its narrative written by
// the rule-based writer from figures computed in SQL; and explainable patient insights (mood against
// activity minutes, goal trajectory against target date) with their confidence and data sources. No health
// data leaves the process: the narrative is the rule-based writer's, not a model's.
import { Injectable } from '@nestjs/common';
import { ScheduledJob, type JobContext, type JobResult, type ScheduledJobHandler } from '../jobs';
import {
  insertPatientInsights,
  insertRuns,
  weekFigures,
  type NewPatientInsight,
  type WeekFiguresRow,
} from './insight-runs.queries';
import { RULE_BASED_NOTE, RULE_BASED_WRITER, writeWeeklyNarrative } from './models/rule-based-writer';

const DAY = 86_400_000;

/** The week (Monday to Monday, UTC) before the one `slot` falls in. */
export function previousWeek(slot: Date): { start: Date; end: Date } {
  const day = new Date(Date.UTC(slot.getUTCFullYear(), slot.getUTCMonth(), slot.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const end = new Date(day.getTime() - sinceMonday * DAY);
  return { start: new Date(end.getTime() - 7 * DAY), end };
}

@Injectable()
@ScheduledJob({
  name: 'weekly-insights',
  cron: '0 3 * * 1',
  description: "Writes last week's insight run for every user with activity, and their patient insights.",
  timeoutSeconds: 30 * 60,
})
export class WeeklyInsightsJob implements ScheduledJobHandler {
  async run({ sql, slot }: JobContext): Promise<JobResult> {
    const { start, end } = previousWeek(slot);
    const rows = await weekFigures(sql, start, end);
    const written = new Set(
      await insertRuns(
        sql,
        start,
        end,
        rows.map((r) => ({
          orgId: r.org_id,
          userId: r.user_id,
          narrative: writeWeeklyNarrative(r),
          figures: figuresOf(r),
        })),
        RULE_BASED_WRITER,
      ),
    );
    const insights: NewPatientInsight[] = [];
    for (const r of rows) {
      if (!written.has(r.user_id)) continue;
      const corr = r.moodActivityCorrelation;
      if (corr !== null && Math.abs(corr) >= 0.3)
        insights.push({
          orgId: r.org_id,
          patientId: r.user_id,
          insightType: 'mood_activity',
          insightText:
            `${corr > 0 ? 'Higher' : 'Lower'} mood went with more active minutes on the ${r.paired_days} days you ` +
            `logged your mood last week (correlation ${corr.toFixed(2)}). ${RULE_BASED_NOTE}`,
          confidence: Math.min(1, Math.abs(corr) * Math.min(1, r.paired_days / 7)),
          dataSources: [
            {
              table: 'daily_moods',
              statistic: 'pearson correlation of daily mean intensity with daily activity minutes',
              from: start,
              to: end,
              days: r.paired_days,
            },
            { table: 'patient_activity_log', statistic: 'sum of duration per day', from: start, to: end },
          ],
        });
      for (const g of r.behind_goals)
        insights.push({
          orgId: r.org_id,
          patientId: r.user_id,
          insightType: 'goal_trajectory',
          insightText:
            `"${g.title}" is ${Math.round(g.progress * 100)}% of the way with ${Math.round(g.elapsed * 100)}% ` +
            `of the time to its target date gone. ${RULE_BASED_NOTE}`,
          confidence: Math.min(1, Math.max(0, g.elapsed - g.progress) + 0.5),
          dataSources: [
            {
              table: 'patient_health_goals',
              rowIds: [g.id],
              statistic:
                'progress (current - baseline) / (target - baseline) against elapsed share of start to target date',
              progress: g.progress,
              elapsed: g.elapsed,
            },
          ],
        });
    }
    const insightRows = await insertPatientInsights(sql, insights);
    return { rows: written.size + insightRows };
  }
}

function figuresOf(r: WeekFiguresRow): object {
  return {
    moods: r.moods,
    averageMoodIntensity: r.averageMoodIntensity,
    dominantEmotion: r.dominantEmotion,
    journalEntries: r.journalEntries,
    calendarEvents: r.calendarEvents,
    meals: r.meals,
    averageDailyCalories: r.averageDailyCalories,
    activities: r.activities,
    activityMinutes: r.activityMinutes,
    goalsActive: r.goalsActive,
    goalsOnTrack: r.goalsOnTrack,
    moodActivityCorrelation: r.moodActivityCorrelation,
    pairedDays: r.paired_days,
    goalsBehind: r.behind_goals.map((g) => g.id),
  };
}
