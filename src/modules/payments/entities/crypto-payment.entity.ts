import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization } from '../../identity/entities';
import { Invoice } from './invoice.entity';

/**
 * An exact crypto amount (numeric(18,8), a string), recorded by an admin; when it settles an invoice,
 * credited_minor is what it credits in the invoice's minor units. Never updated through the API.
 */
@Entity({ name: 'crypto_payments' })
@Index('crypto_payments_tx_key', ['orgId', 'currency', 'txHash'], { unique: true })
@Index('crypto_payments_user_idx', { synchronize: false }) // (user_id, created_at DESC)
@Index('crypto_payments_invoice_idx', ['invoiceId'])
@Check('crypto_payments_amount_check', `amount > 0`)
@Check('crypto_payments_currency_check', `currency ~ '^[A-Z0-9]{2,10}$'`)
@Check('crypto_payments_network_check', `length(network) BETWEEN 1 AND 50`)
@Check('crypto_payments_tx_hash_check', `length(tx_hash) BETWEEN 1 AND 200`)
@Check('crypto_payments_credited_minor_check', `credited_minor > 0`)
@Check('crypto_payments_status_check', `status IN ('confirmed')`)
@Check('crypto_payments_invoice_credit', `(invoice_id IS NULL) = (credited_minor IS NULL)`)
export class CryptoPayment {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'crypto_payments_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @Column({ name: 'invoice_id', type: 'uuid', nullable: true, update: false }) invoiceId!: string | null;
  @ManyToOne(() => Invoice)
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'crypto_payments_invoice_fkey',
    },
    { name: 'invoice_id', referencedColumnName: 'id' },
  ])
  invoice?: Invoice | null;
  @Column({ type: 'numeric', precision: 18, scale: 8, update: false }) amount!: string;
  @Column({ type: 'text', update: false }) currency!: string;
  @Column({ type: 'text', nullable: true, update: false }) network!: string | null;
  @Column({ name: 'tx_hash', type: 'text', update: false }) txHash!: string;
  @Column({ name: 'credited_minor', type: 'bigint', nullable: true, update: false }) creditedMinor!:
    string | null;
  @Column({ type: 'text', default: 'confirmed', insert: false, update: false }) status!: 'confirmed';
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
