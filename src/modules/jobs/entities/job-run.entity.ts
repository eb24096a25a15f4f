import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];

/**
 * One row per (job, schedule slot): the claim that runs a scheduled task once per slot across instances.
 * Instance-wide (no org_id): only the service role reads and writes it.
 */
@Entity({ name: 'job_runs' })
@Unique('job_runs_job_slot_key', ['job', 'slot'])
// (started_at DESC, id DESC) and (job, started_at DESC, id DESC): the history's keyset order; TypeORM cannot
// express DESC.
@Index('job_runs_started_idx', { synchronize: false })
@Index('job_runs_job_started_idx', { synchronize: false })
@Check('job_runs_job_check', `job ~ '^[a-z0-9][a-z0-9-]{0,62}$'`)
@Check('job_runs_duration_ms_check', `duration_ms >= 0`)
@Check('job_runs_rows_affected_check', `rows_affected >= 0`)
@Check('job_runs_error_check', `length(error) <= 4000`)
@Check('job_runs_attempt_check', `attempt >= 1`)
@Check('job_runs_instance_check', `length(instance) BETWEEN 1 AND 200`)
@Check('job_runs_finished_when_done', `(status = 'running') = (finished_at IS NULL)`)
export class JobRun {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) job!: string;
  /** The scheduled fire time the run stands for, to the second. */
  @Column({ type: 'timestamptz' }) slot!: Date;
  @Column({ type: 'enum', enum: JOB_RUN_STATUSES, enumName: 'job_run_status', default: 'running' })
  status!: JobRunStatus;
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'duration_ms', type: 'integer', nullable: true }) durationMs!: number | null;
  @Column({ name: 'rows_affected', type: 'bigint', nullable: true }) rowsAffected!: string | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'integer', default: 1 }) attempt!: number;
  /** host:pid of the instance that ran it. */
  @Column({ type: 'text' }) instance!: string;
}
