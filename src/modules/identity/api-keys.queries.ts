// Resolving an API key happens before the caller is known: a definer function callable by anon (the key is the
// credential), which also records the use. Required SQL, so it lives here.
import type { AppRole } from '../../common/context/claims';
import type { Sql } from '../../common/database/sql';

export interface ResolvedApiKeyRow {
  id: string;
  org_id: string;
  role: AppRole;
  scope: string[];
}

/** The live key with this hash (not revoked, not expired, active org), or undefined. */
export function resolveApiKey(db: Sql, keyHash: Buffer): Promise<ResolvedApiKeyRow | undefined> {
  return db.one<ResolvedApiKeyRow>('SELECT id, org_id, role, scope FROM app_private.resolve_api_key($1)', [
    keyHash,
  ]);
}
