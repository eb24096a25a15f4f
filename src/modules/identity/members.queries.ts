// Membership work that crosses what the caller may see, through definer functions: inviting (an admin cannot
// see users outside the org) and the caller's own memberships across organizations.
import type { AppRole } from '../../common/context/claims';
import { sql } from '../../common/database/sql';

export interface InvitationRow {
  invitation_id: string;
  expires_at: Date;
  org_name: string;
  /** Whether the address has an account: picks the mail, never reaches the reply. */
  has_account: boolean;
}

export interface MyInvitationRow {
  id: string;
  org_id: string;
  org_name: string;
  role: AppRole;
  message: string | null;
  expires_at: Date;
  created_at: Date;
}

export interface TokenInvitationRow {
  id: string;
  org_id: string;
  email: string;
  role: AppRole;
  invited_by: string | null;
}

export interface MembershipRow {
  org_id: string;
  org_name: string;
  role: AppRole;
}

/** Creates (or renews) the organization's pending offer to `email`; no membership until it is accepted. */
export function inviteMember(
  email: string,
  role: AppRole,
  message: string | null,
  tokenHash: Buffer,
  ttl: string,
): Promise<InvitationRow> {
  return sql().returning<InvitationRow>(
    `SELECT invitation_id, expires_at, org_name, has_account
     FROM app_private.invite_member($1, $2, $3, $4, now() + $5::interval)`,
    [email, role, message, tokenHash, ttl],
  );
}

/** The signed-in user's live invitations (to their verified email), newest first. */
export function myInvitations(): Promise<MyInvitationRow[]> {
  return sql().rows<MyInvitationRow>(
    `SELECT id, org_id, org_name, role, message, expires_at, created_at FROM app_private.my_invitations()`,
  );
}

/** Accepts (creating the membership) or declines one of the caller's live invitations. */
export function respondToInvitation(id: string, accept: boolean): Promise<{ org_id: string; role: AppRole }> {
  return sql().returning<{ org_id: string; role: AppRole }>(
    `SELECT org_id, role FROM app_private.respond_to_invitation($1, $2)`,
    [id, accept],
  );
}

/** Service role: locks the live pending invitation a mailed token names. */
export function lockInvitationByToken(tokenHash: Buffer): Promise<TokenInvitationRow | undefined> {
  return sql().one<TokenInvitationRow>(
    `SELECT i.id, i.org_id, i.email, i.role, i.invited_by FROM public.invitations i
     JOIN public.organizations o ON o.id = i.org_id AND o.status = 'active'
     WHERE i.token_hash = $1 AND i.status = 'pending' AND i.expires_at > now()
     FOR UPDATE OF i`,
    [tokenHash],
  );
}

/** Service role: the invitation was accepted by the account created for it. */
export async function markInvitationAccepted(id: string): Promise<void> {
  await sql().exec(`UPDATE public.invitations SET status = 'accepted', responded_at = now() WHERE id = $1`, [
    id,
  ]);
}

/** The signed-in user's memberships of active organizations, by organization name. */
export function myMemberships(): Promise<MembershipRow[]> {
  return sql().rows<MembershipRow>(`SELECT org_id, org_name, role FROM app_private.my_memberships()`);
}
