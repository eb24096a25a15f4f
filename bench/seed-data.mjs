// Bench data: `npm run seed:data -- --orgs 100 --users 10000 --notifications-per-user 100 --bookings-per-user 2`
//
// Loads, as the database owner, per organization and in one transaction each: the organization, a facility
// with CHAMBERS_PER_ORG chambers open around the clock, its users (users + users_roles as patients + a
// patients row each), their notifications and their bookings, all with server-side INSERT ... SELECT over
// generate_series. Ids are derived from integers (lib/common.mjs), so pgbench scripts can build claims for
// any user without a lookup. Every notification title names its recipient ("u<n> #<k>"), which is how the
// bench checks that returned rows belong to the caller.
//
// During the load each transaction runs with `SET LOCAL session_replication_role = replica`: the owner is a
// superuser, and this skips the row triggers (audit hash chain, updated_at, booking checks) and the foreign
// key triggers, which would otherwise dominate. The data is built consistent by construction (unique
// constraints and the booking exclusion constraint are indexes, and still apply).
//
// For the checkout bench, each organization sells one product (a large stock) and each user has a fiat wallet
// funded from the organization's external account through app_private.ledger_transfer (the ledger's one
// writer, so app_private.ledger_discrepancies() stays empty); carts are filled by the bench itself.
//
// Idempotent: the parameters are recorded on bench org 1 when the load completes; the same parameters again
// do nothing, different ones delete the bench data (every public table with an org_id, by bench org) and load anew.
import pg from 'pg';
import { benchDatabase, CHAMBERS_PER_ORG, CHECKOUT, ids, loadDist, parseArgs, sqlIds } from './lib/common.mjs';

const ORG_SQL = (e) => sqlIds.org(e);
/** Bumped when the shape of the bench data changes, so an older load is replaced. */
const SEED_LAYOUT = 4;

