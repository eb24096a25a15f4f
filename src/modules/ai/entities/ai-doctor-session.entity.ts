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
import type { Organization, Profile } from '../../identity/entities';

export const AI_DOCTOR_SESSION_TYPES = [
  'symptom_check',
  'follow_up',
  'medication_review',
  'general',
] as const;
export type AiDoctorSessionType = (typeof AI_DOCTOR_SESSION_TYPES)[number];

/**
 * A patient's AI-doctor session (seed H). The transcript is AES-256-GCM ciphertext (the import-token
 * encryption, bound to the row); a provider reads the session while a sharing grant names them.
 */
@Entity({ name: 'ai_doctor_sessions' })
@Unique('ai_doctor_sessions_org_id_id_key', ['orgId', 'id'])
@Index('ai_doctor_sessions_patient_created_idx', { synchronize: false }) // (patient_id, created_at DESC, id DESC)
@Index('ai_doctor_sessions_org_idx', ['orgId'])
@Check(
  'ai_doctor_sessions_session_type_check',
  `session_type IN ('symptom_check', 'follow_up', 'medication_review', 'general')`,
)
@Check('ai_doctor_sessions_transcript_path_check', `length(transcript_path) <= 500`)
@Check('ai_doctor_sessions_transcript_check', `transcript IS NULL OR transcript ~ '^v1\\.[A-Za-z0-9_-]+$'`)
@Check('ai_doctor_sessions_summary_check', `length(summary) <= 8000`)
@Check('ai_doctor_sessions_time_check', `end_time IS NULL OR end_time >= start_time`)
export class AiDoctorSession {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'ai_doctor_sessions_org_id_fkey' })
  org?: Organization;
  /** The patient's profile (= user id): the caller. */
  @Column({ name: 'patient_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'ai_doctor_sessions_patient_id_fkey' })
  patient?: Profile;
  @Column({ name: 'session_type', type: 'text', update: false }) sessionType!: AiDoctorSessionType;
  @Column({ name: 'start_time', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  startTime!: Date;
  @Column({ name: 'end_time', type: 'timestamptz', nullable: true, insert: false }) endTime!: Date | null;
  @Column({ name: 'transcript_path', type: 'text', nullable: true, insert: false })
  transcriptPath!: string | null;
  /** Ciphertext ('v1.' ...); decrypted by the API for the patient and for a provider with a full grant. */
  @Column({ type: 'text', nullable: true, insert: false }) transcript!: string | null;
  @Column({ type: 'text', nullable: true, insert: false }) summary!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
