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
function deliverSucceeded(
  intent: string,
  orderId: string,
  amount: number,
  eventId = `evt_${randomUUID().replace(/-/g, '')}`,
) {
  const payload = JSON.stringify({
    id: eventId,
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

/** charge.succeeded for the PaymentIntent's charge (Stripe copies the intent's metadata onto it). */
function deliverChargeSucceeded(intent: string, orderId: string, amount: number) {
  const payload = JSON.stringify({
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'charge.succeeded',
    data: {
      object: {
        id: `ch_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
        object: 'charge',
        payment_intent: intent,
        amount,
        amount_captured: amount,
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
    expect(refunded.stripeRefund).toMatchObject({
      status: 'succeeded',
      reason: 'order_refunded',
      error: null,
      attempts: 1,
    });
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
    expect(cancelled.stripeRefund).toMatchObject({
      status: 'failed',
      reason: 'order_cancelled',
      refundId: null,
      attempts: 1,
    });
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

describe('a payment that lands as the hold expires', () => {
  let slots = 0;
  /** The patient pays at Stripe; before the webhook arrives, the release job cancels the order. */
  async function paidAsHoldExpired() {
    const order = await pendingOrder();
    const intent = expectOk(await as(patient).POST('/api/orders/{id}/payment-intent', path(order.id)), 200);
    fake.paymentIntents.get(intent.paymentIntentId)!.status = 'succeeded';
    await db.owner.query(
      `UPDATE public.orders SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [order.id],
    );
    const runner = new JobRunner(api.app.get(RlsTransactions), api.app.get(JobRegistry), 'test');
    // A slot of its own (the runner claims each second once).
    const out = await runner.run('release-order-holds', new Date(Date.UTC(2026, 0, 1) + ++slots * 1000));
    expect(out.claimed).toBe(true);
    expect(out.run?.status).toBe('succeeded');
    // Stripe refuses to cancel a PaymentIntent that succeeded.
    const cancelCall = (c: FakeStripe['calls'][number]) =>
      c.path === `/v1/payment_intents/${intent.paymentIntentId}/cancel`;
    for (let i = 0; i < 100 && !fake.calls.some(cancelCall); i++) await new Promise((r) => setTimeout(r, 20));
    expect(fake.calls.some(cancelCall)).toBe(true);
    expect(fake.paymentIntents.get(intent.paymentIntentId)?.status).toBe('succeeded');
    expect((await as(patient).GET('/api/orders/{id}', path(order.id))).data?.status).toBe('cancelled');
    return { order, intent };
  }

  async function settled(orderId: string) {
    let order = expectOk(await as(patient).GET('/api/orders/{id}', path(orderId)), 200);
    for (let i = 0; i < 150 && (!order.stripeRefund || order.stripeRefund.status === 'pending'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      order = expectOk(await as(patient).GET('/api/orders/{id}', path(orderId)), 200);
    }
    return order;
  }

  it('is recorded on the cancelled order and refunded at Stripe once, for the full amount', async () => {
    const { order, intent } = await paidAsHoldExpired();
    const res = await deliverSucceeded(intent.paymentIntentId, order.id, 2500);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: true, outcome: 'processed' });

    const refunded = await settled(order.id);
    expect(refunded.status).toBe('cancelled');
    expect(refunded.paymentId).not.toBeNull();
    expect(refunded.stripeRefund).toMatchObject({
      status: 'succeeded',
      reason: 'late_payment',
      error: null,
      attempts: 1,
    });
    const calls = refundCalls(order.id);
    expect(calls).toHaveLength(1);
    expect(calls[0].params.get('payment_intent')).toBe(intent.paymentIntentId);
    expect(calls[0].params.get('amount')).toBe('2500');
    expect(fake.refunds.get(refunded.stripeRefund!.refundId!)).toMatchObject({
      amount: 2500,
      payment_intent: intent.paymentIntentId,
    });
    // The payments records show the money taken and given back.
    const { rows } = await db.owner.query(
      `SELECT p.status, p.amount_minor::text, p.refunded_minor::text, p.external_reference
       FROM public.payments p JOIN public.orders o ON o.payment_id = p.id WHERE o.id = $1`,
      [order.id],
    );
    expect(rows[0]).toEqual({
      status: 'refunded',
      amount_minor: '2500',
      refunded_minor: '2500',
      external_reference: intent.paymentIntentId,
    });
    // The stock went back once, with the cancellation; the late payment does not take it again.
    const stock = await db.owner.query(
      `SELECT p.inventory_count FROM public.products p JOIN public.order_items i ON i.product_id = p.id
       WHERE i.order_id = $1`,
      [order.id],
    );
    expect(stock.rows[0].inventory_count).toBe(5);
    // Nothing left to retry.
    expectError(await as(admin).POST('/api/orders/{id}/stripe-refund', path(order.id)), 409);
  });

  it('a redelivered webhook (same event or another one for the payment) makes no second refund', async () => {
    const { order, intent } = await paidAsHoldExpired();
    const eventId = `evt_${randomUUID().replace(/-/g, '')}`;
    const first = await deliverSucceeded(intent.paymentIntentId, order.id, 2500, eventId);
    expect(first.body).toMatchObject({ outcome: 'processed' });
    await settled(order.id);
    // Stripe redelivers the same event: acknowledged as a duplicate.
    const same = await deliverSucceeded(intent.paymentIntentId, order.id, 2500, eventId);
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ outcome: 'duplicate' });
    // Another event for the same payment: the payment is already recorded.
    const other = await deliverSucceeded(intent.paymentIntentId, order.id, 2500);
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ outcome: 'ignored' });
    await new Promise((r) => setTimeout(r, 200));
    expect(refundCalls(order.id)).toHaveLength(1);
    const after = expectOk(await as(patient).GET('/api/orders/{id}', path(order.id)), 200);
    expect(after.stripeRefund).toMatchObject({ status: 'succeeded', attempts: 1 });
    const payments = await db.owner.query(
      `SELECT count(*)::int AS n FROM public.payments WHERE external_reference = $1`,
      [intent.paymentIntentId],
    );
    expect(payments.rows[0].n).toBe(1);
  });

  it('its charge.succeeded, then its payment_intent.succeeded: one payment recorded, one refund', async () => {
    const { order, intent } = await paidAsHoldExpired();
    const charge = await deliverChargeSucceeded(intent.paymentIntentId, order.id, 2500);
    expect(charge.body).toMatchObject({ outcome: 'processed' });
    const refunded = await settled(order.id);
    expect(refunded.stripeRefund).toMatchObject({ status: 'succeeded', reason: 'late_payment', attempts: 1 });
    const late = await deliverSucceeded(intent.paymentIntentId, order.id, 2500);
    expect(late.body).toMatchObject({ outcome: 'ignored' });
    await new Promise((r) => setTimeout(r, 200));
    expect(refundCalls(order.id)).toHaveLength(1);
    expect(refundCalls(order.id)[0].params.get('payment_intent')).toBe(intent.paymentIntentId);
  });

  it('a refund Stripe refuses stays failed and visible on the order; an admin retries it', async () => {
    const { order, intent } = await paidAsHoldExpired();
    fake.failNext('/v1/refunds', { status: 400, type: 'api_error', message: 'Stripe is down' });
    expect((await deliverSucceeded(intent.paymentIntentId, order.id, 2500)).status).toBe(200);
    const failed = await settled(order.id);
    expect(failed.stripeRefund).toMatchObject({
      status: 'failed',
      reason: 'late_payment',
      refundId: null,
      attempts: 1,
    });
    expect(failed.stripeRefund!.error).toContain('Stripe is down');
    const retried = expectOk(await as(admin).POST('/api/orders/{id}/stripe-refund', path(order.id)), 200);
    expect(retried.stripeRefund).toMatchObject({ status: 'succeeded', error: null, attempts: 2 });
    expect(refundCalls(order.id).map((c) => c.idempotencyKey)).toEqual([
      `carebase-order-${order.id}-refund-1`,
      `carebase-order-${order.id}-refund-2`,
    ]);
  });
});
