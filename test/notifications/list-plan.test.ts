// The notifications list at bench scale: 20,000 rows of one organization across 50 recipients, analyzed. The
// list query (the one the service sends) is explained under the recipient's role and claims, through the RLS
// pipeline, as the custom plan for these values and as the generic plan a prepared statement switches to.
// It must stay an index-ordered scan of the list index: a Sort node means every request reads and sorts the
// recipient's whole inbox (the policy's extra org_id predicate once made the planner misestimate this way).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import { listPageQuery } from '../../src/modules/notifications/notification.queries';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Scan Direction'?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

let db: TestDb;
let users: TestUser[];

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await newOrg(db);
  const other = await newOrg(db);
  users = [];
  for (let i = 0; i < 50; i++) users.push(await newUser(db, org, 'patient'));
  const outsider = await newUser(db, other, 'patient');
  // 400 per recipient, mostly read, newest first by the hour; a second org so org_id is not a constant.
  await db.owner.query(
    `INSERT INTO public.notifications (org_id, user_id, type, title, message, status, read_at, created_at)
     SELECT $1, u, 'system', 't', 'm', CASE WHEN k % 3 = 0 THEN 'unread' ELSE 'read' END::public.notification_status,
            CASE WHEN k % 3 <> 0 THEN now() END, now() - k * interval '1 hour'
     FROM unnest($2::uuid[]) u, generate_series(1, 400) k`,
    [org.id, users.map((u) => u.id)],
  );
  await db.owner.query(
    `INSERT INTO public.notifications (org_id, user_id, type, title, message, created_at)
     SELECT $1, $2, 'system', 't', 'm', now() - k * interval '1 minute' FROM generate_series(1, 2000) k`,
    [other.id, outsider.id],
  );
  await db.owner.query('ANALYZE public.notifications');
}, 120_000);

afterAll(async () => db?.close());

async function explain(user: TestUser, mode: 'custom' | 'generic'): Promise<PlanNode[]> {
  const { text, params } = listPageQuery({ orgId: user.orgId, userId: user.id, take: 21 });
  return db.tx.run(user.claims, async (m) => {
    const sql = sqlFor(m.queryRunner!);
    const [me] = await sql.rows(`SELECT current_user AS role, auth.uid() AS uid`);
    expect(me).toEqual({ role: 'authenticated', uid: user.id });
    const [r] =
      mode === 'custom'
        ? await sql.rows(`EXPLAIN (FORMAT JSON) ${text}`, params)
        : // Simple protocol: GENERIC_PLAN explains the statement with its $n parameters unbound.
          await m.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${text}`);
    return nodes(r['QUERY PLAN'][0].Plan);
  });
}

describe('notifications list plan at 20k rows', () => {
  it('has 20,000 rows for the org, 400 per recipient, and the recipient sees only their own', async () => {
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS users FROM public.notifications WHERE org_id = $1`,
      [users[0].orgId],
    );
    expect(rows[0]).toEqual({ n: 20_000, users: 50 });
    const visible = await db.tx.run(users[0].claims, (m) =>
      sqlFor(m.queryRunner!).rows(`SELECT DISTINCT user_id FROM public.notifications`),
    );
    expect(visible).toEqual([{ user_id: users[0].id }]);
  });

  for (const mode of ['custom', 'generic'] as const) {
    it(`${mode} plan: an index scan of notifications_org_user_created_idx in index order, no Sort`, async () => {
      const plan = await explain(users[7], mode);
      const types = plan.map((n) => n['Node Type']);
      expect(types, JSON.stringify(plan.map((n) => [n['Node Type'], n['Index Name']]))).not.toContain('Sort');
      expect(types).not.toContain('Incremental Sort');
      const scan = plan.find((n) => n['Index Name'] === 'notifications_org_user_created_idx');
      expect(scan?.['Node Type']).toMatch(/^Index (Only )?Scan$/);
      expect(plan[0]['Node Type']).toBe('Limit');
    });
  }
});
