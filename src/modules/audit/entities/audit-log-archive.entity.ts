import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditOutcome } from '../dto/audit.dto';

/**
 * Audit rows moved by archive_old_audit_logs(): the columns of audit_logs (CREATE TABLE ... LIKE, so without
 * its defaults and identity) and the same chain. Append-only; written only by the archival function.
 */
@Entity({
  name: 'audit_logs_archive',
  comment: 'Audit rows moved by archive_old_audit_logs(); same columns and chain as audit_logs.',
})
@Index('audit_logs_archive_org_seq_idx', ['orgId', 'seq'])
export class AuditLogArchive {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false }) id!: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column({ name: 'org_id', type: 'uuid', nullable: true, insert: false, update: false }) orgId!:
    string | null;
  @Column({ name: 'event_type', type: 'text', insert: false, update: false }) eventType!: string;
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true, insert: false, update: false })
  actorUserId!: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true, insert: false, update: false })
  actorRole!: string | null;
  @Column({ name: 'actor_app_role', type: 'text', nullable: true, insert: false, update: false })
  actorAppRole!: string | null;
  @Column({ name: 'api_key_id', type: 'uuid', nullable: true, insert: false, update: false })
  apiKeyId!: string | null;
  @Column({ type: 'text', nullable: true, insert: false, update: false }) job!: string | null;
  @Column({ name: 'db_user', type: 'text', insert: false, update: false }) dbUser!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false, update: false }) occurredAt!: Date;
  @Column({ type: 'text', insert: false, update: false }) action!: string;
  @Column({ name: 'table_name', type: 'text', nullable: true, insert: false, update: false })
  tableName!: string | null;
  @Column({ name: 'row_id', type: 'text', nullable: true, insert: false, update: false }) rowId!:
    string | null;
  @Column({
    name: 'changed_columns',
    type: 'text',
    array: true,
    nullable: true,
    insert: false,
    update: false,
  })
  changedColumns!: string[] | null;
  @Column({ type: 'text', nullable: true, insert: false, update: false }) query!: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true, insert: false, update: false })
  requestId!: string | null;
  @Column({ type: 'text', nullable: true, insert: false, update: false }) ip!: string | null;
  @Column({ name: 'user_agent', type: 'text', nullable: true, insert: false, update: false })
  userAgent!: string | null;
  @Column({ type: 'text', insert: false, update: false }) outcome!: AuditOutcome;
  @Column({ type: 'jsonb', nullable: true, insert: false, update: false }) details!: Record<
    string,
    unknown
  > | null;
  @Column({ name: 'prev_hash', type: 'bytea', nullable: true, insert: false, update: false })
  prevHash!: Buffer | null;
  @Column({ type: 'bytea', insert: false, update: false }) hash!: Buffer;
}
