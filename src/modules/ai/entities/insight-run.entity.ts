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

/** A weekly insight run (seed C's InsightRun): written by the service role once per user and week, never updated. */
@Entity({ name: 'insight_runs' })
@Unique('insight_runs_user_range_key', ['userId', 'timeRangeStart', 'timeRangeEnd'])
@Index('insight_runs_user_created_idx', { synchronize: false }) // (user_id, created_at DESC, id DESC)
@Index('insight_runs_org_idx', ['orgId'])
@Check('insight_runs_narrative_check', `length(narrative) BETWEEN 1 AND 20000`)
@Check('insight_runs_writer_check', `length(writer) BETWEEN 1 AND 200`)
@Check('insight_runs_range_check', `time_range_end > time_range_start`)
export class InsightRun {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'insight_runs_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'insight_runs_user_id_fkey' })
  user?: User;
  @Column({ name: 'time_range_start', type: 'timestamptz', update: false }) timeRangeStart!: Date;
  @Column({ name: 'time_range_end', type: 'timestamptz', update: false }) timeRangeEnd!: Date;
  @Column({ type: 'text', update: false }) narrative!: string;
  /** The figures the narrative rests on, computed in SQL. */
  @Column({ type: 'jsonb', default: () => `'{}'`, update: false }) figures!: Record<string, unknown>;
  /** Which writer produced the narrative (the rule-based writer, or a model). */
  @Column({ type: 'text', update: false }) writer!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
