// An organization always keeps an admin, also when two admins demote (or remove) each other at the same
// moment: each trigger must see the other's committed change, not a snapshot from before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import { createTestDatabase, type TestDb } from '../support/db';
import { addMembership, newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** Runs both writes, each in its own transaction, and lets neither commit before both have written. */
async function race(a: TestUser, b: TestUser, stmt: string) {
  let arrived = 0;
  let release!: () => void;
  const barrier = new Promise<void>((r) => (release = r));
  const step = (me: TestUser, other: TestUser) =>
    db.tx.run(me.claims, async (m) => {
      await sqlFor(m.queryRunner!).exec(stmt, [me.orgId, other.id]);
      if (++arrived === 2) release();
      await Promise.race([barrier, new Promise((r) => setTimeout(r, 2000))]);
    });
  return Promise.allSettled([step(a, b), step(b, a)]);
}

async function admins(orgId: string): Promise<number> {
  const { rows } = await db.owner.query(
    `SELECT count(*)::int AS n FROM public.users_roles WHERE org_id = $1 AND role = 'admin'`,
    [orgId],
  );
  return rows[0].n;
}

describe('keep one admin under concurrency', () => {
  it('two admins demoting each other at once leave one admin', async () => {
    const org = await newOrg(db);
    const a = await newUser(db, org, 'admin');
    const b = await newUser(db, org, 'admin');
    const results = await race(a, b, `UPDATE public.users_roles SET role = 'patient' WHERE org_id = $1 AND user_id = $2`);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(await admins(org.id)).toBe(1);
  });

  it('two admins removing each other at once leave one admin', async () => {
    const org = await newOrg(db);
    const a = await newUser(db, org, 'admin');
    const b = await newUser(db, org, 'admin');
    const results = await race(a, b, `DELETE FROM public.users_roles WHERE org_id = $1 AND user_id = $2`);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(await admins(org.id)).toBe(1);
  });
});

describe('keep one admin and deleting the organization', () => {
  it('deleting an organization removes its only admin membership with it', async () => {
    const home = await newOrg(db);
    const other = await newOrg(db);
    const user = await newUser(db, home, 'patient');
    await addMembership(db, user, other, 'admin');
    const { rowCount } = await db.owner.query(`DELETE FROM public.organizations WHERE id = $1`, [other.id]);
    expect(rowCount).toBe(1);
    expect(await admins(other.id)).toBe(0);
  });
});
