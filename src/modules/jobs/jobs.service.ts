// The jobs API: the run history (read through the request transaction, so the job_runs policy decides who
// sees it) and "run now", which goes through the same claim/record path as the scheduler.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { sql } from '../../common/database/sql';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../../common/pagination';
import { JobRunner, JOB_RUN_COLUMNS, type JobRunRecord } from './job-runner';

@Injectable()
export class JobsService {
  constructor(private readonly runner: JobRunner) {}

  list() {
    return this.runner.registry.list().map((j) => ({
      name: j.name,
      cron: j.cron,
      description: j.description,
      timeoutSeconds: j.timeoutSeconds,
    }));
  }

  async runs(limit: number, cursor?: string, job?: string) {
    const after = decodeCursor(cursor);
    const rows = await sql().rows<JobRunRecord>(
      `SELECT ${JOB_RUN_COLUMNS} FROM public.job_runs
       WHERE ($1::text IS NULL OR job = $1)
         AND ($2::timestamptz IS NULL OR (started_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY started_at DESC, id DESC LIMIT $4`,
      [job ?? null, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor({ createdAt: last.startedAt, id: last.id }) : null,
    };
  }

  /** Runs a job now (slot = this second). The work is attributed to the job and to the caller who asked. */
  async runNow(name: string): Promise<JobRunRecord> {
    if (!this.runner.registry.has(name)) throw notFound('job');
    const { claims } = currentTransaction();
    const outcome = await this.runner.run(name, new Date(), { sub: claims.sub ?? null });
    if (!outcome.claimed)
      throw new DomainError('conflict', 'A run of this job for the current second already exists; try again.');
    return outcome.run;
  }
}
