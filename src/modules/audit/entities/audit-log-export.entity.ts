import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One audit archive file written to object storage by the export job: a contiguous range of one chain's
 * archived rows. Append-only: the job inserts it with explicit SQL; admins of the organization read theirs.
 */
@Entity({
  name: 'audit_log_exports',
  comment: 'Audit archive files written to object storage: one chain range each, never exported twice.',
})
@Index('audit_log_exports_org_last_idx', ['orgId', 'lastSeq'])
// Unique (org_id, first_seq) NULLS NOT DISTINCT: TypeORM cannot express NULLS NOT DISTINCT.
@Index('audit_log_exports_chain_start_key', { synchronize: false })
@Check('audit_log_exports_range_check', 'first_seq <= last_seq')
@Check('audit_log_exports_row_count_check', 'row_count > 0 AND row_count <= last_seq - first_seq + 1')
@Check('audit_log_exports_head_hash_check', 'length(head_hash) = 32')
@Check('audit_log_exports_sha256_check', 'length(sha256) = 32')
@Check('audit_log_exports_target_check', "target IN ('folder', 's3')")
@Check('audit_log_exports_object_key_check', 'length(object_key) BETWEEN 1 AND 1024')
export class AuditLogExport {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', nullable: true, update: false }) orgId!: string | null;
  @Column({ name: 'first_seq', type: 'bigint', update: false }) firstSeq!: string;
  @Column({ name: 'last_seq', type: 'bigint', update: false }) lastSeq!: string;
  @Column({ name: 'row_count', type: 'integer', update: false }) rowCount!: number;
  @Column({ name: 'prev_hash', type: 'bytea', nullable: true, update: false }) prevHash!: Buffer | null;
  @Column({ name: 'head_hash', type: 'bytea', update: false }) headHash!: Buffer;
  @Column({ type: 'text', update: false }) target!: 'folder' | 's3';
  @Column({ type: 'text', update: false }) location!: string;
  @Column({ name: 'object_key', type: 'text', update: false }) objectKey!: string;
  @Column({ name: 'manifest_key', type: 'text', update: false }) manifestKey!: string;
  @Column({ type: 'bytea', update: false }) sha256!: Buffer;
  @Column({ name: 'size_bytes', type: 'bigint', update: false }) sizeBytes!: string;
  @Column({ name: 'job_slot', type: 'timestamptz', update: false }) jobSlot!: Date;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
