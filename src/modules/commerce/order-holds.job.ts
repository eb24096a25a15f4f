// Stripe orders hold their stock until hold_expires_at; past it, unpaid, they are cancelled and the stock
// returns (app_private.release_expired_order_holds of the Commerce migration; the transition trigger
// returns stock and prescription quantities).
import { Injectable } from '@nestjs/common';
import { ScheduledJob, type JobContext, type JobResult, type ScheduledJobHandler } from '../jobs';

@Injectable()
@ScheduledJob({
  name: 'release-order-holds',
  cron: '* * * * *',
  description: 'Cancels unpaid Stripe orders whose stock hold has expired and returns their stock.',
  timeoutSeconds: 5 * 60,
})
export class OrderHoldsJob implements ScheduledJobHandler {
  async run({ sql }: JobContext): Promise<JobResult> {
    const row = await sql.one<{ n: number }>(`SELECT app_private.release_expired_order_holds(1000) AS n`);
    return { rows: row?.n ?? 0 };
  }
}
