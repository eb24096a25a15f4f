import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Organization } from './organization.entity';
import { User } from './user.entity';

export const VERIFICATION_PURPOSES = ['email_verification', 'password_reset', 'invitation'] as const;
export type VerificationPurpose = (typeof VERIFICATION_PURPOSES)[number];

/**
 * Email verification, password reset and invitation tokens: service role only, stored hashed. The hash is
 * never read or written through TypeORM (issue and consume are SQL, verification-tokens.queries.ts).
 */
@Entity({ name: 'verification_tokens' })
@Unique('verification_tokens_token_hash_key', ['tokenHash'])
@Index('verification_tokens_user_idx', ['userId', 'purpose'])
export class VerificationToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'verification_tokens_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'verification_tokens_user_id_fkey' })
  user?: User;
  @Column({ type: 'enum', enum: VERIFICATION_PURPOSES, enumName: 'verification_purpose', update: false })
  purpose!: VerificationPurpose;
  @Column({ name: 'token_hash', type: 'bytea', select: false, insert: false, update: false })
  tokenHash?: Buffer;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true }) consumedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
