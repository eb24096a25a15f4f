// The vector search's freshness check and refresh at bench scale (10,000 memories of one user among 10 users,
// analyzed), explained as the caller through the RLS pipeline, custom and generic plan: the check reads the
// caller's counter row by its primary key, whatever the number of memories; a refresh reads the rows written
// since through vector_memory_user_revision_idx, and the ids after a delete from it alone (index-only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import {
  VECTOR_IDS_SQL,
  VECTOR_VERSION_SQL,
  VECTORS_SINCE_SQL,
} from '../../src/modules/ai/vector-memory.queries';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
};
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
  // A later write of 10 rows: the refresh after it reads those, not the 10,000.
  await db.owner.query(
    `UPDATE public.vector_memory SET context = 'changed'
     WHERE id IN (SELECT id FROM public.vector_memory WHERE user_id = $1 LIMIT 10)`,
    [users[3].id],
  );
  await db.owner.query('VACUUM ANALYZE public.vector_memory');
}, 120_000);
afterAll(async () => db?.close());

async function explain(
  user: TestUser,
  mode: 'custom' | 'generic',
  text: string,
  params: unknown[],
): Promise<PlanNode[]> {
  return db.tx.run(user.claims, async (m) => {
    const sql = sqlFor(m.queryRunner!);
    const [r] =
      mode === 'custom'
        ? await sql.rows(`EXPLAIN (FORMAT JSON) ${text}`, params)
        : await m.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${text}`);
    return nodes(r['QUERY PLAN'][0].Plan);
  });
}
const describePlan = (plan: PlanNode[]) =>
  JSON.stringify(plan.map((n) => [n['Node Type'], n['Index Name'] ?? n['Relation Name']]));

describe('vector search freshness check and refresh at 10k memories', () => {
  it("answers the caller's own counter only; the bulk insert raised it once", async () => {
    const version = (u: TestUser) =>
      db.tx.run(u.claims, (m) => sqlFor(m.queryRunner!).one<{ version: string }>(VECTOR_VERSION_SQL));
    // One insert statement (one transaction) of 10,000 rows, then one update statement: two raises.
    expect((await version(users[3]))?.version).toBe('2');
    expect((await version(users[0]))?.version).toBe('1');
    const [row] = await db.tx.run(users[0].claims, (m) =>
      sqlFor(m.queryRunner!).rows(VECTORS_SINCE_SQL, [users[3].id, users[3].orgId, 256, '-1']),
    );
    expect(row).toBeUndefined(); // another user's rows stay invisible whatever the parameters say
    const since = await db.tx.run(users[3].claims, (m) =>
      sqlFor(m.queryRunner!).rows(VECTORS_SINCE_SQL, [users[3].id, users[3].orgId, 256, '1']),
    );
    expect(since).toHaveLength(10);
  });

  it('the check is a primary-key read of the counter (the function runs one statement)', async () => {
    const [r] = await db.owner
      .query<{ src: string }>(
        `SELECT prosrc AS src FROM pg_proc WHERE oid = 'app_private.vector_memory_version()'::regprocedure`,
      )
      .then((x) => x.rows);
    const body = r.src.replace(/\s+/g, ' ');
    const plan = await db.owner.query(
      `EXPLAIN (FORMAT JSON) ${body.replace('auth.uid()', `'${users[3].id}'::uuid`).replace('public.auth_org_id()', `'${users[3].orgId}'::uuid`)}`,
    );
    const ns = nodes(plan.rows[0]['QUERY PLAN'][0].Plan);
    expect(
      ns.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'vector_memory_versions'),
    ).toBe(false);
    expect(
      ns.some((n) => n['Index Name'] === 'vector_memory_versions_pkey'),
      describePlan(ns),
    ).toBe(true);
  });

  for (const mode of ['custom', 'generic'] as const) {
    it(`${mode} plan: the refresh reads vector_memory_user_revision_idx, the ids index-only`, async () => {
      const since = await explain(users[3], mode, VECTORS_SINCE_SQL, [users[3].id, users[3].orgId, 256, '1']);
      expect(
        since.some((n) => n['Index Name'] === 'vector_memory_user_revision_idx'),
        describePlan(since),
      ).toBe(true);
      expect(
        since.some((n) => n['Node Type'] === 'Seq Scan'),
        describePlan(since),
      ).toBe(false);
      const ids = await explain(users[3], mode, VECTOR_IDS_SQL, [users[3].id, users[3].orgId]);
      expect(
        ids.find((n) => n['Index Name'] === 'vector_memory_user_revision_idx')?.['Node Type'],
        describePlan(ids),
      ).toBe('Index Only Scan');
    });
  }
});
