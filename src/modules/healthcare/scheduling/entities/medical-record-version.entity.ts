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
import { MedicalRecord } from './medical-record.entity';
import { Provider } from './provider.entity';

/**
 * A version of a medical record as it was before an amendment replaced it. Written only by the amendment
 * trigger on medical_records (no request role inserts, updates or deletes one); read by exactly those who read
 * the record, every read audited.
 */
@Entity({ name: 'medical_record_versions' })
@Unique('medical_record_versions_record_version_key', ['recordId', 'version'])
@Index('medical_record_versions_record_idx', { synchronize: false }) // (org_id, record_id, created_at DESC, id DESC)
@Check('medical_record_versions_version_check', `version >= 1`)
@Check('medical_record_versions_reason_check', `(version = 1) = (reason IS NULL)`)
export class MedicalRecordVersion {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', insert: false, update: false }) orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'medical_record_versions_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'record_id', type: 'uuid', insert: false, update: false }) recordId!: string;
  @ManyToOne(() => MedicalRecord, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'medical_record_versions_record_fkey',
    },
    { name: 'record_id', referencedColumnName: 'id' },
  ])
  record?: MedicalRecord;
  @Column({ type: 'integer', insert: false, update: false }) version!: number;
  /** The author of this version: the record's author, the only one who amends it. */
  @Column({ name: 'provider_id', type: 'uuid', insert: false, update: false }) providerId!: string;
  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'medical_record_versions_provider_fkey',
    },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  @Column({ name: 'record_type', type: 'text', insert: false, update: false }) recordType!: RecordType;
  @Column({ type: 'text', insert: false, update: false }) title!: string;
  @Column({ type: 'text', insert: false, update: false }) content!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false, update: false }) recordedAt!: Date;
  /** Why this version was written; null for the record as first written. */
  @Column({ type: 'text', nullable: true, insert: false, update: false }) reason!: string | null;
  /** When this version was written: the record's creation, or the amendment that made it. */
  @Column({ name: 'written_at', type: 'timestamptz', insert: false, update: false }) writtenAt!: Date;
  /** When an amendment replaced it. */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
