// Membership work that crosses what the caller may see, through definer functions: inviting (an admin cannot
// see users outside the org) and the caller's own memberships across organizations.
import type { AppRole } from '../../common/context/claims';
import { sql } from '../../common/database/sql';

export interface InvitationRow {
  user_id: string;
  created_user: boolean;
  /** Null when the user already has a password (no invitation token is needed). */
  invitation_id: string | null;
}

export interface MembershipRow {
  org_id: string;
  org_name: string;
  role: AppRole;
}

export function inviteMember(
  email: string,
  role: AppRole,
  tokenHash: Buffer,
  ttl: string,
): Promise<InvitationRow> {
  return sql().returning<InvitationRow>(
    `SELECT user_id, created_user, invitation_id FROM app_private.invite_member($1, $2, $3, now() + $4::interval)`,
    [email, role, tokenHash, ttl],
  );
}

/** The signed-in user's memberships of active organizations, by organization name. */
export function myMemberships(): Promise<MembershipRow[]> {
  return sql().rows<MembershipRow>(`SELECT org_id, org_name, role FROM app_private.my_memberships()`);
}
