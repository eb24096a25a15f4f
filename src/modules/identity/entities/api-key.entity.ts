import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { APP_ROLES, type AppRole } from '../../../common/context/claims';
import { Organization } from './organization.entity';
import { User } from './user.entity';

export const API_KEY_SCOPES = ['read', 'write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * A machine client of an organization, managed by its admins. The key is shown once; only its SHA-256 is kept:
 * admins insert it and never read it back (no SELECT grant). last_used_at is written by
 * app_private.resolve_api_key only; admins may change name and revoked_at.
 */
@Entity({ name: 'api_keys' })
@Unique('api_keys_key_hash_key', ['keyHash'])
@Index('api_keys_org_id_idx', ['orgId'])
@Check('api_keys_name_check', `length(name) BETWEEN 1 AND 100`)
@Check('api_keys_key_prefix_check', `length(key_prefix) BETWEEN 8 AND 32`)
@Check('api_keys_scope_check', `cardinality(scope) > 0 AND scope <@ ARRAY['read', 'write']::text[]`)
export class ApiKey {
  /** gen_random_uuid(); generated: 'uuid' with insert: false keeps it out of INSERT and the diff empty. */
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  /** The caller's org (default); immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'api_keys_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'key_prefix', type: 'text', update: false }) keyPrefix!: string;
  @Column({ name: 'key_hash', type: 'bytea', select: false, update: false }) keyHash?: Buffer;
  @Column({ type: 'text', array: true, update: false }) scope!: ApiKeyScope[];
  @Column({ type: 'enum', enum: APP_ROLES, enumName: 'app_role', default: 'developer', update: false })
  role!: AppRole;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true, update: false }) expiresAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true, update: false }) createdBy!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'api_keys_created_by_fkey' })
  creator?: User | null;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  lastUsedAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true, insert: false }) revokedAt!: Date | null;
}
