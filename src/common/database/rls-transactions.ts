// One transaction per unit of work (a request or a job run). Its first statement sets the Postgres role and
// the claims together, transaction-local and as bound parameters, so nothing survives on the pooled
// connection once it commits or rolls back.
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { Claims } from '../context/claims';
import { DomainError } from '../errors/domain-error';
import { transactionStorage, type TransactionContext } from '../context/request-context';

export const SET_CLAIMS_SQL =
  "SELECT set_config('role', $1, true), set_config('request.jwt.claims', $2, true)";

@Injectable()
export class RlsTransactions {
  private readonly logger = new Logger('RlsTransactions');

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `fn` in a transaction as `claims`; commits on success, rolls back on any error. */
  async run<T>(claims: Claims, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner() as PostgresQueryRunner;
    await runner.connect();
    let broken: Error | undefined;
    try {
      await runner.startTransaction();
      await runner.query(SET_CLAIMS_SQL, [claims.role, JSON.stringify(claims)]);
      const ctx: TransactionContext = { manager: runner.manager, claims, afterCommit: [] };
      const result = await transactionStorage.run(ctx, () => fn(runner.manager));
      await runner.commitTransaction();
      if (ctx.afterCommit.length) this.runAfterCommit(ctx.afterCommit);
      return result;
    } catch (err) {
      if (err instanceof DomainError && err.commitFirst && runner.isTransactionActive) {
        await runner.commitTransaction();
        throw err;
      }
      if (runner.isTransactionActive) {
        await runner.rollbackTransaction().catch((rollbackErr: Error) => {
          broken = rollbackErr; // the connection is unusable: destroy it instead of returning it
        });
      }
      throw err;
    } finally {
      // A connection whose rollback failed is destroyed rather than returned to the pool.
      if (broken) await runner['releasePostgresConnection'](broken);
      else await runner.release();
    }
  }

  private runAfterCommit(tasks: TransactionContext['afterCommit']): void {
    for (const task of tasks) {
      Promise.resolve()
        .then(task)
        .catch((err: Error) => this.logger.error({ msg: 'after-commit task failed', err: err.message }));
    }
  }

  /** A scheduled task or internal step: service_role, with claims that name the job (so writes are audited as it). */
  asService<T>(
    job: string,
    fn: (manager: EntityManager) => Promise<T>,
    extra: Partial<Claims> = {},
  ): Promise<T> {
    return this.run({ ...extra, role: 'service_role', job }, fn);
  }
}
