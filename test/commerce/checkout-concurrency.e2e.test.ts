// The figure: 200 concurrent checkouts over HTTP of one product with 50 units in stock. Exactly 50
// units are sold, the stock ends at 0 and never below, the ledger has no discrepancy, and every refused
// checkout leaves nothing behind (no order, no charge, no idempotency key; the cart as it was).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '../../src/modules/commerce/entities';
import type { Wallet } from '../../src/modules/payments/entities';
import { apiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newCartItem, newOrg, newProduct, newUser, newWallet, type TestUser } from '../support/factories';

const BUYERS = 200;
const STOCK = 50;
const PRICE = 1999n;

let db: TestDb;
let api: TestApp;
let product: Product;
const buyers: Array<{ user: TestUser; wallet: Wallet }> = [];

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Busy shop');
  product = await newProduct(db, org, { price: PRICE.toString(), inventoryCount: STOCK });
  for (let i = 0; i < BUYERS; i++) {
    const user = await newUser(db, org, 'patient');
    const wallet = await newWallet(db, user, { kind: 'fiat', currency: 'EUR', fund: '10000' });
    await newCartItem(db, user, product, { quantity: 1 });
    buyers.push({ user, wallet });
  }
}, 300_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const q = async <T = any>(text: string, params: unknown[] = []) =>
  (await db.owner.query(text, params)).rows as T[];

describe('200 concurrent checkouts of 50 units', () => {
  it('sell exactly 50, leave 0 in stock, no ledger discrepancy, and refused ones leave nothing', async () => {
    const started = performance.now();
    const results = await Promise.all(
      buyers.map(async ({ user }) => {
        const t0 = performance.now();
        const res = await apiClient(api, {
          token: user.token,
          headers: { 'idempotency-key': randomUUID() },
        }).POST('/api/orders/checkout', {
          body: { paymentMethod: 'wallet', expectedTotal: PRICE.toString() },
        });
        return { user, status: res.response.status, detail: res.error?.detail, ms: performance.now() - t0 };
      }),
    );
    const wallMs = performance.now() - started;
    const sold = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `checkout x${BUYERS} on ${STOCK} units: ${sold.length} sold, ${refused.length} refused (${[
        ...new Set(refused.map((r) => r.status)),
      ].join(',')}); wall ${wallMs.toFixed(0)} ms, latency p50 ${ms[ms.length >> 1].toFixed(0)} ms, p99 ${ms[
        Math.floor(ms.length * 0.99) - 1
      ].toFixed(0)} ms`,
    );

    expect(sold).toHaveLength(STOCK);
    expect(refused.every((r) => r.status === 409 && /has 0 left/.test(r.detail ?? ''))).toBe(true);
    const [p] = await q(`SELECT inventory_count FROM public.products WHERE id = $1`, [product.id]);
    expect(p.inventory_count).toBe(0);
    const [units] = await q(
      `SELECT coalesce(sum(i.quantity), 0)::int AS n, count(DISTINCT i.order_id)::int AS orders FROM public.order_items i WHERE i.product_id = $1`,
      [product.id],
    );
    expect(units).toEqual({ n: STOCK, orders: STOCK });
    const [orders] = await q(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'paid')::int AS paid, coalesce(sum(total_amount), 0)::text AS total
       FROM public.orders`,
    );
    expect(orders).toEqual({ n: STOCK, paid: STOCK, total: (PRICE * BigInt(STOCK)).toString() });
    expect(await q(`SELECT * FROM app_private.ledger_discrepancies()`)).toEqual([]);
    const [revenue] = await q(
      `SELECT trim_scale(balance)::text AS balance FROM public.wallets WHERE system_account = 'revenue'`,
    );
    expect(revenue.balance).toBe((PRICE * BigInt(STOCK)).toString());

    // Sold: charged once, cart cleared. Refused: no order, no charge, no key, the cart line still there.
    const soldIds = sold.map((r) => r.user.id);
    const refusedIds = refused.map((r) => r.user.id);
    const wallets = await q<{ user_id: string; balance: string }>(
      `SELECT user_id, trim_scale(balance)::text AS balance FROM public.wallets WHERE user_id = ANY($1)`,
      [[...soldIds, ...refusedIds]],
    );
    const balanceOf = new Map(wallets.map((w) => [w.user_id, w.balance]));
    expect(soldIds.every((id) => balanceOf.get(id) === (10000n - PRICE).toString())).toBe(true);
    expect(refusedIds.every((id) => balanceOf.get(id) === '10000')).toBe(true);
    const [left] = await q(
      `SELECT
         (SELECT count(*)::int FROM public.orders WHERE patient_id = ANY($1)) AS orders,
         (SELECT count(*)::int FROM public.idempotency_keys WHERE user_id = ANY($1)) AS keys,
         (SELECT count(*)::int FROM public.transactions WHERE user_id = ANY($1) AND kind = 'transfer') AS entries,
         (SELECT count(*)::int FROM public.cart_items WHERE patient_id = ANY($1) AND quantity = 1) AS cart_lines,
         (SELECT count(*)::int FROM public.cart_items WHERE patient_id = ANY($2)) AS sold_cart_lines,
         (SELECT count(*)::int FROM public.idempotency_keys WHERE user_id = ANY($2)) AS sold_keys`,
      [refusedIds, soldIds],
    );
    expect(left).toEqual({
      orders: 0,
      keys: 0,
      entries: 0,
      cart_lines: BUYERS - STOCK,
      sold_cart_lines: 0,
      sold_keys: STOCK,
    });
  }, 300_000);
});
