// Runs a job for a slot exactly once across every instance: the (job, slot) row is claimed in its own
// committed transaction, so a crash mid-run leaves a visible `running` row; the work runs in a second
// transaction (a failure rolls it back whole); a third records the outcome. A `failed` row, or a `running`
// row older than the job's timeout, is taken over by the next claim of that slot (attempt + 1).
import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import type { Claims } from '../../common/context/claims';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { moduleInactive, type ModuleGateState } from '../../common/module-gate/module-gate.state';
import { sqlFor } from '../../common/database/sql';
import { JobRegistry, type JobDefinition } from './job-definition';
import { JobRunsRepository } from './job-runs.repository';
import { claimSlot, recordOutcome, type JobRunRecord } from './job-runs.queries';
import { truncateToSecond } from './job-slots';

export type { JobRunRecord } from './job-runs.queries';

export type RunOutcome =
  /** This instance ran the slot; `run` is the recorded outcome. */
  | { claimed: true; run: JobRunRecord }
  /** Another run holds or finished the slot; `run` is its row. */
  | { claimed: false; run: JobRunRecord | undefined };

const DEFAULT_MAX_ATTEMPTS = 3;
const MAX_ERROR_LENGTH = 4000;

export function defaultInstanceName(): string {
  return `${hostname()}:${process.pid}`.slice(0, 200);
}

export class JobRunner {
  private readonly logger = new Logger('JobRunner');

  constructor(
    private readonly tx: RlsTransactions,
    readonly registry: JobRegistry,
    readonly instance: string = defaultInstanceName(),
    private readonly runs: JobRunsRepository = new JobRunsRepository(),
    private readonly gate?: ModuleGateState,
  ) {}

  /** Whether the job's module is switched on (a job of no switchable module always is). */
  isEnabled(name: string): boolean {
    const module = this.registry.get(name).module;
    return !module || !this.gate || this.gate.isActive(module);
  }

  /**
   * Claims `slot` of `name` and, if this instance won it, runs and records it. `extra` claims join the
   * work's claims (a manual run names the user who asked for it).
   */
  async run(name: string, slot: Date, extra: Partial<Claims> = {}): Promise<RunOutcome> {
    const job = this.registry.get(name);
    // A switched-off module's job does not run, nor claim its slot (it runs again once the module is on).
    if (job.module && this.gate && !this.gate.isActive(job.module)) throw moduleInactive(job.module);
    const at = truncateToSecond(slot);
    const claim = await this.asJob(job, (db) =>
      claimSlot(db, {
        job: job.name,
        slot: at,
        instance: this.instance,
        timeoutSeconds: job.timeoutSeconds,
        maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      }),
    );
    if (!claim) return { claimed: false, run: await this.find(job, at) };

    let rows = 0;
    let error: string | null = null;
    try {
      rows = await this.tx.asService(
        `job:${job.name}`,
        async (manager) => {
          const db = sqlFor(manager.queryRunner!);
          // The work cannot outlive the timeout, after which another instance may take the slot over.
          await db.one(`SELECT set_config('statement_timeout', $1, true)`, [`${job.timeoutSeconds * 1000}`]);
          const result = await job.handler({ job: job.name, slot: at, sql: db, manager });
          if (!Number.isSafeInteger(result?.rows) || result.rows < 0)
            throw new Error(`handler answered an invalid row count: ${JSON.stringify(result)}`);
          return result.rows;
        },
        extra,
      );
    } catch (err) {
      error = (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_LENGTH) || 'failed';
    }

    const recorded = await this.asJob(job, (db) =>
      recordOutcome(db, {
        id: claim.id,
        attempt: claim.attempt,
        status: error ? 'failed' : 'succeeded',
        rows: error ? null : rows,
        error,
      }),
    );
    const run = recorded ?? (await this.find(job, at))!;
    if (!recorded)
      this.logger.warn({
        msg: 'job run was taken over before it finished',
        job: job.name,
        slot: at.toISOString(),
      });
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
    const stale = await this.asJob(job, () =>
      this.runs.newestStaleSlot(
        job.name,
        before,
        job.timeoutSeconds,
        job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      ),
    );
    return stale ? this.run(name, stale) : undefined;
  }

  private find(job: JobDefinition, slot: Date): Promise<JobRunRecord | undefined> {
    return this.asJob(job, () => this.runs.find(job.name, slot));
  }

  private asJob<T>(job: JobDefinition, fn: (db: ReturnType<typeof sqlFor>) => Promise<T>): Promise<T> {
    return this.tx.asService(`job:${job.name}`, (manager) => fn(sqlFor(manager.queryRunner!)));
  }
}
