import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The first response to a money-moving request, per caller (user or API key), organization and
 * Idempotency-Key (see idempotent() in idempotency.interceptor.ts). The caller inserts the key and the request's hash, then
 * records the response; org and principal come from the claims (defaults).
 */
@Entity({ name: 'idempotency_keys' })
// Unique on (org_id, coalesce(user_id, api_key_id), idempotency_key): an expression, which TypeORM cannot express.
@Index('idempotency_keys_principal_key', { synchronize: false })
@Index('idempotency_keys_user_idx', ['userId'])
@Index('idempotency_keys_created_idx', ['createdAt'])
@Check('idempotency_keys_idempotency_key_check', `length(idempotency_key) BETWEEN 1 AND 255`)
@Check('idempotency_keys_method_check', `length(method) <= 10`)
@Check('idempotency_keys_path_check', `length(path) <= 2000`)
@Check('idempotency_keys_one_principal', `num_nonnulls(user_id, api_key_id) = 1`)
export class IdempotencyKey {
  /** gen_random_uuid(); generated: 'uuid' with insert: false keeps it out of INSERT and the diff empty. */
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  // Identity's Organization, named by string: common imports no module, so it knows only the key.
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'idempotency_keys_org_id_fkey' })
  org?: { id: string };
  /** The signed-in caller (default); no foreign key. */
  @Column({
    name: 'user_id',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  userId!: string | null;
  /** The calling API key (default); no foreign key. */
  @Column({
    name: 'api_key_id',
    type: 'uuid',
    nullable: true,
    default: () => `(NULLIF((auth.jwt() ->> 'api_key_id'), ''))`,
    insert: false,
    update: false,
  })
  apiKeyId!: string | null;
  @Column({ name: 'idempotency_key', type: 'text', update: false }) idempotencyKey!: string;
  @Column({ type: 'text', update: false }) method!: string;
  @Column({ type: 'text', update: false }) path!: string;
  @Column({ name: 'request_hash', type: 'bytea', update: false }) requestHash!: Buffer;
  @Column({ name: 'response_status', type: 'smallint', nullable: true, insert: false }) responseStatus!:
    number | null;
  @Column({ name: 'response_body', type: 'jsonb', nullable: true, insert: false }) responseBody!: unknown;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
