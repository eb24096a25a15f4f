// The vector search's hot path: what the in-process index needs from vector_memory, as the caller (RLS:
// own rows only). The copy holds what a hit answers (context, timestamps) too, so a search that finds it
// current makes one database round trip. The freshness check runs on every search: one primary-key read of the caller's change
// counter (app_private.vector_memory_version(), migration VectorMemoryVersions); the loads run when it has
// moved, through vector_memory_user_revision_idx (test/ai/vector-search-plan.test.ts). Counters and
// revisions are bigint, as text.
import type { Sql } from '../../common/database/sql';

export interface VectorVersionRow {
  version: string;
  deleted_version: string;
}

export interface VectorRow {
  id: string;
  /** Null for a row of another dimension (stored under an earlier AI_EMBEDDING_DIMENSIONS): never a hit. */
  embedding: number[] | null;
  revision: string;
  context: string | null;
  created_at: Date;
  updated_at: Date;
}

export const VECTOR_VERSION_SQL = `SELECT version::text, deleted_version::text FROM app_private.vector_memory_version()`;

export const VECTORS_SINCE_SQL = `SELECT id, CASE WHEN cardinality(embedding) = $3 THEN embedding END AS embedding,
    revision::text AS revision, context, created_at, updated_at
  FROM public.vector_memory WHERE user_id = $1 AND org_id = $2 AND revision > $4::bigint`;

export const VECTOR_IDS_SQL = `SELECT id FROM public.vector_memory WHERE user_id = $1 AND org_id = $2`;

/** The caller's change counter and the counter value of their latest delete (0 and 0 before any row). */
export async function vectorVersion(sql: Sql): Promise<VectorVersionRow> {
  return (await sql.one<VectorVersionRow>(VECTOR_VERSION_SQL))!;
}

/** The caller's rows written after counter value `since` (-1: all), embeddings of this dimension only. */
export function vectorsSince(
  sql: Sql,
  userId: string,
  orgId: string,
  dim: number,
  since: bigint,
): Promise<VectorRow[]> {
  return sql.rows<VectorRow>(VECTORS_SINCE_SQL, [userId, orgId, dim, String(since)]);
}

/** The ids of every row of the caller (an index-only scan), to drop the deleted ones from a copy. */
export async function vectorIds(sql: Sql, userId: string, orgId: string): Promise<Set<string>> {
  return new Set((await sql.rows<{ id: string }>(VECTOR_IDS_SQL, [userId, orgId])).map((r) => r.id));
}
