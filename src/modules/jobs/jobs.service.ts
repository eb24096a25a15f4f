// The jobs API, for platform operators only (admins and ops of PLATFORM_ORG_ID): jobs are instance-wide, so
// a tenant's admin must not see or trigger them. The run history is read as service_role (job_runs has no
// tenant policy); "run now" goes through the same claim/record path as the scheduler.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { currentTransaction } from '../../common/context/request-context';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { sqlFor } from '../../common/database/sql';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { decodeCursor, page, type Page } from '../../common/pagination';
import type { JobDto } from './dto/job-run.dto';
import { JobRunner, type JobRunRecord } from './job-runner';
import { runHistory } from './job-runs.queries';

@Injectable()
export class JobsService {
  constructor(
    private readonly runner: JobRunner,
    private readonly tx: RlsTransactions,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  /** Only members (admin/ops, per the route) of the platform organization operate jobs. */
  assertOperator(): void {
    const { claims } = currentTransaction();
    if (!this.config.PLATFORM_ORG_ID || claims.org_id !== this.config.PLATFORM_ORG_ID)
      throw new DomainError('forbidden', 'Scheduled jobs are operated by the platform organization only.');
  }

  list(): JobDto[] {
    this.assertOperator();
    return this.runner.registry.list().map((j) => ({
      name: j.name,
      cron: j.cron,
      description: j.description,
      timeoutSeconds: j.timeoutSeconds,
    }));
  }

  async runs(limit: number, cursor?: string, job?: string): Promise<Page<JobRunRecord>> {
    this.assertOperator();
    const after = decodeCursor(cursor);
    const rows = await this.tx.asService('jobs.history', (m) =>
      runHistory(sqlFor(m.queryRunner!), { job: job ?? null, after, take: limit + 1 }),
    );
    return page(rows, limit);
  }

  /** Runs a job now (slot = this second). The work is attributed to the job and to the caller who asked. */
  async runNow(name: string): Promise<JobRunRecord> {
    this.assertOperator();
    if (!this.runner.registry.has(name)) throw notFound('job');
    const { claims } = currentTransaction();
    const outcome = await this.runner.run(name, new Date(), { sub: claims.sub ?? null });
    if (!outcome.claimed)
      throw new DomainError(
        'conflict',
        'A run of this job for the current second already exists; try again.',
      );
    return outcome.run;
  }
}
