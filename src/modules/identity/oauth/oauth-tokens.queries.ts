// The API side of OAuth access tokens: a token's claims, through a definer function that also audits the
// request made with it (client id, route, scopes).
import type { AppRole } from '../../../common/context/claims';
import type { Sql } from '../../../common/database/sql';

export interface OAuthTokenRow {
  token_id: string;
  org_id: string;
  user_id: string | null;
  app_role: AppRole | null;
  client_id: string;
  scopes: string[];
}

export function resolveOAuthToken(
  db: Sql,
  hash: Buffer,
  method: string,
  route: string,
): Promise<OAuthTokenRow | undefined> {
  return db.one<OAuthTokenRow>(`SELECT * FROM app_private.resolve_oauth_token($1, $2, $3)`, [
    hash,
    method,
    route,
  ]);
}

export interface OAuthAuthorizationRow {
  grant_id: string;
  client_id: string;
  client_name: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date | null;
}

export function listOAuthAuthorizations(db: Sql): Promise<OAuthAuthorizationRow[]> {
  return db.rows<OAuthAuthorizationRow>(`SELECT * FROM app_private.oauth_authorizations()`);
}

export async function revokeOAuthAuthorization(db: Sql, grantId: string): Promise<boolean> {
  const row = await db.one<{ revoked: boolean }>(
    `SELECT app_private.revoke_oauth_authorization($1) AS revoked`,
    [grantId],
  );
  return row?.revoked === true;
}
