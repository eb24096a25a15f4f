// Companion-app billing (seed 002's /api/stripe/*): a Stripe Checkout Session for the pro plan and a customer
// portal link for the signed-in member. Stripe is called outside any transaction: the caller's own rows are read
// in a short transaction as the caller first. The customer's link and the plan come back through the existing
// webhooks (customer.created with metadata { org_id, user_id }, customer.subscription.*).
import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import type { Claims } from '../../common/context/claims';
import { sql } from '../../common/database/sql';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { stripeLibrary } from '../../common/stripe/stripe-client';
import { BillingCustomersRepository } from './billing-customers.repository';
import type {
  CreateCheckoutSessionDto,
  CreatePortalSessionDto,
  StripeSessionDto,
} from './dto/companion-billing.dto';

@Injectable()
export class CompanionBillingService {
  private client?: Stripe;

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly tx: RlsTransactions,
    private readonly customers: BillingCustomersRepository,
  ) {}

  private stripe(): Stripe {
    const key = this.config.STRIPE_SECRET_KEY;
    if (!key) throw new DomainError('unavailable', 'Stripe billing is not configured (STRIPE_SECRET_KEY).');
    if (!this.client) {
      const api = this.config.STRIPE_API_URL ? new URL(this.config.STRIPE_API_URL) : undefined;
      const StripeClient = stripeLibrary();
      this.client = new StripeClient(key, {
        maxNetworkRetries: 1,
        timeout: 10_000,
        ...(api
          ? {
              host: api.hostname,
              port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)),
              protocol: api.protocol.replace(':', '') as 'http' | 'https',
            }
          : {}),
      });
    }
    return this.client;
  }

  /** Redirect targets must be among the origins the API serves (CORS_ORIGINS) when that list is set. */
  private checkUrls(urls: Record<string, string>): void {
    const allowed = this.config.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    if (!allowed.length) return;
    const errors = Object.entries(urls)
      .filter(([, url]) => !allowed.includes(new URL(url).origin))
      .map(([field]) => ({ field, message: 'must be on an origin listed in CORS_ORIGINS' }));
    if (errors.length)
      throw new DomainError(
        'invalid-input',
        errors.map((e) => `${e.field}: ${e.message}`).join('; '),
        errors,
      );
  }

  /** The member's Stripe customer id (if linked) and e-mail, read as the caller. */
  private caller(claims: Claims): Promise<{ customerId?: string; email?: string }> {
    return this.tx.run(claims, async () => {
      const link = await this.customers.findOwn(claims.org_id, claims.sub);
      const user = await sql().one<{ email: string }>(`SELECT email FROM public.users WHERE id = $1`, [
        claims.sub,
      ]);
      return { customerId: link?.stripeCustomerId, email: user?.email };
    });
  }

  async checkoutSession(claims: Claims, dto: CreateCheckoutSessionDto): Promise<StripeSessionDto> {
    const price = this.config.STRIPE_PRO_PRICE_ID;
    if (!price) throw new DomainError('unavailable', 'The pro plan is not configured (STRIPE_PRO_PRICE_ID).');
    const stripe = this.stripe();
    this.checkUrls({ successUrl: dto.successUrl, cancelUrl: dto.cancelUrl });
    const { customerId, email } = await this.caller(claims);
    const metadata = { org_id: String(claims.org_id), user_id: String(claims.sub) };
    // The customer's first event (customer.created, with this metadata) links it through the webhook.
    const customer = customerId ?? (await stripe.customers.create({ email, metadata })).id;
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer,
      client_reference_id: String(claims.sub),
      line_items: [{ price, quantity: 1 }],
      success_url: dto.successUrl,
      cancel_url: dto.cancelUrl,
      metadata,
      subscription_data: { metadata },
    });
    if (!session.url) throw new DomainError('unavailable', 'Stripe answered no checkout URL; retry.');
    return { id: session.id, url: session.url };
  }

  async portalSession(claims: Claims, dto: CreatePortalSessionDto): Promise<StripeSessionDto> {
    const stripe = this.stripe();
    this.checkUrls({ returnUrl: dto.returnUrl });
    const { customerId } = await this.caller(claims);
    if (!customerId) throw notFound('billing customer');
    const session = await stripe.billingPortal.sessions.create({
      customer: customerId,
      return_url: dto.returnUrl,
    });
    return { id: session.id, url: session.url };
  }
}
