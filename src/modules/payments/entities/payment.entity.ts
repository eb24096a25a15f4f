import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization } from '../../identity/entities';
import { Invoice } from './invoice.entity';

export const PAYMENT_METHODS = ['card', 'bank_transfer', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_STATUSES = ['succeeded', 'partially_refunded', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * A fiat payment against an invoice, recorded by an admin; never updated through the API. The insert
 * trigger settles the invoice under its row lock; refunds move refunded_minor and status (trigger).
 */
@Entity({ name: 'payments' })
@Unique('payments_org_id_id_key', ['orgId', 'id'])
@Index('payments_user_idx', { synchronize: false }) // (user_id, created_at DESC)
@Index('payments_invoice_idx', ['invoiceId'])
@Check('payments_amount_minor_check', `amount_minor > 0`)
@Check('payments_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('payments_refunded_minor_check', `refunded_minor >= 0`)
@Check('payments_status_check', `status IN ('succeeded', 'partially_refunded', 'refunded')`)
@Check('payments_method_check', `method IN ('card', 'bank_transfer', 'cash', 'other')`)
@Check('payments_external_reference_check', `length(external_reference) <= 200`)
@Check('payments_refunds_within', `refunded_minor <= amount_minor`)
export class Payment {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'payments_org_id_fkey' })
  org?: Organization;
  /** The payer, checked against the memberships when written (no foreign key: history outlives membership). */
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @Column({ name: 'invoice_id', type: 'uuid', update: false }) invoiceId!: string;
  @ManyToOne(() => Invoice)
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'payments_invoice_fkey' },
    { name: 'invoice_id', referencedColumnName: 'id' },
  ])
  invoice?: Invoice;
  @Column({ name: 'amount_minor', type: 'bigint', update: false }) amountMinor!: string;
  @Column({ type: 'char', length: 3, update: false }) currency!: string;
  @Column({ name: 'refunded_minor', type: 'bigint', default: 0, insert: false, update: false })
  refundedMinor!: string;
  @Column({ type: 'text', default: 'succeeded', insert: false, update: false }) status!: PaymentStatus;
  @Column({ type: 'text', default: 'card', update: false }) method!: PaymentMethod;
  @Column({ name: 'external_reference', type: 'text', nullable: true, update: false })
  externalReference!: string | null;
  @Column({
    name: 'recorded_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  recordedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
