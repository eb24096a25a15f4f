// Payments over HTTP against real Postgres: wallets and the ledger, withdrawals (holds, transitions,
// immutability to the owner, 100 concurrent requests), payments/invoices/refunds (100 concurrent refunds),
// idempotency keys. After each money scenario the ledger check must find nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;
let patient: TestUser;
let other: TestUser;
let foreignAdmin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db);
  const orgB = await newOrg(db);
  admin = await newUser(db, org, 'admin');
  patient = await newUser(db, org, 'patient');
  other = await newUser(db, org, 'patient');
  foreignAdmin = await newUser(db, orgB, 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const discrepancies = async () => (await db.owner.query(`SELECT * FROM app_private.ledger_discrepancies()`)).rows;

async function fundedWallet(user: TestUser, currency: string, amount: string, kind: 'crypto' | 'fiat' = 'crypto') {
  const opened = await api.request('POST', '/api/wallets', { token: user.token, body: { kind, currency } });
  expect(opened.status).toBe(201);
  const credit = await api.request('POST', `/api/wallets/${opened.body.id}/credit`, {
    token: admin.token,
    body: { amount, reference: 'test funding' },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(credit.status).toBe(200);
  return opened.body.id as string;
}

describe('wallets and the ledger', () => {
  it('opens a wallet, credits it through the ledger, and keeps amounts as exact strings', async () => {
    const id = await fundedWallet(patient, 'ETH', '1.23456789');
    const wallet = await api.request('GET', `/api/wallets/${id}`, { token: patient.token });
    expect(wallet.body).toMatchObject({ kind: 'crypto', currency: 'ETH', balance: '1.23456789', held: '0', available: '1.23456789' });
    const entries = await api.request('GET', `/api/wallets/${id}/transactions`, { token: patient.token });
    expect(entries.body.items).toHaveLength(1);
    expect(entries.body.items[0]).toMatchObject({ kind: 'credit', amount: '1.23456789', balanceAfter: '1.23456789' });
    // The counter-entry sits on the organization's external account: the transfer sums to zero.
    const { rows } = await db.owner.query(`SELECT sum(amount)::text AS s, count(*)::int AS n FROM transactions WHERE transfer_id = $1`, [
      entries.body.items[0].transferId,
    ]);
    expect(rows[0]).toEqual({ s: '0.00000000', n: 2 });
    expect(await discrepancies()).toEqual([]);
  });

  it('fiat wallets take whole minor units only; currencies never mix', async () => {
    const opened = await api.request('POST', '/api/wallets', { token: patient.token, body: { kind: 'fiat', currency: 'USD' } });
    expect(opened.status).toBe(201);
    const half = await api.request('POST', `/api/wallets/${opened.body.id}/credit`, { token: admin.token, body: { amount: '10.5' } });
    expect(half.status).toBe(400);
    const again = await api.request('POST', '/api/wallets', { token: patient.token, body: { kind: 'fiat', currency: 'USD' } });
    expect(again.status).toBe(409);
    const lower = await api.request('POST', '/api/wallets', { token: patient.token, body: { kind: 'fiat', currency: 'usd' } });
    expect(lower.status).toBe(400);
  });

  it('users never see another user’s wallet; other orgs get 404; only admins credit', async () => {
    const id = await fundedWallet(patient, 'SOL', '5');
    expect((await api.request('GET', `/api/wallets/${id}`, { token: other.token })).status).toBe(404);
    expect((await api.request('GET', `/api/wallets/${id}/transactions`, { token: other.token })).status).toBe(404);
    expect((await api.request('GET', `/api/wallets/${id}`, { token: foreignAdmin.token })).status).toBe(404);
    expect((await api.request('GET', '/api/wallets', { token: other.token })).body.items.map((w: { id: string }) => w.id)).not.toContain(id);
    expect((await api.request('POST', `/api/wallets/${id}/credit`, { token: patient.token, body: { amount: '1' } })).status).toBe(403);
    expect((await api.request('POST', `/api/wallets/${id}/credit`, { token: foreignAdmin.token, body: { amount: '1' } })).status).toBe(404);
  });

  it('the ledger is append-only and balances are not writable by any API role', async () => {
    await expect(db.owner.query(`UPDATE transactions SET amount = amount * 2`)).rejects.toThrow(/append-only/);
    await expect(db.owner.query(`DELETE FROM transactions`)).rejects.toThrow(/append-only/);
    for (const claims of [patient.claims, admin.claims, { role: 'service_role' as const, job: 'test' }]) {
      await expect(
        db.tx.run(claims, async (m) => sqlFor(m.queryRunner!).exec(`UPDATE public.wallets SET balance = 1000000`)),
      ).rejects.toThrow(/permission denied/);
    }
  });
});

describe('crypto withdrawals', () => {
  it('holds the amount, refuses invalid transitions, and settles through the ledger', async () => {
    const walletId = await fundedWallet(patient, 'BTC', '2');
    const req = await api.request('POST', '/api/crypto-withdrawals', {
      token: patient.token,
      body: { walletId, amount: '0.5', destinationAddress: 'bc1qexample' },
    });
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ status: 'PENDING', amount: '0.5', currency: 'BTC' });
    const id = req.body.id;
    expect((await api.request('GET', `/api/wallets/${walletId}`, { token: patient.token })).body).toMatchObject({ balance: '2', held: '0.5', available: '1.5' });

    // The owner may not move it; nor complete it before approval.
    expect((await api.request('POST', `/api/crypto-withdrawals/${id}/approve`, { token: patient.token })).status).toBe(403);
    expect((await api.request('POST', `/api/crypto-withdrawals/${id}/complete`, { token: admin.token, body: {} })).status).toBe(409);
    expect((await api.request('POST', `/api/crypto-withdrawals/${id}/approve`, { token: foreignAdmin.token })).status).toBe(404);
    const approved = await api.request('POST', `/api/crypto-withdrawals/${id}/approve`, { token: admin.token });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', reviewedBy: admin.id });
    expect((await api.request('POST', `/api/crypto-withdrawals/${id}/approve`, { token: admin.token })).status).toBe(409);
    const done = await api.request('POST', `/api/crypto-withdrawals/${id}/complete`, { token: admin.token, body: { txHash: '0xabc' } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'COMPLETED', txHash: '0xabc' });
    expect(done.body.transferId).toBeTruthy();
    expect((await api.request('POST', `/api/crypto-withdrawals/${id}/reject`, { token: admin.token })).status).toBe(409);
    expect((await api.request('GET', `/api/wallets/${walletId}`, { token: patient.token })).body).toMatchObject({ balance: '1.5', held: '0', available: '1.5' });
    expect(await discrepancies()).toEqual([]);
  });

  it('rejecting releases the hold; users never see another user’s withdrawal', async () => {
    const walletId = await fundedWallet(other, 'BTC', '1');
    const req = await api.request('POST', '/api/crypto-withdrawals', { token: other.token, body: { walletId, amount: '1', destinationAddress: 'x' } });
    expect(req.status).toBe(201);
    expect((await api.request('GET', `/api/crypto-withdrawals/${req.body.id}`, { token: patient.token })).status).toBe(404);
    expect((await api.request('GET', `/api/crypto-withdrawals/${req.body.id}`, { token: foreignAdmin.token })).status).toBe(404);
    // Someone else's wallet is not a source.
    expect((await api.request('POST', '/api/crypto-withdrawals', { token: patient.token, body: { walletId, amount: '0.1', destinationAddress: 'x' } })).status).toBe(404);
    const rejected = await api.request('POST', `/api/crypto-withdrawals/${req.body.id}/reject`, { token: admin.token });
    expect(rejected.body.status).toBe('REJECTED');
    expect((await api.request('GET', `/api/wallets/${walletId}`, { token: other.token })).body).toMatchObject({ balance: '1', held: '0', available: '1' });
    expect(await discrepancies()).toEqual([]);
  });

  it('is immutable to its owner: update and delete are denied by RLS, not only by the API', async () => {
    const list = await api.request('GET', '/api/crypto-withdrawals', { token: patient.token });
    const id = list.body.items[0].id;
    const asOwner = (text: string) => db.tx.run(patient.claims, async (m) => sqlFor(m.queryRunner!).exec(text, [id]));
    // The owner holds the column grant admins use, but no policy lets them update: zero rows.
    expect(await asOwner(`UPDATE public.crypto_withdrawals SET status = 'REJECTED' WHERE id = $1`)).toBe(0);
    await expect(asOwner(`DELETE FROM public.crypto_withdrawals WHERE id = $1`)).rejects.toThrow(/permission denied/);
    await expect(asOwner(`UPDATE public.crypto_withdrawals SET amount = 0.00000001 WHERE id = $1`)).rejects.toThrow(/permission denied/);
    const row = await db.owner.query(`SELECT status, amount::text FROM crypto_withdrawals WHERE id = $1`, [id]);
    expect(row.rows[0].status).toBe(list.body.items[0].status);
  });

  it('100 concurrent requests against one wallet: exactly floor(balance/amount) succeed, none overdraws', async () => {
    const user = await newUser(db, { id: patient.orgId, name: '' }, 'patient');
    const walletId = await fundedWallet(user, 'USDC', '1000');
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        api.request('POST', '/api/crypto-withdrawals', { token: user.token, body: { walletId, amount: '30', destinationAddress: 'addr' } }),
      ),
    );
    const ms = Date.now() - started;
    const ok = results.filter((r) => r.status === 201).length;
    const refused = results.filter((r) => r.status === 409).length;
    expect(ok).toBe(33);
    expect(refused).toBe(67);
    const wallet = await api.request('GET', `/api/wallets/${walletId}`, { token: user.token });
    expect(wallet.body).toMatchObject({ balance: '1000', held: '990', available: '10' });
    expect(await discrepancies()).toEqual([]);
    process.stdout.write(`[figures] 100 concurrent withdrawal requests: ${ok} accepted, ${refused} refused (409) in ${ms} ms\n`);
  });
});

