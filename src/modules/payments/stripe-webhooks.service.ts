// Stripe billing webhooks (seeds 002, 004). The signature is checked on the raw body with the official
// library (its tolerance window refuses old or replayed deliveries; one dated ahead of the window is refused
// here). The event's organization comes from the billing_customers row of its Stripe customer, else from
// metadata.org_id (the customer's first event, created with metadata { org_id, user_id }). Each delivery is
// logged in webhook_events; the processed mark in processed_webhook_events (unique org_id + event_id) is
// written in the same transaction as the effect, so a duplicate delivery (even a concurrent one, which waits
// on the unique index) is acknowledged without effect, and a failed one leaves neither effect nor mark.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type Stripe from 'stripe';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { afterCommit } from '../../common/context/request-context';
import { DomainError } from '../../common/errors/domain-error';
import { stripeLibrary } from '../../common/stripe/stripe-client';
import { BillingCustomersRepository } from './billing-customers.repository';
import type { BillingPlan } from './entities/billing-customer.entity';
import { LATE_ORDER_PAYMENT_REFUNDS, type LateOrderPaymentRefunds } from './late-order-payment-refunds';
import {
  confirmOrderPayment,
  isMember,
  organizationId,
  recordLateOrderPayment,
  setProfilePlan,
} from './stripe-webhooks.queries';
import { WebhookEventsRepository } from './webhook-events.repository';

/** Stripe's default: a signature older than 5 minutes is refused. */
export const STRIPE_TOLERANCE_SECONDS = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAID_STATUSES = new Set(['active', 'trialing']);

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

interface StripeObject {
  id?: string;
  object?: string;
  customer?: string | { id?: string } | null;
  metadata?: Record<string, string> | null;
  status?: string;
  current_period_end?: number;
  items?: { data?: Array<{ current_period_end?: number }> };
  amount_received?: number;
  amount_captured?: number;
  payment_intent?: string | { id?: string } | null;
  currency?: string;
}

/** The signature's timestamp as the library reads it (the last `t=` of the header); NaN when absent. */
function signedAt(header: string): number {
  let t = NaN;
  for (const item of header.split(',')) {
    const [key, value] = item.split('=');
    if (key === 't') t = parseInt(value, 10);
  }
  return t;
}

