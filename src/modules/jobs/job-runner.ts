// Runs a job for a slot exactly once across every instance: the (job, slot) row is claimed in its own
// committed transaction, so a crash mid-run leaves a visible `running` row; the work runs in a second
// transaction (a failure rolls it back whole); a third records the outcome. A `failed` row, or a `running`
// row older than the job's timeout, is taken over by the next claim of that slot (attempt + 1).
import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import type { Claims } from '../../common/context/claims';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { sqlFor } from '../../common/database/sql';
import { JobRegistry, type JobDefinition } from './job-definition';
import { truncateToSecond } from './job-slots';

export type JobRunStatus = 'running' | 'succeeded' | 'failed';

export interface JobRunRecord {
  id: string;
  job: string;
  slot: Date;
  status: JobRunStatus;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  rowsAffected: number | null;
  error: string | null;
  attempt: number;
  instance: string;
}

export type RunOutcome =
  /** This instance ran the slot; `run` is the recorded outcome. */
  | { claimed: true; run: JobRunRecord }
  /** Another run holds or finished the slot; `run` is its row. */
  | { claimed: false; run: JobRunRecord | undefined };

export const JOB_RUN_COLUMNS = `id, job, slot, status, started_at AS "startedAt", finished_at AS "finishedAt",
  duration_ms AS "durationMs", rows_affected::int AS "rowsAffected", error, attempt, instance`;

const DEFAULT_MAX_ATTEMPTS = 3;
const MAX_ERROR_LENGTH = 4000;

// One statement, so two claimers of a slot serialize on the row: the loser's WHERE is re-checked against
// the winner's committed version and answers no row.
const CLAIM_SQL = `
  INSERT INTO public.job_runs AS r (job, slot, status, started_at, attempt, instance)
  VALUES ($1, date_trunc('second', $2::timestamptz), 'running', clock_timestamp(), 1, $3)
  ON CONFLICT (job, slot) DO UPDATE
    SET status = 'running', started_at = clock_timestamp(), finished_at = NULL, duration_ms = NULL,
        rows_affected = NULL, error = NULL, attempt = r.attempt + 1, instance = EXCLUDED.instance
    WHERE r.attempt < $5
      AND (r.status = 'failed'
           OR (r.status = 'running' AND r.started_at < clock_timestamp() - make_interval(secs => $4)))
  RETURNING ${JOB_RUN_COLUMNS}`;

const RECORD_SQL = `
  UPDATE public.job_runs
  SET status = $3, finished_at = clock_timestamp(),
      duration_ms = greatest(0, round(extract(epoch FROM clock_timestamp() - started_at) * 1000))::int,
      rows_affected = $4, error = $5
  WHERE id = $1 AND attempt = $2 AND status = 'running'
  RETURNING ${JOB_RUN_COLUMNS}`;

export function defaultInstanceName(): string {
  return `${hostname()}:${process.pid}`.slice(0, 200);
}

export class JobRunner {
  private readonly logger = new Logger('JobRunner');

  constructor(
    private readonly tx: RlsTransactions,
    readonly registry: JobRegistry,
    readonly instance: string = defaultInstanceName(),
  ) {}

  /**
   * Claims `slot` of `name` and, if this instance won it, runs and records it. `extra` claims join the
   * work's claims (a manual run names the user who asked for it).
   */
  async run(name: string, slot: Date, extra: Partial<Claims> = {}): Promise<RunOutcome> {
    const job = this.registry.get(name);
    const at = truncateToSecond(slot);
    const claim = await this.asJob(job, (db) =>
      db.one<JobRunRecord>(CLAIM_SQL, [
        job.name,
        at.toISOString(),
        this.instance,
        job.timeoutSeconds,
        job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      ]),
    );
    if (!claim) return { claimed: false, run: await this.find(job, at) };

    let rows = 0;
    let error: string | null = null;
    try {
      rows = await this.tx.asService(`job:${job.name}`, async (manager) => {
        const db = sqlFor(manager.queryRunner!);
        // The work cannot outlive the timeout, after which another instance may take the slot over.
        await db.one(`SELECT set_config('statement_timeout', $1, true)`, [`${job.timeoutSeconds * 1000}`]);
        const result = await job.handler({ job: job.name, slot: at, sql: db, manager });
        if (!Number.isSafeInteger(result?.rows) || result.rows < 0)
          throw new Error(`handler answered an invalid row count: ${JSON.stringify(result)}`);
        return result.rows;
      }, extra);
    } catch (err) {
      error = (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_LENGTH) || 'failed';
    }

    const recorded = await this.asJob(job, (db) =>
      db.one<JobRunRecord>(RECORD_SQL, [
        claim.id,
        claim.attempt,
        error ? 'failed' : 'succeeded',
        error ? null : rows,
        error,
      ]),
    );
    const run = recorded ?? (await this.find(job, at))!;
    if (!recorded)
      this.logger.warn({ msg: 'job run was taken over before it finished', job: job.name, slot: at.toISOString() });
    this.logger[error ? 'error' : 'log']({
      msg: error ? 'job run failed' : 'job run succeeded',
      job: job.name,
      slot: at.toISOString(),
      attempt: run.attempt,
      rows: run.rowsAffected,
      durationMs: run.durationMs,
      ...(error ? { err: error } : {}),
    });
    return { claimed: true, run };
  }

  /**
   * Retries the newest earlier slot of `name` that failed or whose run crashed (still `running` past the
   * timeout), if attempts remain. Answers undefined when there is nothing to retry.
   */
  async retryStale(name: string, before: Date): Promise<RunOutcome | undefined> {
    const job = this.registry.get(name);
    const stale = await this.asJob(job, (db) =>
      db.one<{ slot: Date }>(
        `SELECT slot FROM public.job_runs
         WHERE job = $1 AND slot < $2 AND attempt < $4
           AND (status = 'failed' OR (status = 'running' AND started_at < clock_timestamp() - make_interval(secs => $3)))
         ORDER BY slot DESC LIMIT 1`,
        [job.name, before.toISOString(), job.timeoutSeconds, job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS],
      ),
    );
    return stale ? this.run(name, stale.slot) : undefined;
  }

  private find(job: JobDefinition, slot: Date): Promise<JobRunRecord | undefined> {
    return this.asJob(job, (db) =>
      db.one<JobRunRecord>(`SELECT ${JOB_RUN_COLUMNS} FROM public.job_runs WHERE job = $1 AND slot = $2`, [
        job.name,
        slot.toISOString(),
      ]),
    );
  }

  private asJob<T>(job: JobDefinition, fn: (db: ReturnType<typeof sqlFor>) => Promise<T>): Promise<T> {
    return this.tx.asService(`job:${job.name}`, (manager) => fn(sqlFor(manager.queryRunner!)));
  }
}
