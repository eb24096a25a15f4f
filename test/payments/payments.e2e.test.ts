// Payments over HTTP against real Postgres: wallets and the ledger, withdrawals (holds, transitions,
// immutability to the owner, 100 concurrent requests), payments/invoices/refunds (100 concurrent refunds),
// idempotency keys. After each money scenario the ledger check must find nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import { apiClient, expectOk, expectStatus } from '../support/api-client';
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

const discrepancies = async () =>
  (await db.owner.query(`SELECT * FROM app_private.ledger_discrepancies()`)).rows;
const as = (user: TestUser) => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

async function fundedWallet(
  user: TestUser,
  currency: string,
  amount: string,
  kind: 'crypto' | 'fiat' = 'crypto',
) {
  const opened = expectOk(await as(user).POST('/api/wallets', { body: { kind, currency } }), 201);
  expectOk(
    await as(admin).POST('/api/wallets/{id}/credit', {
      params: { path: { id: opened.id }, header: { 'Idempotency-Key': randomUUID() } },
      body: { amount, reference: 'test funding' },
    }),
    200,
  );
  return opened.id;
}

describe('wallets and the ledger', () => {
  it('opens a wallet, credits it through the ledger, and keeps amounts as exact strings', async () => {
    const id = await fundedWallet(patient, 'ETH', '1.23456789');
    const wallet = await as(patient).GET('/api/wallets/{id}', byId(id));
    expect(wallet.data).toMatchObject({
      kind: 'crypto',
      currency: 'ETH',
      balance: '1.23456789',
      held: '0',
      available: '1.23456789',
    });
    const entries = await as(patient).GET('/api/wallets/{id}/transactions', byId(id));
    expect(entries.data?.items).toHaveLength(1);
    expect(entries.data?.items[0]).toMatchObject({
      kind: 'credit',
      amount: '1.23456789',
      balanceAfter: '1.23456789',
    });
    // The counter-entry sits on the organization's external account: the transfer sums to zero.
    const { rows } = await db.owner.query(
      `SELECT sum(amount)::text AS s, count(*)::int AS n FROM transactions WHERE transfer_id = $1`,
      [entries.data?.items[0].transferId],
    );
    expect(rows[0]).toEqual({ s: '0.00000000', n: 2 });
    expect(await discrepancies()).toEqual([]);
  });

  it('fiat wallets take whole minor units only; currencies never mix', async () => {
    const opened = expectOk(
      await as(patient).POST('/api/wallets', { body: { kind: 'fiat', currency: 'USD' } }),
      201,
    );
    const half = await as(admin).POST('/api/wallets/{id}/credit', {
      ...byId(opened.id),
      body: { amount: '10.5' },
    });
    expectStatus(half, 400);
    const again = await as(patient).POST('/api/wallets', { body: { kind: 'fiat', currency: 'USD' } });
    expectStatus(again, 409);
    const lower = await as(patient).POST('/api/wallets', { body: { kind: 'fiat', currency: 'usd' } });
    expectStatus(lower, 400);
  });

  it('users never see another user’s wallet; other orgs get 404; only admins credit', async () => {
    const id = await fundedWallet(patient, 'SOL', '5');
    expectStatus(await as(other).GET('/api/wallets/{id}', byId(id)), 404);
    expectStatus(await as(other).GET('/api/wallets/{id}/transactions', byId(id)), 404);
    expectStatus(await as(foreignAdmin).GET('/api/wallets/{id}', byId(id)), 404);
    expect((await as(other).GET('/api/wallets')).data?.items.map((w) => w.id)).not.toContain(id);
    const credit = { ...byId(id), body: { amount: '1' } };
    expectStatus(await as(patient).POST('/api/wallets/{id}/credit', credit), 403);
    expectStatus(await as(foreignAdmin).POST('/api/wallets/{id}/credit', credit), 404);
  });

  it('the ledger is append-only and balances are not writable by any API role', async () => {
    await expect(db.owner.query(`UPDATE transactions SET amount = amount * 2`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.owner.query(`DELETE FROM transactions`)).rejects.toThrow(/append-only/);
    for (const claims of [patient.claims, admin.claims, { role: 'service_role' as const, job: 'test' }]) {
      await expect(
        db.tx.run(claims, async (m) =>
          sqlFor(m.queryRunner!).exec(`UPDATE public.wallets SET balance = 1000000`),
        ),
      ).rejects.toThrow(/permission denied/);
    }
  });
});

describe('crypto withdrawals', () => {
  it('holds the amount, refuses invalid transitions, and settles through the ledger', async () => {
    const walletId = await fundedWallet(patient, 'BTC', '2');
    const req = await as(patient).POST('/api/crypto-withdrawals', {
      body: { walletId, amount: '0.5', destinationAddress: 'bc1qexample' },
    });
    const requested = expectOk(req, 201);
    expect(requested).toMatchObject({ status: 'PENDING', amount: '0.5', currency: 'BTC' });
    const id = requested.id;
    expect((await as(patient).GET('/api/wallets/{id}', byId(walletId))).data).toMatchObject({
      balance: '2',
      held: '0.5',
      available: '1.5',
    });

    // The owner may not move it; nor complete it before approval.
    expectStatus(await as(patient).POST('/api/crypto-withdrawals/{id}/approve', byId(id)), 403);
    expectStatus(
      await as(admin).POST('/api/crypto-withdrawals/{id}/complete', { ...byId(id), body: {} }),
      409,
    );
    expectStatus(await as(foreignAdmin).POST('/api/crypto-withdrawals/{id}/approve', byId(id)), 404);
    const approved = await as(admin).POST('/api/crypto-withdrawals/{id}/approve', byId(id));
    expect(expectOk(approved, 200)).toMatchObject({ status: 'APPROVED', reviewedBy: admin.id });
    expectStatus(await as(admin).POST('/api/crypto-withdrawals/{id}/approve', byId(id)), 409);
    const done = await as(admin).POST('/api/crypto-withdrawals/{id}/complete', {
      ...byId(id),
      body: { txHash: '0xabc' },
    });
    const completed = expectOk(done, 200);
    expect(completed).toMatchObject({ status: 'COMPLETED', txHash: '0xabc' });
    expect(completed.transferId).toBeTruthy();
    expectStatus(await as(admin).POST('/api/crypto-withdrawals/{id}/reject', byId(id)), 409);
    expect((await as(patient).GET('/api/wallets/{id}', byId(walletId))).data).toMatchObject({
      balance: '1.5',
      held: '0',
      available: '1.5',
    });
    expect(await discrepancies()).toEqual([]);
  });

  it('rejecting releases the hold; users never see another user’s withdrawal', async () => {
    const walletId = await fundedWallet(other, 'BTC', '1');
    const req = await as(other).POST('/api/crypto-withdrawals', {
      body: { walletId, amount: '1', destinationAddress: 'x' },
    });
    const { id } = expectOk(req, 201);
    expectStatus(await as(patient).GET('/api/crypto-withdrawals/{id}', byId(id)), 404);
    expectStatus(await as(foreignAdmin).GET('/api/crypto-withdrawals/{id}', byId(id)), 404);
    // Someone else's wallet is not a source.
    const stolen = await as(patient).POST('/api/crypto-withdrawals', {
      body: { walletId, amount: '0.1', destinationAddress: 'x' },
    });
    expectStatus(stolen, 404);
    const rejected = await as(admin).POST('/api/crypto-withdrawals/{id}/reject', byId(id));
    expect(rejected.data?.status).toBe('REJECTED');
    expect((await as(other).GET('/api/wallets/{id}', byId(walletId))).data).toMatchObject({
      balance: '1',
      held: '0',
      available: '1',
    });
    expect(await discrepancies()).toEqual([]);
  });

  it('is immutable to its owner: update and delete are denied by RLS, not only by the API', async () => {
    const list = await as(patient).GET('/api/crypto-withdrawals');
    const first = list.data!.items[0];
    const id = first.id;
    const asOwner = (text: string) =>
      db.tx.run(patient.claims, async (m) => sqlFor(m.queryRunner!).exec(text, [id]));
    // The owner holds the column grant admins use, but no policy lets them update: zero rows.
    expect(await asOwner(`UPDATE public.crypto_withdrawals SET status = 'REJECTED' WHERE id = $1`)).toBe(0);
    await expect(asOwner(`DELETE FROM public.crypto_withdrawals WHERE id = $1`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      asOwner(`UPDATE public.crypto_withdrawals SET amount = 0.00000001 WHERE id = $1`),
    ).rejects.toThrow(/permission denied/);
    const row = await db.owner.query(`SELECT status, amount::text FROM crypto_withdrawals WHERE id = $1`, [
      id,
    ]);
    expect(row.rows[0].status).toBe(first.status);
  });

  it('100 concurrent requests against one wallet: exactly floor(balance/amount) succeed, none overdraws', async () => {
    const user = await newUser(db, { id: patient.orgId, name: '' }, 'patient');
    const walletId = await fundedWallet(user, 'USDC', '1000');
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        as(user).POST('/api/crypto-withdrawals', {
          body: { walletId, amount: '30', destinationAddress: 'addr' },
        }),
      ),
    );
    const ms = Date.now() - started;
    const ok = results.filter((r) => r.response.status === 201).length;
    const refused = results.filter((r) => r.response.status === 409).length;
    expect(ok).toBe(33);
    expect(refused).toBe(67);
    const wallet = await as(user).GET('/api/wallets/{id}', byId(walletId));
    expect(wallet.data).toMatchObject({ balance: '1000', held: '990', available: '10' });
    expect(await discrepancies()).toEqual([]);
    process.stdout.write(
      `[figures] 100 concurrent withdrawal requests: ${ok} accepted, ${refused} refused (409) in ${ms} ms\n`,
    );
  });
});

