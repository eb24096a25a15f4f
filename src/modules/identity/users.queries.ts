// The password hash has no grant to the request roles and the User entity never reads or writes it: sign-up,
// sign-in and password changes (service role) handle it here.
import { sha256 } from '../../common/crypto/tokens';
import { sql } from '../../common/database/sql';

export interface SignInRow {
  id: string;
  org_id: string;
  password_hash: string | null;
  disabled_at: Date | null;
}

/**
 * Serializes the creation of an account for one address until the transaction ends, so a concurrent sign-up
 * (or accepted invitation) of the same address sees the first one's account instead of failing on the unique
 * index (whose 409 would tell that the address has an account).
 */
export async function lockEmailForAccountCreation(email: string): Promise<void> {
  await sql().one(
    `SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('account-email:' || $1, 0))`,
    [email],
  );
}

/** At most this many sign-up notices go to one address per hour, whichever sources ask for them. */
export const SIGN_UP_NOTICES_PER_HOUR = 3;

/**
 * Counts a sign-up notice for an address against its hourly share (the abuse-limit counters, keyed by the
 * address's hash); false when the share is spent. The per-IP limit of the route does not stop many sources
 * from filling one person's inbox.
 */
export async function takeSignUpNotice(email: string): Promise<boolean> {
  const bucket = `auth.sign-up.notice:${sha256(email.trim().toLowerCase()).toString('base64url')}`;
  const row = await sql().returning<{ allowed: boolean }>(
    'SELECT allowed FROM app_private.hit_rate_limit($1, 3600, $2)',
    [bucket, SIGN_UP_NOTICES_PER_HOUR],
  );
  return row.allowed;
}

/** Creates an account with a password (sign-up); answers its id. */
export async function insertUserWithPassword(u: {
  orgId: string;
  email: string;
  name: string | null;
  passwordHash: string;
}): Promise<string> {
  const row = await sql().returning<{ id: string }>(
    `INSERT INTO public.users (org_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
    [u.orgId, u.email, u.name, u.passwordHash],
  );
  return row.id;
}

export function findForSignIn(email: string): Promise<SignInRow | undefined> {
  return sql().one<SignInRow>(
    `SELECT id, org_id, password_hash, disabled_at FROM public.users WHERE email = $1`,
    [email],
  );
}

export async function setPasswordHash(userId: string, passwordHash: string): Promise<void> {
  await sql().exec(`UPDATE public.users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
}

/** A new password (reset or accepted invitation): also names the user when given and verifies the email. */
export async function resetPassword(
  userId: string,
  passwordHash: string,
  name: string | null,
): Promise<void> {
  await sql().exec(
    `UPDATE public.users SET password_hash = $2, name = coalesce($3, name),
            email_verified_at = coalesce(email_verified_at, now())
     WHERE id = $1`,
    [userId, passwordHash, name],
  );
}
