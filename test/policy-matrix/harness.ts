// The policy matrix: for every table, every caller kind and every operation, the expected outcome,
// asserted through the same RLS transaction mechanism the API uses (RlsTransactions as the login role).
// Each probe runs in its own transaction and is always rolled back, so probes cannot see each other.
//
// Adding a table: write a TableCase in <module>.matrix.ts (seed one row in org A, say how each operation is
// attempted, and the allowed operations per caller as letters S, I, U, D) and add it to MATRIX in
// policy-matrix.test.ts. A caller not listed may do nothing.
import { sqlState } from '../../src/common/database/sql-errors';
import type { Claims } from '../../src/common/context/claims';
import { sqlFor, type Sql } from '../../src/common/database/sql';
import type { TestDb } from '../support/db';
import type { TestOrg, TestUser } from '../support/factories';

export const CALLERS = ['anon', 'patient', 'provider', 'admin', 'research_partner', 'developer', 'service', 'other_org'] as const;
export type Caller = (typeof CALLERS)[number];
export const OPS = ['select', 'insert', 'update', 'delete'] as const;
export type Op = (typeof OPS)[number];
export type Outcome = 'allow' | 'deny';

export interface World {
  db: TestDb;
  orgA: TestOrg;
  orgB: TestOrg;
  /** Members of org A, one per role, and an admin of org B (other_org). */
  users: Record<Exclude<Caller, 'anon' | 'service'>, TestUser>;
  /** A user of org B who is not a member of org A (for membership inserts). */
  outsider: TestUser;
  /** A users row in org A with no profile and no membership (for profile inserts). */
  bareUserId: string;
  claims(caller: Caller): Claims;
}

export interface Statement {
  sql: string;
  params?: unknown[];
}

export interface TableCase {
  table: string;
  /** Creates the row under test, in org A, as the owner; answers its id. */
  seed(world: World): Promise<string>;
  /** The insert each caller attempts (callers insert into their own org unless the case says otherwise). */
  insert(world: World, caller: Caller): Statement;
  /** An UPDATE of the seeded row ($1 is its id); it must touch a column the allowed callers may change. */
  update: string;
  /** Allowed operations per caller: letters of SIUD. */
  allow: Partial<Record<Caller, string>>;
  /** Defaults to `id`. */
  idColumn?: string;
}

class Rollback extends Error {}

function isDenial(err: unknown): boolean {
  return sqlState(err) === '42501';
}

/** Runs one probe as `caller` and reports whether the database allowed it. */
export async function probe(world: World, t: TableCase, id: string, caller: Caller, op: Op): Promise<Outcome> {
  const idCol = t.idColumn ?? 'id';
  let outcome: Outcome = 'deny';
  try {
    await world.db.tx.run(world.claims(caller), async (manager) => {
      const db: Sql = sqlFor(manager.queryRunner!);
      if (op === 'select') {
        const rows = await db.rows(`SELECT 1 FROM public.${t.table} WHERE ${idCol} = $1`, [id]);
        outcome = rows.length === 1 ? 'allow' : 'deny';
      } else if (op === 'insert') {
        const stmt = t.insert(world, caller);
        await db.exec(stmt.sql, stmt.params ?? []);
        outcome = 'allow';
      } else if (op === 'update') {
        outcome = (await db.exec(t.update, [id])) === 1 ? 'allow' : 'deny';
      } else {
        outcome = (await db.exec(`DELETE FROM public.${t.table} WHERE ${idCol} = $1`, [id])) === 1 ? 'allow' : 'deny';
      }
      throw new Rollback();
    });
  } catch (err) {
    if (err instanceof Rollback) return outcome;
    if (isDenial(err)) return 'deny';
    throw err;
  }
  return outcome;
}

export function expected(t: TableCase, caller: Caller, op: Op): Outcome {
  const letters = t.allow[caller] ?? '';
  return letters.includes(op[0].toUpperCase()) ? 'allow' : 'deny';
}
