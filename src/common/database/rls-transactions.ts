// One transaction per unit of work (a request or a job run). Its first statement sets the Postgres role and
// the claims together, transaction-local and as bound parameters, so nothing survives on the pooled
// connection once it commits or rolls back.
//
// Round trips: the pool's clients run in pipeline mode (see data-source.ts), so BEGIN and the claims
// statement are written to the socket at once and travel with the handler's first query; only COMMIT waits on
// its own. Without pipeline mode the same code runs them one after another.
import { Injectable, Logger, Optional } from '@nestjs/common';
import type { PoolClient } from 'pg';
import {
  DataSource,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
  type EntityManager,
} from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { Claims } from '../context/claims';
import { DomainError } from '../errors/domain-error';
import { transactionStorage, type TransactionContext } from '../context/request-context';
import { Metrics } from '../metrics/metrics';
import { usesPreparedStatements } from './prepared-statements';

export const SET_CLAIMS_SQL =
  "SELECT set_config('role', $1, true), set_config('request.jwt.claims', $2, true)";

const SECOND_STATEMENT = 'A single-read transaction runs one statement: it has committed already';

export const ASSERT_SESSION_SQL = 'SELECT app_private.assert_session_active($1)';
/** Corks the connection's socket; the returned function uncorks it once (idempotent). */
function corkUntilFirstStatement(client: PoolClient): () => void {
  const stream = (client as PoolClient & { connection?: { stream?: { cork?(): void; uncork?(): void } } })
    .connection?.stream;
  if (!stream?.cork || !stream.uncork) return () => undefined;
  stream.cork();
  let done = false;
  const flush = () => {
    if (done) return;
    done = true;
    stream.uncork!();
  };
  setImmediate(flush);
  return flush;
}

const NAMED = {
  begin: { name: 'cb_begin', text: 'BEGIN' },
  beginReadOnly: { name: 'cb_begin_ro', text: 'BEGIN READ ONLY' },
  commit: { name: 'cb_commit', text: 'COMMIT' },
  rollback: { name: 'cb_rollback', text: 'ROLLBACK' },
  setClaims: 'cb_set_claims',
  assertSession: 'cb_assert_session',
};
/** Behind a pooler without prepared-statement support (DATABASE_PREPARED_STATEMENTS=false). */
const UNNAMED = {
  begin: { text: 'BEGIN' },
  beginReadOnly: { text: 'BEGIN READ ONLY' },
  commit: { text: 'COMMIT' },
  rollback: { text: 'ROLLBACK' },
  setClaims: undefined,
  assertSession: undefined,
};

@Injectable()
export class RlsTransactions {
  private readonly logger = new Logger('RlsTransactions');

