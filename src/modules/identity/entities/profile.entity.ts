import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Organization } from './organization.entity';
import { User } from './user.entity';

export const USER_TYPES = ['admin', 'provider', 'patient', 'research-partner', 'developer'] as const;
export type UserType = (typeof USER_TYPES)[number];

/**
 * One per user, with id = user_id (the health-platform tables point at profiles(id)). The owner updates the
 * display fields only; plan follows billing (service role).
 */
@Entity({ name: 'profiles' })
@Unique('profiles_user_id_key', ['userId'])
@Index('profiles_org_id_idx', ['orgId'])
@Index('profiles_plan_idx', ['plan'])
@Check('profiles_id_is_user_id', `id = user_id`)
@Check('profiles_display_name_check', `length(display_name) <= 200`)
@Check('profiles_avatar_url_check', `length(avatar_url) <= 2000`)
@Check('profiles_timezone_check', `length(timezone) <= 64`)
@Check('profiles_plan_check', `plan IN ('free', 'pro')`)
export class Profile {
  /** The user's id. */
  @PrimaryColumn({ type: 'uuid', update: false }) id!: string;
  /** Defaults to the caller's org; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'profiles_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'profiles_user_id_fkey' })
  user?: User;
  @Column({ name: 'user_type', type: 'enum', enum: USER_TYPES, enumName: 'user_type', nullable: true })
  userType!: UserType | null;
  @Column({ name: 'display_name', type: 'text', nullable: true }) displayName!: string | null;
  @Column({ name: 'avatar_url', type: 'text', nullable: true }) avatarUrl!: string | null;
  @Column({ type: 'text', default: 'UTC' }) timezone!: string;
  @Column({ type: 'text', default: 'free' }) plan!: 'free' | 'pro';
  @Column({ name: 'voice_enabled', type: 'boolean', default: false }) voiceEnabled!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
