// Ledger write throughput: TRANSFERS transfers through app_private.ledger_transfer (two balanced entries
// each, both wallet rows locked, cached balances updated) from CLIENTS concurrent connections of the login
// role acting as service_role, one transaction per transfer, over WALLETS user wallets of one currency.
// Run: npx vitest run --config bench/vitest.config.mts
import { Pool } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from '../test/support/db';
import { newOrg, newUser } from '../test/support/factories';

const TRANSFERS = Number(process.env.BENCH_TRANSFERS ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const WALLETS = Number(process.env.BENCH_WALLETS ?? 32);

let db: TestDb;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

it(`ledger throughput: ${TRANSFERS} transfers, ${CLIENTS} clients, ${WALLETS} wallets`, async () => {
  const org = await newOrg(db);
  const wallets: string[] = [];
  for (let i = 0; i < WALLETS; i++) {
    const user = await newUser(db, org, 'patient');
    const { rows } = await db.owner.query(
      `INSERT INTO public.wallets (org_id, user_id, kind, currency) VALUES ($1, $2, 'fiat', 'USD') RETURNING id`,
      [org.id, user.id],
    );
    await db.owner.query(
      `SELECT app_private.ledger_transfer(app_private.system_wallet($1, 'external', 'fiat', 'USD'), $2, 1000000, 'credit', 'bench')`,
      [org.id, rows[0].id],
    );
    wallets.push(rows[0].id);
  }
  const pool = new Pool({ connectionString: db.appUrl, max: CLIENTS });
  const claims = JSON.stringify({ role: 'service_role', job: 'bench.ledger' });
  let next = 0;
  let refused = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (next < TRANSFERS) {
        const n = next++;
        const from = wallets[n % WALLETS];
        const to = wallets[(n * 7 + 3) % WALLETS] === from ? wallets[(n + 1) % WALLETS] : wallets[(n * 7 + 3) % WALLETS];
        await client.query('BEGIN');
        try {
          await client.query(`SELECT set_config('role', 'service_role', true), set_config('request.jwt.claims', $1, true)`, [claims]);
          await client.query(`SELECT app_private.ledger_transfer($1, $2, $3, 'transfer', 'bench')`, [from, to, String(1 + (n % 97))]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          if ((err as { code?: string }).code === 'CB409') refused++;
          else throw err;
        }
      }
    } finally {
      client.release();
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.end();

  const done = TRANSFERS - refused;
  const { rows: bad } = await db.owner.query(`SELECT * FROM app_private.ledger_discrepancies()`);
  expect(bad).toEqual([]);
  const { rows: sum } = await db.owner.query(`SELECT sum(amount)::text AS s FROM public.transactions WHERE org_id = $1`, [org.id]);
  expect(sum[0].s).toBe('0.00000000');
  process.stdout.write(
    `[figures] ledger: ${done} transfers (${done * 2} entries) in ${seconds.toFixed(2)} s with ${CLIENTS} clients = ` +
      `${(done / seconds).toFixed(0)} transfers/s, ${((done * 2) / seconds).toFixed(0)} entries/s; ledger check: 0 discrepancies\n`,
  );
});
