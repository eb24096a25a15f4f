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
import type { Organization } from '../../../identity/entities';
import type { RecordType } from '../scheduling.enums';
import { Booking } from './booking.entity';
import { Patient } from './patient.entity';
import { Provider } from './provider.entity';

/**
 * A clinical entry about a patient, authored by a provider. Every read is audited; retained with the patient and
 * never deleted. Its content changes only by amendment (its author, with a reason): the amendment trigger keeps
 * the replaced version in medical_record_versions and sets version, amended_at and amendment_reason.
 */
@Entity({ name: 'medical_records' })
@Unique('medical_records_org_id_id_key', ['orgId', 'id'])
@Index('medical_records_patient_idx', { synchronize: false }) // (org_id, patient_id, recorded_at DESC)
@Index('medical_records_provider_patient_idx', ['providerId', 'patientId'])
@Index('medical_records_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Check(
  'medical_records_record_type_check',
  `record_type IN ('note', 'diagnosis', 'prescription', 'lab_result', 'treatment', 'imaging', 'other')`,
)
@Check('medical_records_title_check', `length(title) BETWEEN 1 AND 200`)
@Check('medical_records_content_check', `length(content) <= 100000`)
@Check('medical_records_version_check', `version >= 1`)
@Check(
  'medical_records_amendment_check',
  `(version = 1 AND amended_at IS NULL AND amendment_reason IS NULL) OR (version > 1 AND amended_at IS NOT NULL AND length(btrim(amendment_reason)) BETWEEN 3 AND 2000)`,
)
export class MedicalRecord {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'medical_records_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  /** Clinical history is retained: RESTRICT. */
  @ManyToOne(() => Patient, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'medical_records_patient_fkey',
    },
    { name: 'patient_id', referencedColumnName: 'id' },
  ])
  patient?: Patient;
  @Column({ name: 'provider_id', type: 'uuid', update: false }) providerId!: string;
  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'medical_records_provider_fkey',
    },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  @Column({ name: 'booking_id', type: 'uuid', nullable: true }) bookingId!: string | null;
  /** ON DELETE SET NULL (booking_id). */
  @ManyToOne(() => Booking, { onDelete: 'SET NULL' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'medical_records_booking_fkey',
    },
    { name: 'booking_id', referencedColumnName: 'id' },
  ])
  booking?: Booking;
  @Column({ name: 'record_type', type: 'text', default: 'note' }) recordType!: RecordType;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) content!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
  /** 1 as written; each amendment adds one (set by the amendment trigger). */
  @Column({ type: 'integer', default: 1, insert: false, update: false }) version!: number;
  /** When the current version was written by an amendment; null for the original. */
  @Column({ name: 'amended_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  amendedAt!: Date | null;
  /** Why the current version was written; null for the original. */
  @Column({ name: 'amendment_reason', type: 'text', nullable: true, insert: false, update: false })
  amendmentReason!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
