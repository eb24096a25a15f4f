import { randomBytes, randomUUID } from 'node:crypto';
import type { CryptoWithdrawal, Invoice, Payment, Wallet } from '../../src/modules/payments/entities';
import {
  newBillingCustomer,
  newCryptoPayment,
  newIdempotencyKey,
  newInvoice,
  newPayment,
  newProcessedWebhookEvent,
  newRefund,
  newWallet,
  newWebhookEvent,
  newWithdrawal,
} from '../support/factories';
import type { TableCase, World } from './harness';

// The rows every case builds on: the patient's funded crypto wallet, an invoice with a payment by the
// patient, a pending withdrawal of theirs. Created once per world, as the owner; the wallet is funded
// through the ledger functions the API uses (so balances stay consistent with the ledger).
interface Fixture {
  wallet: Wallet;
  invoice: Invoice;
  payment: Payment;
  withdrawal: CryptoWithdrawal;
}
const fixtures = new WeakMap<World, Promise<Fixture>>();

export function paymentsFixture(w: World): Promise<Fixture> {
  let f = fixtures.get(w);
  if (!f) {
    f = (async () => {
      const patient = w.users.patient;
      const wallet = await newWallet(w.db, patient, { kind: 'crypto', currency: 'USDC', fund: '100' });
      const invoice = await newInvoice(w.db, w.orgA, {
        number: 'INV-M-1',
        amountDueMinor: '100000',
        currency: 'USD',
      });
      const payment = await newPayment(w.db, patient, invoice, { amountMinor: '10000', currency: 'USD' });
      const withdrawal = await newWithdrawal(w.db, wallet, { amount: '5', destinationAddress: 'addr-1' });
      return { wallet, invoice, payment, withdrawal };
    })();
    fixtures.set(w, f);
  }
  return f;
}

// Fixture ids the insert statements need, resolved during seeding (insert() is synchronous).
const resolved = new WeakMap<World, Fixture>();
const fx = (w: World) => {
  const f = resolved.get(w);
  if (!f) throw new Error('payments fixture not seeded');
  return f;
};
async function seedFixture(w: World): Promise<Fixture> {
  const f = await paymentsFixture(w);
  resolved.set(w, f);
  return f;
}

