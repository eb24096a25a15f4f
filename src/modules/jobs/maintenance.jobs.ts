// The platform's scheduled maintenance (seed 004 "Set Up Maintenance Jobs", plus credential hygiene).
// Each handler is SQL in the job's own transaction; functions owned by other modules are called by name and
// checked for first, so a missing migration fails the run with a clear message instead of a bare 42883.
import type { Sql } from '../../common/database/sql';
import type { JobDefinition } from './job-definition';

/** Audit rows older than this many days move to the archive (seed 004: `archive_old_audit_logs(90)`). */
export const AUDIT_RETENTION_DAYS = 90;
/** Expired or revoked sessions and used or expired verification tokens are kept this long, then deleted. */
export const CREDENTIAL_RETENTION_DAYS = 30;

export class MissingFunctionError extends Error {}

/** Calls public.<fn>(...args) if it exists; answers the function's result as a row count when it is a number. */
export async function callMaintenanceFunction(db: Sql, fn: string, args: number[] = []): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(fn)) throw new Error(`bad function name ${fn}`);
  const found = await db.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace ns ON ns.oid = p.pronamespace
     WHERE ns.nspname = 'public' AND p.proname = $1`,
    [fn],
  );
  if (!found?.n) throw new MissingFunctionError(`public.${fn}() is not installed: its module's migration has not run`);
  const placeholders = args.map((_, i) => `$${i + 1}`).join(', ');
  const row = await db.one<{ result: unknown }>(`SELECT public.${fn}(${placeholders}) AS result`, args);
  return asCount(row?.result);
}

function asCount(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.trunc(value));
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return 0;
}

export const MAINTENANCE_JOBS: JobDefinition[] = [
  {
    name: 'archive-audit-logs',
    // The seed says weekly; the platform issue asks for daily archival, which keeps each run small.
    cron: '30 3 * * *',
    description: `Moves audit log rows older than ${AUDIT_RETENTION_DAYS} days to the archive (archive_old_audit_logs).`,
    timeoutSeconds: 30 * 60,
    handler: async ({ sql }) => ({ rows: await callMaintenanceFunction(sql, 'archive_old_audit_logs', [AUDIT_RETENTION_DAYS]) }),
  },
  {
    name: 'expire-notifications',
    cron: '15 * * * *',
    description: 'Marks notifications past their expiry as expired (expire_old_notifications).',
    timeoutSeconds: 10 * 60,
    handler: async ({ sql }) => ({ rows: await callMaintenanceFunction(sql, 'expire_old_notifications') }),
  },
  {
    name: 'purge-expired-credentials',
    cron: '45 3 * * *',
    description: `Deletes sessions expired or revoked, and verification tokens used or expired, more than ${CREDENTIAL_RETENTION_DAYS} days ago.`,
    timeoutSeconds: 10 * 60,
    handler: async ({ sql }) => {
      const sessions = await sql.exec(
        `DELETE FROM public.sessions
         WHERE expires_at < now() - make_interval(days => $1) OR revoked_at < now() - make_interval(days => $1)`,
        [CREDENTIAL_RETENTION_DAYS],
      );
      const tokens = await sql.exec(
        `DELETE FROM public.verification_tokens
         WHERE expires_at < now() - make_interval(days => $1) OR consumed_at < now() - make_interval(days => $1)`,
        [CREDENTIAL_RETENTION_DAYS],
      );
      return { rows: sessions + tokens };
    },
  },
  {
    name: 'analyze-tables',
    // Seed 004 "Monthly: index analysis and maintenance": fresh planner statistics for every app table.
    cron: '0 4 1 * *',
    description: 'Refreshes planner statistics (ANALYZE) of the application tables; rows = tables analyzed.',
    timeoutSeconds: 60 * 60,
    handler: async ({ sql }) => {
      const row = await sql.one<{ n: number }>(`SELECT app_private.analyze_app_tables() AS n`);
      return { rows: row?.n ?? 0 };
    },
  },
];
