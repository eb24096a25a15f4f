import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization } from '../../identity/entities';

export const WALLET_KINDS = ['fiat', 'crypto'] as const;
export type WalletKind = (typeof WALLET_KINDS)[number];

/**
 * One currency's balance of a member (user_id) or of the organization's counter-account (system_account).
 * No API role writes wallets: open_wallet() creates them and only the ledger functions move balance and held
 * (read-only here). Amounts: numeric(30,8), minor units for fiat, as strings.
 */
@Entity({ name: 'wallets' })
@Unique('wallets_org_id_id_key', ['orgId', 'id'])
@Index('wallets_user_currency_key', ['orgId', 'userId', 'currency'], {
  unique: true,
  where: 'user_id IS NOT NULL',
})
@Index('wallets_system_key', ['orgId', 'systemAccount', 'kind', 'currency'], {
  unique: true,
  where: 'system_account IS NOT NULL',
})
@Index('wallets_user_id_idx', ['userId'])
@Check('wallets_system_account_check', `system_account IN ('external', 'withdrawals', 'revenue')`)
@Check('wallets_kind_check', `kind IN ('fiat', 'crypto')`)
@Check('wallets_owner_check', `(user_id IS NULL) <> (system_account IS NULL)`)
@Check(
  'wallets_currency_check',
  `CASE kind WHEN 'fiat' THEN currency ~ '^[A-Z]{3}$' ELSE currency ~ '^[A-Z0-9]{2,10}$' END`,
)
@Check('wallets_fiat_minor_units', `kind = 'crypto' OR (balance = trunc(balance) AND held = trunc(held))`)
@Check('wallets_user_funds', `user_id IS NULL OR (held >= 0 AND balance >= held)`)
@Check('wallets_system_no_hold', `user_id IS NOT NULL OR held = 0`)
export class Wallet {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'wallets_org_id_fkey' })
  org?: Organization;
  /** A member; no foreign key, so financial history outlives the membership. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true, insert: false, update: false }) userId!:
    string | null;
  @Column({ name: 'system_account', type: 'text', nullable: true, insert: false, update: false })
  systemAccount!: 'external' | 'withdrawals' | 'revenue' | null;
  @Column({ type: 'text', insert: false, update: false }) kind!: WalletKind;
  @Column({ type: 'text', insert: false, update: false }) currency!: string;
  @Column({ type: 'numeric', precision: 30, scale: 8, default: 0, insert: false, update: false })
  balance!: string;
  /** Held by PENDING and APPROVED withdrawals. */
  @Column({ type: 'numeric', precision: 30, scale: 8, default: 0, insert: false, update: false })
  held!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