@Injectable()
export class StripeWebhooksService {
  private readonly logger = new Logger('StripeWebhooks');

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly events: WebhookEventsRepository,
    private readonly customers: BillingCustomersRepository,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Verifies the signature; throws 400 (nothing is written) when it does not hold. */
  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const secret = this.config.STRIPE_WEBHOOK_SECRET;
    if (!secret) throw new DomainError('unavailable', 'Stripe webhooks are not configured.');
    if (!rawBody?.length || !signature)
      throw new DomainError('invalid-input', 'A signed Stripe event is required.');
    const refused = new DomainError(
      'invalid-input',
      'The Stripe signature does not verify (or is outside the tolerance window).',
    );
    let event: Stripe.Event;
    try {
      event = stripeLibrary().webhooks.constructEvent(rawBody, signature, secret, STRIPE_TOLERANCE_SECONDS);
    } catch {
      throw refused;
    }
    // The library refuses only signatures older than the tolerance; one dated ahead is refused here too.
    if (!(signedAt(signature) - Math.floor(Date.now() / 1000) <= STRIPE_TOLERANCE_SECONDS)) throw refused;
    return event;
  }

  /** Runs in the request's service_role transaction. */
  async handle(event: Stripe.Event): Promise<WebhookOutcome> {
    const object = event.data.object as unknown as StripeObject;
    const orgId = await this.organizationOf(object);
    if (!orgId) {
      // No tenant to file it under: acknowledged (so Stripe stops retrying) and logged here only.
      this.logger.warn({
        msg: 'stripe event for no known organization',
        eventId: event.id,
        type: event.type,
      });
      return 'ignored';
    }
    const logged = await this.events.log({
      orgId,
      provider: 'stripe',
      eventId: event.id,
      eventType: event.type,
      livemode: event.livemode,
      payload: event,
    });
    const first = await this.events.markProcessed({
      orgId,
      eventId: event.id,
      provider: 'stripe',
      eventType: event.type,
    });
    const outcome: WebhookOutcome = first ? await this.apply(orgId, event, object) : 'duplicate';
    await this.events.setOutcome(logged, outcome);
    return outcome;
  }

  private customerIdOf(object: StripeObject): string | undefined {
    if (object.object === 'customer') return object.id;
    if (typeof object.customer === 'string') return object.customer;
    return object.customer?.id ?? undefined;
  }

  private async organizationOf(object: StripeObject): Promise<string | undefined> {
    const customerId = this.customerIdOf(object);
    if (customerId) {
      const orgId = await this.customers.orgOfStripeCustomer(customerId);
      if (orgId) return orgId;
    }
    const claimed = object.metadata?.org_id;
    return claimed && UUID.test(claimed) ? organizationId(claimed) : undefined;
  }

  private async apply(orgId: string, event: Stripe.Event, object: StripeObject): Promise<WebhookOutcome> {
    switch (event.type) {
      case 'customer.created':
      case 'customer.updated':
        return this.linkCustomer(orgId, object);
      case 'customer.deleted':
        return this.updateSubscription(orgId, this.customerIdOf(object), null, null, 'free', null);
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted':
      case 'customer.subscription.paused':
      case 'customer.subscription.resumed': {
        const status = object.status ?? null;
        const plan =
          event.type !== 'customer.subscription.deleted' && status && PAID_STATUSES.has(status)
            ? 'pro'
            : 'free';
        const periodEnd = object.current_period_end ?? object.items?.data?.[0]?.current_period_end ?? null;
        return this.updateSubscription(
          orgId,
          this.customerIdOf(object),
          object.id ?? null,
          status,
          plan,
          periodEnd,
        );
      }
      case 'payment_intent.succeeded':
        return this.confirmOrder(orgId, object, object.id, object.amount_received);
      // The charge of an order's PaymentIntent (it carries the intent's metadata): whichever of the two events
      // arrives first applies, the other finds the payment recorded.
      case 'charge.succeeded': {
        const intent =
          typeof object.payment_intent === 'string' ? object.payment_intent : object.payment_intent?.id;
        return this.confirmOrder(orgId, object, intent, object.amount_captured);
      }
      default:
        return 'ignored';
    }
  }

  /** A shop order paid through Stripe (metadata.order_id): the commerce migration's confirm_order_payment. */
  private async confirmOrder(
    orgId: string,
    object: StripeObject,
    intentId: string | undefined,
    amount: number | undefined,
  ): Promise<WebhookOutcome> {
    const orderId = object.metadata?.order_id;
    if (!intentId || !orderId || !UUID.test(orderId)) return 'ignored';
    if (!Number.isSafeInteger(amount) || !object.currency) return 'ignored';
    const args = [orgId, orderId, intentId, amount!, object.currency] as const;
    if (await confirmOrderPayment(...args)) return 'processed';
    // Paid at Stripe after the order stopped awaiting payment (its hold expired): the money is recorded on
    // the order as owed back, and refunded at Stripe once this transaction has committed.
    if (!(await recordLateOrderPayment(...args))) return 'ignored';
    this.logger.warn({ msg: 'Stripe payment for a cancelled order; refunding it', orgId, orderId });
    afterCommit(async () => {
      const refunds = this.lateOrderPaymentRefunds();
      if (!refunds) {
        this.logger.error({ msg: 'late order payment left pending: the shop is not loaded', orgId, orderId });
        return;
      }
      await refunds.refund(orgId, orderId);
    });
    return 'processed';
  }

  /** The shop's refunder (commerce provides it); undefined when that module is not part of the app. */
  private lateOrderPaymentRefunds(): LateOrderPaymentRefunds | undefined {
    try {
      return this.moduleRef.get<LateOrderPaymentRefunds>(LATE_ORDER_PAYMENT_REFUNDS, { strict: false });
    } catch {
      return undefined;
    }
  }

  /** The customer's first event names its member (metadata.user_id); later ones find the existing row. */
  private async linkCustomer(orgId: string, object: StripeObject): Promise<WebhookOutcome> {
    const userId = object.metadata?.user_id;
    if (!object.id || !userId || !UUID.test(userId)) return 'ignored';
    if (!(await isMember(orgId, userId))) return 'ignored';
    await this.customers.link(orgId, userId, object.id);
    return 'processed';
  }

  private async updateSubscription(
    orgId: string,
    customerId: string | undefined,
    subscriptionId: string | null,
    status: string | null,
    plan: BillingPlan,
    periodEnd: number | null,
  ): Promise<WebhookOutcome> {
    if (!customerId) return 'ignored';
    const userId = await this.customers.updateSubscription(orgId, customerId, {
      stripeSubscriptionId: subscriptionId,
      subscriptionStatus: status,
      plan,
      // Stripe's timestamps are whole seconds.
      currentPeriodEnd: periodEnd === null ? null : new Date(periodEnd * 1000),
    });
    if (!userId) return 'ignored';
    await setProfilePlan(userId, plan);
    return 'processed';
  }
}
