import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Organization } from './organization.entity';
import { User } from './user.entity';

export const OAUTH_CLIENT_TYPES = ['confidential', 'public'] as const;
export type OAuthClientType = (typeof OAUTH_CLIENT_TYPES)[number];
export const OAUTH_GRANT_TYPES = ['authorization_code', 'refresh_token', 'client_credentials'] as const;
export type OAuthGrantType = (typeof OAUTH_GRANT_TYPES)[number];

/**
 * A third-party app of an organization, registered by its admins or developers (developers manage the ones
 * they created). A confidential client's secret is kept as SHA-256 only and is never readable by the request
 * roles; a public client has none and uses PKCE.
 */
@Entity({ name: 'oauth_clients' })
@Unique('oauth_clients_client_id_key', ['clientId'])
@Unique('oauth_clients_org_id_id_key', ['orgId', 'id'])
@Index('oauth_clients_org_id_created_by_idx', ['orgId', 'createdBy'])
@Check('oauth_clients_client_id_check', `client_id ~ '^cbc_[A-Za-z0-9_-]{16,64}$'`)
@Check('oauth_clients_name_check', `length(name) BETWEEN 1 AND 100`)
@Check('oauth_clients_client_type_check', `client_type IN ('confidential', 'public')`)
@Check('oauth_clients_redirect_uris_check', `cardinality(redirect_uris) <= 10`)
@Check(
  'oauth_clients_grant_types_check',
  `cardinality(grant_types) > 0 AND grant_types <@ ARRAY['authorization_code', 'refresh_token', 'client_credentials']::text[]`,
)
@Check('oauth_clients_scopes_check', `cardinality(scopes) BETWEEN 1 AND 50`)
@Check('oauth_clients_secret_check', `(client_type = 'confidential') = (client_secret_hash IS NOT NULL)`)
@Check(
  'oauth_clients_public_grants_check',
  `client_type = 'confidential' OR NOT ('client_credentials' = ANY (grant_types))`,
)
@Check(
  'oauth_clients_code_redirect_check',
  `NOT ('authorization_code' = ANY (grant_types)) OR cardinality(redirect_uris) > 0`,
)
export class OAuthClient {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false })
  id!: string;
  /** The caller's org (default); immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'oauth_clients_org_id_fkey' })
  org?: Organization;
  /** The public identifier (cbc_...), the OAuth client_id. */
  @Column({ name: 'client_id', type: 'text', update: false }) clientId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'client_type', type: 'text', update: false }) clientType!: OAuthClientType;
  @Column({ name: 'client_secret_hash', type: 'bytea', nullable: true, select: false, update: false })
  clientSecretHash?: Buffer | null;
  @Column({ name: 'redirect_uris', type: 'text', array: true, default: () => "'{}'" })
  redirectUris!: string[];
  @Column({ name: 'grant_types', type: 'text', array: true, update: false }) grantTypes!: OAuthGrantType[];
  @Column({ type: 'text', array: true }) scopes!: string[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true, update: false }) createdBy!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'oauth_clients_created_by_fkey' })
  creator?: User | null;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true, insert: false })
  disabledAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
