import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import type { Organization, User } from '../../../identity/entities';
import type { Patient, Provider } from '../../scheduling/entities';

/**
 * Emergency access of one provider to one patient outside their care team, with a stated reason, for a short
 * time. Opened only through app_private.open_break_glass(); closed early by the provider or an admin.
 */
@Entity({ name: 'break_glass_grants' })
@Unique('break_glass_grants_org_id_id_key', ['orgId', 'id'])
@Index('break_glass_grants_provider_open_idx', ['providerId', 'patientId', 'expiresAt'], {
  where: 'closed_at IS NULL',
})
@Index('break_glass_grants_patient_idx', { synchronize: false }) // (org_id, patient_id, created_at DESC)
@Index('break_glass_grants_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Check('break_glass_grants_reason_check', `length(btrim(reason)) BETWEEN 20 AND 2000`)
@Check(
  'break_glass_grants_duration_check',
  `expires_at > opened_at AND expires_at <= opened_at + interval '4 hours'`,
)
@Check('break_glass_grants_closed_check', `closed_at >= opened_at`)
export class BreakGlassGrant {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'break_glass_grants_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', insert: false, update: false }) patientId!: string;
  @ManyToOne('Patient', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'break_glass_grants_patient_fkey',
    },
    { name: 'patient_id', referencedColumnName: 'id' },
  ])
  patient?: Patient;
  @Column({ name: 'provider_id', type: 'uuid', insert: false, update: false }) providerId!: string;
  @ManyToOne('Provider', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'break_glass_grants_provider_fkey',
    },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  @Column({ type: 'text', insert: false, update: false }) reason!: string;
  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  openedAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', insert: false, update: false }) expiresAt!: Date;
  /** Set (to any value: the trigger writes now()) to close the grant early; final once set. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true, insert: false }) closedAt!: Date | null;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true, insert: false, update: false })
  closedBy!: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'closed_by', foreignKeyConstraintName: 'break_glass_grants_closed_by_fkey' })
  closer?: User;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
