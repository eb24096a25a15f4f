import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization } from '../../identity/entities';
import { Wallet } from './wallet.entity';

export const WITHDRAWAL_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'COMPLETED'] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

/**
 * A withdrawal from a member's crypto wallet. The owner inserts (wallet_id, amount, destination_address,
 * network); triggers set currency and the hold, and on each status move (admins update status and tx_hash)
 * the review fields, the completion and the ledger transfer.
 */
@Entity({ name: 'crypto_withdrawals' })
@Index('crypto_withdrawals_user_idx', { synchronize: false }) // (user_id, created_at DESC)
@Index('crypto_withdrawals_org_status_idx', { synchronize: false }) // (org_id, status, created_at DESC)
@Index('crypto_withdrawals_wallet_idx', ['walletId'], { where: `status IN ('PENDING', 'APPROVED')` })
@Check('crypto_withdrawals_amount_check', `amount > 0`)
@Check('crypto_withdrawals_currency_check', `currency ~ '^[A-Z0-9]{2,10}$'`)
@Check('crypto_withdrawals_destination_address_check', `length(destination_address) BETWEEN 1 AND 200`)
@Check('crypto_withdrawals_network_check', `length(network) BETWEEN 1 AND 50`)
@Check('crypto_withdrawals_tx_hash_check', `length(tx_hash) BETWEEN 1 AND 200`)
export class CryptoWithdrawal {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'crypto_withdrawals_org_id_fkey' })
  org?: Organization;
  /** The requester (auth.uid()). */
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  userId!: string;
  @Column({ name: 'wallet_id', type: 'uuid', update: false }) walletId!: string;
  @ManyToOne(() => Wallet)
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'crypto_withdrawals_wallet_fkey',
    },
    { name: 'wallet_id', referencedColumnName: 'id' },
  ])
  wallet?: Wallet;
  @Column({ type: 'numeric', precision: 18, scale: 8, update: false }) amount!: string;
  /** The wallet's (trigger). */
  @Column({ type: 'text', insert: false, update: false }) currency!: string;
  @Column({ name: 'destination_address', type: 'text', update: false }) destinationAddress!: string;
  @Column({ type: 'text', nullable: true, update: false }) network!: string | null;
  @Column({
    type: 'enum',
    enum: WITHDRAWAL_STATUSES,
    enumName: 'withdrawal_status',
    default: 'PENDING',
    insert: false,
  })
  status!: WithdrawalStatus;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true, insert: false, update: false })
  reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  reviewedAt!: Date | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  completedAt!: Date | null;
  @Column({ name: 'tx_hash', type: 'text', nullable: true, insert: false }) txHash!: string | null;
  /** The ledger transfer that settled it (trigger). */
  @Column({ name: 'transfer_id', type: 'uuid', nullable: true, insert: false, update: false })
  transferId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
