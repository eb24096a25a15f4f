import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ProblemDto } from '../dto/problem.dto';

export const RATE_LIMIT_KEY = 'carebase:rate-limit';

export interface RateLimitRule {
  /** Names the limit in counters and logs, e.g. 'auth.sign-in'. */
  name: string;
  /** Also count per account: the body field holding the account's email. */
  accountField?: string;
}

/**
 * Abuse limit for a route, counted in PostgreSQL so it holds across app instances: per client IP and,
 * with `accountField`, per account. Limits and windows come from configuration (RATE_LIMIT_*).
 */
export function RateLimit(rule: RateLimitRule) {
  return applyDecorators(
    SetMetadata(RATE_LIMIT_KEY, rule),
    ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After', type: ProblemDto }),
  );
}
