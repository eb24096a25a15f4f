// A local stand-in for the Stripe API, as the `stripe` library calls it (form-encoded POSTs, JSON answers):
// customers, Checkout Sessions, billing-portal sessions, PaymentIntents (create, retrieve, cancel) and refunds
// (create, list by PaymentIntent). Point the app at it with STRIPE_API_URL; no test reaches the internet. Every
// call is recorded with its parameters and Idempotency-Key; a POST repeated with a key answers what the first
// answered, as Stripe does. failNext() makes the next calls of a path fail with a Stripe error.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeStripeError {
  status: number;
  type: string;
  code?: string;
  message: string;
}

export interface FakeStripe {
  url: string;
  calls: Array<{ path: string; params: URLSearchParams; method?: string; idempotencyKey?: string }>;
  paymentIntents: Map<string, Record<string, unknown>>;
  refunds: Map<string, Record<string, unknown>>;
  /** Awaited before a call is answered: a test can look at the app while it waits on Stripe. */
  beforeAnswer?: (path: string) => Promise<void>;
  /** The next `times` calls whose path starts with `path` answer `error`. */
  failNext(path: string, error: FakeStripeError, times?: number): void;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 14)}`;

export async function startFakeStripe(): Promise<FakeStripe> {
  const calls: FakeStripe['calls'] = [];
  const paymentIntents = new Map<string, Record<string, unknown>>();
  const refunds = new Map<string, Record<string, unknown>>();
  const replies = new Map<string, string>();
  const failures: Array<{ path: string; error: FakeStripeError; times: number }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const params = new URLSearchParams(body);
      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      calls.push({ path: req.url ?? '', params, method: req.method, idempotencyKey });
      const failure = failures.find((f) => f.times > 0 && (req.url ?? '').startsWith(f.path));
      if (failure) {
        failure.times--;
        const { status, ...error } = failure.error;
        res.writeHead(status, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error }));
      }
      const replayKey = req.method === 'POST' && idempotencyKey ? `${req.url} ${idempotencyKey}` : undefined;
      if (replayKey && replies.has(replayKey)) {
        res.writeHead(200, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
        return res.end(replies.get(replayKey));
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const metadata = Object.fromEntries(
        [...params].flatMap(([k, v]) =>
          /^metadata\[(.+)\]$/.exec(k) ? [[/^metadata\[(.+)\]$/.exec(k)![1], v]] : [],
        ),
      );
      let answer: Record<string, unknown> | undefined;
      const intentPath = /^\/v1\/payment_intents\/([^/]+)(\/cancel)?$/.exec(url.pathname);
      if (req.method === 'POST' && url.pathname === '/v1/payment_intents') {
        const pi = id('pi');
        answer = {
          id: pi,
          object: 'payment_intent',
          amount: Number(params.get('amount')),
          currency: params.get('currency'),
          metadata,
          status: 'requires_payment_method',
          client_secret: `${pi}_secret_${randomUUID().replace(/-/g, '').slice(0, 10)}`,
        };
        paymentIntents.set(pi, answer);
      }
      if (intentPath && paymentIntents.has(intentPath[1])) {
        const pi = paymentIntents.get(intentPath[1])!;
        if (req.method === 'POST' && intentPath[2] && pi.status === 'succeeded') {
          // As Stripe: a PaymentIntent already paid cannot be cancelled.
          res.writeHead(400, { 'content-type': 'application/json' });
          return res.end(
            JSON.stringify({
              error: {
                type: 'invalid_request_error',
                code: 'payment_intent_unexpected_state',
                message: 'You cannot cancel this PaymentIntent because it has a status of succeeded.',
              },
            }),
          );
        }
        if (req.method === 'POST' && intentPath[2]) pi.status = 'canceled';
        if (req.method === 'GET' || intentPath[2]) answer = pi;
      }
      if (req.method === 'POST' && url.pathname === '/v1/refunds') {
        answer = {
          id: id('re'),
          object: 'refund',
          amount: Number(params.get('amount')),
          payment_intent: params.get('payment_intent'),
          metadata,
          status: 'succeeded',
        };
        refunds.set(answer.id as string, answer);
      }
      if (req.method === 'GET' && url.pathname === '/v1/refunds') {
        const pi = url.searchParams.get('payment_intent');
        const data = [...refunds.values()].filter((r) => !pi || r.payment_intent === pi);
        answer = { object: 'list', data, has_more: false, url: '/v1/refunds' };
      }
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
      const text = JSON.stringify(
        answer ?? { error: { type: 'invalid_request_error', message: 'unknown route' } },
      );
      if (answer && replayKey) replies.set(replayKey, text);
      res.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' });
      void Promise.resolve(fake.beforeAnswer?.(req.url ?? '')).then(() => res.end(text));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeStripe = {
    url: `http://127.0.0.1:${port}`,
    calls,
    paymentIntents,
    refunds,
    failNext: (path, error, times = 1) => void failures.push({ path, error, times }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return fake;
}

/** The configuration that points the app at the fake: secret key, the pro plan's price, the API's URL. */
export const fakeStripeConfig = (fake: FakeStripe) => ({
  STRIPE_SECRET_KEY: 'sk_test_fakestripe12345',
  STRIPE_PRO_PRICE_ID: 'price_pro123',
  STRIPE_API_URL: fake.url,
});
