// Audit log costs, measured on the embedded PostgreSQL:
//  1. the audit triggers per written row: INSERTs (and an UPDATE) into a tenant-shaped table with and without
//     auditTrigger(), as the owner with claims set by set_config, median of 3 runs;
//  2. the per-organization chain lock: concurrent one-row transactions from 4 clients, one organization vs
//     one organization per client vs no audit trigger;
//  3. archival: ARCHIVE_ROWS hash-chained audit rows over 10 organizations, 90% older than 90 days, moved by
//     archive_old_audit_logs(90); then one organization's chain verified across archive and live.
// Run: npx vitest run --config bench/vitest.config.mts bench/audit-archive.ts
// (BENCH_AUDIT_ROWS=5000 BENCH_ARCHIVE_ROWS=1000000 by default.)
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditTrigger } from '../src/migrations/helpers';
import { createTestDatabase, type TestDb } from '../test/support/db';
import { newOrg } from '../test/support/factories';

const ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 5000);
const ARCHIVE_ROWS = Number(process.env.BENCH_ARCHIVE_ROWS ?? 1_000_000);
const CLIENTS = 4;
const TXNS_PER_CLIENT = 500;

let db: TestDb;
let owner: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`
    CREATE TABLE public.bench_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL,
      name text NOT NULL,
      qty integer NOT NULL,
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX bench_items_org_idx ON public.bench_items (org_id);`);
});
afterAll(async () => {
  await owner?.end();
  await db?.close();
});

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (s: string) => process.stdout.write(`[figures] ${s}\n`);

async function timed(c: Client, orgId: string, fn: () => Promise<void>): Promise<number> {
  await c.query('TRUNCATE public.bench_items');
  await c.query('BEGIN');
  await c.query(`SELECT set_config('request.jwt.claims', $1, true)`, [
    JSON.stringify({ role: 'service_role', job: 'bench.audit', org_id: orgId, request_id: randomUUID() }),
  ]);
  const t = process.hrtime.bigint();
  await fn();
  await c.query('COMMIT');
  return ms(t);
}

