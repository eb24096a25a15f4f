// The Stripe side of shop orders, always called outside any transaction (Stripe can take seconds; a database
// transaction must not wait on it): the PaymentIntent a pending order is paid through, and the refund at
// Stripe once a paid order is cancelled or refunded. The rows are read and written in short transactions
// before and after the call. Stripe calls carry idempotency keys derived from the order, so a retried
// request never creates a second PaymentIntent, and a retried refund adopts one Stripe already made.
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import type { Claims } from '../../common/context/claims';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { createStripeClient } from '../../common/stripe/stripe-client';
import type { PaymentIntentDto } from './dto/order.dto';
import { claimRefundAttempt, linkPaymentIntent, recordRefund } from './order-stripe.queries';
import { OrdersRepository } from './orders.repository';

const SERVICE = 'commerce:stripe';

@Injectable()
export class OrderStripeService {
  private readonly logger = new Logger('OrderStripeService');
  private client?: Stripe;

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly tx: RlsTransactions,
    private readonly orders: OrdersRepository,
  ) {}

  private stripe(): Stripe {
    this.client ??= createStripeClient(this.config);
    if (!this.client) throw new DomainError('unavailable', 'Stripe is not configured (STRIPE_SECRET_KEY).');
    return this.client;
  }

  configured(): boolean {
    return !!this.config.STRIPE_SECRET_KEY;
  }

  /** 503 while Stripe is not configured. */
  assertConfigured(): void {
    this.stripe();
  }

  /**
   * The PaymentIntent the patient pays their pending Stripe order through (created once per order, with
   * metadata.order_id, so the payment_intent.succeeded webhook confirms the order).
   */
  async paymentIntent(claims: Claims, orderId: string): Promise<PaymentIntentDto> {
    const order = await this.tx.run(claims, () => this.orders.findById(claims.org_id ?? null, orderId));
    if (!order || order.patientId !== claims.sub) throw notFound('order');
    const stripe = this.stripe();
    if (order.paymentMethod !== 'stripe')
      throw new DomainError('unprocessable', 'The order is paid from the wallet, not through Stripe.');
    if (order.status !== 'pending_payment')
      throw new DomainError('conflict', `The order is ${order.status}, not awaiting payment.`);

    const intent = order.paymentMethodId?.startsWith('pi_')
      ? await stripe.paymentIntents.retrieve(order.paymentMethodId)
      : await stripe.paymentIntents.create(
          {
            amount: Number(order.totalAmount),
            currency: order.currency.toLowerCase(),
            metadata: { org_id: order.orgId, order_id: order.id },
            automatic_payment_methods: { enabled: true },
          },
          { idempotencyKey: `carebase-order-${order.id}-payment-intent` },
        );
    const linked = await this.tx.asService(SERVICE, () =>
      linkPaymentIntent(order.orgId, order.id, intent.id),
    );
    if (!linked) {
      // The hold expired (or the order was paid) while Stripe answered: nothing is to be paid any more.
      await stripe.paymentIntents.cancel(intent.id).catch(() => undefined);
      throw new DomainError('conflict', 'The order is no longer awaiting payment.');
    }
    if (!intent.client_secret)
      throw new DomainError('unavailable', 'Stripe answered no client secret; retry.');
    return {
      orderId: order.id,
      paymentIntentId: intent.id,
      clientSecret: intent.client_secret,
      amount: order.totalAmount,
      currency: order.currency,
    };
  }

  /**
   * Cancels the PaymentIntents of orders cancelled before they were paid (best effort: Stripe refuses one
   * already paid, and its payment_intent.succeeded webhook records the payment on the cancelled order and
   * refunds it).
   */
  async cancelIntents(ids: string[]): Promise<void> {
    if (!this.configured()) return;
    const stripe = this.stripe();
    for (const id of ids)
      await stripe.paymentIntents
        .cancel(id, undefined, { idempotencyKey: `carebase-${id}-cancel` })
        .catch((err: Error) =>
          this.logger.warn({ msg: 'Stripe PaymentIntent not cancelled', intent: id, err: err.message }),
        );
  }

  /**
   * Refunds a cancelled or refunded Stripe order at Stripe, if its refund is pending or failed; answers whether
   * an attempt was made. The outcome is recorded on the order (submitted, succeeded, or failed with Stripe's
   * message); a failed one stays retryable.
   */
  async refund(orgId: string, orderId: string): Promise<boolean> {
    // Without Stripe the refund stays pending (retryable once Stripe is configured).
    if (!this.configured()) return false;
    const stripe = this.stripe();
    const claim = await this.tx.asService(SERVICE, () => claimRefundAttempt(orgId, orderId));
    if (!claim) return false;
    let outcome: Parameters<typeof recordRefund>[2];
    try {
      if (!claim.payment_intent) throw new Error('the order has no Stripe PaymentIntent to refund');
      // A refund an earlier attempt made (its answer lost) is adopted rather than asked for again.
      const earlier =
        claim.attempt > 1
          ? (await stripe.refunds.list({ payment_intent: claim.payment_intent, limit: 100 })).data.find(
              (r) => r.metadata?.order_id === orderId && r.status !== 'failed' && r.status !== 'canceled',
            )
          : undefined;
      const refund =
        earlier ??
        (await stripe.refunds.create(
          {
            payment_intent: claim.payment_intent,
            amount: Number(claim.total_amount),
            metadata: { org_id: orgId, order_id: orderId },
          },
          { idempotencyKey: `carebase-order-${orderId}-refund-${claim.attempt}` },
        ));
      outcome =
        refund.status === 'failed' || refund.status === 'canceled'
          ? { status: 'failed', refundId: refund.id, error: `Stripe refund ${refund.status}` }
          : {
              status: refund.status === 'succeeded' ? 'succeeded' : 'submitted',
              refundId: refund.id,
              error: null,
            };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.warn({ msg: 'Stripe refund failed', order: orderId, attempt: claim.attempt, err: message });
      outcome = { status: 'failed', refundId: null, error: message || 'Stripe refund failed' };
    }
    await this.tx.asService(SERVICE, () => recordRefund(orgId, orderId, outcome));
    return true;
  }
}
