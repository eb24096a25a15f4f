import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, User } from '../../identity/entities';
import { ChatSession } from './chat-session.entity';

export const CHAT_ROLES = ['user', 'assistant', 'system'] as const;
export type ChatRole = (typeof CHAT_ROLES)[number];

/** One message of a companion chat (seed C's ChatMessage). Stored complete; never edited. */
@Entity({ name: 'chat_messages' })
@Index('chat_messages_session_created_idx', ['sessionId', 'createdAt', 'id'])
@Index('chat_messages_user_idx', ['userId'])
@Index('chat_messages_org_user_idx', ['orgId', 'userId'])
@Check('chat_messages_role_check', `role IN ('user', 'assistant', 'system')`)
@Check('chat_messages_content_check', `length(content) BETWEEN 1 AND 32000`)
export class ChatMessage {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'chat_messages_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'session_id', type: 'uuid', update: false }) sessionId!: string;
  @ManyToOne(() => ChatSession, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'chat_messages_session_fkey' },
    { name: 'session_id', referencedColumnName: 'id' },
  ])
  session?: ChatSession;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'chat_messages_user_id_fkey' })
  user?: User;
  @Column({ type: 'text', update: false }) role!: ChatRole;
  @Column({ type: 'text', update: false }) content!: string;
  /** clock_timestamp(): a reply stored in the same transaction as its question sorts after it. */
  @Column({
    name: 'created_at',
    type: 'timestamptz',
    default: () => 'clock_timestamp()',
    insert: false,
    update: false,
  })
  createdAt!: Date;
}
