// The checkout endpoint of `npm run bench` (issue 12): the pgbench scripts that send what Carebase sends for
// POST /api/orders/checkout, the carts the bench fills (every user has one line of their org's product before
// each run, and a refiller puts back the lines of users who checked out while the run goes on, so a run never
// meets an empty cart), and the correctness checks of a session (stock, money, orders, the ledger).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource, In } from 'typeorm';
import { CHECKOUT, CHECKOUT_BODY, require, sqlIds } from './common.mjs';

export const CHECKOUT_PATH = '/api/orders/checkout';

/** The text of the first `${marker}...` template literal in a compiled file of the app (fails loudly if gone). */
function statementIn(file, marker) {
  const js = readFileSync(file, 'utf8');
  const at = js.indexOf(`\`${marker}`);
  if (at < 0) throw new Error(`the checkout bench expects "${marker}" in ${file}: update bench/lib/checkout.mjs`);
  return js.slice(at + 1, js.indexOf('`', at + 1));
}

/** Carebase's canonical request hash (IdempotencyInterceptor): the same body always hashes the same. */
export function checkoutRequestHash(body = CHECKOUT_BODY) {
  const canonical = (v) =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : v && typeof v === 'object'
        ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`
        : JSON.stringify(v ?? null);
  return createHash('sha256').update(`POST\n${CHECKOUT_PATH}\n${canonical(body)}`).digest();
}

/**
 * The statements A sends for one checkout, as A builds them: the idempotency key's INSERT and UPDATE and the
 * checkout call are read from the compiled app; the two reads are built by TypeORM from the app's entity
 * metadata with OrdersRepository's find options (findOneBy id + org; find items In(ids) ordered by product).
 */
export async function checkoutStatements(distDir) {
  const src = (p) => path.join(distDir, 'src', p);
  const idem = src('common/idempotency/idempotency.interceptor.js');
  const insertKey = statementIn(idem, 'INSERT INTO public.idempotency_keys');
  const storeKey = statementIn(idem, 'UPDATE public.idempotency_keys');
  const call = statementIn(src('modules/commerce/checkout.queries.js'), 'SELECT app_private.checkout(');
  const { ALL_ENTITIES } = require(src('entities.js'));
  const ds = new DataSource({ type: 'postgres', entities: ALL_ENTITIES });
  await ds.buildMetadatas(); // metadata only: no connection
  const [readOrder] = ds
    .getRepository('Order')
    .createQueryBuilder('Order')
    .setFindOptions({ where: { id: 'x', orgId: 'x' }, take: 1 })
    .getQueryAndParameters();
  const [readItems] = ds
    .getRepository('OrderItem')
    .createQueryBuilder('OrderItem')
    .setFindOptions({ where: { orderId: In(['x']) }, order: { productId: 'ASC' } })
    .getQueryAndParameters();
  return { insertKey, storeKey, call, readOrder, readItems };
}

/** A string as a SQL literal pgbench leaves alone (it would read ":<name>" inside it as a variable). */
function literal(s) {
  return `(${s
    .replace(/'/g, "''")
    .split(/:(?=[A-Za-z0-9_])/)
    .map((part) => `'${part}'`)
    .join(' || chr(58) || ')})`;
}

/** An order as A answers it (ids and times of the right size): what A stores as the key's response. */
function sampleResponse() {
  const id = '00000000-0000-4000-8000-000000000000';
  const at = '2026-12-01T12:00:00.000Z';
  return JSON.stringify({
    id, patientId: id, orderDate: at, status: 'paid', totalAmount: String(CHECKOUT.price), currency: CHECKOUT.currency,
    paymentMethod: 'wallet', paymentId: id, holdExpiresAt: null, shippingAddress: null, billingAddress: null,
    items: [{ id, productId: id, productName: 'Bench product 1', sku: 'BENCH-1', quantity: 1, pricePerUnit: String(CHECKOUT.price),
      currency: CHECKOUT.currency, batchLotInfo: 'LOT-BENCH-1', prescriptionId: null }],
    createdAt: at, updatedAt: at,
  });
}

/**
 * L (A's shape): BEGIN, the claims, the session check and the key's INSERT in one pipeline, then the checkout,
 * the order, its items, the stored answer and COMMIT one by one (pgbench's \gset is not allowed in a pipeline,
 * so the stored answer finds its key by the key's unique index rather than by the id A kept from the INSERT).
 * L* (one round trip): the same transaction in one pipeline; the reads find the new order as the caller's
 * latest (its index) instead of by the id the checkout returned.
 *
 * Users are taken in order per client (user = start + client + k * clients), like A's load takes its tokens,
 * so no cart is asked twice before the refiller has put its line back.
 */
export function checkoutScripts(st, { once, setClaims, pool }) {
  const org = `${sqlIds.org(':o')}::uuid`;
  const user = `${sqlIds.user(':u')}::uuid`;
  const key = `('bench-' || (:runid)::text || '-' || (:client_id)::text || '-' || (:k)::text)`;
  const head =
    `${once}\\set k :k + 1\n\\set u 1 + (:start + :client_id + :k * ${pool}) % :users\n\\set o (:u - 1) % :orgs + 1\n`;
  const hash = `'\\x${checkoutRequestHash().toString('hex')}'::bytea`;
  const sub = (text, values) => text.replace(/\$(\d+)\b/g, (_, n) => values[n]);
  const insertKey = `${sub(st.insertKey, { 1: key, 2: `'POST'`, 3: `'${CHECKOUT_PATH}'`, 4: hash })};\n`;
  const call = sub(st.call, { 1: `'wallet'`, 2: 'NULL', 3: `'${CHECKOUT.price}'`, 4: `'{}'`, 5: 'NULL', 6: 'NULL', 7: '1800' });
  const storeWhere = `WHERE idempotency_key = ${key} AND org_id = ${org} AND coalesce(user_id, api_key_id) = ${user}`;
  const store = `${sub(st.storeKey, { 1: 'NULL', 2: '201', 3: literal(sampleResponse()) }).replace(/WHERE id = NULL\s*$/, storeWhere)};\n`;
  if (!store.includes(storeWhere)) throw new Error(`unexpected key UPDATE: ${st.storeKey}`);
  const latest = `(SELECT id FROM public.orders WHERE org_id = ${org} AND patient_id = ${user} ORDER BY created_at DESC LIMIT 1)`;
  return {
    'checkout.L':
      `${head}\\startpipeline\nBEGIN;\n${setClaims};\n${insertKey}\\endpipeline\n${call} \\gset\n` +
      `${sub(st.readOrder, { 1: ':id', 2: org })};\n${sub(st.readItems, { 1: ':id' })};\n${store}COMMIT;\n`,
    'checkout.L*':
      `${head}\\startpipeline\nBEGIN;\n${setClaims};\n${insertKey}${call};\n` +
      `${sub(st.readOrder, { 1: latest, 2: org })};\n${sub(st.readItems, { 1: latest })};\n${store}COMMIT;\n\\endpipeline\n`,
  };
}

/** Puts a cart line back for every bench user without one (triggers off, as the seed: set-up, not measured). */
export async function refillCarts(owner, data) {
  await owner.query('BEGIN');
  try {
    await owner.query('SET LOCAL session_replication_role = replica');
    const r = await owner.query(
      `INSERT INTO public.cart_items (org_id, patient_id, product_id, quantity)
       SELECT ${sqlIds.org('o')}::uuid, ${sqlIds.user('n')}::uuid, ${sqlIds.product('o')}::uuid, 1
       FROM (SELECT n, (n - 1) % $2 + 1 AS o FROM generate_series(1, $1::int) n) x
       ON CONFLICT (org_id, patient_id, product_id) DO NOTHING`,
      [data.users, data.orgs],
    );
    await owner.query('COMMIT');
    return r.rowCount ?? 0;
  } catch (err) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Tops a bench product's stock back up when a run could come near it; answers the units added. */
export async function restock(owner, data) {
  const { rows } = await owner.query(
    `UPDATE public.products SET inventory_count = inventory_count + ($3::int - inventory_count)
     WHERE id IN (SELECT ${sqlIds.product('o')}::uuid FROM generate_series(1, $1::int) o) AND inventory_count < $2
     RETURNING $3::int - inventory_count AS added`,
    [data.orgs, CHECKOUT.restockBelow, CHECKOUT.stock],
  );
  return rows.reduce((a, r) => a + Number(r.added), 0);
}

/**
 * The figures the checks compare, as the owner: the bench products' stock and units sold, the bench orders
 * and their money, the bench wallets' balances.
 */
export async function checkoutSnapshot(owner, data) {
  const { rows } = await owner.query(
    `WITH p AS (SELECT ${sqlIds.product('o')}::uuid AS id FROM generate_series(1, $1::int) o)
     SELECT (SELECT coalesce(sum(inventory_count), 0)::int8 FROM public.products WHERE id IN (SELECT id FROM p)) AS stock,
            (SELECT coalesce(min(inventory_count), 0) FROM public.products WHERE id IN (SELECT id FROM p)) AS min_stock,
            (SELECT coalesce(sum(i.quantity), 0)::int8 FROM public.order_items i WHERE i.product_id IN (SELECT id FROM p)) AS sold,
            (SELECT count(*)::int8 FROM public.orders o WHERE o.org_id IN (SELECT ${sqlIds.org('g')}::uuid FROM generate_series(1, $1::int) g)) AS orders,
            (SELECT coalesce(sum(total_amount), 0)::int8 FROM public.orders o
               WHERE o.org_id IN (SELECT ${sqlIds.org('g')}::uuid FROM generate_series(1, $1::int) g) AND o.status = 'paid') AS paid,
            (SELECT coalesce(sum(balance), 0)::numeric FROM public.wallets w
               WHERE w.system_account = 'revenue' AND w.org_id IN (SELECT ${sqlIds.org('g')}::uuid FROM generate_series(1, $1::int) g)) AS revenue,
            (SELECT coalesce(sum(balance), 0)::numeric FROM public.wallets w
               WHERE w.id IN (SELECT ${sqlIds.wallet('n')}::uuid FROM generate_series(1, $2::int) n)) AS wallets,
            (SELECT coalesce(min(balance), 0)::numeric FROM public.wallets w
               WHERE w.id IN (SELECT ${sqlIds.wallet('n')}::uuid FROM generate_series(1, $2::int) n)) AS min_wallet`,
    [data.orgs, data.users],
  );
  const r = rows[0];
  const big = (x) => BigInt(String(x).split('.')[0]); // fiat balances are whole minor units
  return {
    stock: Number(r.stock),
    minStock: Number(r.min_stock),
    sold: Number(r.sold),
    orders: Number(r.orders),
    paid: big(r.paid),
    revenue: big(r.revenue),
    wallets: big(r.wallets),
    minWallet: String(big(r.min_wallet)),
  };
}

/**
 * The session's checks: stock never below zero and every unit taken is a unit sold (stock + sold only moves
 * by what the bench restocked), every order paid in full with its one line, the money the buyers' wallets lost
 * is what the revenue accounts gained and what the orders total, and app_private.ledger_discrepancies() empty.
 */
export async function checkoutChecks(owner, data, before, restocked) {
  const after = await checkoutSnapshot(owner, data);
  const { rows: discrepancies } = await owner.query('SELECT * FROM app_private.ledger_discrepancies()');
  const { rows: badOrders } = await owner.query(
    `SELECT count(*)::int AS n FROM public.orders o
     WHERE o.org_id IN (SELECT ${sqlIds.org('g')}::uuid FROM generate_series(1, $1::int) g)
       AND (o.status <> 'paid' OR o.total_amount <> $2 OR o.payment_id IS NULL OR o.transfer_id IS NULL
            OR (SELECT count(*) FROM public.order_items i WHERE i.order_id = o.id AND i.org_id = o.org_id
                  AND i.quantity = 1 AND i.price_per_unit = $2) <> 1
            OR (SELECT count(*) FROM public.transactions t WHERE t.transfer_id = o.transfer_id AND t.org_id = o.org_id) <> 2)`,
    [data.orgs, CHECKOUT.price],
  );
  const newOrders = after.orders - before.orders;
  const checks = {
    orders: newOrders,
    unitsSold: after.sold - before.sold,
    stockNeverNegative: after.minStock >= 0,
    stockAccounted: after.stock + after.sold === before.stock + before.sold + restocked,
    ordersPaidInFull: badOrders[0].n === 0,
    moneyAccounted:
      after.revenue - before.revenue === after.paid - before.paid &&
      before.wallets - after.wallets === after.paid - before.paid &&
      after.paid - before.paid === BigInt(newOrders) * BigInt(CHECKOUT.price),
    ledgerDiscrepancies: discrepancies.length,
    minStock: after.minStock,
    minWalletBalance: after.minWallet,
  };
  checks.ok =
    checks.stockNeverNegative && checks.stockAccounted && checks.ordersPaidInFull && checks.moneyAccounted && checks.ledgerDiscrepancies === 0;
  if (discrepancies.length) checks.firstDiscrepancy = discrepancies[0];
  return checks;
}

