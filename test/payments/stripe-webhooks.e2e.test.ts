// Stripe webhooks over HTTP: signature on the raw body, tolerance window, org-scoped idempotent processing
// (seed 004), customer and subscription events updating billing_customers and the profile's plan.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

const SECRET = 'whsec_test_secret_for_carebase_webhooks';
let db: TestDb;
let api: TestApp;
let org: TestOrg;
let member: TestUser;

beforeAll(async () => {
  db = await createTestDatabase(testConfig({ STRIPE_WEBHOOK_SECRET: SECRET }));
  api = await startApp(db);
  org = await newOrg(db);
  member = await newUser(db, org, 'patient');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

function event(type: string, object: Record<string, unknown>, id = `evt_${randomUUID().replace(/-/g, '')}`) {
  return {
    id,
    object: 'event',
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type,
    data: { object },
  };
}

// Raw on purpose: the signature covers the exact bytes, and the document describes no request body for this
// route (the Stripe event), so the typed client cannot send one.
function deliver(body: object, opts: { secret?: string; timestamp?: number; tamper?: boolean } = {}) {
  const payload = JSON.stringify(body);
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: opts.secret ?? SECRET,
    timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000),
  });
  return api.request('POST', '/api/webhooks/stripe', {
    raw: opts.tamper ? payload.replace('"livemode":false', '"livemode":true') : payload,
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
  });
}

const count = async (table: string) =>
  (await db.owner.query(`SELECT count(*)::int AS n FROM public.${table}`)).rows[0].n as number;
const customerId = `cus_${randomUUID().replace(/-/g, '').slice(0, 14)}`;

describe('POST /api/webhooks/stripe', () => {
  it('refuses a bad signature, a tampered body and a missing signature with 400, leaving nothing', async () => {
    const body = event('customer.created', {
      id: customerId,
      object: 'customer',
      metadata: { org_id: org.id, user_id: member.id },
    });
    expect((await deliver(body, { secret: 'whsec_someone_else_entirely' })).status).toBe(400);
    expect((await deliver(body, { tamper: true })).status).toBe(400);
    const unsigned = await api.request('POST', '/api/webhooks/stripe', { body });
    expect(unsigned.status).toBe(400);
    expect(await count('webhook_events')).toBe(0);
    expect(await count('processed_webhook_events')).toBe(0);
    expect(await count('billing_customers')).toBe(0);
  });

  it('refuses an event signed outside the tolerance window', async () => {
    const body = event('customer.created', {
      id: customerId,
      object: 'customer',
      metadata: { org_id: org.id, user_id: member.id },
    });
    const res = await deliver(body, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(res.status).toBe(400);
    // Dated in the future: refused the same way (a signature made ahead of time is not a fresh delivery).
    for (const ahead of [301, 24 * 3600, 10 * 365 * 24 * 3600]) {
      const future = await deliver(body, { timestamp: Math.floor(Date.now() / 1000) + ahead });
      expect(future.status, `${ahead} s ahead`).toBe(400);
      expect(future.body.detail).toMatch(/tolerance/);
    }
    expect(await count('webhook_events')).toBe(0);
  });

  it('links the customer from metadata, then the same event delivered 20 times concurrently is processed once', async () => {
    const created = await deliver(
      event('customer.created', {
        id: customerId,
        object: 'customer',
        metadata: { org_id: org.id, user_id: member.id },
      }),
    );
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ received: true, outcome: 'processed' });

    const sub = event('customer.subscription.created', {
      id: 'sub_123',
      object: 'subscription',
      customer: customerId,
      status: 'active',
      items: { data: [{ current_period_end: 1893456000 }] },
    });
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, () => deliver(sub)));
    const ms = Date.now() - started;
    expect(results.every((r) => r.status === 200)).toBe(true);
    const outcomes = results.map((r) => r.body.outcome);
    expect(outcomes.filter((o) => o === 'processed')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19);
    const marks = await db.owner.query(`SELECT org_id FROM processed_webhook_events WHERE event_id = $1`, [
      sub.id,
    ]);
    expect(marks.rows).toEqual([{ org_id: org.id }]);
    const log = await db.owner.query(
      `SELECT outcome, count(*)::int AS n FROM webhook_events WHERE event_id = $1 GROUP BY 1 ORDER BY 1`,
      [sub.id],
    );
    expect(log.rows).toEqual([
      { outcome: 'duplicate', n: 19 },
      { outcome: 'processed', n: 1 },
    ]);
    const profile = await db.owner.query(`SELECT plan FROM profiles WHERE user_id = $1`, [member.id]);
    expect(profile.rows[0].plan).toBe('pro');
    process.stdout.write(
      `[figures] one Stripe event delivered 20 times concurrently: processed once, 19 acknowledged as duplicates, in ${ms} ms\n`,
    );

    const mine = await apiClient(api, member.token).GET('/api/billing/customer');
    expect(expectOk(mine, 200)).toMatchObject({
      stripeCustomerId: customerId,
      stripeSubscriptionId: 'sub_123',
      subscriptionStatus: 'active',
      plan: 'pro',
    });
  });

  it('a cancelled subscription returns the profile to free', async () => {
    const res = await deliver(
      event('customer.subscription.deleted', {
        id: 'sub_123',
        object: 'subscription',
        customer: customerId,
        status: 'canceled',
      }),
    );
    expect(res.body.outcome).toBe('processed');
    const profile = await db.owner.query(`SELECT plan FROM profiles WHERE user_id = $1`, [member.id]);
    expect(profile.rows[0].plan).toBe('free');
  });

  it('the same event id is processed separately per organization (org-scoped idempotency)', async () => {
    const orgB = await newOrg(db);
    const memberB = await newUser(db, orgB, 'patient');
    const id = `evt_${randomUUID().replace(/-/g, '')}`;
    const a = await deliver(
      event('customer.updated', { id: customerId, object: 'customer', metadata: {} }, id),
    );
    const b = await deliver(
      event(
        'customer.created',
        { id: 'cus_orgb0001', object: 'customer', metadata: { org_id: orgB.id, user_id: memberB.id } },
        id,
      ),
    );
    expect([a.body.outcome, b.body.outcome]).toEqual(['ignored', 'processed']);
    const marks = await db.owner.query(
      `SELECT count(*)::int AS n FROM processed_webhook_events WHERE event_id = $1`,
      [id],
    );
    expect(marks.rows[0].n).toBe(2);
  });

  it('members cannot read the webhook tables', async () => {
    const { rows } = await db.owner
      .query(`SELECT has_table_privilege('authenticated', 'public.webhook_events', 'SELECT') AS a,
      has_table_privilege('authenticated', 'public.processed_webhook_events', 'SELECT') AS b`);
    expect(rows[0]).toEqual({ a: false, b: false });
  });
});