  private readonly statements: typeof NAMED | typeof UNNAMED;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly metrics?: Metrics,
  ) {
    this.statements = usesPreparedStatements(dataSource) ? NAMED : UNNAMED;
  }

  /**
   * Runs `fn` in a transaction as `claims`; commits on success, rolls back on any error.
   *
   * `singleRead`: the transaction is READ ONLY and runs one statement through sql(); its COMMIT is queued right
   * behind that statement, so BEGIN, the claims, the session check, the statement and COMMIT travel in one
   * write and come back in one round trip. A second statement is refused (sql() throws, and so does the
   * transaction's TypeORM runner), and a write is refused by the server, so committing early can never keep a
   * change the handler would have rolled back. A TypeORM statement started before the sql() one keeps COMMIT
   * where it is (after the handler). The result still reaches the caller only after COMMIT's answer.
   */
  async run<T>(
    claims: Claims,
    fn: (manager: EntityManager) => Promise<T>,
    options: { singleRead?: boolean } = {},
  ): Promise<T> {
    const started = this.metrics ? performance.now() : 0;
    let outcome: 'commit' | 'rollback' = 'rollback';
    const runner = this.dataSource.createQueryRunner() as PostgresQueryRunner;
    const client = (await runner.connect()) as PoolClient;
    let broken: Error | undefined;
    // A connection that dies mid-transaction is released by TypeORM at once (its own 'error' listener), so the
    // handler's next statement fails with "query runner already released": the lost connection is the cause
    // to report (503 for a client), not that.
    let lost: Error | undefined;
    const onLost = (err: Error) => (lost ??= err);
    client.on('error', onLost);
    // Sent now, awaited later: with pipelining they share the first query's round trip. The socket is corked so
    // they, and the handler's first statement when it comes in this turn of the event loop, leave in one write
    // (pg writes each pipelined statement with its own syscall otherwise). A fallback uncork on setImmediate
    // covers handlers whose first statement comes later, or through TypeORM rather than sql().
    const flush = corkUntilFirstStatement(client);
    const { commit: COMMIT, rollback: ROLLBACK, setClaims, assertSession } = this.statements;
    const singleRead = options.singleRead === true;
    const opening = [
      client.query(singleRead ? this.statements.beginReadOnly : this.statements.begin),
      client.query({
        name: setClaims,
        text: SET_CLAIMS_SQL,
        values: [claims.role, JSON.stringify(claims)],
      }),
    ];
    // An access token is only as good as its session: checked in the same round trip.
    if (claims.sid)
      opening.push(client.query({ name: assertSession, text: ASSERT_SESSION_SQL, values: [claims.sid] }));
    const opened = Promise.all(opening);
    opened.catch(() => undefined); // observed below; avoid an unhandled rejection meanwhile
    // TypeORM must see the transaction, or repository saves would open (and commit) their own.
    runner.isTransactionActive = true;
    // singleRead: COMMIT, sent with the one statement (see above).
    let committing: Promise<{ command: string }> | undefined;
    const ctx: TransactionContext = { manager: runner.manager, claims, afterCommit: [], flush };
    if (singleRead) {
      // TypeORM's statements pass through these: one started (it may still be on its way to the connection,
      // TypeORM awaits before it writes) keeps COMMIT at the end; once COMMIT is queued they are refused. (Not by
      // marking the runner released: a released runner is never taken off the driver's list, and closing the
      // pool at shutdown waits for that list to empty.)
      let viaOrm = false;
      const fenced =
        (own: (...args: never[]) => Promise<unknown>) =>
        (...args: never[]) => {
          if (committing) return Promise.reject(new Error(SECOND_STATEMENT));
          viaOrm = true;
          return own.apply(runner, args);
        };
      Object.assign(runner, { query: fenced(runner.query), stream: fenced(runner.stream) });
      ctx.beforeStatement = (on) => {
        if (on === client && committing) throw new Error(SECOND_STATEMENT);
      };
      ctx.afterStatement = (on) => {
        if (on !== client || committing || viaOrm) return;
        committing = client.query(COMMIT);
        committing.catch(() => undefined); // awaited below
        runner.isTransactionActive = false;
      };
    }
    try {
      let result: T;
      try {
        result = await transactionStorage.run(ctx, () => fn(runner.manager));
      } catch (err) {
        flush();
        await opened; // if opening failed, that is the error to report, not its consequence
        throw err;
      }
      flush();
      await opened;
      const committed = await (committing ?? client.query(COMMIT));
      runner.isTransactionActive = false;
      // A transaction aborted by a statement the handler caught answers COMMIT with ROLLBACK, not an error.
      if (committed.command === 'ROLLBACK')
        throw new Error('The transaction was rolled back: a statement in it failed');
      outcome = 'commit';
      if (ctx.afterCommit.length) this.runAfterCommit(ctx.afterCommit);
      return result;
    } catch (err) {
      flush();
      // A single read's COMMIT is on its way: it ends the transaction (as ROLLBACK when a statement failed).
      if (committing) await committing.catch((endErr: Error) => (broken = endErr));
      if (runner.isTransactionActive) {
        const commit = err instanceof DomainError && err.commitFirst;
        const ended = await client.query(commit ? COMMIT : ROLLBACK).catch((endErr: Error) => {
          broken = endErr; // the connection is unusable: destroy it instead of returning it
        });
        if (commit && ended?.command === 'COMMIT') outcome = 'commit';
        runner.isTransactionActive = false;
      }
      const released =
        err instanceof QueryRunnerAlreadyReleasedError ||
        err instanceof QueryRunnerProviderAlreadyReleasedError;
      throw lost && released ? lost : err;
    } finally {
      // A statement the handler left running past its end (a promise nobody awaited, a timer) must not reach
      // the connection, which another transaction may have by then.
      ctx.beforeStatement = () => {
        throw new Error('The transaction has ended: no statement may run in it');
      };
      ctx.afterStatement = undefined;
      client.removeListener('error', onLost);
      if (broken) await runner['releasePostgresConnection'](broken);
      else await runner.release();
      this.metrics?.observeTransaction(outcome, (performance.now() - started) / 1000);
    }
  }

  private runAfterCommit(tasks: TransactionContext['afterCommit']): void {
    for (const task of tasks) {
      // Outside the finished transaction's context: a task that opens its own transaction must not see this one.
      transactionStorage
        .exit(() => Promise.resolve().then(task))
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
