import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OAuthClient } from './oauth-client.entity';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/**
 * An opaque OAuth access token (authorization code or client credentials; no user for the latter),
 * stored by hash with the provider's model minus the token itself. Service role only.
 */
@Entity({ name: 'oauth_access_tokens' })
@Unique('oauth_access_tokens_token_hash_key', ['tokenHash'])
@Index('oauth_access_tokens_grant_id_idx', ['grantId'])
@Index('oauth_access_tokens_org_id_client_id_idx', ['orgId', 'clientId'])
@Index('oauth_access_tokens_user_id_idx', ['userId'])
@Index('oauth_access_tokens_expires_at_idx', ['expiresAt'])
export class OAuthAccessToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'oauth_access_tokens_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'client_id', type: 'uuid', update: false }) clientId!: string;
  @ManyToOne(() => OAuthClient, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'oauth_access_tokens_client_fkey',
    },
    {
      name: 'client_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'oauth_access_tokens_client_fkey',
    },
  ])
  client?: OAuthClient;
  @Column({ name: 'user_id', type: 'uuid', nullable: true, update: false }) userId!: string | null;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'oauth_access_tokens_user_id_fkey' })
  user?: User | null;
  @Column({ name: 'token_hash', type: 'bytea', update: false }) tokenHash!: Buffer;
  @Column({ name: 'grant_id', type: 'text', nullable: true, update: false }) grantId!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) scopes!: string[];
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;

  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
