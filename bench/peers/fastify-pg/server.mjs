// Peer C: plain Fastify + pg, RLS done by hand the way a small team writes it. Per request: verify the
// HS256 access token (node:crypto, no cache), take a pooled connection, BEGIN, set the role and the claims
// with set_config (one statement), the query, COMMIT: one round trip each, unnamed (unprepared) statements.
// Same routes, same responses and same database role as Carebase. Checkout calls the same definer function
// (app_private.checkout holds the business rules: stock, ledger, order), with the Idempotency-Key stored in
// the same transaction as Carebase stores it, then reads the order and its items back.
//   PORT, DATABASE_APP_URL (the login role), JWT_SECRET, DATABASE_POOL_SIZE
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const secret = process.env.JWT_SECRET;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_APP_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'bench-fastify-pg',
});
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function verify(header) {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return undefined;
  const parts = header.slice(7).split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return undefined;
  const mac = Buffer.from(createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest('base64url'));
  const given = Buffer.from(parts[2]);
  if (mac.length !== given.length || !timingSafeEqual(mac, given)) return undefined;
  const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  if (p.typ !== 'access' || p.exp * 1000 <= Date.now()) return undefined;
  return p;
}

async function asUser(p, fn) {
  const claims = JSON.stringify({ role: 'authenticated', sub: p.sub, org_id: p.org_id, app_role: p.app_role, sid: p.sid });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims]);
      // The session behind the token must still be live (as Carebase checks it).
      await client.query('SELECT app_private.assert_session_active($1)', [p.sid]);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  } finally {
    client.release();
  }
}

const COLUMNS = `id, type, title, message, status, read, priority, channels, link, metadata, read_at AS "readAt",
  expires_at AS "expiresAt", created_by AS "createdBy", created_at AS "createdAt"`;
const BOOKING_COLUMNS = `id, patient_id AS "patientId", chamber_id AS "chamberId", provider_id AS "providerId",
  starts_at AS "startsAt", ends_at AS "endsAt", status, notes, cancellation_reason AS "cancellationReason",
  confirmed_at AS "confirmedAt", cancelled_at AS "cancelledAt", created_at AS "createdAt", updated_at AS "updatedAt"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

app.get('/api/notifications', async (req, reply) => {
  const p = verify(req.headers.authorization);
  if (!p) return reply.code(401).send({ title: 'Unauthorized' });
  const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return reply.code(400).send({ title: 'Bad limit' });
  const rows = await asUser(p, async (c) =>
    (
      await c.query(
        `SELECT ${COLUMNS} FROM public.notifications WHERE org_id = $1 AND user_id = $2
         ORDER BY created_at DESC, id DESC LIMIT $3`,
        [p.org_id, p.sub, limit + 1],
      )
    ).rows,
  );
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit ? Buffer.from(JSON.stringify({ createdAt: last.createdAt, id: last.id })).toString('base64url') : null;
  return { items, nextCursor };
});

app.post('/api/bookings', async (req, reply) => {
  const p = verify(req.headers.authorization);
  if (!p) return reply.code(401).send({ title: 'Unauthorized' });
  if (p.app_role !== 'patient' && p.app_role !== 'admin') return reply.code(403).send({ title: 'Forbidden' });
  const b = req.body ?? {};
  const startsAt = new Date(b.startsAt);
  const endsAt = new Date(b.endsAt);
  if (!UUID.test(b.chamberId ?? '') || Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()) || endsAt <= startsAt || startsAt <= new Date())
    return reply.code(400).send({ title: 'Invalid booking' });
  try {
    const row = await asUser(p, async (c) => {
      const patient = (await c.query(`SELECT id FROM public.patients WHERE org_id = $1 AND user_id = $2`, [p.org_id, p.sub])).rows[0];
      if (!patient) return undefined;
      return (
        await c.query(
          `INSERT INTO public.bookings (patient_id, chamber_id, starts_at, ends_at, status)
           VALUES ($1, $2, $3, $4, 'confirmed') RETURNING ${BOOKING_COLUMNS}`,
          [patient.id, b.chamberId, startsAt, endsAt],
        )
      ).rows[0];
    });
    if (!row) return reply.code(404).send({ title: 'Patient not found' });
    return reply.code(201).send(row);
  } catch (err) {
    if (err.code === '23P01' || err.code === 'CB409') return reply.code(409).send({ title: 'Conflict' });
    if (err.code === 'CB401') return reply.code(401).send({ title: 'Session ended' });
    if (err.code === '42501') return reply.code(403).send({ title: 'Forbidden' });
    if (err.code === '23503') return reply.code(404).send({ title: 'Not found' });
    throw err;
  }
});

const ORDER_COLUMNS = `id, patient_id AS "patientId", order_date AS "orderDate", status, total_amount AS "totalAmount", currency,
  payment_method AS "paymentMethod", payment_id AS "paymentId", hold_expires_at AS "holdExpiresAt",
  shipping_address AS "shippingAddress", billing_address AS "billingAddress", created_at AS "createdAt", updated_at AS "updatedAt"`;
const ITEM_COLUMNS = `id, product_id AS "productId", product_name AS "productName", sku, quantity, price_per_unit AS "pricePerUnit",
  currency, batch_lot_info AS "batchLotInfo", prescription_id AS "prescriptionId"`;
const MINOR = /^[1-9][0-9]{0,17}$/;
const KEY = /^[\x21-\x7e]{1,255}$/;
const canonical = (v) =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`
      : JSON.stringify(v ?? null);
