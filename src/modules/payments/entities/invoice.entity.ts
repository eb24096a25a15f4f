import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization } from '../../identity/entities';

export const INVOICE_STATUSES = ['open', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/**
 * Admins issue invoices (number, description, amount_due_minor, currency, due_at) and change description,
 * due_at or status (void); amount_paid_minor and the paid status move only through the payment triggers.
 */
@Entity({ name: 'invoices' })
@Unique('invoices_org_id_id_key', ['orgId', 'id'])
@Unique('invoices_org_number_key', ['orgId', 'number'])
@Check('invoices_number_check', `length(number) BETWEEN 1 AND 64`)
@Check('invoices_description_check', `length(description) <= 1000`)
@Check('invoices_amount_due_minor_check', `amount_due_minor > 0`)
@Check('invoices_amount_paid_minor_check', `amount_paid_minor >= 0`)
@Check('invoices_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('invoices_status_check', `status IN ('open', 'paid', 'void')`)
@Check('invoices_not_overpaid', `amount_paid_minor <= amount_due_minor`)
@Check(
  'invoices_paid_status',
  `status = 'void' OR (status = 'paid') = (amount_paid_minor = amount_due_minor)`,
)
@Check('invoices_void_unpaid', `status <> 'void' OR amount_paid_minor = 0`)
export class Invoice {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'invoices_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text', update: false }) number!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** Minor units (bigint), as a string. */
  @Column({ name: 'amount_due_minor', type: 'bigint', update: false }) amountDueMinor!: string;
  @Column({ name: 'amount_paid_minor', type: 'bigint', default: 0, insert: false, update: false })
  amountPaidMinor!: string;
  @Column({ type: 'char', length: 3, update: false }) currency!: string;
  @Column({ type: 'text', default: 'open', insert: false }) status!: InvoiceStatus;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column({
    name: 'created_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
