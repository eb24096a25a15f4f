// Test helpers for the audit log. They act as the owner (a superuser in tests) and switch the append-only
// triggers off for their transaction (session_replication_role = replica), which is what an attacker with
// the owner's or a superuser's rights could do; the hash chain is what must notice.
import type { PoolClient } from 'pg';
import type { Claims } from '../../src/common/context/claims';
import { sqlFor, type Sql } from '../../src/common/database/sql';
import type { TestDb } from '../support/db';

/** Runs `fn` as the owner with the audit tables' triggers off, in one committed transaction. */
export async function asTamperingOwner<T>(db: TestDb, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await db.owner.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL session_replication_role = replica');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (err) {
    await c.query('ROLLBACK');
    throw err;
  } finally {
    c.release();
  }
}

/**
 * Re-seals an organization's live chain from its first row, recomputing prev_hash and hash with the same
 * SQL function the insert path uses. With it a test can fabricate rows that look genuinely old (backdated
 * occurred_at) without breaking the chain.
 */
export async function reseal(c: PoolClient, orgId: string): Promise<void> {
  const { rows } = await c.query<{ id: string }>(
    `SELECT id FROM public.audit_logs WHERE org_id = $1 ORDER BY seq`,
    [orgId],
  );
  const first = await c.query<{ hash: Buffer }>(
    `SELECT hash FROM public.audit_logs_archive WHERE org_id = $1 ORDER BY seq DESC LIMIT 1`,
    [orgId],
  );
  let prev: Buffer | null = first.rows[0]?.hash ?? null;
  for (const { id } of rows) {
    await c.query(`UPDATE public.audit_logs SET prev_hash = $2 WHERE id = $1`, [id, prev]);
    const res = await c.query<{ hash: Buffer }>(
      `UPDATE public.audit_logs l SET hash = app_private.audit_hash(l) WHERE id = $1 RETURNING hash`,
      [id],
    );
    prev = res.rows[0].hash;
  }
}

/** Moves the first `count` live rows of an organization `days` into the past, keeping the chain valid. */
export async function backdate(db: TestDb, orgId: string, count: number, days: number): Promise<string[]> {
  return asTamperingOwner(db, async (c) => {
    const { rows } = await c.query<{ id: string; seq: string }>(
      `UPDATE public.audit_logs SET occurred_at = occurred_at - make_interval(days => $3)
       WHERE id IN (SELECT id FROM public.audit_logs WHERE org_id = $1 ORDER BY seq LIMIT $2) RETURNING id, seq`,
      [orgId, count, days],
    );
    await reseal(c, orgId);
    return rows.sort((x, y) => (BigInt(x.seq) < BigInt(y.seq) ? -1 : 1)).map((r) => r.id);
  });
}

export interface ChainReport {
  checked: string;
  broken_seq: string | null;
  broken_id: string | null;
  reason: string | null;
  head_seq: string | null;
}

export async function verifyChain(db: TestDb, orgId: string | null): Promise<ChainReport> {
  const { rows } = await db.owner.query<ChainReport>(
    `SELECT checked, broken_seq, broken_id, reason, head_seq FROM app_private.verify_audit_chain($1)`,
    [orgId],
  );
  return rows[0];
}

/** Runs `fn` through the RLS pipeline as `claims` and commits. */
export function as<T>(db: TestDb, claims: Claims, fn: (s: Sql) => Promise<T>): Promise<T> {
  return db.tx.run(claims, (m) => fn(sqlFor(m.queryRunner!)));
}

/** The SQLSTATE a promise rejects with (undefined when it resolves). */
export async function sqlStateOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return (
      (err as { code?: string; driverError?: { code?: string } }).code ??
      (err as { driverError?: { code?: string } }).driverError?.code
    );
  }
}
