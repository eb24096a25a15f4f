// Seed 004 "Monthly: index analysis and maintenance": fresh planner statistics for every application table.
// Instance-wide, so it belongs to the jobs module itself.
import { Injectable } from '@nestjs/common';
import type { JobContext, JobResult } from './job-definition';
import { ScheduledJob, type ScheduledJobHandler } from './scheduled-job.decorator';

@Injectable()
@ScheduledJob({
  name: 'analyze-tables',
  cron: '0 4 1 * *',
  description: 'Refreshes planner statistics (ANALYZE) of the application tables; rows = tables analyzed.',
  timeoutSeconds: 60 * 60,
})
export class AnalyzeTablesJob implements ScheduledJobHandler {
  async run({ sql }: JobContext): Promise<JobResult> {
    const row = await sql.one<{ n: number }>(`SELECT app_private.analyze_app_tables() AS n`);
    return { rows: row?.n ?? 0 };
  }
}
