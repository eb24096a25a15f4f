// The end of a unit of work: the caller is told success only when the work was committed. A transaction that
// a failed statement aborted answers COMMIT with a ROLLBACK tag (no error), and a deferred constraint fails
// at COMMIT itself; both must reach the caller as failures, and the connection must go back to the pool clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { appDataSourceOptions } from '../../src/common/database/data-source';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { sqlFor } from '../../src/common/database/sql';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let single: DataSource;
let tx: RlsTransactions;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  single = new DataSource(appDataSourceOptions(db.appUrl, 1, false));
  await single.initialize();
  tx = new RlsTransactions(single);
  admin = await newUser(db, await newOrg(db), 'admin');
  // A table with a deferred constraint, in this file's own database only (the request roles have no TEMP).
  await db.owner.query(
    `CREATE TABLE public.deferred_probe (id int UNIQUE DEFERRABLE INITIALLY DEFERRED);
     GRANT INSERT ON public.deferred_probe TO authenticated`,
  );
});
afterAll(async () => {
  await single?.destroy();
  await db?.close();
});

async function orgName(): Promise<string> {
  const { rows } = await db.owner.query(`SELECT name FROM public.organizations WHERE id = $1`, [admin.orgId]);
  return rows[0].name;
}

describe('RlsTransactions.run outcome', () => {
  it('a handler that swallows a failed statement and returns is not reported as committed', async () => {
    const before = await orgName();
    await expect(
      tx.run(admin.claims, async (m) => {
        const q = sqlFor(m.queryRunner!);
        await q.exec(`UPDATE public.organizations SET name = 'swallowed' WHERE id = $1`, [admin.orgId]);
        await q.one(`SELECT 1/0`).catch(() => undefined); // aborts the transaction; the handler carries on
        return 'ok';
      }),
    ).rejects.toThrow(/rolled back/);
    expect(await orgName()).toBe(before);
    // The connection is usable and clean afterwards.
    const role = await tx.run(admin.claims, async (m) =>
      sqlFor(m.queryRunner!).one(`SELECT current_user AS r`),
    );
    expect(role).toEqual({ r: 'authenticated' });
  });

  it('a constraint that fails at COMMIT is reported as a failure, not success', async () => {
    await expect(
      tx.run(admin.claims, async (m) => {
        const q = sqlFor(m.queryRunner!);
        await q.exec(`INSERT INTO public.deferred_probe VALUES (1), (1)`);
        return 'ok';
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM public.deferred_probe`);
    expect(rows[0].n).toBe(0);
    const ok = await tx.run(admin.claims, async (m) => sqlFor(m.queryRunner!).one(`SELECT 1 AS one`));
    expect(ok).toEqual({ one: 1 });
  });
});

describe('RlsTransactions.run when the connection dies mid-transaction', () => {
  it('reports the lost connection, not the released query runner that follows it', async () => {
    const err = await tx
      .run(admin.claims, async (m) => {
        const q = sqlFor(m.queryRunner!);
        const { pid } = await q.returning<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
        await db.owner.query(`SELECT pg_terminate_backend($1)`, [pid]);
        // TypeORM releases the runner when the client reports the error; wait for it, as a handler busy
        // elsewhere would, then run the next statement through the ORM.
        for (let i = 0; i < 100 && !m.queryRunner!.isReleased; i++)
          await new Promise((r) => setTimeout(r, 20));
        expect(m.queryRunner!.isReleased).toBe(true);
        return m.query(`SELECT 1`);
      })
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(err?.constructor.name).not.toBe('QueryRunnerAlreadyReleasedError');
    expect(String(err?.message)).toMatch(/terminat/i);
    // The pool is still usable: the dead connection was not handed back.
    expect(await tx.run(admin.claims, (m) => m.query(`SELECT 1 AS one`))).toEqual([{ one: 1 }]);
  });
});
