import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, User } from '../../identity/entities';

export const MEMORY_SOURCES = ['chat_session', 'journal_entry', 'manual'] as const;
export type MemorySource = (typeof MEMORY_SOURCES)[number];

/** Long-term memory (seed C's UserMemory), for profiles on the pro plan only (RLS). */
@Entity({ name: 'user_memory' })
@Index('user_memory_source_key', ['userId', 'sourceType', 'sourceId'], {
  unique: true,
  where: 'source_id IS NOT NULL',
})
@Index('user_memory_user_created_idx', { synchronize: false }) // (user_id, created_at DESC, id DESC)
@Index('user_memory_org_user_idx', ['orgId', 'userId'])
@Check('user_memory_summary_check', `length(summary) BETWEEN 1 AND 4000`)
@Check('user_memory_source_type_check', `source_type IN ('chat_session', 'journal_entry', 'manual')`)
export class UserMemory {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'user_memory_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_memory_user_id_fkey' })
  user?: User;
  @Column({ type: 'text' }) summary!: string;
  @Column({ name: 'source_type', type: 'text', update: false }) sourceType!: MemorySource;
  @Column({ name: 'source_id', type: 'uuid', nullable: true, update: false }) sourceId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
