// The end of a unit of work: the caller is told success only when the work was committed. A transaction that
// a failed statement aborted answers COMMIT with a ROLLBACK tag (no error), and a deferred constraint fails
// at COMMIT itself; both must reach the caller as failures, and the connection must go back to the pool clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { appDataSourceOptions } from '../../src/common/database/data-source';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { sql, sqlFor } from '../../src/common/database/sql';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

let db: TestDb;
let single: DataSource;
let tx: RlsTransactions;
let admin: TestUser;
let org: TestOrg;

beforeAll(async () => {
  db = await createTestDatabase();
  single = new DataSource(appDataSourceOptions(db.appUrl, 1, false));
  await single.initialize();
  tx = new RlsTransactions(single);
  org = await newOrg(db);
  admin = await newUser(db, org, 'admin');
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

describe('RlsTransactions.run singleRead: BEGIN READ ONLY ... the statement ... COMMIT in one write', () => {
  /** Runs `fn` as a transaction and counts the socket writes its connection made from the handler's start. */
  async function writes<T>(singleRead: boolean, fn: () => Promise<T>, claims = admin.claims) {
    let count = 0;
    let restore = () => undefined as void;
    const result = await tx
      .run(
        claims,
        async (m) => {
          const stream = (
            m.queryRunner as unknown as {
              databaseConnection: { connection: { stream: Record<string, Function> } };
            }
          ).databaseConnection.connection.stream;
          const own = { _write: stream._write, _writev: stream._writev };
          for (const k of ['_write', '_writev'] as const)
            stream[k] = function (this: unknown, ...a: unknown[]) {
              count++;
              return own[k].apply(this, a);
            };
          restore = () => {
            stream._write = own._write;
            stream._writev = own._writev;
          };
          return fn();
        },
        { singleRead },
      )
      .finally(() => restore());
    return { result, writes: count };
  }
  const READ = `SELECT current_setting('role') AS role, current_setting('transaction_read_only') AS ro,
    (SELECT name FROM public.organizations WHERE id = $1) AS org`;

  it('sends the opening, the statement and COMMIT in one write (two without it), same answer', async () => {
    const one = await writes(true, () => sql().one(READ, [admin.orgId]));
    const two = await writes(false, () => sql().one(READ, [admin.orgId]));
    expect(one.writes).toBe(1);
    expect(two.writes).toBe(2);
    expect(one.result).toEqual({ role: 'authenticated', ro: 'on', org: await orgName() });
    expect(two.result).toEqual({ ...one.result, ro: 'off' });
  });

  it('refuses a write (read only) and leaves nothing behind', async () => {
    const before = await orgName();
    await expect(
      writes(true, () =>
        sql().exec(`UPDATE public.organizations SET name = 'single' WHERE id = $1`, [admin.orgId]),
      ),
    ).rejects.toMatchObject({ code: '25006' });
    expect(await orgName()).toBe(before);
  });

  it('refuses a second statement, through sql() or TypeORM, and the connection serves the next caller clean', async () => {
    await expect(
      writes(true, async () => {
        await sql().one(READ, [admin.orgId]);
        return sql().one(`SELECT 1 AS again`);
      }),
    ).rejects.toThrow(/one statement/);
    await expect(
      tx.run(
        admin.claims,
        async (m) => {
          await sql().one(READ, [admin.orgId]);
          return m.query(`SELECT 1 AS again`);
        },
        { singleRead: true },
      ),
    ).rejects.toThrow(/one statement/);
    const next = await writes(false, () => sql().one(READ, [admin.orgId]));
    expect(next.result).toMatchObject({ role: 'authenticated', ro: 'off' });
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'carebase-api' AND state = 'idle in transaction'
         AND datname = current_database()`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('a handler failing after its read fails the request; a failed statement is its error', async () => {
    await expect(
      writes(true, async () => {
        await sql().one(READ, [admin.orgId]);
        throw new Error('after the read');
      }),
    ).rejects.toThrow('after the read');
    await expect(writes(true, () => sql().one(`SELECT 1 / $1::int AS x`, [0]))).rejects.toMatchObject({
      code: '22012',
    });
    expect((await writes(true, () => sql().one(`SELECT 1 / $1::int AS x`, [1]))).result).toEqual({ x: 1 });
  });

  it('an ended session is refused before the read answers', async () => {
    const ended = await newUser(db, org, 'patient');
    await db.owner.query(`UPDATE public.sessions SET revoked_at = now() WHERE id = $1`, [ended.claims.sid]);
    await expect(writes(true, () => sql().one(READ, [ended.orgId]), ended.claims)).rejects.toMatchObject({
      code: 'CB401',
    });
  });
});

describe('RlsTransactions.run singleRead with TypeORM and after its end', () => {
  it('a TypeORM statement started before the read keeps COMMIT at the end: both run in the transaction', async () => {
    const [orm, read] = await tx.run(
      admin.claims,
      async (m) =>
        Promise.all([
          m.query(`SELECT current_user AS r, current_setting('request.jwt.claims', true) <> '' AS claims`),
          sql().one<{ r: string }>(`SELECT current_user AS r`),
        ]),
      { singleRead: true },
    );
    expect(orm).toEqual([{ r: 'authenticated', claims: true }]);
    expect(read).toEqual({ r: 'authenticated' });
  });

  it('a statement left running past the end of its transaction is refused, not sent', async () => {
    for (const singleRead of [false, true]) {
      let late: unknown;
      let ran!: () => void;
      const lateRan = new Promise<void>((r) => (ran = r));
      await tx.run(
        admin.claims,
        async () => {
          setTimeout(() => {
            sql()
              .one(`SELECT 1 AS late`)
              .then(
                (v) => (late = v),
                (e: Error) => (late = e),
              )
              .finally(ran);
          }, 20);
          return 'done';
        },
        { singleRead },
      );
      await lateRan;
      expect(late, `singleRead ${singleRead}`).toBeInstanceOf(Error);
      expect(String((late as Error).message)).toMatch(/has ended/);
    }
  });

  it('keeps the runner on the driver list while the read is in flight, and takes it off after', async () => {
    const runners = () =>
      (single.driver as unknown as { connectedQueryRunners: unknown[] }).connectedQueryRunners;
    let during: { listed: boolean; released: boolean } | undefined;
    let runner: unknown;
    await tx.run(
      admin.claims,
      async (m) => {
        await sql().one(`SELECT 1 AS one`);
        runner = m.queryRunner;
        during = { listed: runners().includes(runner), released: m.queryRunner!.isReleased };
      },
      { singleRead: true },
    );
    expect(during).toEqual({ listed: true, released: false });
    expect(runners()).not.toContain(runner);
  });
});

describe('RlsTransactions.run singleRead at shutdown', () => {
  it('closing the data source while a single read is in flight ends (the runner is taken off the driver list)', async () => {
    const source = new DataSource(appDataSourceOptions(db.appUrl, 1, false));
    await source.initialize();
    const own = new RlsTransactions(source);
    let reading!: () => void;
    const read = new Promise<void>((r) => (reading = r));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const inFlight = own
      .run(
        admin.claims,
        async () => {
          await sql().one(`SELECT 1 AS one`);
          reading();
          await held; // the handler is still busy when the shutdown comes
          return 'done';
        },
        { singleRead: true },
      )
      .catch((e: Error) => e);
    await read;
    const closed = await Promise.race([
      source.destroy().then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still closing after 5 s'), 5000)),
    ]);
    release();
    await inFlight;
    expect(closed).toBe('closed');
  });
});
