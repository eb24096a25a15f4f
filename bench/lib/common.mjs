// Shared by the seed, the load driver and the bench runner: deterministic ids of the bench data, the
// database the bench uses, and access tokens signed like the app signs them (HS256).
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const require = createRequire(import.meta.url);

/** Bench ids are UUIDs built from integers, so SQL (and pgbench) can name any of them without a lookup. */
const prefix = {
  user: '00000000-0000-4000-8000-',
  org: '00000000-0000-4000-a000-',
  patient: '00000000-0000-4000-9000-',
  facility: '00000000-0000-4000-b000-',
  chamber: '00000000-0000-4001-8000-', // valid v4 (variant 8..b): validators check it
  session: '00000000-0000-4002-8000-',
  product: '00000000-0000-4003-8000-', // one per org, what the checkout bench buys
  wallet: '00000000-0000-4004-8000-', // user n's fiat wallet in CHECKOUT.currency
};
const pad = (n) => String(n).padStart(12, '0');
export const ids = {
  user: (n) => prefix.user + pad(n),
  org: (o) => prefix.org + pad(o),
  patient: (n) => prefix.patient + pad(n),
  facility: (o) => prefix.facility + pad(o),
  chamber: (c) => prefix.chamber + pad(c),
  session: (n) => prefix.session + pad(n),
  product: (o) => prefix.product + pad(o),
  wallet: (n) => prefix.wallet + pad(n),
};
/** The same ids as SQL expressions over an integer expression. */
export const sqlIds = Object.fromEntries(
  Object.entries(prefix).map(([k, p]) => [k, (expr) => `('${p}' || lpad((${expr})::text, 12, '0'))`]),
);

export const CHAMBERS_PER_ORG = 10;
/**
 * The checkout bench: every bench org sells one product, every bench user has a wallet funded through the
 * ledger, and a cart of one line (refilled by the bench). Stock and balance are large enough that no run uses
 * them up (the bench still tops the stock up when it falls below `restockBelow`).
 */
export const CHECKOUT = {
  price: 1500,
  currency: 'EUR',
  stock: 1_000_000_000,
  restockBelow: 100_000_000,
  funding: '10000000000000',
};
/** The body every checkout sends (A, C and the pgbench scripts' idempotency hash alike). */
export const CHECKOUT_BODY = { paymentMethod: 'wallet', expectedTotal: String(CHECKOUT.price) };
/** User n (1-based) belongs to org ((n - 1) % orgs) + 1. */
export const orgOf = (n, orgs) => ((n - 1) % orgs) + 1;
/** Chamber k (1..CHAMBERS_PER_ORG) of org o. */
export const chamberNo = (o, k) => (o - 1) * CHAMBERS_PER_ORG + k;
/** Bench bookings: one-minute slots counted from here (far in the future, inside 24/7 chamber hours). */
export const SLOT_BASE = Date.parse('2100-01-01T00:00:00Z');
/** The notification title names its recipient, so a response can be checked without a lookup. */
export const titleOf = (n, k) => `u${n} #${k}`;

export const BENCH_JWT_SECRET = 'carebase-bench-jwt-secret-0123456789abcdef';
export const BENCH_APP_PASSWORD = 'carebase-bench-login-password';

export function signToken(secret, n, orgs, ttlSeconds = 4 * 3600) {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const iat = Math.floor(Date.now() / 1000);
  const body = {
    sub: ids.user(n),
    org_id: ids.org(orgOf(n, orgs)),
    app_role: 'patient',
    sid: ids.session(n), // the seeded session of user n: Carebase checks it on every request
    typ: 'access',
    iat,
    exp: iat + ttlSeconds,
  };
  const encoded = `${header}.${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
  return `${encoded}.${createHmac('sha256', secret).update(encoded).digest('base64url')}`;
}

/** The compiled app (for config, the embedded database, migrations and the app's own SQL builders). */
export function loadDist(distDir = path.join(ROOT, 'dist')) {
  const file = (p) => path.join(distDir, 'src', p);
  if (!existsSync(file('main.js'))) throw new Error(`no build at ${distDir}: run "npx nest build" first`);
  return {
    distDir,
    config: require(file('common/config/config.js')),
    bootstrap: require(file('common/database/bootstrap.js')),
    notificationQueries: require(file('modules/notifications/notification.queries.js')),
    bookingQueries: require(file('modules/healthcare/scheduling/bookings.queries.js')),
    rls: require(file('common/database/rls-transactions.js')),
  };
}

/**
 * The bench database: DATABASE_URL (owner) when set, else the embedded server with its own database
 * (EMBEDDED_PG_DATABASE, default carebase_bench) so development data is untouched. Roles and migrations
 * are applied as the app applies them.
 */
export async function benchDatabase(dist, { migrate = true, log = () => undefined } = {}) {
  const env = {
    ...process.env,
    EMBEDDED_PG_DATABASE: process.env.EMBEDDED_PG_DATABASE ?? 'carebase_bench',
    DATABASE_APP_PASSWORD: process.env.DATABASE_APP_PASSWORD ?? BENCH_APP_PASSWORD,
    LOG_LEVEL: 'warn',
    MIGRATIONS_RUN: migrate ? 'true' : 'false',
  };
  const cfg = dist.config.loadConfig(env);
  const endpoints = await dist.bootstrap.prepareDatabase(cfg, log);
  return { cfg, env, ...endpoints };
}

export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const key = a.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[key] = true;
    else {
      out[key] = /^\d+$/.test(next) ? Number(next) : next;
      i++;
    }
  }
  return out;
}
