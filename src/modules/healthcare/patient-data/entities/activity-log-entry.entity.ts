import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';
import type { Intensity } from '../patient-data.enums';

/** One entry of a patient's activity log (seed H). The patient owns it; a treating provider reads it. */
@Entity({ name: 'patient_activity_log' })
@Index('patient_activity_log_org_patient_id_idx', ['orgId', 'patientId'])
@Index('patient_activity_log_patient_id_idx', ['patientId'])
@Index('patient_activity_log_patient_time_idx', { synchronize: false }) // (patient_id, "timestamp" DESC)
@Check('patient_activity_log_activity_type_check', `length(activity_type) BETWEEN 1 AND 100`)
@Check('patient_activity_log_duration_check', `duration BETWEEN 0 AND 100000`)
@Check('patient_activity_log_intensity_check', `intensity IN ('low', 'moderate', 'high', 'very_high')`)
@Check('patient_activity_log_calories_burned_check', `calories_burned BETWEEN 0 AND 100000`)
@Check('patient_activity_log_notes_check', `length(notes) <= 2000`)
export class ActivityLogEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patient_activity_log_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'patient_activity_log_patient_id_fkey' })
  patient?: Profile;
  @Column({ name: 'activity_type', type: 'text' }) activityType!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) timestamp!: Date;
  /** Minutes. */
  @Column({ type: 'integer', nullable: true }) duration!: number | null;
  @Column({ type: 'text', nullable: true }) intensity!: Intensity | null;
  @Column({ name: 'calories_burned', type: 'integer', nullable: true }) caloriesBurned!: number | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
