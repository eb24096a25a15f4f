import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { APP_ROLES, type AppRole } from '../../../common/context/claims';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/**
 * Membership of an organization with one app role. Admins of the org read, add (user_id, role), re-role and
 * remove members; a trigger keeps one admin per organization.
 */
@Entity({ name: 'users_roles' })
@Unique('users_roles_org_user_key', ['orgId', 'userId'])
@Index('users_roles_user_id_idx', ['userId'])
export class UserRole {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Defaults to the caller's org; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'users_roles_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'users_roles_user_id_fkey' })
  user?: User;
  @Column({ type: 'enum', enum: APP_ROLES, enumName: 'app_role' }) role!: AppRole;
  @Column({ name: 'created_by', type: 'uuid', nullable: true, update: false }) createdBy!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'users_roles_created_by_fkey' })
  creator?: User | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
