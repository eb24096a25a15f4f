// For jobs whose work is a SQL function of their module's migration: the function is checked for first, so
// a database without that migration fails the run with a clear message instead of a bare 42883.
import type { Sql } from '../../common/database/sql';

export class MissingFunctionError extends Error {}

/** Calls public.<fn>(...args) if it exists; answers the function's result as a row count when it is a number. */
export async function callMaintenanceFunction(db: Sql, fn: string, args: number[] = []): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(fn)) throw new Error(`bad function name ${fn}`);
  const found = await db.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace ns ON ns.oid = p.pronamespace
     WHERE ns.nspname = 'public' AND p.proname = $1`,
    [fn],
  );
  if (!found?.n)
    throw new MissingFunctionError(`public.${fn}() is not installed: its module's migration has not run`);
  const placeholders = args.map((_, i) => `$${i + 1}`).join(', ');
  const row = await db.one<{ result: unknown }>(`SELECT public.${fn}(${placeholders}) AS result`, args);
  return asCount(row?.result);
}

function asCount(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.trunc(value));
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return 0;
}
