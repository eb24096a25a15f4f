// The caller's Stripe customer link (written by the Stripe webhooks). RLS: a member reads only their own.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import { BillingCustomersRepository } from './billing-customers.repository';
import type { BillingCustomerDto } from './dto/billing-customers.dto';

@Injectable()
export class BillingCustomersService {
  constructor(private readonly customers: BillingCustomersRepository) {}

  async own(): Promise<BillingCustomerDto> {
    const { claims } = currentTransaction();
    const c = await this.customers.findOwn(claims.org_id, claims.sub);
    if (!c) throw notFound('billing customer');
    return {
      id: c.id,
      stripeCustomerId: c.stripeCustomerId,
      stripeSubscriptionId: c.stripeSubscriptionId,
      subscriptionStatus: c.subscriptionStatus,
      plan: c.plan,
      currentPeriodEnd: c.currentPeriodEnd,
      updatedAt: c.updatedAt,
    };
  }
}
