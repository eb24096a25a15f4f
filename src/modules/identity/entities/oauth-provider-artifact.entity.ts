import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the authorization server keeps besides tokens, one row per model and id hash: authorization codes,
 * grants (what a user consented to), browser sessions, interactions, replay markers, signing keys (sealed).
 * Not a tenant table (a session exists before anyone signs in); service role only.
 */
@Entity({ name: 'oauth_provider_artifacts' })
@Index('oauth_provider_artifacts_grant_id_idx', ['grantId'])
@Index('oauth_provider_artifacts_uid_idx', ['model', 'uid'])
@Index('oauth_provider_artifacts_account_id_idx', ['accountId'])
@Index('oauth_provider_artifacts_expires_at_idx', ['expiresAt'])
@Check('oauth_provider_artifacts_model_check', `model ~ '^[A-Za-z]{1,64}$'`)
export class OAuthProviderArtifact {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'oauth_provider_artifacts_pkey' }) model!: string;
  @PrimaryColumn({
    name: 'id_hash',
    type: 'bytea',
    primaryKeyConstraintName: 'oauth_provider_artifacts_pkey',
  })
  idHash!: Buffer;
  @Column({ name: 'grant_id', type: 'text', nullable: true }) grantId!: string | null;
  @Column({ type: 'text', nullable: true }) uid!: string | null;
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId!: string | null;
  @Column({ name: 'client_id', type: 'text', nullable: true }) clientId!: string | null;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true }) consumedAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