describe('invoices, payments and refunds', () => {
  async function invoice(amount: string) {
    const res = await as(admin).POST('/api/invoices', {
      body: { number: `INV-${randomUUID().slice(0, 8)}`, amountDueMinor: amount, currency: 'USD' },
    });
    return expectOk(res, 201).id;
  }

  it('records a payment against an invoice; the payer reads the invoice through it, others do not', async () => {
    const invoiceId = await invoice('20000');
    expectStatus(await as(patient).GET('/api/invoices/{id}', byId(invoiceId)), 404);
    const pay = await as(admin).POST('/api/payments', {
      body: { userId: patient.id, invoiceId, amountMinor: '15000', currency: 'USD' },
    });
    const payment = expectOk(pay, 201);
    expect(payment).toMatchObject({ amountMinor: '15000', refundedMinor: '0', status: 'succeeded' });
    const seen = await as(patient).GET('/api/invoices/{id}', byId(invoiceId));
    expect(seen.data).toMatchObject({ amountPaidMinor: '15000', status: 'open' });
    expectStatus(await as(other).GET('/api/invoices/{id}', byId(invoiceId)), 404);
    expectStatus(await as(other).GET('/api/payments/{id}', byId(payment.id)), 404);
    expectStatus(await as(foreignAdmin).GET('/api/payments/{id}', byId(payment.id)), 404);
    // Overpaying, another currency, a non-admin: refused.
    const over = await as(admin).POST('/api/payments', {
      body: { userId: patient.id, invoiceId, amountMinor: '5001', currency: 'USD' },
    });
    expectStatus(over, 409);
    const eur = await as(admin).POST('/api/payments', {
      body: { userId: patient.id, invoiceId, amountMinor: '10', currency: 'EUR' },
    });
    expectStatus(eur, 422);
    const byPatient = await as(patient).POST('/api/payments', {
      body: { userId: patient.id, invoiceId, amountMinor: '10', currency: 'USD' },
    });
    expectStatus(byPatient, 403);
    const rest = await as(admin).POST('/api/payments', {
      body: { userId: patient.id, invoiceId, amountMinor: '5000', currency: 'USD' },
    });
    expectStatus(rest, 201);
    expect((await as(patient).GET('/api/invoices/{id}', byId(invoiceId))).data?.status).toBe('paid');
  });

  it('100 concurrent refunds of one payment never exceed it', async () => {
    const invoiceId = await invoice('10000');
    const pay = await as(admin).POST('/api/payments', {
      body: { userId: patient.id, invoiceId, amountMinor: '10000', currency: 'USD' },
    });
    const paymentId = pay.data!.id;
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        as(admin).POST('/api/refunds', { body: { paymentId, amountMinor: '150' } }),
      ),
    );
    const ms = Date.now() - started;
    const ok = results.filter((r) => r.response.status === 201).length;
    expect(ok).toBe(66);
    expect(results.filter((r) => r.response.status === 409)).toHaveLength(34);
    const after = await as(patient).GET('/api/payments/{id}', byId(paymentId));
    expect(after.data).toMatchObject({ refundedMinor: '9900', status: 'partially_refunded' });
    const { rows } = await db.owner.query(
      `SELECT sum(amount_minor)::text AS s FROM refunds WHERE payment_id = $1`,
      [paymentId],
    );
    expect(rows[0].s).toBe('9900');
    expect(await discrepancies()).toEqual([]);
    const mine = await as(patient).GET('/api/refunds', { params: { query: { limit: 100 } } });
    expect(mine.data?.items.length).toBeGreaterThanOrEqual(66);
    expect((await as(other).GET('/api/refunds')).data?.items).toEqual([]);
    process.stdout.write(
      `[figures] 100 concurrent refunds of one payment: ${ok} accepted, ${100 - ok} refused (409) in ${ms} ms\n`,
    );
  });

  it('records a crypto payment as an exact decimal', async () => {
    const res = await as(admin).POST('/api/crypto-payments', {
      body: { userId: patient.id, amount: '0.00000001', currency: 'BTC', txHash: `tx-${randomUUID()}` },
    });
    expect(expectOk(res, 201).amount).toBe('0.00000001');
  });
});

