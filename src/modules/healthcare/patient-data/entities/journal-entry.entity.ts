import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization, User } from '../../../identity/entities';

/** Companion app (seed C): a member's private journal. Only its owner reads it (also through the "JournalEntry" view). */
@Entity({ name: 'journal_entries' })
@Index('journal_entries_org_user_id_idx', ['orgId', 'userId'])
@Index('journal_entries_user_id_idx', ['userId'])
@Index('journal_entries_user_date_idx', { synchronize: false }) // (user_id, date DESC)
@Index('journal_entries_created_idx', ['createdAt'])
@Check('journal_entries_title_check', `length(title) <= 200`)
@Check('journal_entries_content_check', `length(content) <= 100000`)
@Check('journal_entries_emotion_check', `length(emotion) <= 50`)
@Check('journal_entries_tags_check', `cardinality(tags) <= 50`)
export class JournalEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'journal_entries_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', update: false }) userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'journal_entries_user_id_fkey' })
  user?: User;
  @Column({ type: 'text', nullable: true }) title!: string | null;
  @Column({ type: 'text' }) content!: string;
  /** 'YYYY-MM-DD'. */
  @Column({ type: 'date', default: () => "('now'::text)::date" }) date!: string;
  @Column({ type: 'text', nullable: true }) emotion!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) tags!: string[];
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
