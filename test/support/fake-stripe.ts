// A local stand-in for the Stripe API, as the `stripe` library calls it (form-encoded POSTs, JSON answers):
// customers, Checkout Sessions and billing-portal sessions. Point the app at it with STRIPE_API_URL; no test
// reaches the internet. Every call is recorded with its parameters.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeStripe {
  url: string;
  calls: Array<{ path: string; params: URLSearchParams }>;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 14)}`;

export async function startFakeStripe(): Promise<FakeStripe> {
  const calls: FakeStripe['calls'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      calls.push({ path: req.url ?? '', params: new URLSearchParams(body) });
      let answer: Record<string, unknown> | undefined;
      if (req.method === 'POST' && req.url === '/v1/customers')
        answer = { id: id('cus'), object: 'customer' };
      if (req.method === 'POST' && req.url === '/v1/checkout/sessions') {
        const cs = id('cs_test');
        answer = { id: cs, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/${cs}` };
      }
      if (req.method === 'POST' && req.url === '/v1/billing_portal/sessions')
        answer = {
          id: id('bps'),
          object: 'billing_portal.session',
          url: 'https://billing.stripe.test/p/session',
        };
      res.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(answer ?? { error: { type: 'invalid_request_error', message: 'unknown route' } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The configuration that points the app at the fake: secret key, the pro plan's price, the API's URL. */
export const fakeStripeConfig = (fake: FakeStripe) => ({
  STRIPE_SECRET_KEY: 'sk_test_fakestripe12345',
  STRIPE_PRO_PRICE_ID: 'price_pro123',
  STRIPE_API_URL: fake.url,
});
