import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';
import { Condition } from './condition.entity';

/** An event of a patient's condition (seed H): diagnosis, flare-up, ... The patient owns it; a treating provider reads it. */
@Entity({ name: 'patient_condition_events' })
@Index('patient_condition_events_org_patient_id_idx', ['orgId', 'patientId'])
@Index('patient_condition_events_patient_id_idx', ['patientId'])
@Index('patient_condition_events_patient_time_idx', { synchronize: false }) // (patient_id, "timestamp" DESC)
@Index('patient_condition_events_condition_idx', ['orgId', 'conditionId'])
@Check('patient_condition_events_event_type_check', `length(event_type) BETWEEN 1 AND 100`)
@Check('patient_condition_events_severity_check', `severity BETWEEN 0 AND 10`)
@Check('patient_condition_events_notes_check', `length(notes) <= 2000`)
export class ConditionEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patient_condition_events_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'patient_condition_events_patient_id_fkey' })
  patient?: Profile;
  /** A condition of the catalog of the same organization (composite key). */
  @Column({ name: 'condition_id', type: 'uuid', nullable: true }) conditionId!: string | null;
  @ManyToOne(() => Condition)
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'patient_condition_events_condition_fkey',
    },
    { name: 'condition_id', referencedColumnName: 'id' },
  ])
  condition?: Condition;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) timestamp!: Date;
  @Column({ type: 'integer', nullable: true }) severity!: number | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
