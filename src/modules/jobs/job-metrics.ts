// The job runs of the last 24 hours by job and outcome, and each job's newest success, for GET /metrics.
// Read from job_runs at scrape time, so every instance reports the same figures whichever instance ran a slot.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Metrics } from '../../common/metrics/metrics';
import { JobRegistry } from './job-definition';

const STATUSES = ['running', 'succeeded', 'failed'] as const;

interface JobRunCounts {
  job: string;
  status: (typeof STATUSES)[number];
  runs: number;
  lastSuccess: number | null;
}

// One index range per job on job_runs_job_slot_key (job, slot).
const COUNTS_SQL = `
  SELECT r.job, r.status::text AS status, count(*)::int AS runs,
         extract(epoch FROM max(r.finished_at) FILTER (WHERE r.status = 'succeeded'))::float8 AS "lastSuccess"
    FROM unnest($1::text[]) AS j(name)
    JOIN public.job_runs r ON r.job = j.name AND r.slot > now() - interval '24 hours'
   GROUP BY r.job, r.status`;

@Injectable()
export class JobMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    const runs = new Gauge({
      name: 'carebase_job_runs_24h',
      help: 'Job runs whose slot is in the last 24 hours, by job and status (running, succeeded, failed)',
      labelNames: ['job', 'status'] as const,
      registers: [this.metrics.registry],
    });
    const lastSuccess = new Gauge({
      name: 'carebase_job_last_success_timestamp_seconds',
      help: 'When the newest successful run of each job (within the last 24 hours) finished',
      labelNames: ['job'] as const,
      registers: [this.metrics.registry],
    });
    const names = this.registry.names();
    this.metrics.addSource('job-runs', async (db) => {
      const rows = await db.rows<JobRunCounts>(COUNTS_SQL, [names]);
      runs.reset();
      lastSuccess.reset();
      for (const job of names) for (const status of STATUSES) runs.set({ job, status }, 0);
      for (const r of rows) {
        runs.set({ job: r.job, status: r.status }, r.runs);
        if (r.lastSuccess !== null) lastSuccess.set({ job: r.job }, r.lastSuccess);
      }
    });
  }
}
