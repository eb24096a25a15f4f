// job_runs statements that must be single SQL statements: claiming a slot (an upsert whose WHERE decides,
// against the committed row, whether a failed or crashed run may be taken over), recording the outcome
// (duration from the database clock), and the history page (cursor on started_at to the microsecond).
import type { Sql } from '../../common/database/sql';
import { cursorColumn, type Cursor } from '../../common/pagination';
import type { JobRunStatus } from './entities/job-run.entity';

/** A job_runs row as the API and the runner see it. */
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

const JOB_RUN_COLUMNS = `id, job, slot, status, started_at AS "startedAt", finished_at AS "finishedAt",
  duration_ms AS "durationMs", rows_affected::int AS "rowsAffected", error, attempt, instance`;

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

/** Claims (job, slot) for `instance`: a new run, or a takeover; undefined when another run holds the slot. */
export function claimSlot(
  db: Sql,
  c: { job: string; slot: Date; instance: string; timeoutSeconds: number; maxAttempts: number },
): Promise<JobRunRecord | undefined> {
  return db.one<JobRunRecord>(CLAIM_SQL, [
    c.job,
    c.slot.toISOString(),
    c.instance,
    c.timeoutSeconds,
    c.maxAttempts,
  ]);
}

/** Records how a claimed attempt ended; undefined when the run was taken over meanwhile. */
export function recordOutcome(
  db: Sql,
  o: {
    id: string;
    attempt: number;
    status: 'succeeded' | 'failed';
    rows: number | null;
    error: string | null;
  },
): Promise<JobRunRecord | undefined> {
  return db.one<JobRunRecord>(RECORD_SQL, [o.id, o.attempt, o.status, o.rows, o.error]);
}

/** Runs newest first (optionally of one job), after the cursor; `take` rows with their cursor column. */
export function runHistory(
  db: Sql,
  q: { job: string | null; after: Cursor | undefined; take: number },
): Promise<Array<JobRunRecord & { cursorAt: string }>> {
  return db.rows<JobRunRecord & { cursorAt: string }>(
    `SELECT ${JOB_RUN_COLUMNS}, ${cursorColumn('started_at')} FROM public.job_runs
     WHERE ($1::text IS NULL OR job = $1)
       AND ($2::timestamptz IS NULL OR (started_at, id) < ($2::timestamptz, $3::uuid))
     ORDER BY started_at DESC, id DESC LIMIT $4`,
    [q.job, q.after?.createdAt ?? null, q.after?.id ?? null, q.take],
  );
}
