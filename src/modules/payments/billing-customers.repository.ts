import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { BillingCustomer, type BillingPlan } from './entities/billing-customer.entity';

export interface SubscriptionChange {
  /** Kept when null. */
  stripeSubscriptionId: string | null;
  subscriptionStatus: string | null;
  plan: BillingPlan;
  currentPeriodEnd: Date | null;
}

/** Members' Stripe customers: the member reads their own; the webhooks (service role) link and update them. */
@Injectable()
export class BillingCustomersRepository {
  findOwn(
    orgId: string | null | undefined,
    userId: string | null | undefined,
  ): Promise<BillingCustomer | null> {
    return repo(BillingCustomer)
      .createQueryBuilder('customer')
      .where('customer.orgId = :orgId AND customer.userId = :userId', {
        orgId: orgId ?? null,
        userId: userId ?? null,
      })
      .getOne();
  }

  /** The organization of a Stripe customer, when it is linked. */
  async orgOfStripeCustomer(stripeCustomerId: string): Promise<string | undefined> {
    const row = await repo(BillingCustomer).findOne({ select: { orgId: true }, where: { stripeCustomerId } });
    return row?.orgId;
  }

  /** Links the member to the Stripe customer (one per member: a later customer replaces the link). */
  async link(orgId: string, userId: string, stripeCustomerId: string): Promise<void> {
    await repo(BillingCustomer)
      .createQueryBuilder()
      .insert()
      .values({ orgId, userId, stripeCustomerId })
      .orUpdate(['stripe_customer_id'], ['org_id', 'user_id'])
      .execute();
  }

  /** Applies a subscription event to the customer's row; answers the member it belongs to, if any. */
  async updateSubscription(
    orgId: string,
    stripeCustomerId: string,
    change: SubscriptionChange,
  ): Promise<string | undefined> {
    const { stripeSubscriptionId, ...rest } = change;
    const result = await repo(BillingCustomer)
      .createQueryBuilder()
      .update()
      .set(stripeSubscriptionId === null ? rest : { ...rest, stripeSubscriptionId })
      .where('org_id = :orgId AND stripe_customer_id = :stripeCustomerId', { orgId, stripeCustomerId })
      .returning('user_id')
      .execute();
    return (result.raw as Array<{ user_id: string }>)[0]?.user_id;
  }
}
