// Named (prepared) statements are bounded (issue 15, finding 5): a prepared statement lives as long as its
// pooled connection, so one named per distinct SQL text let a caller grow the database's memory without limit.
// Past MAX_NAMED_STATEMENTS texts, sql() runs statements unnamed, and a connection's memory stays flat.
import { existsSync, readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDataSourceOptions } from '../../src/common/database/data-source';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { MAX_NAMED_STATEMENTS, sql } from '../../src/common/database/sql';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let single: DataSource;
let tx: RlsTransactions;
let user: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  single = new DataSource(appDataSourceOptions(db.appUrl, 1, false)); // one connection: every statement on it
  await single.initialize();
  tx = new RlsTransactions(single);
  user = await newUser(db, await newOrg(db), 'patient');
});
afterAll(async () => {
  await single?.destroy();
  await db?.close();
});

/** `count` distinct SQL texts through sql(), 50 per request transaction; answers the backend's state after. */
async function distinctTexts(from: number, count: number) {
  for (let start = from; start < from + count; start += 50)
    await tx.run(user.claims, async () => {
      for (let i = start; i < Math.min(start + 50, from + count); i++)
        await sql().rows(`SELECT $1::int + ${i} AS n`, [1]);
    });
  return tx.run(user.claims, async () => {
    const [state] = await sql().rows<{ prepared: number; pid: number }>(
      'SELECT (SELECT count(*) FROM pg_prepared_statements)::int AS prepared, pg_backend_pid() AS pid',
    );
    return state;
  });
}

/** Resident anonymous memory of a local PostgreSQL backend, in kB (the suite's server runs on this machine). */
function rssKb(pid: number): number | undefined {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return undefined;
  const m = /RssAnon:\s+(\d+) kB/.exec(readFileSync(file, 'utf8'));
  return m ? Number(m[1]) : undefined;
}

describe('named statements', () => {
  it('stay within the bound however many distinct texts a connection runs', async () => {
    const filled = await distinctTexts(0, MAX_NAMED_STATEMENTS + 50);
    expect(filled.prepared).toBeLessThanOrEqual(MAX_NAMED_STATEMENTS + 4); // + the pipeline's own (BEGIN, claims, ...)
    const before = rssKb(filled.pid);
    const after = await distinctTexts(10_000, 2_000);
    expect(after.pid).toBe(filled.pid);
    expect(after.prepared).toBe(filled.prepared);
    const grown = rssKb(after.pid);
    // Unbounded, the finding measured about 132 MB for 2,078 requests' texts on one connection.
    if (before !== undefined && grown !== undefined) expect(grown - before).toBeLessThan(8 * 1024);
  });

  it('results are the same named or not', async () => {
    const rows = await tx.run(user.claims, () =>
      sql().rows<{ n: number }>('SELECT $1::int + 99999 AS n', [1]),
    );
    expect(rows).toEqual([{ n: 100000 }]);
  });
});
