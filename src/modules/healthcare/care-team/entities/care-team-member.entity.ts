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
 * Who treats whom: a provider on a patient's care team, granted and ended by an admin or by the patient. Only
 * an active entry (not ended, not past `until`) or an open emergency grant makes a provider treating.
 */
@Entity({ name: 'care_team_members' })
@Unique('care_team_members_org_id_id_key', ['orgId', 'id'])
@Index('care_team_members_active_key', ['orgId', 'patientId', 'providerId'], {
  unique: true,
  where: 'ended_at IS NULL',
})
@Index('care_team_members_provider_idx', ['providerId', 'patientId'], { where: 'ended_at IS NULL' })
@Index('care_team_members_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Check('care_team_members_reason_check', `length(btrim(reason)) BETWEEN 3 AND 1000`)
@Check('care_team_members_until_check', `until > since`)
@Check('care_team_members_ended_check', `ended_at >= since`)
export class CareTeamMember {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'care_team_members_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Patient', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'care_team_members_patient_fkey',
    },
    { name: 'patient_id', referencedColumnName: 'id' },
  ])
  patient?: Patient;
  @Column({ name: 'provider_id', type: 'uuid', update: false }) providerId!: string;
  @ManyToOne('Provider', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'care_team_members_provider_fkey',
    },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  /** The time of the grant (the server's). */
  @Column({ type: 'timestamptz', default: () => 'now()', insert: false, update: false }) since!: Date;
  /** A planned end: the entry lapses then. */
  @Column({ type: 'timestamptz', nullable: true }) until!: Date | null;
  @Column({ type: 'text', update: false }) reason!: string;
  /** The caller (auth.uid()) who granted it; null for migrated ties. */
  @Column({
    name: 'granted_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  grantedBy!: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'care_team_members_granted_by_fkey' })
  granter?: User;
  /** Stamped by the update trigger when the entry is ended. */
  @Column({ name: 'ended_by', type: 'uuid', nullable: true, insert: false, update: false })
  endedBy!: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ended_by', foreignKeyConstraintName: 'care_team_members_ended_by_fkey' })
  ender?: User;
  /** Set (to any value: the trigger writes now()) to end the entry; final once set. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true, insert: false }) endedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
