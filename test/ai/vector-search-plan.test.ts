// The vector search's freshness check at bench scale (10,000 memories of one user among 10 users, analyzed),
// explained as the caller through the RLS pipeline, custom and generic plan: it must read
// vector_memory_user_updated_idx alone (an index-only scan), never the table's 10,000 wide rows, which is
// what keeps a search that finds its in-process copy current at one index range read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import { VECTOR_VERSION_SQL } from '../../src/modules/ai/vector-memory.queries';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

let db: TestDb;
let users: TestUser[];

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await newOrg(db);
  users = [];
  for (let i = 0; i < 10; i++) users.push(await newUser(db, org, 'patient'));
  await db.owner.query(
    `INSERT INTO public.vector_memory (org_id, user_id, embedding, context)
     SELECT $1, $2, array_fill(0.5::real, ARRAY[256]), 'm' FROM generate_series(1, 10000)`,
    [org.id, users[3].id],
  );
  await db.owner.query(
    `INSERT INTO public.vector_memory (org_id, user_id, embedding)
     SELECT $1, u, array_fill(0.5::real, ARRAY[256]) FROM unnest($2::uuid[]) u, generate_series(1, 200)`,
    [org.id, users.filter((_, i) => i !== 3).map((u) => u.id)],
  );
  await db.owner.query('VACUUM ANALYZE public.vector_memory');
}, 120_000);
afterAll(async () => db?.close());

async function explain(user: TestUser, mode: 'custom' | 'generic'): Promise<PlanNode[]> {
  return db.tx.run(user.claims, async (m) => {
    const sql = sqlFor(m.queryRunner!);
    const [r] =
      mode === 'custom'
        ? await sql.rows(`EXPLAIN (FORMAT JSON) ${VECTOR_VERSION_SQL}`, [user.id, user.orgId])
        : await m.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${VECTOR_VERSION_SQL}`);
    return nodes(r['QUERY PLAN'][0].Plan);
  });
}

describe('vector search freshness check plan at 10k memories', () => {
  it('answers the count and the stamp sum of the caller only', async () => {
    const [row] = await db.tx.run(users[3].claims, (m) =>
      sqlFor(m.queryRunner!).rows(VECTOR_VERSION_SQL, [users[3].id, users[3].orgId]),
    );
    expect(row.n).toBe(10_000);
    const [other] = await db.tx.run(users[0].claims, (m) =>
      sqlFor(m.queryRunner!).rows(VECTOR_VERSION_SQL, [users[3].id, users[3].orgId]),
    );
    expect(other.n).toBe(0);
  });

  for (const mode of ['custom', 'generic'] as const) {
    it(`${mode} plan: an index-only scan of vector_memory_user_updated_idx`, async () => {
      const plan = await explain(users[3], mode);
      const described = JSON.stringify(
        plan.map((n) => [n['Node Type'], n['Index Name'] ?? n['Relation Name']]),
      );
      const scan = plan.find((n) => n['Index Name'] === 'vector_memory_user_updated_idx');
      expect(scan?.['Node Type'], described).toBe('Index Only Scan');
      expect(
        plan.some((n) => n['Node Type'] === 'Seq Scan'),
        described,
      ).toBe(false);
    });
  }
});
