import { newJobRun } from '../support/factories';
import type { TableCase } from './harness';

let n = 0;
const nextSlot = () => new Date(Date.UTC(2031, 0, 1) + ++n * 1000);

export const jobsMatrix: TableCase[] = [
  {
    // Instance-wide (no org_id): only service_role touches it. Platform operators read it through the jobs
    // API, which checks PLATFORM_ORG_ID and reads as service_role; no tenant role reads it directly.
    table: 'job_runs',
    seed: async (w) => {
      const now = new Date();
      const run = await newJobRun(w.db, {
        job: 'matrix-job',
        slot: nextSlot(),
        status: 'succeeded',
        startedAt: now,
        finishedAt: now,
        durationMs: 5,
        rowsAffected: '3',
        attempt: 1,
        instance: 'matrix',
      });
      return run.id;
    },
    insert: () => ({
      sql: `INSERT INTO public.job_runs (job, slot, instance) VALUES ('matrix-job', $1, 'probe')`,
      params: [nextSlot()],
    }),
    update: `UPDATE public.job_runs SET error = error WHERE id = $1`,
    allow: { service: 'SIUD' },
  },
];
