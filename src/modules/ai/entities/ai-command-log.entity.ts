import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, User } from '../../identity/entities';

export const AI_STATUSES = ['PENDING', 'COMPLETED', 'ERROR'] as const;
export type AiStatus = (typeof AI_STATUSES)[number];

/** What one model call asked: the kind of call and sizes, never the content. */
export interface AiCommandInput {
  kind: string;
  [key: string]: unknown;
}

/**
 * One model call (seed L). The caller's PENDING row commits before the call; the outcome is written once by
 * app_private.record_ai_command_outcome() in its own transaction. Nobody updates or deletes a row otherwise.
 */
@Entity({ name: 'ai_command_logs' })
@Index('ai_command_logs_user_created_idx', { synchronize: false }) // (user_id, created_at DESC, id DESC)
@Index('ai_command_logs_org_created_idx', ['orgId', 'createdAt'])
@Check('ai_command_logs_model_check', `length(model) BETWEEN 1 AND 200`)
@Check('ai_command_logs_input_check', `pg_column_size(input) <= 16384`)
@Check('ai_command_logs_output_check', `pg_column_size(output) <= 16384`)
@Check('ai_command_logs_error_check', `length(error) <= 2000`)
@Check('ai_command_logs_latency_ms_check', `latency_ms >= 0`)
@Check('ai_command_logs_prompt_tokens_check', `prompt_tokens >= 0`)
@Check('ai_command_logs_completion_tokens_check', `completion_tokens >= 0`)
@Check('ai_command_logs_outcome_check', `(status = 'PENDING') = (completed_at IS NULL)`)
export class AiCommandLog {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'ai_command_logs_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'ai_command_logs_user_id_fkey' })
  user?: User;
  @Column({ type: 'text', update: false }) model!: string;
  @Column({ type: 'jsonb', update: false }) input!: AiCommandInput;
  @Column({ type: 'jsonb', nullable: true, insert: false, update: false }) output!: Record<
    string,
    unknown
  > | null;
  @Column({
    type: 'enum',
    enum: AI_STATUSES,
    enumName: 'ai_status',
    default: 'PENDING',
    insert: false,
    update: false,
  })
  status!: AiStatus;
  @Column({ type: 'text', nullable: true, insert: false, update: false }) error!: string | null;
  @Column({ name: 'latency_ms', type: 'integer', nullable: true, insert: false, update: false })
  latencyMs!: number | null;
  @Column({ name: 'prompt_tokens', type: 'integer', nullable: true, insert: false, update: false })
  promptTokens!: number | null;
  @Column({ name: 'completion_tokens', type: 'integer', nullable: true, insert: false, update: false })
  completionTokens!: number | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  completedAt!: Date | null;
}
