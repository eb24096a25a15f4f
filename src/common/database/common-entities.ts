// The tables of the cross-cutting pieces (idempotency keys, rate-limit counters), registered with
// TypeOrmModule.forFeature by CoreModule and listed in src/entities.ts.
import { RateLimitCounter } from '../guards/rate-limit-counter.entity';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity';

export { IdempotencyKey, RateLimitCounter };
export const COMMON_ENTITIES: Function[] = [IdempotencyKey, RateLimitCounter];
