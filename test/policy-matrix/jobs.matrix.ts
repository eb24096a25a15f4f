import type { TableCase } from './harness';

let n = 0;
const nextSlot = () => new Date(Date.UTC(2031, 0, 1) + ++n * 1000);

export const jobsMatrix: TableCase[] = [
  {
    // Instance-wide (no org_id): only service_role touches it. Platform operators read it through the jobs
    // API, which checks PLATFORM_ORG_ID and reads as service_role; no tenant role reads it directly.
    table: 'job_runs',
    seed: async (w) => {
      const { rows } = await w.db.owner.query(
        `INSERT INTO public.job_runs (job, slot, status, started_at, finished_at, duration_ms, rows_affected, attempt, instance)
         VALUES ('matrix-job', $1, 'succeeded', now(), now(), 5, 3, 1, 'matrix') RETURNING id`,
        [nextSlot()],
      );
      return rows[0].id;
    },
    insert: () => ({
      sql: `INSERT INTO public.job_runs (job, slot, instance) VALUES ('matrix-job', $1, 'probe')`,
      params: [nextSlot()],
    }),
    update: `UPDATE public.job_runs SET error = error WHERE id = $1`,
    allow: { service: 'SIUD' },
  },
];
