import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization } from '../../identity/entities';
import { Wallet } from './wallet.entity';

export const LEDGER_KINDS = ['credit', 'transfer', 'withdrawal'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * A ledger entry: one leg of a transfer (the two legs of a transfer_id sum to zero). Append-only for everyone
 * (trigger); written only by app_private.ledger_transfer(), so read-only here.
 */
@Entity({ name: 'transactions' })
@Index('transactions_wallet_created_idx', { synchronize: false }) // (wallet_id, created_at DESC, id DESC)
@Index('transactions_user_id_idx', ['userId'])
@Index('transactions_org_transfer_idx', ['orgId', 'transferId'])
@Check('transactions_kind_check', `kind IN ('credit', 'transfer', 'withdrawal')`)
@Check('transactions_amount_check', `amount <> 0`)
@Check('transactions_reference_check', `length(reference) <= 200`)
export class Transaction {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'transactions_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'transfer_id', type: 'uuid', insert: false, update: false }) transferId!: string;
  @Column({ name: 'wallet_id', type: 'uuid', insert: false, update: false }) walletId!: string;
  @ManyToOne(() => Wallet)
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'transactions_wallet_fkey' },
    { name: 'wallet_id', referencedColumnName: 'id' },
  ])
  wallet?: Wallet;
  @Column({ name: 'user_id', type: 'uuid', nullable: true, insert: false, update: false }) userId!:
    string | null;
  @Column({ type: 'text', insert: false, update: false }) kind!: LedgerKind;
  /** Signed. */
  @Column({ type: 'numeric', precision: 30, scale: 8, insert: false, update: false }) amount!: string;
  @Column({ type: 'text', insert: false, update: false }) currency!: string;
  @Column({ name: 'balance_after', type: 'numeric', precision: 30, scale: 8, insert: false, update: false })
  balanceAfter!: string;
  @Column({ type: 'text', nullable: true, insert: false, update: false }) reference!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true, insert: false, update: false })
  createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
