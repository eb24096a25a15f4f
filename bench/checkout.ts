// Checkout throughput (issue 12). A: POST /api/orders/checkout over HTTP (wallet path, a fresh
// Idempotency-Key each), the app as the tests start it. L: the statements A sends for one checkout (claims,
// session check, the idempotency key, app_private.checkout, the order and its items read back, the stored
// answer), one by one from node-postgres through the login role in one transaction, on as many connections
// as A's pool. Every iteration first puts one line in the buyer's cart as the owner (the same for A and L,
// outside the latency). Buyers spread over ORGS organizations: checkout writes under its organization's
// audit lock, so one organization's checkouts run one at a time by design.
// Then A at a fixed rate of 80% of its peak: req/s achieved and p99.
// Run: npx vitest run --config bench/vitest.config.mts bench/checkout.ts
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ASSERT_SESSION_SQL, SET_CLAIMS_SQL } from '../src/common/database/rls-transactions';
import { requestHash } from '../src/common/idempotency/idempotency.interceptor';
import { startApp, type TestApp } from '../test/support/app';
import { createTestDatabase, type TestDb } from '../test/support/db';
import { newOrg, newProduct, newUser, newWallet, type TestUser } from '../test/support/factories';

const ORGS = Number(process.env.BENCH_ORGS ?? 8);
const BUYERS_PER_ORG = Number(process.env.BENCH_BUYERS_PER_ORG ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

interface Buyer {
  user: TestUser;
  productId: string;
}

let db: TestDb;
let api: TestApp;
const buyers: Buyer[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  for (let o = 0; o < ORGS; o++) {
    const org = await newOrg(db);
    const product = await newProduct(db, org, { price: '1500', inventoryCount: 10_000_000 });
    for (let b = 0; b < BUYERS_PER_ORG; b++) {
      const user = await newUser(db, org, 'patient');
      await newWallet(db, user, { kind: 'fiat', currency: 'EUR', fund: '1000000000000' });
      buyers.push({ user, productId: product.id });
    }
  }
}, 300_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

async function refill(b: Buyer): Promise<void> {
  await db.owner.query(
    `INSERT INTO public.cart_items (org_id, patient_id, product_id, quantity) VALUES ($1, $2, $3, 1)`,
    [b.user.orgId, b.user.id, b.productId],
  );
}

/** A's checkout: one HTTP request. */
async function checkoutA(b: Buyer): Promise<number> {
  const res = await fetch(`${api.url}/api/orders/checkout`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${b.user.token}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ paymentMethod: 'wallet', expectedTotal: '1500' }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** L: the statements A sends for the same checkout, one by one, in one transaction. */
async function checkoutL(client: Client, b: Buyer): Promise<number> {
  const body = { paymentMethod: 'wallet', expectedTotal: '1500' };
  await client.query('BEGIN');
  try {
    await client.query(SET_CLAIMS_SQL, ['authenticated', JSON.stringify(b.user.claims)]);
    await client.query(ASSERT_SESSION_SQL, [b.user.claims.sid]);
    const key = await client.query(
      `INSERT INTO public.idempotency_keys (idempotency_key, method, path, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, (coalesce(user_id, api_key_id)), idempotency_key) DO NOTHING RETURNING id`,
      [randomUUID(), 'POST', '/api/orders/checkout', requestHash('POST', '/api/orders/checkout', body)],
    );
    const order = await client.query(
      `SELECT app_private.checkout($1, $2, $3::bigint, $4::uuid[], $5::jsonb, $6::jsonb, $7) AS id`,
      ['wallet', null, '1500', [], null, null, 1800],
    );
    const id = order.rows[0].id as string;
    const o = await client.query(`SELECT * FROM public.orders WHERE id = $1 AND org_id = $2 LIMIT 1`, [
      id,
      b.user.orgId,
    ]);
    const items = await client.query(
      `SELECT * FROM public.order_items WHERE order_id = ANY($1) ORDER BY product_id`,
      [[id]],
    );
    await client.query(
      `UPDATE public.idempotency_keys SET response_status = $2, response_body = $3::jsonb WHERE id = $1`,
      [key.rows[0].id, 201, JSON.stringify({ ...o.rows[0], items: items.rows })],
    );
    await client.query('COMMIT');
    return 201;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

interface Result {
  done: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

/** Closed loop: CONNECTIONS workers, each on its own buyers, for SECONDS. */
async function peak(run: (b: Buyer, worker: number) => Promise<number>, workers: number): Promise<Result> {
  workers = Math.min(workers, buyers.length);
  const lat: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const mine = (w: number) => buyers.filter((_, i) => i % workers === w);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const own = mine(w);
      for (let n = 0; Date.now() < deadline; n++) {
        const b = own[n % own.length];
        await refill(b);
        const t0 = performance.now();
        const status = await run(b, w).catch(() => 0);
        lat.push(performance.now() - t0);
        if (status !== 201) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  return {
    done: lat.length - errors,
    errors,
    rps: (lat.length - errors) / seconds,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
  };
}

/** Open loop at `rate` req/s for SECONDS: a buyer whose previous checkout is still running is skipped. */
async function fixedRate(rate: number): Promise<Result & { skipped: number }> {
  const lat: number[] = [];
  let errors = 0;
  let skipped = 0;
  const idle = [...buyers];
  const inflight: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.floor(rate * SECONDS);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const b = idle.shift();
    if (!b) {
      skipped++;
      continue;
    }
    inflight.push(
      (async () => {
        await refill(b);
        const t0 = performance.now();
        const status = await checkoutA(b).catch(() => 0);
        lat.push(performance.now() - t0);
        if (status !== 201) errors++;
        idle.push(b);
      })(),
    );
  }
  await Promise.all(inflight);
  const seconds = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  return {
    done: lat.length - errors,
    errors,
    skipped,
    rps: (lat.length - errors) / seconds,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
  };
}

it(`checkout: A against L, ${ORGS} orgs x ${BUYERS_PER_ORG} buyers, ${CONNECTIONS} connections, ${SECONDS} s`, async () => {
  const fmt = (r: Result) =>
    `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.done} ok, ${r.errors} errors`;
  const a = await peak((b) => checkoutA(b), CONNECTIONS);
  const poolSize = Number(db.config.DATABASE_POOL_SIZE ?? 10);
  const clients = await Promise.all(
    Array.from({ length: poolSize }, async () => {
      const c = new Client({ connectionString: db.appUrl });
      await c.connect();
      return c;
    }),
  );
  const l = await peak((b, w) => checkoutL(clients[w], b), poolSize);
  await Promise.all(clients.map((c) => c.end()));
  const at80 = await fixedRate(a.rps * 0.8);
  const { rows: bad } = await db.owner.query(`SELECT * FROM app_private.ledger_discrepancies()`);
  const { rows: negative } = await db.owner.query(
    `SELECT count(*)::int AS n FROM public.products WHERE inventory_count < 0`,
  );
  process.stdout.write(
    `[figures] checkout A (HTTP, ${CONNECTIONS} conns): ${fmt(a)}\n` +
      `[figures] checkout L (same statements, node-pg, ${poolSize} conns): ${fmt(l)}; A/L = ${(a.rps / l.rps).toFixed(2)}\n` +
      `[figures] checkout A at 80% of peak (${(a.rps * 0.8).toFixed(0)} req/s): got ${at80.rps.toFixed(0)} req/s, ` +
      `p50 ${at80.p50.toFixed(1)} ms, p99 ${at80.p99.toFixed(1)} ms, ${at80.errors} errors, ${at80.skipped} skipped (buyer busy)\n` +
      `[figures] ledger discrepancies ${bad.length}, products below zero ${negative[0].n}\n`,
  );
  expect(a.errors).toBe(0);
  expect(l.errors).toBe(0);
  expect(bad).toEqual([]);
});
