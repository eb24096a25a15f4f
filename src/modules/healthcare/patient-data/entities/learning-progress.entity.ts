import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';
import { LearningResource } from './learning-resource.entity';

/** A patient's progress through a learning resource of their organization (seed H); one row per resource. */
@Entity({ name: 'patient_learning_progress' })
@Unique('patient_learning_progress_patient_resource_key', ['orgId', 'patientId', 'resourceId'])
@Index('patient_learning_progress_org_patient_id_idx', ['orgId', 'patientId'])
@Index('patient_learning_progress_patient_id_idx', ['patientId'])
@Index('patient_learning_progress_resource_idx', ['orgId', 'resourceId'])
@Check('patient_learning_progress_progress_percent_check', `progress_percent BETWEEN 0 AND 100`)
export class LearningProgress {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patient_learning_progress_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'patient_learning_progress_patient_id_fkey' })
  patient?: Profile;
  @Column({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
  @ManyToOne(() => LearningResource, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'patient_learning_progress_resource_fkey',
    },
    { name: 'resource_id', referencedColumnName: 'id' },
  ])
  resource?: LearningResource;
  @Column({ name: 'progress_percent', type: 'integer', default: 0 }) progressPercent!: number;
  @Column({ type: 'boolean', default: false }) completed!: boolean;
  @Column({ name: 'last_accessed', type: 'timestamptz', nullable: true }) lastAccessed!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
