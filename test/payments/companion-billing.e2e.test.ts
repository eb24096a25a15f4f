// Companion-app billing (seed 002's /api/stripe/*) against a local fake Stripe API (no test reaches the
// internet): a Checkout Session for the pro plan creates the member's Stripe customer with the metadata the
// existing webhook links by, the webhooks close the loop (customer linked, plan pro), then the portal link.
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { fakeStripeConfig, startFakeStripe, type FakeStripe } from '../support/fake-stripe';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

const SECRET = 'whsec_test_secret_for_companion_billing';
let fake: FakeStripe;
let calls: FakeStripe['calls'];
let db: TestDb;
let api: TestApp;
let unconfigured: TestApp;
let plainDb: TestDb;
let plainMember: TestUser;
let org: TestOrg;
let member: TestUser;

beforeAll(async () => {
  fake = await startFakeStripe();
  calls = fake.calls;
  db = await createTestDatabase(testConfig({ STRIPE_WEBHOOK_SECRET: SECRET, ...fakeStripeConfig(fake) }));
  api = await startApp(db);
  plainDb = await createTestDatabase();
  unconfigured = await startApp(plainDb);
  plainMember = await newUser(plainDb, await newOrg(plainDb), 'patient');
  org = await newOrg(db);
  member = await newUser(db, org, 'patient');
});
afterAll(async () => {
  await api?.close();
  await unconfigured?.close();
  await plainDb?.close();
  await db?.close();
  await fake?.close();
});

function deliver(type: string, object: Record<string, unknown>) {
  const payload = JSON.stringify({
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    api_version: '2024-06-20',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type,
    data: { object },
  });
  // Raw on purpose: the signature covers the exact bytes (see stripe-webhooks.e2e.test.ts).
  return api.request('POST', '/api/webhooks/stripe', {
    raw: payload,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }),
    },
  });
}

const urls = {
  successUrl: 'https://app.example.test/billing/done',
  cancelUrl: 'https://app.example.test/billing',
};

describe('/api/stripe', () => {
  it('refuses the anonymous and bad URLs, and answers 503 where Stripe is not configured', async () => {
    expectError(await apiClient(api).POST('/api/stripe/checkout-session', { body: urls }), 401);
    expectError(
      await apiClient(api, member.token).POST('/api/stripe/checkout-session', {
        body: { ...urls, successUrl: 'javascript:alert(1)' },
      }),
      400,
    );
    const off = apiClient(unconfigured, plainMember.token);
    expectError(await off.POST('/api/stripe/checkout-session', { body: urls }), 503);
    expectError(await off.POST('/api/stripe/portal-session', { body: { returnUrl: urls.cancelUrl } }), 503);
    expect(calls).toEqual([]);
  });

  it('no portal before the member has a Stripe customer', async () => {
    expectError(
      await apiClient(api, member.token).POST('/api/stripe/portal-session', {
        body: { returnUrl: urls.cancelUrl },
      }),
      404,
    );
  });

  it('checkout session for the pro plan, the webhooks link the customer and the plan, then the portal', async () => {
    const session = expectOk(
      await apiClient(api, member.token).POST('/api/stripe/checkout-session', { body: urls }),
      200,
    );
    expect(session.url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const customer = calls.find((c) => c.path === '/v1/customers')!;
    expect(customer.params.get('metadata[org_id]')).toBe(org.id);
    expect(customer.params.get('metadata[user_id]')).toBe(member.id);
    expect(customer.params.get('email')).toBe(member.email);
    const checkout = calls.find((c) => c.path === '/v1/checkout/sessions')!;
    expect(checkout.params.get('mode')).toBe('subscription');
    expect(checkout.params.get('line_items[0][price]')).toBe('price_pro123');
    expect(checkout.params.get('success_url')).toBe(urls.successUrl);
    const customerId = checkout.params.get('customer')!;
    expect(customerId).toMatch(/^cus_/);

    // Stripe's events close the loop through the existing webhook.
    expect(
      (
        await deliver('customer.created', {
          id: customerId,
          object: 'customer',
          metadata: { org_id: org.id, user_id: member.id },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await deliver('customer.subscription.created', {
          id: 'sub_pro1',
          object: 'subscription',
          customer: customerId,
          status: 'active',
          current_period_end: Math.floor(Date.now() / 1000) + 30 * 86_400,
        })
      ).status,
    ).toBe(200);
    const own = expectOk(await apiClient(api, member.token).GET('/api/billing/customer'), 200);
    expect(own).toMatchObject({ stripeCustomerId: customerId, plan: 'pro' });

    // A second session reuses the linked customer.
    const before = calls.filter((c) => c.path === '/v1/customers').length;
    expectOk(await apiClient(api, member.token).POST('/api/stripe/checkout-session', { body: urls }), 200);
    expect(calls.filter((c) => c.path === '/v1/customers').length).toBe(before);

    const portal = expectOk(
      await apiClient(api, member.token).POST('/api/stripe/portal-session', {
        body: { returnUrl: urls.cancelUrl },
      }),
      200,
    );
    expect(portal.url).toBe('https://billing.stripe.test/p/session');
    expect(calls.at(-1)!.params.get('customer')).toBe(customerId);
  });
});
