// Counts the request against its route's limits before any work is done, in its own short transaction (so a
// failing request, whose transaction rolls back, still counts). Over the limit: 429 with Retry-After.
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type ResolvedConfig } from '../config/config';
import { sha256 } from '../crypto/tokens';
import { RlsTransactions } from '../database/rls-transactions';
import { sqlFor } from '../database/sql';
import { RATE_LIMIT_KEY, type RateLimitRule } from '../decorators/rate-limit.decorator';
import { DomainError } from '../errors/domain-error';

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tx: RlsTransactions,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!rule) return true;
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const window = this.config.RATE_LIMIT_WINDOW_SECONDS;
    const checks: Array<[string, number]> = [[`${rule.name}:ip:${req.ip}`, this.config.RATE_LIMIT_PER_IP]];
    const account = rule.accountField
      ? (req.body as Record<string, unknown> | undefined)?.[rule.accountField]
      : undefined;
    if (typeof account === 'string' && account.length <= 320) {
      // Per account and source: failures from elsewhere must not lock the owner out. Hashed, so the counters
      // table holds no email addresses.
      const key = sha256(account.trim().toLowerCase()).toString('base64url');
      checks.push([`${rule.name}:account:${key}:ip:${req.ip}`, this.config.RATE_LIMIT_PER_ACCOUNT]);
    }
    const results = await this.tx.run({ role: 'anon', request_id: String(req.id) }, async (m) => {
      const db = sqlFor(m.queryRunner!);
      const out = [];
      for (const [bucket, limit] of checks)
        out.push(
          await db.returning<{ allowed: boolean; retry_after_seconds: number }>(
            'SELECT allowed, retry_after_seconds FROM app_private.hit_rate_limit($1, $2, $3)',
            [bucket, window, limit],
          ),
        );
      return out;
    });
    const denied = results.find((r) => !r.allowed);
    if (denied) {
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('retry-after', String(denied.retry_after_seconds));
      throw new DomainError(
        'rate-limited',
        `Too many attempts. Try again in ${denied.retry_after_seconds} seconds.`,
      );
    }
    return true;
  }
}
