// The vector search's hot path: what the in-process index needs from vector_memory, as the caller (RLS:
// own rows only). The freshness check runs on every search and must stay an index-only scan of
// vector_memory_user_updated_idx (test/ai/vector-search-plan.test.ts); the loads run when it says the
// index is stale. Stamps are updated_at in microseconds since the epoch, as text (they exceed 2^53 summed).
import type { Sql } from '../../common/database/sql';

export interface VectorVersionRow {
  n: number;
  stamp_sum: string;
}

export interface VectorRow {
  id: string;
  /** Null for a row of another dimension (stored under an earlier AI_EMBEDDING_DIMENSIONS): never a hit. */
  embedding: number[] | null;
  stamp: string;
}

export const VECTOR_VERSION_SQL = `
  SELECT count(*)::int AS n, coalesce(sum((extract(epoch FROM updated_at) * 1000000)::bigint), 0)::text AS stamp_sum
  FROM public.vector_memory
  WHERE user_id = $1 AND org_id = $2`;

const ROWS = `SELECT id, CASE WHEN cardinality(embedding) = $3 THEN embedding END AS embedding,
    ((extract(epoch FROM updated_at) * 1000000)::bigint)::text AS stamp
  FROM public.vector_memory WHERE user_id = $1 AND org_id = $2`;

/** count and the sum of update stamps of the caller's rows: any insert, update or delete changes them. */
export async function vectorVersion(sql: Sql, userId: string, orgId: string): Promise<VectorVersionRow> {
  return (await sql.one<VectorVersionRow>(VECTOR_VERSION_SQL, [userId, orgId]))!;
}

/** Every row of the caller (the embeddings of this dimension). */
export function allVectors(sql: Sql, userId: string, orgId: string, dim: number): Promise<VectorRow[]> {
  return sql.rows<VectorRow>(ROWS, [userId, orgId, dim]);
}

/** Rows updated at or after `sinceMicros` (the incremental refresh). */
export function vectorsSince(
  sql: Sql,
  userId: string,
  orgId: string,
  dim: number,
  sinceMicros: string,
): Promise<VectorRow[]> {
  return sql.rows<VectorRow>(`${ROWS} AND updated_at >= to_timestamp($4::bigint / 1000000.0)`, [
    userId,
    orgId,
    dim,
    sinceMicros,
  ]);
}

export interface VectorHitRow {
  id: string;
  context: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The details of the search's hits (no embeddings: the answer carries ids, scores and contexts). */
export function hitDetails(sql: Sql, ids: string[]): Promise<VectorHitRow[]> {
  return sql.rows<VectorHitRow>(
    `SELECT id, context, created_at, updated_at FROM public.vector_memory WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}
