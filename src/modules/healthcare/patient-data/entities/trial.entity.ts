import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';
import type { TrialPhase, TrialStatus } from '../patient-data.enums';
import { Condition } from './condition.entity';
import { Treatment } from './treatment.entity';

/** Public catalog (seed H): clinical trials, optionally tied to a condition and a treatment of the same org. */
@Entity({ name: 'trials' })
@Index('trials_org_id_idx', ['orgId'])
@Index('trials_condition_idx', ['orgId', 'conditionId'])
@Index('trials_treatment_idx', ['orgId', 'treatmentId'])
@Index('trials_created_idx', { synchronize: false }) // (created_at DESC, id DESC)
@Check('trials_title_check', `length(title) BETWEEN 1 AND 300`)
@Check('trials_description_check', `length(description) <= 10000`)
@Check('trials_registry_id_check', `length(registry_id) <= 64`)
@Check('trials_phase_check', `phase IN ('early_1', '1', '1_2', '2', '2_3', '3', '4', 'not_applicable')`)
@Check(
  'trials_status_check',
  `status IN ('planned', 'recruiting', 'active', 'completed', 'suspended', 'terminated', 'withdrawn')`,
)
@Check('trials_sponsor_check', `length(sponsor) <= 200`)
@Check('trials_location_check', `length(location) <= 500`)
@Check('trials_url_check', `length(url) <= 2000`)
@Check('trials_dates_check', `end_date IS NULL OR start_date IS NULL OR end_date >= start_date`)
export class Trial {
  /** gen_random_uuid(); not in the INSERT grant. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'trials_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'registry_id', type: 'text', nullable: true }) registryId!: string | null;
  @Column({ type: 'text', nullable: true }) phase!: TrialPhase | null;
  @Column({ type: 'text', default: 'planned' }) status!: TrialStatus;
  @Column({ name: 'condition_id', type: 'uuid', nullable: true }) conditionId!: string | null;
  @ManyToOne(() => Condition)
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'trials_condition_fkey' },
    { name: 'condition_id', referencedColumnName: 'id' },
  ])
  condition?: Condition;
  @Column({ name: 'treatment_id', type: 'uuid', nullable: true }) treatmentId!: string | null;
  @ManyToOne(() => Treatment)
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'trials_treatment_fkey' },
    { name: 'treatment_id', referencedColumnName: 'id' },
  ])
  treatment?: Treatment;
  @Column({ type: 'text', nullable: true }) sponsor!: string | null;
  @Column({ type: 'text', nullable: true }) location!: string | null;
  @Column({ type: 'text', nullable: true }) url!: string | null;
  /** 'YYYY-MM-DD'. */
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate!: string | null;
  /** 'YYYY-MM-DD'. */
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate!: string | null;
  /** The caller, set by the database. */
  @Column({
    name: 'created_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  createdBy!: string | null;
  @ManyToOne('Profile', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'trials_created_by_fkey' })
  creator?: Profile;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
