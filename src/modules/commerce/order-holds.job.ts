// Stripe orders hold their stock until hold_expires_at; past it, unpaid, they are cancelled and the stock
// returns (app_private.release_expired_order_holds of the Commerce migration; the transition trigger
// returns stock and prescription quantities). Their PaymentIntents are cancelled at Stripe once the run has
// committed, so a patient can no longer pay for an order that is gone.
import { Injectable } from '@nestjs/common';
import { afterCommit } from '../../common/context/request-context';
import { ScheduledJob, type JobContext, type JobResult, type ScheduledJobHandler } from '../jobs';
import { OrderStripeService } from './order-stripe.service';

@Injectable()
@ScheduledJob({
  name: 'release-order-holds',
  cron: '* * * * *',
  description: 'Cancels unpaid Stripe orders whose stock hold has expired and returns their stock.',
  timeoutSeconds: 5 * 60,
})
export class OrderHoldsJob implements ScheduledJobHandler {
  constructor(private readonly stripe: OrderStripeService) {}

  async run({ sql }: JobContext): Promise<JobResult> {
    const row = await sql.one<{ n: number }>(`SELECT app_private.release_expired_order_holds(1000) AS n`);
    if (row?.n) {
      // The orders this transaction cancelled: the updated_at trigger stamped them with its start time.
      const intents = await sql.rows<{ id: string }>(
        `SELECT payment_method_id AS id FROM public.orders
         WHERE status = 'cancelled' AND payment_method = 'stripe' AND payment_id IS NULL
           AND payment_method_id LIKE 'pi\\_%' AND updated_at = now()`,
      );
      if (intents.length) afterCommit(() => this.stripe.cancelIntents(intents.map((i) => i.id)));
    }
    return { rows: row?.n ?? 0 };
  }
}
