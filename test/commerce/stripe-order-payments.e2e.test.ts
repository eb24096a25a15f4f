// The Stripe calls of shop orders, against the local fake Stripe: the PaymentIntent a pending order is paid
// through (created once, with metadata.order_id, amount and currency, under an idempotency key) and confirmed
// by the webhook; the refund at Stripe when an admin cancels or refunds a Stripe-paid order, its failure left
// visible on the order, and the admin's retry, which adopts a refund Stripe already made.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { JobRegistry, JobRunner } from '../../src/modules/jobs';
import { apiClient, expectError, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import {
  newCartItem,
  newOrg,
  newProduct,
  newUser,
  newWallet,
  type TestOrg,
  type TestUser,
} from '../support/factories';
import { fakeStripeConfig, startFakeStripe, type FakeStripe } from '../support/fake-stripe';

const SECRET = 'whsec_test_secret_for_carebase_order_payments';
let fake: FakeStripe;
let db: TestDb;
let api: TestApp;
let org: TestOrg;
let patient: TestUser;
let otherPatient: TestUser;
let admin: TestUser;

beforeAll(async () => {
  fake = await startFakeStripe();
  db = await createTestDatabase(testConfig({ STRIPE_WEBHOOK_SECRET: SECRET, ...fakeStripeConfig(fake) }));
  api = await startApp(db);
  org = await newOrg(db);
  patient = await newUser(db, org, 'patient');
  otherPatient = await newUser(db, org, 'patient');
  admin = await newUser(db, org, 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
  await fake?.close();
});

const as = (user: TestUser) => apiClient(api, user.token);
const path = (id: string) => ({ params: { path: { id } } });

async function pendingOrder(user = patient, price = '1250') {
  const product = await newProduct(db, org, { price, inventoryCount: 5 });
  await newCartItem(db, user, product, { quantity: 2 });
  const client = apiClient(api, { token: user.token, headers: { 'idempotency-key': randomUUID() } });
  return expectOk(await client.POST('/api/orders/checkout', { body: { paymentMethod: 'stripe' } }), 201);
}

// Signed like Stripe's (see test/payments/stripe-webhooks.e2e.test.ts): raw on purpose.
function deliverSucceeded(intent: string, orderId: string, amount: number) {
  const payload = JSON.stringify({
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'payment_intent.succeeded',
    data: {
      object: {
        id: intent,
        object: 'payment_intent',
        amount_received: amount,
        currency: 'eur',
        metadata: { org_id: org.id, order_id: orderId },
      },
    },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  return api.request('POST', '/api/webhooks/stripe', {
    raw: payload,
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
  });
}

/** A Stripe order paid through its PaymentIntent and the webhook. */
async function paidOrder() {
  const order = await pendingOrder();
  const intent = expectOk(await as(patient).POST('/api/orders/{id}/payment-intent', path(order.id)), 200);
  expect((await deliverSucceeded(intent.paymentIntentId, order.id, 2500)).status).toBe(200);
  const row = await db.owner.query(`SELECT status FROM public.orders WHERE id = $1`, [order.id]);
  expect(row.rows[0].status).toBe('paid');
  return { order, intent };
}

const refundCalls = (orderId: string) =>
  fake.calls.filter(
    (c) => c.method === 'POST' && c.path === '/v1/refunds' && c.params.get('metadata[order_id]') === orderId,
  );

describe('paying a Stripe order', () => {
  it('creates one PaymentIntent for the order (metadata, amount, currency, idempotency key) and the webhook pays it', async () => {
    const order = await pendingOrder();
    const first = expectOk(await as(patient).POST('/api/orders/{id}/payment-intent', path(order.id)), 200);
    expect(first).toMatchObject({ orderId: order.id, amount: '2500', currency: 'EUR' });
    expect(first.clientSecret).toMatch(new RegExp(`^${first.paymentIntentId}_secret_`));
    const creates = fake.calls.filter((c) => c.method === 'POST' && c.path === '/v1/payment_intents');
    const create = creates.find((c) => c.params.get('metadata[order_id]') === order.id)!;
    expect(create.params.get('amount')).toBe('2500');
    expect(create.params.get('currency')).toBe('eur');
    expect(create.params.get('metadata[org_id]')).toBe(org.id);
    expect(create.idempotencyKey).toBe(`carebase-order-${order.id}-payment-intent`);

    // Asked again (a reload, a retry): the same PaymentIntent, not a second one.
    const again = expectOk(await as(patient).POST('/api/orders/{id}/payment-intent', path(order.id)), 200);
    expect(again.paymentIntentId).toBe(first.paymentIntentId);
    expect(again.clientSecret).toBe(first.clientSecret);
    expect(fake.calls.filter((c) => c.params.get('metadata[order_id]') === order.id)).toHaveLength(1);
    const linked = await db.owner.query(`SELECT payment_method_id FROM public.orders WHERE id = $1`, [
      order.id,
    ]);
    expect(linked.rows[0].payment_method_id).toBe(first.paymentIntentId);

    expect((await deliverSucceeded(first.paymentIntentId, order.id, 2500)).status).toBe(200);
    const paid = expectOk(await as(patient).GET('/api/orders/{id}', path(order.id)), 200);
    expect(paid.status).toBe('paid');
    expect(paid.stripeRefund).toBeUndefined();
    // Paid: nothing more to pay.
    expectError(await as(patient).POST('/api/orders/{id}/payment-intent', path(order.id)), 409);
  });

  it('refuses another patient’s order (404) and a wallet order (422)', async () => {
    const order = await pendingOrder();
    expectError(await as(otherPatient).POST('/api/orders/{id}/payment-intent', path(order.id)), 404);
    expectError(await as(admin).POST('/api/orders/{id}/payment-intent', path(order.id)), 403);
    const walletBuyer = await newUser(db, org, 'patient');
    await newWallet(db, walletBuyer, { kind: 'fiat', currency: 'EUR', fund: '10000' });
    const product = await newProduct(db, org, { price: '300', inventoryCount: 5 });
    await newCartItem(db, walletBuyer, product, { quantity: 1 });
    const client = apiClient(api, { token: walletBuyer.token, headers: { 'idempotency-key': randomUUID() } });
    const walletOrder = expectOk(
      await client.POST('/api/orders/checkout', { body: { paymentMethod: 'wallet' } }),
      201,
    );
    expectError(await as(walletBuyer).POST('/api/orders/{id}/payment-intent', path(walletOrder.id)), 422);
  });
});

describe('an expired hold', () => {
  it('cancels the order and, once the run has committed, its PaymentIntent at Stripe', async () => {
    const order = await pendingOrder();
    const intent = expectOk(await as(patient).POST('/api/orders/{id}/payment-intent', path(order.id)), 200);
    await db.owner.query(
      `UPDATE public.orders SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [order.id],
    );
    const runner = new JobRunner(api.app.get(RlsTransactions), api.app.get(JobRegistry), 'test');
    const out = await runner.run('release-order-holds', new Date());
    expect(out.run?.status).toBe('succeeded');
    expect((await as(patient).GET('/api/orders/{id}', path(order.id))).data?.status).toBe('cancelled');
    for (let i = 0; i < 100 && fake.paymentIntents.get(intent.paymentIntentId)?.status !== 'canceled'; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(fake.paymentIntents.get(intent.paymentIntentId)?.status).toBe('canceled');
    // Nothing is paid any more.
    expectError(await as(patient).POST('/api/orders/{id}/payment-intent', path(order.id)), 409);
  });
});

describe('outside the transaction', () => {
  it('no transaction of the app is open while Stripe is called (PaymentIntent and refund)', async () => {
    const openTransactions = async () =>
      (
        await db.owner.query(
          `SELECT count(*)::int AS open FROM pg_stat_activity
           WHERE datname = $1 AND usename = $2 AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
          [db.name, db.config.DATABASE_APP_ROLE],
        )
      ).rows[0].open as number;
    // The probe sees a transaction of the login role when one is open.
    expect(
      await db.tx.run(patient.claims, async (m) => (await m.query('SELECT 1'), openTransactions())),
    ).toBe(1);
    const seen: Array<{ path: string; open: number }> = [];
    fake.beforeAnswer = async (p) => void seen.push({ path: p, open: await openTransactions() });
    try {
      const { order } = await paidOrder();
      expectOk(
        await as(admin).POST('/api/orders/{id}/status', { ...path(order.id), body: { status: 'refunded' } }),
        200,
      );
    } finally {
      fake.beforeAnswer = undefined;
    }
    expect(seen.map((s) => s.path)).toEqual(['/v1/payment_intents', '/v1/refunds']);
    expect(seen.map((s) => s.open)).toEqual([0, 0]);
  });
});

describe('refunding a Stripe-paid order', () => {
  it('refunds at Stripe after the status change, for the order’s amount, with an idempotency key', async () => {
    const { order, intent } = await paidOrder();
    const refunded = expectOk(
      await as(admin).POST('/api/orders/{id}/status', { ...path(order.id), body: { status: 'refunded' } }),
      200,
    );
    expect(refunded.status).toBe('refunded');
    expect(refunded.stripeRefund).toMatchObject({ status: 'succeeded', error: null, attempts: 1 });
    const [call] = refundCalls(order.id);
    expect(call.params.get('payment_intent')).toBe(intent.paymentIntentId);
    expect(call.params.get('amount')).toBe('2500');
    expect(call.idempotencyKey).toBe(`carebase-order-${order.id}-refund-1`);
    expect(fake.refunds.get(refunded.stripeRefund!.refundId!)).toMatchObject({
      payment_intent: intent.paymentIntentId,
    });
    // The database's own record of the refund, as before.
    const { rows } = await db.owner.query(
      `SELECT p.status, p.refunded_minor::text FROM public.payments p JOIN public.orders o ON o.payment_id = p.id WHERE o.id = $1`,
      [order.id],
    );
    expect(rows[0]).toEqual({ status: 'refunded', refunded_minor: '2500' });
    // Nothing left to retry.
    expectError(await as(admin).POST('/api/orders/{id}/stripe-refund', path(order.id)), 409);
  });

  it('a refused refund leaves the order cancelled with the refund failed and Stripe’s message; a retry refunds it', async () => {
    const { order } = await paidOrder();
    fake.failNext('/v1/refunds', {
      status: 400,
      type: 'invalid_request_error',
      code: 'charge_disputed',
      message: 'Charge ch_1 has been disputed.',
    });
    const cancelled = expectOk(
      await as(admin).POST('/api/orders/{id}/status', { ...path(order.id), body: { status: 'cancelled' } }),
      200,
    );
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.stripeRefund).toMatchObject({ status: 'failed', refundId: null, attempts: 1 });
    expect(cancelled.stripeRefund!.error).toContain('has been disputed');

    // Only admins retry.
    expectError(await as(patient).POST('/api/orders/{id}/stripe-refund', path(order.id)), 403);
    const retried = expectOk(await as(admin).POST('/api/orders/{id}/stripe-refund', path(order.id)), 200);
    expect(retried.stripeRefund).toMatchObject({ status: 'succeeded', error: null, attempts: 2 });
    expect(refundCalls(order.id).map((c) => c.idempotencyKey)).toEqual([
      `carebase-order-${order.id}-refund-1`,
      `carebase-order-${order.id}-refund-2`,
    ]);
  });

  it('a retry adopts a refund Stripe made while its answer was lost, instead of refunding twice', async () => {
    const { order, intent } = await paidOrder();
    fake.failNext('/v1/refunds', { status: 400, type: 'api_error', message: 'connection reset' });
    const failed = expectOk(
      await as(admin).POST('/api/orders/{id}/status', { ...path(order.id), body: { status: 'refunded' } }),
      200,
    );
    expect(failed.stripeRefund?.status).toBe('failed');
    // Stripe had made it all the same.
    fake.refunds.set('re_lost_answer', {
      id: 're_lost_answer',
      object: 'refund',
      amount: 2500,
      payment_intent: intent.paymentIntentId,
      metadata: { org_id: org.id, order_id: order.id },
      status: 'succeeded',
    });
    const before = refundCalls(order.id).length;
    const retried = expectOk(await as(admin).POST('/api/orders/{id}/stripe-refund', path(order.id)), 200);
    expect(retried.stripeRefund).toMatchObject({ status: 'succeeded', refundId: 're_lost_answer' });
    expect(refundCalls(order.id)).toHaveLength(before);
  });

  it('a wallet order or an unpaid Stripe order has no Stripe refund', async () => {
    const order = await pendingOrder();
    const cancelled = expectOk(
      await as(admin).POST('/api/orders/{id}/status', { ...path(order.id), body: { status: 'cancelled' } }),
      200,
    );
    expect(cancelled.stripeRefund).toBeUndefined();
    expect(refundCalls(order.id)).toHaveLength(0);
    expectError(await as(admin).POST('/api/orders/{id}/stripe-refund', path(order.id)), 409);
  });
});
