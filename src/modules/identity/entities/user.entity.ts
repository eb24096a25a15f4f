import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './organization.entity';

/** A global identity with a home organization. password_hash has no grant to the request roles: never selected. */
@Entity({ name: 'users' })
@Index('users_email_key', ['email'], { unique: true })
@Index('users_org_id_idx', ['orgId'])
@Check(
  'users_email_check',
  `email = lower(email) AND length(email) BETWEEN 3 AND 320 AND position('@' IN email) > 1`,
)
@Check('users_name_check', `length(name) <= 200`)
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Defaults to the caller's org; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', update: false }) orgId!: string;
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'users_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text', nullable: true }) name!: string | null;
  @Column({
    name: 'password_hash',
    type: 'text',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  passwordHash?: string | null;
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true }) emailVerifiedAt!: Date | null;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
