// Stripe billing webhooks (seeds 002, 004). The signature is checked on the raw body with the official
// library (its tolerance window refuses old or replayed deliveries). The event's organization comes from
// the billing_customers row of its Stripe customer, else from metadata.org_id (the customer's first event,
// created with metadata { org_id, user_id }). Each delivery is logged in webhook_events; the processed mark
// in processed_webhook_events (unique org_id + event_id) is written in the same transaction as the effect,
// so a duplicate delivery (even a concurrent one, which waits on the unique index) is acknowledged without
// effect, and a failed one leaves neither effect nor mark.
import { Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { sql } from '../../common/database/sql';
import { DomainError } from '../../common/errors/domain-error';

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
}

@Injectable()
export class StripeWebhooksService {
  private readonly logger = new Logger('StripeWebhooks');

  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig) {}

  /** Verifies the signature; throws 400 (nothing is written) when it does not hold. */
  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const secret = this.config.STRIPE_WEBHOOK_SECRET;
    if (!secret) throw new DomainError('unavailable', 'Stripe webhooks are not configured.');
    if (!rawBody?.length || !signature)
      throw new DomainError('invalid-input', 'A signed Stripe event is required.');
    try {
      return Stripe.webhooks.constructEvent(rawBody, signature, secret, STRIPE_TOLERANCE_SECONDS);
    } catch {
      throw new DomainError('invalid-input', 'The Stripe signature does not verify (or is outside the tolerance window).');
    }
  }

  /** Runs in the request's service_role transaction. */
  async handle(event: Stripe.Event): Promise<WebhookOutcome> {
    const db = sql();
    const object = event.data.object as unknown as StripeObject;
    const orgId = await this.organizationOf(object);
    if (!orgId) {
      // No tenant to file it under: acknowledged (so Stripe stops retrying) and logged here only.
      this.logger.warn({ msg: 'stripe event for no known organization', eventId: event.id, type: event.type });
      return 'ignored';
    }
    const logged = await db.returning<{ id: string }>(
      `INSERT INTO public.webhook_events (org_id, provider, event_id, event_type, livemode, payload)
       VALUES ($1, 'stripe', $2, $3, $4, $5::jsonb) RETURNING id`,
      [orgId, event.id, event.type, event.livemode, JSON.stringify(event)],
    );
    const mark = await db.one(
      `INSERT INTO public.processed_webhook_events (org_id, event_id, provider, event_type) VALUES ($1, $2, 'stripe', $3)
       ON CONFLICT (org_id, event_id) DO NOTHING RETURNING id`,
      [orgId, event.id, event.type],
    );
    const outcome: WebhookOutcome = mark ? await this.apply(orgId, event, object) : 'duplicate';
    await db.exec(`UPDATE public.webhook_events SET outcome = $2 WHERE id = $1`, [logged.id, outcome]);
    return outcome;
  }

  private customerIdOf(object: StripeObject): string | undefined {
    if (object.object === 'customer') return object.id;
    if (typeof object.customer === 'string') return object.customer;
    return object.customer?.id ?? undefined;
  }

  private async organizationOf(object: StripeObject): Promise<string | undefined> {
    const db = sql();
    const customerId = this.customerIdOf(object);
    if (customerId) {
      const row = await db.one<{ org_id: string }>(
        `SELECT org_id FROM public.billing_customers WHERE stripe_customer_id = $1`,
        [customerId],
      );
      if (row) return row.org_id;
    }
    const claimed = object.metadata?.org_id;
    if (claimed && UUID.test(claimed)) {
      const org = await db.one<{ id: string }>(`SELECT id FROM public.organizations WHERE id = $1`, [claimed]);
      if (org) return org.id;
    }
    return undefined;
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
        const plan = event.type !== 'customer.subscription.deleted' && status && PAID_STATUSES.has(status) ? 'pro' : 'free';
        const periodEnd = object.current_period_end ?? object.items?.data?.[0]?.current_period_end ?? null;
        return this.updateSubscription(orgId, this.customerIdOf(object), object.id ?? null, status, plan, periodEnd);
      }
      default:
        return 'ignored';
    }
  }

  /** The customer's first event names its member (metadata.user_id); later ones find the existing row. */
  private async linkCustomer(orgId: string, object: StripeObject): Promise<WebhookOutcome> {
    const db = sql();
    const userId = object.metadata?.user_id;
    if (!object.id || !userId || !UUID.test(userId)) return 'ignored';
    const member = await db.one(`SELECT 1 FROM public.users_roles WHERE org_id = $1 AND user_id = $2`, [orgId, userId]);
    if (!member) return 'ignored';
    await db.exec(
      `INSERT INTO public.billing_customers (org_id, user_id, stripe_customer_id) VALUES ($1, $2, $3)
       ON CONFLICT (org_id, user_id) DO UPDATE SET stripe_customer_id = EXCLUDED.stripe_customer_id`,
      [orgId, userId, object.id],
    );
    return 'processed';
  }

  private async updateSubscription(
    orgId: string,
    customerId: string | undefined,
    subscriptionId: string | null,
    status: string | null,
    plan: 'free' | 'pro',
    periodEnd: number | null,
  ): Promise<WebhookOutcome> {
    if (!customerId) return 'ignored';
    const row = await sql().one<{ user_id: string }>(
      `UPDATE public.billing_customers
       SET stripe_subscription_id = coalesce($3, stripe_subscription_id), subscription_status = $4, plan = $5,
           current_period_end = to_timestamp($6::bigint)
       WHERE org_id = $1 AND stripe_customer_id = $2 RETURNING user_id`,
      [orgId, customerId, subscriptionId, status, plan, periodEnd],
    );
    if (!row) return 'ignored';
    await sql().exec(`UPDATE public.profiles SET plan = $2 WHERE user_id = $1`, [row.user_id, plan]);
    return 'processed';
  }
}
