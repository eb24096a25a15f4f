import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { APP_ROLES, type AppRole } from '../../../common/context/claims';
import { Organization } from './organization.entity';
import { User } from './user.entity';
import { UserRole } from './user-role.entity';

/**
 * One per sign-in (and per organization switch). The refresh token is kept hashed and has no grant to the
 * signed-in user: TypeORM never reads or writes it (sign-in and rotation are SQL, sessions.queries.ts).
 * Sessions are created by the service role; their owner reads and deletes them.
 */
@Entity({ name: 'sessions' })
@Index('sessions_user_org_idx', ['userId', 'orgId'])
@Index('sessions_expires_at_idx', ['expiresAt'])
@Index('sessions_org_live_idx', ['orgId'], { where: 'revoked_at IS NULL' })
@Check('sessions_user_agent_check', `length(user_agent) <= 512`)
export class Session {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'sessions_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_id_fkey' })
  user?: User;
  /** Ending the membership ends its sessions. */
  @ManyToOne(() => UserRole, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'sessions_membership_fkey' },
    { name: 'user_id', referencedColumnName: 'userId', foreignKeyConstraintName: 'sessions_membership_fkey' },
  ])
  membership?: UserRole;
  @Column({
    name: 'refresh_token_hash',
    type: 'bytea',
    select: false,
    insert: false,
    update: false,
  })
  refreshTokenHash?: Buffer;
  @Column({ name: 'rotation_count', type: 'integer', default: 0 }) rotationCount!: number;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent!: string | null;
  @Column({ type: 'inet', nullable: true }) ip!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_reason', type: 'text', nullable: true }) revokedReason!: string | null;
  /** Kept by triggers (the per-request session check reads it); no request role may read or write it. */
  @Column({
    name: 'access_role',
    type: 'enum',
    enum: APP_ROLES,
    enumName: 'app_role',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  accessRole?: AppRole | null;
}
