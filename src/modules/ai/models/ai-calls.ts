// Every call to an external model leaves an ai_command_logs row: PENDING, committed in its own transaction
// before the call (a crash leaves it PENDING), and the outcome (COMPLETED, or ERROR with the reason) in
// another, written by the service role through app_private.record_ai_command_outcome(). The organization's
// daily token budget is checked in the first. Rows carry sizes and kinds, never message content.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../../common/config/config';
import type { Claims } from '../../../common/context/claims';
import { RlsTransactions } from '../../../common/database/rls-transactions';
import { sql, sqlFor, type Sql } from '../../../common/database/sql';
import { DomainError } from '../../../common/errors/domain-error';
import type { AiCommandInput } from '../entities';
import type { Usage } from './model.types';

/** Who the call is for: a signed-in caller (their claims), or a job acting for a user of an organization. */
export type CallOwner = { claims: Claims } | { job: string; orgId: string; userId: string };

export interface CallOutcome extends Usage {
  output?: Record<string, unknown>;
}

@Injectable()
export class AiCalls {
  constructor(
    private readonly tx: RlsTransactions,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  /**
   * The PENDING row of a call made for the caller, written in the current transaction (which the caller
   * commits before the call); the budget is checked first.
   */
  beginHere(model: string, input: AiCommandInput): Promise<string> {
    return this.pending(sql(), model, input, null);
  }

  /** Checks the budget and commits the PENDING row in a transaction of its own; answers its id. */
  begin(owner: CallOwner, model: string, input: AiCommandInput): Promise<string> {
    if ('claims' in owner)
      return this.tx.run(owner.claims, (m) => this.pending(sqlFor(m.queryRunner!), model, input, null));
    return this.tx.asService(owner.job, (m) => this.pending(sqlFor(m.queryRunner!), model, input, owner), {
      org_id: owner.orgId,
    });
  }

  private async pending(
    sql: Sql,
    model: string,
    input: AiCommandInput,
    forUser: { orgId: string; userId: string } | null,
  ): Promise<string> {
    const budget = this.config.AI_DAILY_TOKEN_BUDGET;
    if (budget > 0) {
      const row = await sql.one<{ used: string }>(`SELECT app_private.ai_org_tokens_today()::text AS used`);
      if (Number(row?.used ?? 0) >= budget)
        throw new DomainError(
          'rate-limited',
          `The organization's daily AI token budget (${budget} tokens) is spent; it renews at 00:00 UTC.`,
        );
    }
    const row = forUser
      ? await sql.returning<{ id: string }>(
          `INSERT INTO public.ai_command_logs (org_id, user_id, model, input) VALUES ($1, $2, $3, $4) RETURNING id`,
          [forUser.orgId, forUser.userId, model, input],
        )
      : await sql.returning<{ id: string }>(
          `INSERT INTO public.ai_command_logs (model, input) VALUES ($1, $2) RETURNING id`,
          [model, input],
        );
    return row.id;
  }

  /** Records the outcome of a PENDING call in its own transaction. */
  async finish(id: string, latencyMs: number, outcome: CallOutcome | { error: string }): Promise<void> {
    const failed = 'error' in outcome;
    await this.tx.asService('ai.call-outcome', (m) =>
      sqlFor(m.queryRunner!).one(`SELECT app_private.record_ai_command_outcome($1, $2, $3, $4, $5, $6, $7)`, [
        id,
        failed ? 'ERROR' : 'COMPLETED',
        failed ? null : (outcome.output ?? null),
        failed ? outcome.error.slice(0, 2000) : null,
        Math.round(latencyMs),
        failed ? null : outcome.promptTokens,
        failed ? null : outcome.completionTokens,
      ]),
    );
  }

  /** One logged call: PENDING, the call, the outcome. */
  async call<T>(
    owner: CallOwner,
    model: string,
    input: AiCommandInput,
    fn: () => Promise<{ value: T } & CallOutcome>,
  ): Promise<T> {
    const id = await this.begin(owner, model, input);
    const started = performance.now();
    let result: { value: T } & CallOutcome;
    try {
      result = await fn();
    } catch (err) {
      await this.finish(id, performance.now() - started, { error: (err as Error).message || 'failed' });
      throw err;
    }
    await this.finish(id, performance.now() - started, result);
    return result.value;
  }
}