describe('invoices, payments and refunds', () => {
  async function invoice(amount: string) {
    const res = await api.request('POST', '/api/invoices', {
      token: admin.token,
      body: { number: `INV-${randomUUID().slice(0, 8)}`, amountDueMinor: amount, currency: 'USD' },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  it('records a payment against an invoice; the payer reads the invoice through it, others do not', async () => {
    const invoiceId = await invoice('20000');
    expect((await api.request('GET', `/api/invoices/${invoiceId}`, { token: patient.token })).status).toBe(404);
    const pay = await api.request('POST', '/api/payments', {
      token: admin.token,
      body: { userId: patient.id, invoiceId, amountMinor: '15000', currency: 'USD' },
    });
    expect(pay.status).toBe(201);
    expect(pay.body).toMatchObject({ amountMinor: '15000', refundedMinor: '0', status: 'succeeded' });
    const seen = await api.request('GET', `/api/invoices/${invoiceId}`, { token: patient.token });
    expect(seen.body).toMatchObject({ amountPaidMinor: '15000', status: 'open' });
    expect((await api.request('GET', `/api/invoices/${invoiceId}`, { token: other.token })).status).toBe(404);
    expect((await api.request('GET', `/api/payments/${pay.body.id}`, { token: other.token })).status).toBe(404);
    expect((await api.request('GET', `/api/payments/${pay.body.id}`, { token: foreignAdmin.token })).status).toBe(404);
    // Overpaying, another currency, a non-admin: refused.
    const over = await api.request('POST', '/api/payments', { token: admin.token, body: { userId: patient.id, invoiceId, amountMinor: '5001', currency: 'USD' } });
    expect(over.status).toBe(409);
    const eur = await api.request('POST', '/api/payments', { token: admin.token, body: { userId: patient.id, invoiceId, amountMinor: '10', currency: 'EUR' } });
    expect(eur.status).toBe(422);
    expect((await api.request('POST', '/api/payments', { token: patient.token, body: { userId: patient.id, invoiceId, amountMinor: '10', currency: 'USD' } })).status).toBe(403);
    const rest = await api.request('POST', '/api/payments', { token: admin.token, body: { userId: patient.id, invoiceId, amountMinor: '5000', currency: 'USD' } });
    expect(rest.status).toBe(201);
    expect((await api.request('GET', `/api/invoices/${invoiceId}`, { token: patient.token })).body.status).toBe('paid');
  });

  it('100 concurrent refunds of one payment never exceed it', async () => {
    const invoiceId = await invoice('10000');
    const pay = await api.request('POST', '/api/payments', { token: admin.token, body: { userId: patient.id, invoiceId, amountMinor: '10000', currency: 'USD' } });
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => api.request('POST', '/api/refunds', { token: admin.token, body: { paymentId: pay.body.id, amountMinor: '150' } })),
    );
    const ms = Date.now() - started;
    const ok = results.filter((r) => r.status === 201).length;
    expect(ok).toBe(66);
    expect(results.filter((r) => r.status === 409)).toHaveLength(34);
    const after = await api.request('GET', `/api/payments/${pay.body.id}`, { token: patient.token });
    expect(after.body).toMatchObject({ refundedMinor: '9900', status: 'partially_refunded' });
    const { rows } = await db.owner.query(`SELECT sum(amount_minor)::text AS s FROM refunds WHERE payment_id = $1`, [pay.body.id]);
    expect(rows[0].s).toBe('9900');
    expect(await discrepancies()).toEqual([]);
    const mine = await api.request('GET', '/api/refunds?limit=100', { token: patient.token });
    expect(mine.body.items.length).toBeGreaterThanOrEqual(66);
    expect((await api.request('GET', '/api/refunds', { token: other.token })).body.items).toEqual([]);
    process.stdout.write(`[figures] 100 concurrent refunds of one payment: ${ok} accepted, ${100 - ok} refused (409) in ${ms} ms\n`);
  });

  it('records a crypto payment as an exact decimal', async () => {
    const res = await api.request('POST', '/api/crypto-payments', {
      token: admin.token,
      body: { userId: patient.id, amount: '0.00000001', currency: 'BTC', txHash: `tx-${randomUUID()}` },
    });
    expect(res.status).toBe(201);
    expect(res.body.amount).toBe('0.00000001');
  });
});

describe('idempotency keys', () => {
  it('a replay answers the first response without a second effect; other parameters are refused', async () => {
    const walletId = (await api.request('POST', '/api/wallets', { token: other.token, body: { kind: 'crypto', currency: 'DOT' } })).body.id;
    const key = randomUUID();
    const send = (amount: string) =>
      api.request('POST', `/api/wallets/${walletId}/credit`, { token: admin.token, body: { amount }, headers: { 'idempotency-key': key } });
    const first = await send('7');
    const replay = await send('7');
    expect(replay.status).toBe(first.status);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const mismatch = await send('8');
    expect(mismatch.status).toBe(422);
    const wallet = await api.request('GET', `/api/wallets/${walletId}`, { token: other.token });
    expect(wallet.body.balance).toBe('7');
  });

  it('concurrent requests with one key take effect once', async () => {
    const walletId = (await api.request('POST', '/api/wallets', { token: other.token, body: { kind: 'crypto', currency: 'ADA' } })).body.id;
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.request('POST', `/api/wallets/${walletId}/credit`, { token: admin.token, body: { amount: '3' }, headers: { 'idempotency-key': key } }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.body.transferId)).size).toBe(1);
    expect((await api.request('GET', `/api/wallets/${walletId}`, { token: other.token })).body.balance).toBe('3');
    // Keys are per caller: the same key from another admin is a new request.
    const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE idempotency_key = $1`, [key]);
    expect(rows[0].n).toBe(1);
  });
});