export async function seed(ownerUrl, params, out = process.stdout) {
  const p = {
    orgs: Number(params.orgs),
    users: Number(params.users),
    notificationsPerUser: Number(params.notificationsPerUser),
    bookingsPerUser: Number(params.bookingsPerUser),
  };
  const record = { ...p, layout: SEED_LAYOUT };
  for (const [k, v] of Object.entries(p))
    if (!Number.isInteger(v) || v < 0 || (k !== 'bookingsPerUser' && k !== 'notificationsPerUser' && v < 1))
      throw new Error(`--${k} must be a positive integer`);
  if (p.users < p.orgs) throw new Error('--users must be at least --orgs');
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT settings -> 'bench_seed' AS seed FROM public.organizations WHERE id = $1`, [
      ids.org(1),
    ]);
    const recorded = rows[0]?.seed;
    if (recorded && Object.keys(record).every((k) => recorded[k] === record[k])) {
      out.write(`bench data already loaded (${JSON.stringify(p)}): nothing to do\n`);
      return { skipped: true, params: p };
    }
    const started = Date.now();
    const { rows: existing } = await client.query(
      `SELECT count(*)::int AS n FROM public.organizations WHERE slug LIKE 'bench-org-%'`,
    );
    if (existing[0].n) {
      out.write(`replacing bench data (${existing[0].n} bench orgs${recorded ? `, loaded with ${JSON.stringify(recorded)}` : ', incomplete load'})\n`);
      await deleteBenchData(client);
    }
    const total = p.users * (6 + p.notificationsPerUser + p.bookingsPerUser) + p.orgs * (5 + CHAMBERS_PER_ORG);
    let done = 0;
    const bar = (o) => {
      const secs = (Date.now() - started) / 1000;
      const width = 30;
      const filled = Math.round((o / p.orgs) * width);
      out.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${o}/${p.orgs} orgs, ${done.toLocaleString('en-US')} rows, ${Math.round(done / Math.max(secs, 0.001)).toLocaleString('en-US')} rows/s   `,
      );
    };
    bar(0);
    for (let o = 1; o <= p.orgs; o++) {
      done += await seedOrg(client, o, p);
      bar(o);
    }
    await client.query(`UPDATE public.organizations SET settings = settings || jsonb_build_object('bench_seed', $2::jsonb) WHERE id = $1`, [
      ids.org(1),
      JSON.stringify(record),
    ]);
    const loadSecs = (Date.now() - started) / 1000;
    out.write(`\nloaded ${done.toLocaleString('en-US')} rows in ${loadSecs.toFixed(1)} s (${Math.round(done / loadSecs).toLocaleString('en-US')} rows/s); analyzing\n`);
    // Every table, not only the seeded ones: replacing a data set deletes the previous runs' rows everywhere
    // (audit_logs, orders, ledger entries, ...) and left their dead tuples to autovacuum (audit_logs was seen at
    // 232 MB for 18 live rows). The pages stay allocated: a re-seeded database is clean, not a fresh one.
    await client.query('VACUUM (ANALYZE)');
    out.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (expected ${total.toLocaleString('en-US')} rows)\n`);
    return { skipped: false, params: p, rows: done, seconds: loadSecs };
  } finally {
    await client.end();
  }
}

async function seedOrg(client, o, p) {
  // Users of org o: n = o, o + orgs, o + 2 * orgs, ... <= users.
  const count = Math.floor((p.users - o) / p.orgs) + 1;
  const users = `SELECT $1::int + i * $2::int AS n FROM generate_series(0, $3::int - 1) i`;
  const args = [o, p.orgs, count];
  let rows = 0;
  const q = async (text, values = args) => {
    const r = await client.query(text, values);
    rows += r.rowCount ?? 0;
  };
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    await q(`INSERT INTO public.organizations (id, name, slug) VALUES (${ORG_SQL('$1::int')}::uuid, 'Bench org ' || $1::int, 'bench-org-' || $1::int)`, [o]);
    await q(
      `INSERT INTO public.facilities (id, org_id, name, timezone) VALUES (${sqlIds.facility('$1::int')}::uuid, ${ORG_SQL('$1::int')}::uuid, 'Bench facility ' || $1::int, 'UTC')`,
      [o],
    );
    await q(
      `INSERT INTO public.chambers (id, org_id, facility_id, name, opens_at, closes_at, open_days)
       SELECT ${sqlIds.chamber(`($1::int - 1) * ${CHAMBERS_PER_ORG} + k`)}::uuid, ${ORG_SQL('$1::int')}::uuid, ${sqlIds.facility('$1::int')}::uuid,
              'Chamber ' || k, '00:00', '00:00', '{1,2,3,4,5,6,7}'
       FROM generate_series(1, ${CHAMBERS_PER_ORG}) k`,
      [o],
    );
    await q(
      `INSERT INTO public.users (id, org_id, email, name, email_verified_at)
       SELECT ${sqlIds.user('n')}::uuid, ${ORG_SQL('$1::int')}::uuid, 'bench-u' || n || '@bench.test', 'Bench user ' || n, now()
       FROM (${users}) u`,
    );
    await q(
      `INSERT INTO public.users_roles (org_id, user_id, role)
       SELECT ${ORG_SQL('$1::int')}::uuid, ${sqlIds.user('n')}::uuid, 'patient' FROM (${users}) u`,
    );
    await q(
      // One live session per user: access tokens name it (sid) and the API checks it on every request. Its
      // access_role is the membership's (its trigger is off during the load, see above).
      `INSERT INTO public.sessions (id, org_id, user_id, refresh_token_hash, expires_at, access_role)
       SELECT ${sqlIds.session('n')}::uuid, ${ORG_SQL('$1::int')}::uuid, ${sqlIds.user('n')}::uuid,
              sha256(('bench-session-' || n)::bytea), now() + interval '365 days', 'patient' FROM (${users}) u`,
    );
    await q(
      `INSERT INTO public.patients (id, org_id, user_id, first_name, last_name)
       SELECT ${sqlIds.patient('n')}::uuid, ${ORG_SQL('$1::int')}::uuid, ${sqlIds.user('n')}::uuid, 'Bench', 'U' || n FROM (${users}) u`,
    );
    if (p.notificationsPerUser)
      await q(
        `INSERT INTO public.notifications (org_id, user_id, type, title, message, status, read_at, created_at)
         SELECT ${ORG_SQL('$1::int')}::uuid, ${sqlIds.user('n')}::uuid,
                (ARRAY['message', 'appointment_booked', 'payment_received', 'system'])[1 + k % 4]::public.notification_type,
                'u' || n || ' #' || k, 'Bench notification ' || k || ' for user ' || n,
                s.status::public.notification_status,
                CASE WHEN s.status <> 'unread' THEN ts END, ts
         FROM (${users}) u, generate_series(1, $4::int) k,
              LATERAL (SELECT CASE WHEN k % 20 < 12 THEN 'read' WHEN k % 20 < 19 THEN 'unread' ELSE 'archived' END AS status,
                              now() - k * interval '1 hour' - n * interval '1 millisecond' AS ts) s`,
        [...args, p.notificationsPerUser],
      );
    if (p.bookingsPerUser)
      await q(
        // One hour apart across all bench users: seeded bookings never overlap (and stay clear of the bench's slots).
        `INSERT INTO public.bookings (org_id, patient_id, chamber_id, starts_at, ends_at, status, confirmed_at, created_by)
         SELECT ${ORG_SQL('$1::int')}::uuid, ${sqlIds.patient('n')}::uuid,
                ${sqlIds.chamber(`($1::int - 1) * ${CHAMBERS_PER_ORG} + 1 + (n + k) % ${CHAMBERS_PER_ORG}`)}::uuid,
                timestamptz '2090-01-01 00:00Z' + ((n - 1) * $4::int + k) * interval '1 hour',
                timestamptz '2090-01-01 00:30Z' + ((n - 1) * $4::int + k) * interval '1 hour',
                'confirmed', now(), ${sqlIds.user('n')}::uuid
         FROM (${users}) u, generate_series(1, $4::int) k`,
        [...args, p.bookingsPerUser],
      );
    // Checkout: the org's product, its external and revenue accounts, a funded wallet per user.
    await q(
      `INSERT INTO public.products (id, org_id, name, sku, price, currency, inventory_count, batch_lot_info)
       VALUES (${sqlIds.product('$1::int')}::uuid, ${ORG_SQL('$1::int')}::uuid, 'Bench product ' || $1::int, 'BENCH-' || $1::int,
               $2, $3, $4, 'LOT-BENCH-' || $1::int)`,
      [o, CHECKOUT.price, CHECKOUT.currency, CHECKOUT.stock],
    );
    await q(
      `SELECT app_private.system_wallet(${ORG_SQL('$1::int')}::uuid, a, 'fiat', $2) FROM unnest(ARRAY['external', 'revenue']) a`,
      [o, CHECKOUT.currency],
    );
    await q(
      `INSERT INTO public.wallets (id, org_id, user_id, kind, currency)
       SELECT ${sqlIds.wallet('n')}::uuid, ${ORG_SQL('$1::int')}::uuid, ${sqlIds.user('n')}::uuid, 'fiat', $4 FROM (${users}) u`,
      [...args, CHECKOUT.currency],
    );
    await q(
      `SELECT app_private.ledger_transfer(app_private.system_wallet(${ORG_SQL('$1::int')}::uuid, 'external', 'fiat', $4),
                                          ${sqlIds.wallet('n')}::uuid, $5::numeric, 'credit', 'bench funding')
       FROM (${users}) u`,
      [...args, CHECKOUT.currency, CHECKOUT.funding],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  return rows;
}

/** Every public table with an org_id column loses the bench orgs' rows; then their users and the orgs. */
async function deleteBenchData(client) {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    const { rows: orgs } = await client.query(`SELECT array_agg(id) AS ids FROM public.organizations WHERE slug LIKE 'bench-org-%'`);
    const { rows: tables } = await client.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
       WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attname = 'org_id' AND NOT a.attisdropped AND c.relname <> 'users'`,
    );
    for (const { relname } of tables)
      await client.query(`DELETE FROM public.${client.escapeIdentifier(relname)} WHERE org_id = ANY($1::uuid[])`, [orgs[0].ids]);
    await client.query(`DELETE FROM public.users WHERE org_id = ANY($1::uuid[])`, [orgs[0].ids]);
    await client.query(`DELETE FROM public.organizations WHERE id = ANY($1::uuid[])`, [orgs[0].ids]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

// CLI
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2), { orgs: 100, users: 10000, notificationsPerUser: 100, bookingsPerUser: 2 });
  const dist = loadDist();
  const db = await benchDatabase(dist, { migrate: true });
  try {
    await seed(db.ownerUrl, args);
  } finally {
    await db.embedded?.stop();
  }
}
