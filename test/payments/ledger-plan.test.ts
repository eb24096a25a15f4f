// A wallet's ledger entries (GET /api/wallets/:id/transactions) at some scale: 30 member wallets of 400 entries
// each, with their counter-entries on the organization's external account, analyzed. The query the service
// sends (wallets.queries.ts) is explained as the wallet owner through the RLS pipeline, as the custom plan and as
// the generic plan a prepared statement switches to, for the first page and for a page after a cursor. It must
// stay an index-ordered scan of transactions_wallet_created_idx: a Sort node would read and sort the wallet's
// whole history on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import { ledgerEntriesQuery } from '../../src/modules/payments/wallets.queries';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

let db: TestDb;
let owner: TestUser;
let walletId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await newOrg(db);
  const users: TestUser[] = [];
  for (let i = 0; i < 10; i++) users.push(await newUser(db, org, 'patient'));
  owner = users[3];
  const q = async <T>(text: string, params: unknown[]) => (await db.owner.query(text, params)).rows as T[];
  // Three crypto wallets per member; each entry is one leg of a balanced transfer whose other leg is on the
  // external account, so the external wallet's history is as long as all the others together.
  const wallets = await q<{ id: string; user_id: string; currency: string }>(
    `INSERT INTO public.wallets (org_id, user_id, kind, currency)
     SELECT $1, u, 'crypto', c FROM unnest($2::uuid[]) u, unnest(ARRAY['BTC', 'ETH', 'USDC']) c
     RETURNING id, user_id, currency`,
    [org.id, users.map((u) => u.id)],
  );
  for (const currency of ['BTC', 'ETH', 'USDC']) {
    const [{ id: external }] = await q<{ id: string }>(
      `SELECT app_private.system_wallet($1, 'external', 'crypto', $2) AS id`,
      [org.id, currency],
    );
    const mine = wallets.filter((w) => w.currency === currency);
    await db.owner.query(
      `INSERT INTO public.transactions (org_id, transfer_id, wallet_id, user_id, kind, amount, currency, balance_after, created_at)
       SELECT $1, t.transfer, leg.wallet, leg.uid, 'credit', leg.amount, $2, leg.amount * k, t.at
       FROM unnest($3::uuid[], $4::uuid[]) AS w(id, uid), generate_series(1, 400) k,
            LATERAL (SELECT gen_random_uuid() AS transfer, now() - k * interval '1 minute' AS at) t,
            LATERAL (VALUES (w.id, w.uid, 1::numeric), ($5::uuid, NULL::uuid, -1::numeric)) AS leg(wallet, uid, amount)`,
      [org.id, currency, mine.map((w) => w.id), mine.map((w) => w.user_id), external],
    );
  }
  await db.owner.query('ANALYZE public.transactions');
  walletId = wallets.find((w) => w.user_id === owner.id && w.currency === 'ETH')!.id;
}, 120_000);

afterAll(async () => db?.close());

async function explain(
  mode: 'custom' | 'generic',
  after?: { createdAt: string; id: string },
): Promise<PlanNode[]> {
  const { text, params } = ledgerEntriesQuery(walletId, 21, after);
  return db.tx.run(owner.claims, async (m) => {
    const sql = sqlFor(m.queryRunner!);
    const [r] =
      mode === 'custom'
        ? await sql.rows(`EXPLAIN (FORMAT JSON) ${text}`, params)
        : // Simple protocol: GENERIC_PLAN explains the statement with its $n parameters unbound.
          await m.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${text}`);
    return nodes(r['QUERY PLAN'][0].Plan);
  });
}

describe('ledger entries plan', () => {
  it('has 400 entries on the wallet, 12,000 member entries in all, and the owner sees only their own', async () => {
    const { rows } = await db.owner.query(
      `SELECT count(*) FILTER (WHERE wallet_id = $1)::int AS wallet, count(*) FILTER (WHERE user_id IS NOT NULL)::int AS members
       FROM public.transactions`,
      [walletId],
    );
    expect(rows[0]).toEqual({ wallet: 400, members: 12_000 });
    const visible = await db.tx.run(owner.claims, (m) =>
      sqlFor(m.queryRunner!).rows(`SELECT DISTINCT user_id FROM public.transactions`),
    );
    expect(visible).toEqual([{ user_id: owner.id }]);
  });

  for (const mode of ['custom', 'generic'] as const)
    for (const cursor of [false, true]) {
      const name = `${mode} plan${cursor ? ' after a cursor' : ''}: an index scan of transactions_wallet_created_idx in index order, no Sort`;
      const check = async () => {
        const after = cursor
          ? { createdAt: new Date(Date.now() - 100 * 60_000).toISOString(), id: walletId }
          : undefined;
        const plan = await explain(mode, after);
        const types = plan.map((n) => n['Node Type']);
        expect(types, JSON.stringify(plan.map((n) => [n['Node Type'], n['Index Name']]))).not.toContain(
          'Sort',
        );
        expect(types).not.toContain('Incremental Sort');
        const scan = plan.find((n) => n['Index Name'] === 'transactions_wallet_created_idx');
        expect(scan?.['Node Type']).toMatch(/^Index (Only )?Scan$/);
        expect(plan[0]['Node Type']).toBe('Limit');
      };
      it(name, check);
    }
});
