import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters of the abuse limits (UNLOGGED: a crash only resets the windows). No request role has a
 * grant: rows are written only by app_private.hit_rate_limit() (RateLimitGuard), so TypeORM never reads or
 * writes them; the entity describes the table for the drift check, migration drafts and the diagram.
 */
@Entity({
  name: 'rate_limit_counters',
  comment:
    'Platform table (no org_id): counters are keyed by IP or hashed account, written only by app_private.hit_rate_limit()',
})
@Index('rate_limit_counters_window_idx', ['windowStart'])
@Check('rate_limit_counters_bucket_check', `length(bucket) <= 400`)
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text', select: false, insert: false, update: false }) bucket!: string;
  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', select: false, insert: false, update: false })
  windowStart!: Date;
  @Column({ type: 'integer', default: 1, select: false, insert: false, update: false }) hits!: number;
}