export const paymentsMatrix: TableCase[] = [
  {
    table: 'wallets',
    seed: async (w) => (await seedFixture(w)).wallet.id,
    insert: (w) => ({
      sql: `INSERT INTO public.wallets (org_id, user_id, kind, currency) VALUES ($1, $2, 'fiat', 'EUR')`,
      params: [w.orgA.id, w.users.provider.id],
    }),
    // Balances are written only by the ledger functions: no API role may update them.
    update: `UPDATE public.wallets SET balance = balance + 1 WHERE id = $1`,
    allow: { patient: 'S', service: 'S' },
  },
  {
    table: 'transactions',
    seed: async (w) => {
      const f = await seedFixture(w);
      const { rows } = await w.db.owner.query(
        `SELECT id FROM public.transactions WHERE wallet_id = $1 LIMIT 1`,
        [f.wallet.id],
      );
      return rows[0].id;
    },
    insert: (w) => ({
      sql: `INSERT INTO public.transactions (org_id, transfer_id, wallet_id, user_id, kind, amount, currency, balance_after)
            VALUES ($1, $2, $3, $4, 'credit', 1, 'USDC', 1)`,
      params: [w.orgA.id, randomUUID(), fx(w).wallet.id, w.users.patient.id],
    }),
    update: `UPDATE public.transactions SET amount = amount WHERE id = $1`,
    allow: { patient: 'S', service: 'S' },
  },
  {
    table: 'crypto_withdrawals',
    seed: async (w) => (await seedFixture(w)).withdrawal.id,
    // Everyone tries to withdraw from the patient's wallet: only the patient may.
    insert: (w) => ({
      sql: `INSERT INTO public.crypto_withdrawals (wallet_id, amount, destination_address) VALUES ($1, '1', 'addr-2')`,
      params: [fx(w).wallet.id],
    }),
    update: `UPDATE public.crypto_withdrawals SET status = 'APPROVED' WHERE id = $1`,
    // Immutable to the owner (no update, no delete); the admin moves the status.
    allow: { patient: 'SI', admin: 'SU', service: 'S' },
  },
  {
    table: 'invoices',
    seed: async (w) => (await seedFixture(w)).invoice.id,
    // The other org's admin names org A explicitly (org_id is not theirs to set).
    insert: (w, caller) =>
      caller === 'other_org'
        ? {
            sql: `INSERT INTO public.invoices (org_id, number, amount_due_minor, currency) VALUES ($1, 'INV-X', 500, 'USD')`,
            params: [w.orgA.id],
          }
        : {
            sql: `INSERT INTO public.invoices (number, amount_due_minor, currency) VALUES ($1, 500, 'USD')`,
            params: [`INV-${caller}-${randomBytes(3).toString('hex')}`],
          },
    update: `UPDATE public.invoices SET description = 'changed' WHERE id = $1`,
    // The payer reads it through their payment; admins manage; invoices are voided, never deleted.
    allow: { patient: 'S', admin: 'SIU', service: 'S' },
  },
  {
    table: 'payments',
    seed: async (w) => (await seedFixture(w)).payment.id,
    insert: (w, caller) => ({
      sql:
        caller === 'other_org'
          ? `INSERT INTO public.payments (org_id, user_id, invoice_id, amount_minor, currency) VALUES ('${w.orgA.id}', $1, $2, 100, 'USD')`
          : `INSERT INTO public.payments (user_id, invoice_id, amount_minor, currency) VALUES ($1, $2, 100, 'USD')`,
      params: [w.users.patient.id, fx(w).invoice.id],
    }),
    update: `UPDATE public.payments SET amount_minor = amount_minor + 1 WHERE id = $1`,
    allow: { patient: 'S', admin: 'SI', service: 'S' },
  },
  {
    table: 'crypto_payments',
    seed: async (w) => {
      const f = await seedFixture(w);
      const payment = await newCryptoPayment(w.db, w.users.patient, {
        invoiceId: f.invoice.id,
        amount: '0.00150000',
        currency: 'BTC',
        txHash: 'tx-matrix-1',
        creditedMinor: '100',
      });
      return payment.id;
    },
    insert: (w, caller) => ({
      sql:
        caller === 'other_org'
          ? `INSERT INTO public.crypto_payments (org_id, user_id, amount, currency, tx_hash) VALUES ('${w.orgA.id}', $1, '0.5', 'ETH', $2)`
          : `INSERT INTO public.crypto_payments (user_id, amount, currency, tx_hash) VALUES ($1, '0.5', 'ETH', $2)`,
      params: [w.users.patient.id, `tx-${randomUUID()}`],
    }),
    update: `UPDATE public.crypto_payments SET amount = amount WHERE id = $1`,
    allow: { patient: 'S', admin: 'SI', service: 'S' },
  },
  {
    table: 'refunds',
    seed: async (w) => {
      const f = await seedFixture(w);
      return (
        await newRefund(w.db, f.payment, { userId: w.users.patient.id, amountMinor: '100', currency: 'USD' })
      ).id;
    },
    insert: (w, caller) => ({
      sql:
        caller === 'other_org'
          ? `INSERT INTO public.refunds (org_id, payment_id, amount_minor) VALUES ('${w.orgA.id}', $1, 1)`
          : `INSERT INTO public.refunds (payment_id, amount_minor) VALUES ($1, 1)`,
      params: [fx(w).payment.id],
    }),
    update: `UPDATE public.refunds SET reason = 'changed' WHERE id = $1`,
    allow: { patient: 'S', admin: 'SI', service: 'S' },
  },
  {
    table: 'billing_customers',
    seed: async (w) =>
      (await newBillingCustomer(w.db, w.users.patient, { stripeCustomerId: 'cus_matrix1' })).id,
    insert: (w) => ({
      sql: `INSERT INTO public.billing_customers (org_id, user_id, stripe_customer_id) VALUES ($1, $2, $3)`,
      params: [w.orgA.id, w.users.provider.id, `cus_${randomBytes(6).toString('hex')}`],
    }),
    update: `UPDATE public.billing_customers SET plan = 'pro' WHERE id = $1`,
    allow: { patient: 'S', service: 'SIUD' },
  },
  {
    table: 'webhook_events',
    seed: async (w) => {
      const event = await newWebhookEvent(w.db, w.orgA, {
        eventId: 'evt_matrix',
        eventType: 'customer.created',
        payload: {},
      });
      return event.id;
    },
    insert: (w) => ({
      sql: `INSERT INTO public.webhook_events (org_id, event_id, event_type, payload) VALUES ($1, 'evt_x', 'customer.updated', '{}')`,
      params: [w.orgA.id],
    }),
    update: `UPDATE public.webhook_events SET outcome = 'processed' WHERE id = $1`,
    allow: { service: 'SIU' },
  },
  {
    table: 'processed_webhook_events',
    seed: async (w) => (await newProcessedWebhookEvent(w.db, w.orgA, { eventId: 'evt_matrix' })).id,
    insert: (w) => ({
      sql: `INSERT INTO public.processed_webhook_events (org_id, event_id) VALUES ($1, $2)`,
      params: [w.orgA.id, `evt_${randomUUID()}`],
    }),
    update: `UPDATE public.processed_webhook_events SET processed_at = now() WHERE id = $1`,
    allow: { service: 'SI' },
  },
  {
    table: 'idempotency_keys',
    seed: async (w) => {
      const key = await newIdempotencyKey(w.db, w.users.patient, {
        apiKeyId: null,
        idempotencyKey: 'matrix-key',
        method: 'POST',
        path: '/api/x',
        requestHash: Buffer.from([0]),
      });
      return key.id;
    },
    // Every member records their own keys, in their own org.
    insert: () => ({
      sql: `INSERT INTO public.idempotency_keys (idempotency_key, method, path, request_hash) VALUES ($1, 'POST', '/api/x', '\\x01')`,
      params: [`k-${randomUUID()}`],
    }),
    update: `UPDATE public.idempotency_keys SET response_status = 201 WHERE id = $1`,
    allow: {
      patient: 'SIU',
      provider: 'I',
      admin: 'I',
      research_partner: 'I',
      developer: 'I',
      other_org: 'I',
    },
  },
];
