import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';

/** Public catalog (seed H): anyone reads; providers and admins of the owning org write the data columns. */
@Entity({ name: 'conditions' })
@Unique('conditions_org_id_id_key', ['orgId', 'id'])
@Index('conditions_org_id_idx', ['orgId'])
@Index('conditions_name_idx', { synchronize: false }) // (lower(name))
@Index('conditions_created_idx', { synchronize: false }) // (created_at DESC, id DESC)
@Check('conditions_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('conditions_code_check', `length(code) <= 32`)
@Check('conditions_code_system_check', `length(code_system) <= 32`)
@Check('conditions_category_check', `length(category) <= 100`)
@Check('conditions_description_check', `length(description) <= 10000`)
export class Condition {
  /** gen_random_uuid(); not in the INSERT grant. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'conditions_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) code!: string | null;
  @Column({ name: 'code_system', type: 'text', nullable: true }) codeSystem!: string | null;
  @Column({ type: 'text', nullable: true }) category!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** The caller, set by the database. */
  @Column({
    name: 'created_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  createdBy!: string | null;
  @ManyToOne('Profile', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'conditions_created_by_fkey' })
  creator?: Profile;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
