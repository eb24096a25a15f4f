// job_runs reads that are plain queries on the table (service role: the runner's own transactions).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { JobRun } from './entities';
import type { JobRunRecord } from './job-runs.queries';

export function toJobRunRecord(r: JobRun): JobRunRecord {
  return {
    id: r.id,
    job: r.job,
    slot: r.slot,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    durationMs: r.durationMs,
    rowsAffected: r.rowsAffected === null ? null : Number(r.rowsAffected),
    error: r.error,
    attempt: r.attempt,
    instance: r.instance,
  };
}

@Injectable()
export class JobRunsRepository {
  async find(job: string, slot: Date): Promise<JobRunRecord | undefined> {
    const row = await repo(JobRun).findOneBy({ job, slot });
    return row ? toJobRunRecord(row) : undefined;
  }

  /**
   * The newest slot of `job` before `before` whose run failed, or is still `running` past the timeout (it
   * crashed), with attempts left.
   */
  async newestStaleSlot(
    job: string,
    before: Date,
    timeoutSeconds: number,
    maxAttempts: number,
  ): Promise<Date | undefined> {
    const row = await repo(JobRun)
      .createQueryBuilder('r')
      .select(['r.id', 'r.slot'])
      .where('r.job = :job AND r.slot < :before AND r.attempt < :maxAttempts', { job, before, maxAttempts })
      .andWhere(
        `(r.status = 'failed' OR (r.status = 'running' AND r.started_at < clock_timestamp() - make_interval(secs => :timeoutSeconds)))`,
        { timeoutSeconds },
      )
      .orderBy('r.slot', 'DESC')
      .limit(1)
      .getOne();
    return row?.slot;
  }
}
