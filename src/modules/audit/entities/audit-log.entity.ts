import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditOutcome } from '../dto/audit.dto';

/**
 * The append-only, hash-chained audit log (per organization). Rows are written only by the audit definer
 * functions (app_private.append_audit through the row triggers, log_audit_event, record_access); no role may
 * insert, update or delete, so nothing here is written through TypeORM. Admins of the org read theirs.
 */
@Entity({
  name: 'audit_logs',
  comment: 'Append-only, hash-chained per organization. Written only by audit definer functions.',
})
@Index('audit_logs_org_seq_idx', ['orgId', 'seq'])
@Index('audit_logs_org_occurred_idx', ['orgId', 'occurredAt'])
// Unique on (coalesce(org_id, '0...0'), coalesce(prev_hash, '')): no fork of a chain. Expressions: TypeORM
// cannot express it.
@Index('audit_logs_chain_link_key', { synchronize: false })
export class AuditLog {
  /** gen_random_uuid(); generated: 'uuid' with insert: false keeps it out of INSERT and the diff empty. */
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  /** Chain order within an organization. */
  @Column({
    type: 'bigint',
    generated: 'identity',
    generatedIdentity: 'ALWAYS',
    insert: false,
    update: false,
  })
  seq!: string;
  /** NULL for events of no tenant; no foreign key (the log outlives what it describes). */
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
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  occurredAt!: Date;
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
  @Column({ type: 'text', default: 'success', insert: false, update: false }) outcome!: AuditOutcome;
  @Column({ type: 'jsonb', nullable: true, insert: false, update: false }) details!: Record<
    string,
    unknown
  > | null;
  @Column({ name: 'prev_hash', type: 'bytea', nullable: true, insert: false, update: false })
  prevHash!: Buffer | null;
  @Column({ type: 'bytea', insert: false, update: false }) hash!: Buffer;
}
