// Money. Wallets are opened empty and funded only through the ledger (app_private.ledger_transfer from the
// organization's external account), so balances always equal the sum of their entries; withdrawals are
// held by their trigger; payments and refunds settle through theirs. Amounts are strings (minor units for
// fiat, as the columns hold them).
import { randomBytes } from 'node:crypto';
import type {
  BillingCustomer,
  CryptoPayment,
  CryptoWithdrawal,
  Invoice,
  Payment,
  ProcessedWebhookEvent,
  Refund,
  Wallet,
  WebhookEvent,
} from '../../../src/modules/payments/entities';
import type { TestDb } from '../db';
import { insertRow, loadRow, type OrgRef, type Overrides, type UserRef } from './rows';

const hex = (bytes = 4) => randomBytes(bytes).toString('hex');

export interface NewWallet extends Overrides<Omit<Wallet, 'balance' | 'held'>> {
  /** Credited from the organization's external account through the ledger. */
  fund?: string;
}

/** A member's wallet (crypto USDC unless told; USD for fiat), optionally funded. */
export async function newWallet(db: TestDb, user: UserRef, o: NewWallet = {}): Promise<Wallet> {
  const { fund, ...columns } = o;
  const kind = columns.kind ?? 'crypto';
  const wallet = await insertRow<Wallet>(db, 'wallets', {
    orgId: user.orgId,
    userId: user.id,
    kind,
    currency: kind === 'fiat' ? 'USD' : 'USDC',
    ...columns,
  });
  return fund === undefined ? wallet : fundWallet(db, wallet, fund);
}

/** Credits a wallet from its organization's external account (one ledger transfer); answers the wallet after. */
export async function fundWallet(
  db: TestDb,
  wallet: Wallet,
  amount: string,
  reference = 'test funding',
): Promise<Wallet> {
  await db.owner.query(
    `SELECT app_private.ledger_transfer(app_private.system_wallet($1, 'external', $2, $3), $4, $5, 'credit', $6)`,
    [wallet.orgId, wallet.kind, wallet.currency, wallet.id, amount, reference],
  );
  return loadRow<Wallet>(db, 'wallets', wallet.id);
}

/** A PENDING withdrawal by the wallet's owner; the wallet must hold the amount (default 1). */
export function newWithdrawal(
  db: TestDb,
  wallet: Wallet,
  o: Overrides<CryptoWithdrawal> = {},
): Promise<CryptoWithdrawal> {
  return insertRow<CryptoWithdrawal>(db, 'crypto_withdrawals', {
    orgId: wallet.orgId,
    userId: wallet.userId,
    walletId: wallet.id,
    amount: '1',
    destinationAddress: `addr-${hex()}`,
    ...o,
  });
}

/** An open invoice (100.00 USD unless told) with a number of its own. */
export function newInvoice(db: TestDb, org: OrgRef, o: Overrides<Invoice> = {}): Promise<Invoice> {
  return insertRow<Invoice>(db, 'invoices', {
    orgId: org.id,
    number: `INV-${hex()}`,
    amountDueMinor: '10000',
    currency: 'USD',
    ...o,
  });
}

/** A fiat payment by a member against an invoice, in its currency (1.00 or what is left, unless told). */
export function newPayment(
  db: TestDb,
  payer: UserRef,
  invoice: Invoice,
  o: Overrides<Payment> = {},
): Promise<Payment> {
  const left = BigInt(invoice.amountDueMinor) - BigInt(invoice.amountPaidMinor ?? '0');
  return insertRow<Payment>(db, 'payments', {
    orgId: invoice.orgId,
    userId: payer.id,
    invoiceId: invoice.id,
    amountMinor: String(left < 100n ? left : 100n),
    currency: invoice.currency,
    ...o,
  });
}

/** A crypto payment by a member (0.5 BTC, not against an invoice unless `invoiceId` and `creditedMinor` are given). */
export function newCryptoPayment(
  db: TestDb,
  payer: UserRef,
  o: Overrides<CryptoPayment> = {},
): Promise<CryptoPayment> {
  return insertRow<CryptoPayment>(db, 'crypto_payments', {
    orgId: payer.orgId,
    userId: payer.id,
    amount: '0.5',
    currency: 'BTC',
    txHash: `tx-${hex(8)}`,
    ...o,
  });
}

/** A refund of (part of) a payment to its payer, in its currency (0.01 unless told). */
export function newRefund(db: TestDb, payment: Payment, o: Overrides<Refund> = {}): Promise<Refund> {
  return insertRow<Refund>(db, 'refunds', {
    orgId: payment.orgId,
    paymentId: payment.id,
    userId: payment.userId,
    amountMinor: '1',
    currency: payment.currency,
    ...o,
  });
}

export function newBillingCustomer(
  db: TestDb,
  user: UserRef,
  o: Overrides<BillingCustomer> = {},
): Promise<BillingCustomer> {
  return insertRow<BillingCustomer>(db, 'billing_customers', {
    orgId: user.orgId,
    userId: user.id,
    stripeCustomerId: `cus_${hex(6)}`,
    ...o,
  });
}

export function newWebhookEvent(
  db: TestDb,
  org: OrgRef,
  o: Overrides<WebhookEvent> = {},
): Promise<WebhookEvent> {
  return insertRow<WebhookEvent>(db, 'webhook_events', {
    orgId: org.id,
    eventId: `evt_${hex(6)}`,
    eventType: 'customer.created',
    payload: {},
    ...o,
  });
}

export function newProcessedWebhookEvent(
  db: TestDb,
  org: OrgRef,
  o: Overrides<ProcessedWebhookEvent> = {},
): Promise<ProcessedWebhookEvent> {
  return insertRow<ProcessedWebhookEvent>(db, 'processed_webhook_events', {
    orgId: org.id,
    eventId: `evt_${hex(6)}`,
    ...o,
  });
}
