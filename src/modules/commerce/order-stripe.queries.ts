// The Stripe path's writes on orders, as the service role (request roles may update orders.status alone):
// the PaymentIntent of a pending order, and the refund at Stripe of a cancelled or refunded one.
import { sql } from '../../common/database/sql';
import type { StripeRefundStatus } from './entities';

/** Links the PaymentIntent to the order while it is still pending; false when the order moved on. */
export async function linkPaymentIntent(orgId: string, orderId: string, intentId: string): Promise<boolean> {
  const n = await sql().exec(
    `UPDATE public.orders SET payment_method_id = $3
     WHERE org_id = $1 AND id = $2 AND status = 'pending_payment' AND payment_method = 'stripe'
       AND (payment_method_id IS NULL OR payment_method_id = $3)`,
    [orgId, orderId, intentId],
  );
  return n === 1;
}

export interface RefundClaim {
  attempt: number;
  payment_intent: string | null;
  total_amount: string;
  currency: string;
}

/** Takes the next refund attempt of a pending or failed Stripe refund; undefined when there is none to make. */
export function claimRefundAttempt(orgId: string, orderId: string): Promise<RefundClaim | undefined> {
  return sql().one<RefundClaim>(
    `UPDATE public.orders o SET stripe_refund_attempts = o.stripe_refund_attempts + 1
     FROM public.payments p
     WHERE o.org_id = $1 AND o.id = $2 AND o.stripe_refund_status IN ('pending', 'failed')
       AND p.org_id = o.org_id AND p.id = o.payment_id
     RETURNING o.stripe_refund_attempts AS attempt, coalesce(p.external_reference, o.payment_method_id) AS payment_intent,
               o.total_amount::text AS total_amount, o.currency`,
    [orgId, orderId],
  );
}

/** Stripe's answer. A failure never overwrites a refund already accepted by a concurrent attempt. */
export async function recordRefund(
  orgId: string,
  orderId: string,
  outcome: { status: Exclude<StripeRefundStatus, 'pending'>; refundId: string | null; error: string | null },
): Promise<void> {
  await sql().exec(
    `UPDATE public.orders SET stripe_refund_status = $3, stripe_refund_id = coalesce($4, stripe_refund_id),
       stripe_refund_error = $5
     WHERE org_id = $1 AND id = $2
       AND ($3 <> 'failed' OR stripe_refund_status IN ('pending', 'failed'))`,
    [orgId, orderId, outcome.status, outcome.refundId, outcome.error?.slice(0, 1000) ?? null],
  );
}
