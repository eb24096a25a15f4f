import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, Profile } from '../../identity/entities';

/** Which rows and which statistic an insight rests on. */
export interface InsightSource {
  table: string;
  statistic: string;
  rowIds?: string[];
  [key: string]: unknown;
}

/**
 * An explainable insight about a patient (seed H), written by the service role. The patient marks it viewed
 * or hidden; providers treating the patient read the ones not hidden.
 */
@Entity({ name: 'patient_insights' })
@Index('patient_insights_patient_generated_idx', { synchronize: false }) // (patient_id, generated_at DESC, id DESC)
@Index('patient_insights_org_idx', ['orgId'])
@Check('patient_insights_insight_type_check', `insight_type ~ '^[a-z][a-z0-9_]{0,63}$'`)
@Check('patient_insights_insight_text_check', `length(insight_text) BETWEEN 1 AND 4000`)
@Check('patient_insights_confidence_score_check', `confidence_score BETWEEN 0 AND 1`)
@Check('patient_insights_data_sources_check', `jsonb_typeof(data_sources) = 'array'`)
export class PatientInsight {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patient_insights_org_id_fkey' })
  org?: Organization;
  /** The patient's profile (= user id). */
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'patient_insights_patient_id_fkey' })
  patient?: Profile;
  @Column({ name: 'insight_type', type: 'text', update: false }) insightType!: string;
  @Column({ name: 'insight_text', type: 'text', update: false }) insightText!: string;
  @Column({
    name: 'confidence_score',
    type: 'numeric',
    precision: 4,
    scale: 3,
    nullable: true,
    update: false,
  })
  confidenceScore!: string | null;
  @Column({ name: 'data_sources', type: 'jsonb', default: () => `'[]'`, update: false })
  dataSources!: InsightSource[];
  @Column({ name: 'generated_at', type: 'timestamptz', default: () => 'now()', update: false })
  generatedAt!: Date;
  @Column({ name: 'viewed_at', type: 'timestamptz', nullable: true, insert: false }) viewedAt!: Date | null;
  @Column({ name: 'is_hidden', type: 'boolean', default: false, insert: false }) isHidden!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
