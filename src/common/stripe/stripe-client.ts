// The Stripe API client for outbound calls, from the validated config: STRIPE_SECRET_KEY, and STRIPE_API_URL to
// point it at a local fake in tests. Undefined while no key is configured.
import type Stripe from 'stripe';
import type { ResolvedConfig } from '../config/config';

/** The stripe library, loaded at its first use: ~150 ms of every start otherwise, and most starts never call it. */
export function stripeLibrary(): typeof Stripe {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('stripe') as typeof Stripe;
}

export function createStripeClient(
  config: Pick<ResolvedConfig, 'STRIPE_SECRET_KEY' | 'STRIPE_API_URL'>,
): Stripe | undefined {
  const key = config.STRIPE_SECRET_KEY;
  if (!key) return undefined;
  const api = config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL) : undefined;
  const StripeClient = stripeLibrary();
  return new StripeClient(key, {
    maxNetworkRetries: 1,
    timeout: 10_000,
    ...(api
      ? {
          host: api.hostname,
          port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)),
          protocol: api.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  });
}
