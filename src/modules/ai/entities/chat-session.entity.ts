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
import type { Organization, User } from '../../identity/entities';

/** A companion chat (seed C's ChatSession): its dominant emotion and summary are written when it ends. */
@Entity({ name: 'chat_sessions' })
@Unique('chat_sessions_org_id_id_key', ['orgId', 'id'])
@Index('chat_sessions_user_created_idx', { synchronize: false }) // (user_id, created_at DESC, id DESC)
@Check('chat_sessions_title_check', `length(title) <= 200`)
@Check('chat_sessions_dominant_emotion_check', `length(dominant_emotion) <= 50`)
@Check('chat_sessions_summary_check', `length(summary) <= 4000`)
export class ChatSession {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'chat_sessions_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'chat_sessions_user_id_fkey' })
  user?: User;
  @Column({ type: 'text', nullable: true }) title!: string | null;
  @Column({ name: 'dominant_emotion', type: 'text', nullable: true, insert: false })
  dominantEmotion!: string | null;
  @Column({ type: 'text', nullable: true, insert: false }) summary!: string | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true, insert: false }) endedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