describe('idempotency keys', () => {
  it('a replay answers the first response without a second effect; other parameters are refused', async () => {
    const opened = await as(other).POST('/api/wallets', { body: { kind: 'crypto', currency: 'DOT' } });
    const walletId = opened.data!.id;
    const key = randomUUID();
    const send = (amount: string) =>
      as(admin).POST('/api/wallets/{id}/credit', {
        params: { path: { id: walletId }, header: { 'Idempotency-Key': key } },
        body: { amount },
      });
    const first = await send('7');
    const replay = await send('7');
    expect(replay.response.status).toBe(first.response.status);
    expect(replay.data).toEqual(first.data);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    const mismatch = await send('8');
    expectStatus(mismatch, 422);
    const wallet = await as(other).GET('/api/wallets/{id}', byId(walletId));
    expect(wallet.data?.balance).toBe('7');
  });

  it('concurrent requests with one key take effect once', async () => {
    const opened = await as(other).POST('/api/wallets', { body: { kind: 'crypto', currency: 'ADA' } });
    const walletId = opened.data!.id;
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        as(admin).POST('/api/wallets/{id}/credit', {
          params: { path: { id: walletId }, header: { 'Idempotency-Key': key } },
          body: { amount: '3' },
        }),
      ),
    );
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.data?.transferId)).size).toBe(1);
    expect((await as(other).GET('/api/wallets/{id}', byId(walletId))).data?.balance).toBe('3');
    // Keys are per caller: the same key from another admin is a new request.
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n FROM idempotency_keys WHERE idempotency_key = $1`,
      [key],
    );
    expect(rows[0].n).toBe(1);
  });
});
