import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

export const OAUTH_SCOPE_KINDS = ['openid', 'launch', 'patient', 'user', 'system'] as const;
export type OAuthScopeKind = (typeof OAUTH_SCOPE_KINDS)[number];

/** The catalog of scopes a client may ask for (public read; the platform's operators write). */
@Entity({ name: 'oauth_scopes' })
@Unique('oauth_scopes_name_key', ['name'])
@Check('oauth_scopes_name_check', `name ~ '^[A-Za-z0-9/*._:-]{1,100}$'`)
@Check('oauth_scopes_kind_check', `kind IN ('openid', 'launch', 'patient', 'user', 'system')`)
@Check('oauth_scopes_description_check', `length(description) BETWEEN 1 AND 500`)
export class OAuthScope {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false })
  id!: string;
  @Column({ type: 'text', update: false }) name!: string;
  @Column({ type: 'text', update: false }) kind!: OAuthScopeKind;
  @Column({ name: 'is_write', type: 'boolean', default: false, update: false }) isWrite!: boolean;
  @Column({ type: 'text' }) description!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
