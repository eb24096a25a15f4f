// The Stripe path of checkout: the order stays pending (stock held) until Stripe's payment_intent.succeeded
// for it arrives through the signed webhook; a wrong amount or currency leaves it pending, a duplicate
// delivery changes nothing.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newCartItem, newOrg, newProduct, newUser, type TestOrg, type TestUser } from '../support/factories';

const SECRET = 'whsec_test_secret_for_carebase_orders';
let db: TestDb;
let api: TestApp;
let org: TestOrg;
let patient: TestUser;

beforeAll(async () => {
  db = await createTestDatabase(testConfig({ STRIPE_WEBHOOK_SECRET: SECRET }));
  api = await startApp(db);
  org = await newOrg(db);
  patient = await newUser(db, org, 'patient');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

function succeeded(
  orderId: string,
  amount: number,
  currency = 'eur',
  id = `evt_${randomUUID().replace(/-/g, '')}`,
) {
  return {
    id,
    object: 'event',
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'payment_intent.succeeded',
    data: {
      object: {
        id: `pi_${randomUUID().replace(/-/g, '').slice(0, 20)}`,
        object: 'payment_intent',
        amount_received: amount,
        currency,
        metadata: { org_id: org.id, order_id: orderId },
      },
    },
  };
}

// Raw on purpose: the signature covers the exact bytes (see test/payments/stripe-webhooks.e2e.test.ts).
function deliver(body: object) {
  const payload = JSON.stringify(body);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  return api.request('POST', '/api/webhooks/stripe', {
    raw: payload,
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
  });
}

async function pendingOrder(price: string) {
  const product = await newProduct(db, org, { price, inventoryCount: 3 });
  await newCartItem(db, patient, product, { quantity: 2 });
  const client = apiClient(api, { token: patient.token, headers: { 'idempotency-key': randomUUID() } });
  const order = expectOk(
    await client.POST('/api/orders/checkout', { body: { paymentMethod: 'stripe' } }),
    201,
  );
  expect(order.status).toBe('pending_payment');
  return order;
}
const statusOf = async (id: string) =>
  (await db.owner.query(`SELECT status, payment_id FROM public.orders WHERE id = $1`, [id])).rows[0] as {
    status: string;
    payment_id: string | null;
  };

describe('Stripe-paid orders', () => {
  it('payment_intent.succeeded for the order marks it paid, once', async () => {
    const order = await pendingOrder('1250');
    const event = succeeded(order.id, 2500);
    expect((await deliver(event)).status).toBe(200);
    const paid = await statusOf(order.id);
    expect(paid.status).toBe('paid');
    expect(paid.payment_id).toBeTruthy();
    expect((await deliver(event)).status).toBe(200);
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n FROM public.payments p JOIN public.orders o ON o.payment_id = p.id WHERE o.id = $1`,
      [order.id],
    );
    expect(rows[0].n).toBe(1);
    const outcomes = await db.owner.query(
      `SELECT outcome FROM public.webhook_events WHERE event_id = $1 ORDER BY received_at`,
      [event.id],
    );
    expect(outcomes.rows.map((r) => r.outcome)).toEqual(['processed', 'duplicate']);
  });

  it('another amount or currency leaves the order pending', async () => {
    const order = await pendingOrder('700');
    expect((await deliver(succeeded(order.id, 1399))).status).toBe(200);
    expect((await deliver(succeeded(order.id, 1400, 'usd'))).status).toBe(200);
    expect((await statusOf(order.id)).status).toBe('pending_payment');
    expect((await deliver(succeeded(order.id, 1400))).status).toBe(200);
    expect((await statusOf(order.id)).status).toBe('paid');
  });
});
