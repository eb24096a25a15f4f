import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { APP_ROLES, type AppRole } from '../../../common/context/claims';
import { Organization } from './organization.entity';
import { User } from './user.entity';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * An offer of membership to an email address. It names the address, never a user, so the inviting
 * organization learns nothing of an account until its owner accepts. Written only by the definer functions
 * (invite_member, respond_to_invitation) and the service (accepting by token); admins read their org's.
 */
@Entity({ name: 'invitations' })
@Unique('invitations_token_hash_key', ['tokenHash'])
@Index('invitations_pending_key', ['orgId', 'email'], { unique: true, where: "status = 'pending'" })
@Index('invitations_email_idx', ['email'], { where: "status = 'pending'" })
@Check(
  'invitations_email_check',
  `email = lower(email) AND length(email) BETWEEN 3 AND 320 AND position('@' IN email) > 1`,
)
@Check('invitations_message_check', `length(message) <= 500`)
@Check('invitations_status_check', `status IN ('pending', 'accepted', 'declined')`)
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Defaults to the caller's org; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'invitations_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'enum', enum: APP_ROLES, enumName: 'app_role' }) role!: AppRole;
  /** The inviter's own words; mailed only as quoted, untrusted text. */
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ name: 'token_hash', type: 'bytea', select: false, insert: false, update: false })
  tokenHash?: Buffer;
  @Column({ type: 'text', default: 'pending' }) status!: InvitationStatus;
  @Column({ name: 'invited_by', type: 'uuid', nullable: true }) invitedBy!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'invitations_invited_by_fkey' })
  inviter?: User | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
