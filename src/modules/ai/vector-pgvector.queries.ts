// The vector search on pgvector (0.8.0 or later), used when the service role's app_private.prepare_vector_search()
// answers 'pgvector' at startup (migration VectorMemoryVersions): the same API as the portable search, served by
// an HNSW index (cosine) over the real[] embeddings of the configured dimension cast to vector(dim). The index
// covers every user's rows, so the search asks for iterative scans in strict order: the scan goes on past
// ef_search until k rows pass the per-user filter (RLS and the WHERE). HNSW is approximate; the portable path
// is exact. Not run here: neither the embedded server nor Debian's PostgreSQL 15 has pgvector; the tests
// check these statements with the server's parser (test/ai/vector-memory-versions.test.ts).

/** The service role's startup call: 'pgvector' (the index exists now) or 'portable'. */
export const PGVECTOR_PREPARE_SQL = `SELECT app_private.prepare_vector_search($1) AS backend`;

/** ef_search for k: at least pgvector's default 40, and room for k; pgvector's maximum is 1000. */
export const efSearch = (k: number): number => Math.min(1000, Math.max(40, 2 * k));

/**
 * The three statements of a search in dimension `dim`, in order: the scan settings ($1 ef_search), the k
 * nearest with their cosine similarity ($1 the query as pgvector text, $2 user, $3 organization, $4 k; a stored
 * zero vector scores 0, as in the portable search), and how many rows were searched ($1 user, $2 organization).
 */
export function pgvectorSearchStatements(dim: number): [settings: string, search: string, count: string] {
  if (!Number.isInteger(dim) || dim < 1 || dim > 2000) throw new Error(`no HNSW index for dimension ${dim}`);
  const v = `public.vector(${dim})`;
  const distance = `embedding::${v} OPERATOR(public.<=>) $1::${v}`;
  return [
    `SELECT set_config('hnsw.iterative_scan', 'strict_order', true), set_config('hnsw.ef_search', $1, true)`,
    `SELECT id, context, created_at, updated_at, coalesce(nullif(1 - (${distance}), 'NaN'), 0) AS score
  FROM public.vector_memory
  WHERE user_id = $2 AND org_id = $3 AND cardinality(embedding) = ${dim}
  ORDER BY ${distance}
  LIMIT $4`,
    `SELECT count(*)::int AS n FROM public.vector_memory WHERE user_id = $1 AND org_id = $2 AND cardinality(embedding) = ${dim}`,
  ];
}

/** A query vector in pgvector's text form. */
export const pgvectorText = (q: ArrayLike<number>): string => `[${Array.from(q).join(',')}]`;

export interface PgvectorHitRow {
  id: string;
  context: string | null;
  created_at: Date;
  updated_at: Date;
  score: number;
}
