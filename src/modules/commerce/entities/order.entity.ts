import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization } from '../../identity/entities';
import type { Payment, Wallet } from '../../payments/entities';

export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'fulfilled',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const STRIPE_REFUND_STATUSES = ['pending', 'submitted', 'succeeded', 'failed'] as const;
export type StripeRefundStatus = (typeof STRIPE_REFUND_STATUSES)[number];
export const STRIPE_REFUND_REASONS = ['order_cancelled', 'order_refunded', 'late_payment'] as const;
export type StripeRefundReason = (typeof STRIPE_REFUND_REASONS)[number];
export const PAYMENT_PATHS = ['wallet', 'stripe'] as const;
export type PaymentPath = (typeof PAYMENT_PATHS)[number];

/**
 * An order (seed H), written only by checkout (app_private.checkout). The patient reads their own; admins read
 * the organization's and move the status (the transition trigger is the state machine). Money record: the
 * patient has no foreign key (as payments.user_id).
 */
@Entity({ name: 'orders' })
@Unique('orders_org_id_id_key', ['orgId', 'id'])
@Index('orders_patient_idx', { synchronize: false }) // (patient_id, created_at DESC)
@Index('orders_org_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Index('orders_hold_idx', ['holdExpiresAt'], { where: `status = 'pending_payment'` })
@Check(
  'orders_status_check',
  `status IN ('pending_payment', 'paid', 'fulfilled', 'shipped', 'delivered', 'cancelled', 'refunded')`,
)
@Check('orders_total_amount_check', `total_amount > 0`)
@Check('orders_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('orders_shipping_address_check', `pg_column_size(shipping_address) <= 4000`)
@Check('orders_billing_address_check', `pg_column_size(billing_address) <= 4000`)
@Check('orders_payment_method_check', `payment_method IN ('wallet', 'stripe')`)
@Check('orders_payment_method_id_check', `length(payment_method_id) <= 255`)
@Check(
  'orders_stripe_refund_status_check',
  `stripe_refund_status IN ('pending', 'submitted', 'succeeded', 'failed')`,
)
@Check('orders_stripe_refund_id_check', `length(stripe_refund_id) <= 255`)
@Check('orders_stripe_refund_error_check', `length(stripe_refund_error) <= 1000`)
@Check('orders_stripe_refund_attempts_check', `stripe_refund_attempts >= 0`)
@Check(
  'orders_stripe_refund_reason_check',
  `stripe_refund_reason IN ('order_cancelled', 'order_refunded', 'late_payment')`,
)
@Index('orders_stripe_refund_idx', ['orgId', 'updatedAt'], {
  where: `stripe_refund_status IN ('pending', 'failed')`,
})
@Check(
  'orders_wallet_paid',
  `payment_method <> 'wallet' OR (wallet_id IS NOT NULL AND transfer_id IS NOT NULL)`,
)
export class Order {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'orders_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', insert: false, update: false }) patientId!: string;
  @Column({ name: 'order_date', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  orderDate!: Date;
  @Column({ type: 'text', default: 'pending_payment', insert: false }) status!: OrderStatus;
  /** Minor units (bigint: a string). */
  @Column({
    name: 'total_amount',
    type: 'bigint',
    comment: 'minor units of currency (ISO 4217)',
    insert: false,
    update: false,
  })
  totalAmount!: string;
  @Column({ type: 'char', length: 3, insert: false, update: false }) currency!: string;
  @Column({ name: 'shipping_address', type: 'jsonb', nullable: true, insert: false, update: false })
  shippingAddress!: Record<string, unknown> | null;
  @Column({ name: 'billing_address', type: 'jsonb', nullable: true, insert: false, update: false })
  billingAddress!: Record<string, unknown> | null;
  @Column({ name: 'payment_method', type: 'text', insert: false, update: false }) paymentMethod!: PaymentPath;
  /** The wallet's id, or the Stripe PaymentIntent's once confirmed. */
  @Column({ name: 'payment_method_id', type: 'text', nullable: true, insert: false, update: false })
  paymentMethodId!: string | null;
  @Column({ name: 'wallet_id', type: 'uuid', nullable: true, insert: false, update: false }) walletId!:
    string | null;
  @ManyToOne('Wallet')
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'orders_wallet_fkey' },
    { name: 'wallet_id', referencedColumnName: 'id' },
  ])
  wallet?: Wallet;
  /** The ledger transfer that paid it (wallet path). */
  @Column({ name: 'transfer_id', type: 'uuid', nullable: true, insert: false, update: false })
  transferId!: string | null;
  /** The payments row (and its invoice) that records the payment; refunds go against it. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true, insert: false, update: false })
  paymentId!: string | null;
  @ManyToOne('Payment')
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'orders_payment_fkey' },
    { name: 'payment_id', referencedColumnName: 'id' },
  ])
  payment?: Payment;
  /** Stripe path: the stock is held until then, then released by the scheduled job. */
  @Column({ name: 'hold_expires_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  holdExpiresAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /**
   * Stripe path, once a paid order is cancelled or refunded: the refund at Stripe (pending until the app has
   * called Stripe; submitted, succeeded or failed after). Written by the service role only.
   */
  @Column({
    name: 'stripe_refund_status',
    type: 'text',
    nullable: true,
    comment:
      'Stripe path: the refund at Stripe after cancelled/refunded (pending, submitted, succeeded, failed)',
    insert: false,
    update: false,
  })
  stripeRefundStatus!: StripeRefundStatus | null;
  @Column({ name: 'stripe_refund_id', type: 'text', nullable: true, insert: false, update: false })
  stripeRefundId!: string | null;
  @Column({ name: 'stripe_refund_error', type: 'text', nullable: true, insert: false, update: false })
  stripeRefundError!: string | null;
  @Column({ name: 'stripe_refund_attempts', type: 'integer', default: 0, insert: false, update: false })
  stripeRefundAttempts!: number;
  /** Why the refund is owed; late_payment: Stripe took the money after the order was cancelled. */
  @Column({
    name: 'stripe_refund_reason',
    type: 'text',
    nullable: true,
    comment: 'Why the Stripe refund is owed (order_cancelled, order_refunded, late_payment)',
    insert: false,
    update: false,
  })
  stripeRefundReason!: StripeRefundReason | null;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
