// After a request's transaction, nothing of the caller survives on the pooled connection: the next raw
// query on it runs as the login role, with empty claims, and can read nothing (the system fails closed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { currentTransaction, NoTransactionError } from '../../src/common/context/request-context';
import { appDataSourceOptions } from '../../src/common/database/data-source';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { sqlFor } from '../../src/common/database/sql';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let single: DataSource;
let tx: RlsTransactions;
let user: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  // One connection, so the raw query below is certainly on the connection the transaction used.
  single = new DataSource(appDataSourceOptions(db.appUrl, 1, false));
  await single.initialize();
  tx = new RlsTransactions(single);
  user = await newUser(db, await newOrg(db), 'patient');
});
afterAll(async () => {
  await single?.destroy();
  await db?.close();
});

async function rawState() {
  const [row] = await single.query(
    `SELECT current_user AS role, pg_backend_pid() AS pid,
            coalesce(current_setting('request.jwt.claims', true), '') AS claims`,
  );
  return row;
}

describe('pool leak check', () => {
  it('a committed request leaves the login role and empty claims behind', async () => {
    const inside = await tx.run(user.claims, async (m) =>
      sqlFor(m.queryRunner!).returning<{ role: string; uid: string; pid: number }>(
        `SELECT current_user AS role, auth.uid() AS uid, pg_backend_pid() AS pid`,
      ),
    );
    expect(inside).toMatchObject({ role: 'authenticated', uid: user.id });
    const after = await rawState();
    expect(after.pid).toBe(inside.pid);
    expect(after).toMatchObject({ role: db.config.DATABASE_APP_ROLE, claims: '' });
  });

  it('a rolled-back request leaves nothing either', async () => {
    await expect(
      tx.run(user.claims, async (m) => {
        await sqlFor(m.queryRunner!).one('SELECT 1');
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await rawState()).toMatchObject({ role: db.config.DATABASE_APP_ROLE, claims: '' });
  });

  it('a query outside any transaction is refused by the database (login role has no grants)', async () => {
    await expect(single.query('SELECT id FROM public.users LIMIT 1')).rejects.toThrow(/permission denied/);
    await expect(single.query('SELECT auth.uid()')).rejects.toThrow(/permission denied/);
  });

  it('services cannot reach a connection without claims: there is no ambient transaction', () => {
    expect(() => currentTransaction()).toThrow(NoTransactionError);
  });

  it('claims are bound parameters: a hostile value is data, not SQL', async () => {
    const hostile = { ...user.claims, org_id: "x'); SET ROLE service_role; --" } as never;
    await expect(
      tx.run(hostile, async (m) => sqlFor(m.queryRunner!).one('SELECT public.auth_org_id()')),
    ).rejects.toThrow(/invalid input syntax for type uuid/);
    expect(await rawState()).toMatchObject({ role: db.config.DATABASE_APP_ROLE, claims: '' });
  });
});
