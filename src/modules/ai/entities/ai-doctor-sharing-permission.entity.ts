import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Provider } from '../../healthcare/scheduling/entities';
import type { Organization } from '../../identity/entities';
import { AiDoctorSession } from './ai-doctor-session.entity';

export const PERMISSION_LEVELS = ['summary', 'full'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/**
 * A patient shares an AI-doctor session with a provider of the organization (seed H): the provider reads the
 * session while the grant is neither revoked nor expired ('summary': the summary; 'full': the transcript too).
 */
@Entity({ name: 'ai_doctor_sharing_permissions' })
@Index('ai_doctor_sharing_permissions_active_key', ['sessionId', 'providerId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@Index('ai_doctor_sharing_permissions_provider_idx', ['providerId', 'sessionId'], {
  where: 'revoked_at IS NULL',
})
@Index('ai_doctor_sharing_permissions_org_idx', ['orgId'])
@Check('ai_doctor_sharing_permissions_permission_level_check', `permission_level IN ('summary', 'full')`)
@Check('ai_doctor_sharing_permissions_expires_check', `expires_at IS NULL OR expires_at > shared_at`)
export class AiDoctorSharingPermission {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'ai_doctor_sharing_permissions_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'session_id', type: 'uuid', update: false }) sessionId!: string;
  @ManyToOne(() => AiDoctorSession, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'ai_doctor_sharing_permissions_session_fkey',
    },
    { name: 'session_id', referencedColumnName: 'id' },
  ])
  session?: AiDoctorSession;
  @Column({ name: 'provider_id', type: 'uuid', update: false }) providerId!: string;
  @ManyToOne('Provider', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'ai_doctor_sharing_permissions_provider_fkey',
    },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  @Column({ name: 'permission_level', type: 'text' }) permissionLevel!: PermissionLevel;
  @Column({ name: 'shared_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  sharedAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true, insert: false }) revokedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