async function measureWrites(label: string, orgId: string): Promise<Record<string, number>> {
  const single: number[] = [];
  const bulk: number[] = [];
  const update: number[] = [];
  for (let run = 0; run < 3; run++) {
    single.push(
      await timed(owner, orgId, async () => {
        for (let i = 0; i < ROWS; i++)
          await owner.query(
            `INSERT INTO public.bench_items (org_id, name, qty, note) VALUES ($1, $2, $3, $4)`,
            [orgId, `item ${i}`, i, 'a note of moderate length to make the row realistic'],
          );
      }),
    );
    bulk.push(
      await timed(owner, orgId, async () => {
        await owner.query(
          `INSERT INTO public.bench_items (org_id, name, qty, note)
           SELECT $1, 'item ' || g, g, 'a note of moderate length to make the row realistic' FROM generate_series(1, $2) g`,
          [orgId, ROWS],
        );
      }),
    );
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('request.jwt.claims', $1, true)`, [
      JSON.stringify({ role: 'service_role', org_id: orgId }),
    ]);
    const t = process.hrtime.bigint();
    await owner.query(`UPDATE public.bench_items SET qty = qty + 1`);
    await owner.query('COMMIT');
    update.push(ms(t));
  }
  const out = { single: median(single), bulk: median(bulk), update: median(update) };
  line(
    `${label}: ${ROWS} single-row INSERTs in one transaction ${out.single.toFixed(0)} ms (${((out.single * 1000) / ROWS).toFixed(1)} us/row); ` +
      `one INSERT ... SELECT of ${ROWS} rows ${out.bulk.toFixed(0)} ms (${((out.bulk * 1000) / ROWS).toFixed(1)} us/row); ` +
      `UPDATE of ${ROWS} rows ${out.update.toFixed(0)} ms (${((out.update * 1000) / ROWS).toFixed(1)} us/row)`,
  );
  return out;
}

it(`audit trigger cost: ${ROWS} rows with and without the trigger`, async () => {
  const org = await newOrg(db);
  const without = await measureWrites('without audit trigger', org.id);
  await owner.query(auditTrigger('bench_items'));
  const before = (
    await owner.query(`SELECT count(*)::int AS n FROM audit_logs WHERE table_name = 'bench_items'`)
  ).rows[0].n;
  const withTrigger = await measureWrites('with audit trigger   ', org.id);
  const after = (
    await owner.query(`SELECT count(*)::int AS n FROM audit_logs WHERE table_name = 'bench_items'`)
  ).rows[0].n;
  expect(after - before).toBe(3 * 3 * ROWS);
  for (const k of ['single', 'bulk', 'update'] as const)
    line(
      `audit trigger overhead (${k}): +${(((withTrigger[k] - without[k]) * 1000) / ROWS).toFixed(1)} us/row, x${(withTrigger[k] / without[k]).toFixed(2)}`,
    );
  const chain = await owner.query(`SELECT broken_seq FROM app_private.verify_audit_chain($1)`, [org.id]);
  expect(chain.rows[0].broken_seq).toBeNull();
});

it(`chain lock: ${CLIENTS} clients x ${TXNS_PER_CLIENT} one-row transactions`, async () => {
  const orgs = await Promise.all(Array.from({ length: CLIENTS }, () => newOrg(db)));
  const pool = new Pool({ connectionString: db.ownerUrl, max: CLIENTS });
  const run = async (orgFor: (client: number) => string) => {
    const t = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, k) => {
        const c = await pool.connect();
        try {
          const claims = JSON.stringify({ role: 'service_role', job: 'bench.lock', org_id: orgFor(k) });
          for (let i = 0; i < TXNS_PER_CLIENT; i++) {
            await c.query('BEGIN');
            await c.query(`SELECT set_config('request.jwt.claims', $1, true)`, [claims]);
            await c.query(`INSERT INTO public.bench_items (org_id, name, qty) VALUES ($1, 'x', $2)`, [
              orgFor(k),
              i,
            ]);
            await c.query('COMMIT');
          }
        } finally {
          c.release();
        }
      }),
    );
    return (CLIENTS * TXNS_PER_CLIENT) / (ms(t) / 1000);
  };
  const same = await run(() => orgs[0].id);
  const spread = await run((k) => orgs[k].id);
  await owner.query(
    `DROP TRIGGER audit_row_change ON public.bench_items; DROP TRIGGER audit_statement_lock ON public.bench_items`,
  );
  const none = await run(() => orgs[0].id);
  await pool.end();
  line(
    `chain lock, ${CLIENTS} clients x ${TXNS_PER_CLIENT} one-insert transactions: one org ${same.toFixed(0)} tx/s; ` +
      `one org per client ${spread.toFixed(0)} tx/s; no audit trigger ${none.toFixed(0)} tx/s`,
  );
  for (const o of orgs) {
    const chain = await owner.query(`SELECT broken_seq FROM app_private.verify_audit_chain($1)`, [o.id]);
    expect(chain.rows[0].broken_seq).toBeNull();
  }
});

it(`archival: ${ARCHIVE_ROWS} audit rows, 90% older than 90 days`, async () => {
  const orgs = Array.from({ length: 10 }, () => randomUUID());
  const old = Math.floor(ARCHIVE_ROWS * 0.9);
  const t0 = process.hrtime.bigint();
  // Chained rows built with the insert path's own hash function; occurred_at spread over the past
  // (old rows 91..190 days back, recent ones within the last 10 days), in seq order.
  await owner.query(`
    DO $gen$
    DECLARE
      orgs uuid[] := '{${orgs.join(',')}}';
      prev bytea[] := array_fill(NULL::bytea, ARRAY[10]);
      r public.audit_logs;
      k integer;
    BEGIN
      FOR i IN 1..${ARCHIVE_ROWS} LOOP
        k := (i % 10) + 1;
        r.id := gen_random_uuid();
        r.seq := nextval('public.audit_logs_seq_seq');
        r.org_id := orgs[k];
        r.event_type := 'DATA_CHANGE';
        r.actor_user_id := gen_random_uuid();
        r.actor_role := 'authenticated';
        r.actor_app_role := 'provider';
        r.db_user := 'bench';
        r.occurred_at := CASE WHEN i <= ${old}
          THEN now() - interval '190 days' + (i::float8 / ${old}) * interval '99 days'
          ELSE now() - interval '10 days' + ((i - ${old})::float8 / ${ARCHIVE_ROWS - old}) * interval '10 days' END;
        r.action := 'UPDATE';
        r.table_name := 'medical_records';
        r.row_id := r.id::text;
        r.changed_columns := '{notes,updated_at}';
        r.request_id := 'bench-' || i;
        r.ip := '10.0.0.1';
        r.user_agent := 'bench';
        r.outcome := 'success';
        r.prev_hash := prev[k];
        r.hash := app_private.audit_hash(r);
        prev[k] := r.hash;
        INSERT INTO public.audit_logs OVERRIDING SYSTEM VALUE VALUES (r.*);
      END LOOP;
    END
    $gen$;`);
  const genMs = ms(t0);
  await owner.query('VACUUM ANALYZE public.audit_logs');
  const size = (await owner.query(`SELECT pg_size_pretty(pg_total_relation_size('public.audit_logs')) AS s`))
    .rows[0].s;
  line(
    `archival: generated ${ARCHIVE_ROWS} chained audit rows in ${(genMs / 1000).toFixed(1)} s (${(ARCHIVE_ROWS / (genMs / 1000)).toFixed(0)} rows/s); audit_logs ${size} with indexes`,
  );

  const app = new Client({ connectionString: db.appUrl });
  await app.connect();
  let moved = 0;
  let archiveMs = 0;
  try {
    await app.query('BEGIN');
    await app.query(
      `SELECT set_config('role', 'service_role', true), set_config('request.jwt.claims', $1, true)`,
      [JSON.stringify({ role: 'service_role', job: 'bench.archive' })],
    );
    const t = process.hrtime.bigint();
    moved = (await app.query(`SELECT public.archive_old_audit_logs(90) AS n`)).rows[0].n;
    await app.query('COMMIT');
    archiveMs = ms(t);
  } finally {
    await app.end();
  }
  expect(moved).toBe(old);
  line(
    `archival: archive_old_audit_logs(90) moved ${moved} rows in ${(archiveMs / 1000).toFixed(1)} s = ${(moved / (archiveMs / 1000)).toFixed(0)} rows/s (one transaction, commit included)`,
  );

  const tv = process.hrtime.bigint();
  const chain = await owner.query(`SELECT checked, broken_seq FROM app_private.verify_audit_chain($1)`, [
    orgs[3],
  ]);
  const verifyMs = ms(tv);
  expect(chain.rows[0].broken_seq).toBeNull();
  expect(Number(chain.rows[0].checked)).toBe(ARCHIVE_ROWS / 10);
  line(
    `verification: one org's chain of ${chain.rows[0].checked} rows (archive + live) in ${(verifyMs / 1000).toFixed(2)} s = ` +
      `${(Number(chain.rows[0].checked) / (verifyMs / 1000)).toFixed(0)} rows/s`,
  );
});