const problem = (status, title) => ({ status, title });
const CHECKOUT_ERRORS = { CB401: 401, CB403: 403, CB404: 404, CB409: 409, CB422: 422, CB400: 400 };

app.post('/api/orders/checkout', async (req, reply) => {
  const p = verify(req.headers.authorization);
  if (!p) return reply.code(401).send({ title: 'Unauthorized' });
  if (p.app_role !== 'patient') return reply.code(403).send({ title: 'Forbidden' });
  const b = req.body ?? {};
  const key = req.headers['idempotency-key'];
  if (key !== undefined && !KEY.test(key)) return reply.code(400).send({ title: 'Bad Idempotency-Key' });
  if ((b.paymentMethod !== 'wallet' && b.paymentMethod !== 'stripe') || (b.expectedTotal !== undefined && !MINOR.test(b.expectedTotal)))
    return reply.code(400).send({ title: 'Invalid checkout' });
  const hash = createHash('sha256').update(`POST\n${req.url}\n${canonical(b)}`).digest();
  try {
    const out = await asUser(p, async (c) => {
      let keyId;
      if (key !== undefined) {
        const inserted = await c.query(
          `INSERT INTO public.idempotency_keys (idempotency_key, method, path, request_hash) VALUES ($1, 'POST', $2, $3)
           ON CONFLICT (org_id, (coalesce(user_id, api_key_id)), idempotency_key) DO NOTHING RETURNING id`,
          [key, '/api/orders/checkout', hash],
        );
        if (!inserted.rows.length) {
          const stored = (
            await c.query(
              `SELECT request_hash, response_status, response_body FROM public.idempotency_keys
               WHERE idempotency_key = $1 AND org_id = $2 AND user_id = $3`,
              [key, p.org_id, p.sub],
            )
          ).rows[0];
          if (!stored || !hash.equals(stored.request_hash)) return problem(422, 'Idempotency-Key reused with other parameters');
          if (stored.response_status === null) return problem(409, 'In progress');
          return { replay: stored.response_body };
        }
        keyId = inserted.rows[0].id;
      }
      const id = (
        await c.query('SELECT app_private.checkout($1, $2, $3::bigint, $4::uuid[], $5::jsonb, $6::jsonb, $7) AS id', [
          b.paymentMethod, b.currency ?? null, b.expectedTotal ?? null, b.prescriptionIds ?? [],
          b.shippingAddress ? JSON.stringify(b.shippingAddress) : null, b.billingAddress ? JSON.stringify(b.billingAddress) : null, 1800,
        ])
      ).rows[0].id;
      const order = (await c.query(`SELECT ${ORDER_COLUMNS} FROM public.orders WHERE id = $1 AND org_id = $2`, [id, p.org_id])).rows[0];
      order.items = (await c.query(`SELECT ${ITEM_COLUMNS} FROM public.order_items WHERE order_id = $1 ORDER BY product_id`, [id])).rows;
      if (keyId)
        await c.query(`UPDATE public.idempotency_keys SET response_status = 201, response_body = $2::jsonb WHERE id = $1`, [keyId, JSON.stringify(order)]);
      return order;
    });
    if (out.title) return reply.code(out.status).send(out);
    if (out.replay) return reply.code(201).header('idempotent-replayed', 'true').send(out.replay);
    return reply.code(201).send(out);
  } catch (err) {
    const status = CHECKOUT_ERRORS[err.code];
    if (status) return reply.code(status).send({ title: err.message });
    throw err;
  }
});

await app.listen({ port: Number(process.env.PORT ?? 3103), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
