import { newRateLimitCounter } from '../support/factories';
import type { TableCase } from './harness';

export const platformMatrix: TableCase[] = [
  {
    // No request role, service_role included, touches the counters: app_private.hit_rate_limit() is the only way in.
    table: 'rate_limit_counters',
    idColumn: 'bucket',
    seed: async (w) => (await newRateLimitCounter(w.db, { bucket: 'matrix:seed' })).bucket,
    insert: () => ({
      sql: `INSERT INTO public.rate_limit_counters (bucket, window_start) VALUES ('matrix:new', now())`,
    }),
    update: `UPDATE public.rate_limit_counters SET hits = hits + 1 WHERE bucket = $1`,
    allow: {},
  },
];
