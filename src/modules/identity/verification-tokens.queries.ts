// Verification tokens (email verification, password reset, invitation) are stored hashed and the entity
// never reads or writes the hash: issuing and consuming them is here (service role).
import { sql } from '../../common/database/sql';
import type { VerificationPurpose } from './entities/verification-token.entity';

export async function insertVerificationToken(t: {
  orgId: string;
  userId: string;
  purpose: VerificationPurpose;
  tokenHash: Buffer;
  /** A PostgreSQL interval ('60 minutes'). */
  ttl: string;
}): Promise<void> {
  await sql().exec(
    `INSERT INTO public.verification_tokens (org_id, user_id, purpose, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + $5::interval)`,
    [t.orgId, t.userId, t.purpose, t.tokenHash, t.ttl],
  );
}

/**
 * Uses up a live token of one of `purposes`; answers its user, or undefined for an unknown, used or expired one.
 * Using one token of a kind invalidates the user's other unused tokens of that kind (an older reset link
 * must not work after a reset).
 */
export function consumeVerificationToken(
  tokenHash: Buffer,
  purposes: readonly VerificationPurpose[],
): Promise<{ user_id: string } | undefined> {
  return sql().one<{ user_id: string }>(
    `WITH used AS (
       UPDATE public.verification_tokens SET consumed_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2::public.verification_purpose[]) AND consumed_at IS NULL AND expires_at > now()
       RETURNING id, user_id, purpose),
     others AS (
       UPDATE public.verification_tokens t SET consumed_at = now() FROM used
       WHERE t.user_id = used.user_id AND t.purpose = used.purpose AND t.id <> used.id AND t.consumed_at IS NULL)
     SELECT user_id FROM used`,
    [tokenHash, purposes],
  );
}
