import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';
import type { ImportStatus } from '../patient-data.enums';

/**
 * A patient's connected data source (seed H). auth_token holds AES-256-GCM ciphertext made by the API
 * (SecretBox); the request roles may write it but never read it (no SELECT grant), so TypeORM never selects
 * it. has_token (generated) says whether one is stored.
 */
@Entity({ name: 'patient_data_import_sources' })
@Index('patient_data_import_sources_org_patient_id_idx', ['orgId', 'patientId'])
@Index('patient_data_import_sources_patient_id_idx', ['patientId'])
@Check('patient_data_import_sources_source_name_check', `length(source_name) BETWEEN 1 AND 200`)
@Check('patient_data_import_sources_source_type_check', `length(source_type) BETWEEN 1 AND 50`)
@Check(
  'patient_data_import_sources_auth_token_check',
  `auth_token IS NULL OR auth_token ~ '^v1\\.[A-Za-z0-9_-]+$'`,
)
@Check('patient_data_import_sources_status_check', `status IN ('active', 'paused', 'error', 'revoked')`)
export class ImportSource {
  /** Chosen by the API before the insert: the token's ciphertext is bound to it. */
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patient_data_import_sources_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'patient_data_import_sources_patient_id_fkey' })
  patient?: Profile;
  @Column({ name: 'source_name', type: 'text' }) sourceName!: string;
  @Column({ name: 'source_type', type: 'text' }) sourceType!: string;
  /** Ciphertext (`v1.` + base64url); written, never read back. */
  @Column({ name: 'auth_token', type: 'text', nullable: true, select: false }) authToken?: string | null;
  @Column({
    name: 'has_token',
    type: 'boolean',
    nullable: true,
    generatedType: 'STORED',
    asExpression: '(auth_token IS NOT NULL)',
    insert: false,
    update: false,
  })
  hasToken!: boolean;
  @Column({ type: 'text', default: 'active' }) status!: ImportStatus;
  /** Set by the importer (service role). */
  @Column({ name: 'last_sync', type: 'timestamptz', nullable: true, insert: false, update: false })
  lastSync!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
