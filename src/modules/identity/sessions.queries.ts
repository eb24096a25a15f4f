// The session's refresh token hash has no grant to the signed-in user and the Session entity never reads or
// writes it: creating a session, checking a refresh token (with the row locked) and rotating it are here
// (service role).
import { sql } from '../../common/database/sql';

export interface RefreshCandidateRow {
  id: string;
  user_id: string;
  org_id: string;
  refresh_token_hash: Buffer;
  revoked_at: Date | null;
  expired: boolean;
  /** The user's. */
  disabled_at: Date | null;
}

export interface SessionClient {
  userAgent: string | null;
  ip: string | null;
}

/** A new session for (user, org) whose refresh token hashes to `tokenHash`; answers its id. */
export async function insertSession(
  s: { orgId: string; userId: string; tokenHash: Buffer; ttlSeconds: number } & SessionClient,
): Promise<string> {
  const row = await sql().returning<{ id: string }>(
    `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, user_agent, ip, expires_at)
     VALUES ($1, $2, $3, $4, $5::inet, now() + make_interval(secs => $6)) RETURNING id`,
    [s.orgId, s.userId, s.tokenHash, s.userAgent, s.ip, s.ttlSeconds],
  );
  return row.id;
}

/** The session a refresh token names, locked until the transaction ends, with its user's disabled_at. */
export function lockForRefresh(id: string): Promise<RefreshCandidateRow | undefined> {
  return sql().one<RefreshCandidateRow>(
    `SELECT s.id, s.user_id, s.org_id, s.refresh_token_hash, s.revoked_at, s.expires_at < now() AS expired, u.disabled_at
     FROM public.sessions s JOIN public.users u ON u.id = s.user_id WHERE s.id = $1 FOR UPDATE OF s`,
    [id],
  );
}

/** Rotates the refresh token; the client's user agent and address replace the old ones when known. */
export async function rotateRefreshToken(
  id: string,
  tokenHash: Buffer,
  client: SessionClient,
): Promise<void> {
  await sql().exec(
    `UPDATE public.sessions SET refresh_token_hash = $2, rotation_count = rotation_count + 1, last_used_at = now(),
            user_agent = coalesce($3, user_agent), ip = coalesce($4::inet, ip)
     WHERE id = $1`,
    [id, tokenHash, client.userAgent, client.ip],
  );
}
