import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Organization, UserRole } from '../../identity/entities';

export const BILLING_PLANS = ['free', 'pro'] as const;
export type BillingPlan = (typeof BILLING_PLANS)[number];

/** A member's Stripe customer and subscription. The member reads it; the Stripe webhooks (service role) write it. */
@Entity({ name: 'billing_customers' })
@Unique('billing_customers_stripe_customer_key', ['stripeCustomerId'])
@Unique('billing_customers_org_user_key', ['orgId', 'userId'])
@Index('billing_customers_user_idx', ['userId'])
@Check('billing_customers_stripe_customer_id_check', `stripe_customer_id ~ '^cus_[A-Za-z0-9]{1,250}$'`)
@Check('billing_customers_stripe_subscription_id_check', `length(stripe_subscription_id) <= 255`)
@Check('billing_customers_subscription_status_check', `length(subscription_status) <= 32`)
@Check('billing_customers_plan_check', `plan IN ('free', 'pro')`)
export class BillingCustomer {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The webhook names it (it runs without an organization); immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', update: false }) orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'billing_customers_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  /** Goes with the membership. */
  @ManyToOne('UserRole', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'billing_customers_member_fkey',
    },
    { name: 'user_id', referencedColumnName: 'userId' },
  ])
  member?: UserRole;
  @Column({ name: 'stripe_customer_id', type: 'text' }) stripeCustomerId!: string;
  @Column({ name: 'stripe_subscription_id', type: 'text', nullable: true }) stripeSubscriptionId!:
    string | null;
  @Column({ name: 'subscription_status', type: 'text', nullable: true }) subscriptionStatus!: string | null;
  @Column({ type: 'text', default: 'free' }) plan!: BillingPlan;
  @Column({ name: 'current_period_end', type: 'timestamptz', nullable: true }) currentPeriodEnd!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
