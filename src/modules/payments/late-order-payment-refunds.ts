// The port through which the Stripe webhook has a late shop-order payment refunded: the shop (commerce)
// provides it, so payments does not depend on commerce. Called after the webhook's transaction has committed.
export const LATE_ORDER_PAYMENT_REFUNDS = Symbol('LateOrderPaymentRefunds');

export interface LateOrderPaymentRefunds {
  /** Refunds the order's pending Stripe refund at Stripe and records the outcome on the order. */
  refund(orgId: string, orderId: string): Promise<boolean>;
}
