import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OAuthClient } from './oauth-client.entity';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/**
 * An OAuth refresh token; rotation consumes it, and a consumed one presented again revokes its grant
 * stored by hash with the provider's model minus the token itself. Service role only.
 */
@Entity({ name: 'oauth_refresh_tokens' })
@Unique('oauth_refresh_tokens_token_hash_key', ['tokenHash'])
@Index('oauth_refresh_tokens_grant_id_idx', ['grantId'])
@Index('oauth_refresh_tokens_org_id_client_id_idx', ['orgId', 'clientId'])
@Index('oauth_refresh_tokens_user_id_idx', ['userId'])
@Index('oauth_refresh_tokens_expires_at_idx', ['expiresAt'])
export class OAuthRefreshToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'oauth_refresh_tokens_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'client_id', type: 'uuid', update: false }) clientId!: string;
  @ManyToOne(() => OAuthClient, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'oauth_refresh_tokens_client_fkey',
    },
    {
      name: 'client_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'oauth_refresh_tokens_client_fkey',
    },
  ])
  client?: OAuthClient;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'oauth_refresh_tokens_user_id_fkey' })
  user?: User;
  @Column({ name: 'token_hash', type: 'bytea', update: false }) tokenHash!: Buffer;
  @Column({ name: 'grant_id', type: 'text', update: false }) grantId!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) scopes!: string[];
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true }) consumedAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
