import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization } from '../../identity/entities';
import { Payment } from './payment.entity';

/**
 * (Part of) a payment refunded by an admin, who inserts (payment_id, amount_minor, reason); the insert
 * trigger copies user_id and currency from the payment and keeps the total within it. Never updated.
 */
@Entity({ name: 'refunds' })
@Index('refunds_payment_idx', ['paymentId'])
@Index('refunds_user_idx', { synchronize: false }) // (user_id, created_at DESC)
@Index('refunds_org_idx', { synchronize: false }) // (org_id, created_at DESC)
@Check('refunds_amount_minor_check', `amount_minor > 0`)
@Check('refunds_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('refunds_reason_check', `length(reason) <= 500`)
export class Refund {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'refunds_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'payment_id', type: 'uuid', update: false }) paymentId!: string;
  @ManyToOne(() => Payment)
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'refunds_payment_fkey' },
    { name: 'payment_id', referencedColumnName: 'id' },
  ])
  payment?: Payment;
  /** The payer (trigger). */
  @Column({ name: 'user_id', type: 'uuid', insert: false, update: false }) userId!: string;
  @Column({ name: 'amount_minor', type: 'bigint', update: false }) amountMinor!: string;
  /** The payment's (trigger). */
  @Column({ type: 'char', length: 3, insert: false, update: false }) currency!: string;
  @Column({ type: 'text', nullable: true, update: false }) reason!: string | null;
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
}
