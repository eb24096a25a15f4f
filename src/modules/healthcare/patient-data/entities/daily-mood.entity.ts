import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization, User } from '../../../identity/entities';

/** Companion app (seed C): a member's mood of the day. Only its owner reads it (also through the "DailyMood" view). */
@Entity({ name: 'daily_moods' })
@Index('daily_moods_org_user_id_idx', ['orgId', 'userId'])
@Index('daily_moods_user_id_idx', ['userId'])
@Index('daily_moods_user_created_idx', { synchronize: false }) // (user_id, created_at DESC)
@Check('daily_moods_emotion_check', `length(emotion) BETWEEN 1 AND 50`)
@Check('daily_moods_intensity_check', `intensity BETWEEN 1 AND 10`)
@Check('daily_moods_fruit_check', `length(fruit) <= 50`)
@Check('daily_moods_note_check', `length(note) <= 2000`)
export class DailyMood {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'daily_moods_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', update: false }) userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'daily_moods_user_id_fkey' })
  user?: User;
  @Column({ type: 'text' }) emotion!: string;
  @Column({ type: 'integer', nullable: true }) intensity!: number | null;
  @Column({ type: 'text', nullable: true }) fruit!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
