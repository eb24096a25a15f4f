// The vector search's change counters (migration VectorMemoryVersions) against real Postgres: every insert,
// update and delete of a user's memories raises their counter, once per transaction, whoever writes; writers
// of one user take turns, so counter values follow commit order; a row moved to another owner and TRUNCATE
// count as deletes; a caller reads their own counter only. And the pgvector path as far as a server without
// pgvector allows: detection answers 'portable' and builds nothing, the service role alone may ask, and the
// statements of the pgvector path pass the server's own SQL parser.
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import { VECTOR_VERSION_SQL } from '../../src/modules/ai/vector-memory.queries';
import { PGVECTOR_PREPARE_SQL, pgvectorSearchStatements } from '../../src/modules/ai/vector-pgvector.queries';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, newVectorMemory, type TestUser } from '../support/factories';

let db: TestDb;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await newOrg(db);
  alice = await newUser(db, org, 'patient');
  bob = await newUser(db, org, 'patient');
});
afterAll(async () => db?.close());

const version = async (u: TestUser) =>
  (await db.tx.run(u.claims, (m) =>
    sqlFor(m.queryRunner!).one<{ version: string; deleted_version: string }>(VECTOR_VERSION_SQL),
  ))!;
const revisionOf = async (id: string) =>
  (await db.owner.query(`SELECT revision::text AS r FROM vector_memory WHERE id = $1`, [id])).rows[0]?.r;

async function client(): Promise<Client> {
  const c = new Client({ connectionString: db.ownerUrl });
  await c.connect();
  return c;
}

describe('vector memory change counters', () => {
  it('every write raises the owner counter once per transaction; deletes mark deleted_version', async () => {
    expect(await version(alice)).toEqual({ version: '0', deleted_version: '0' });
    const a = await newVectorMemory(db, alice);
    expect(await version(alice)).toEqual({ version: '1', deleted_version: '0' });
    expect(await revisionOf(a.id)).toBe('1');
    expect(await version(bob)).toEqual({ version: '0', deleted_version: '0' });

    // As the caller, through RLS: one transaction of three writes is one raise.
    const ids = await db.tx.run(alice.claims, async (m) => {
      const sql = sqlFor(m.queryRunner!);
      const rows = await sql.rows<{ id: string }>(
        `INSERT INTO vector_memory (embedding) SELECT ARRAY[1, 0, 0]::real[] FROM generate_series(1, 2) RETURNING id`,
      );
      await sql.exec(`UPDATE vector_memory SET context = 'x' WHERE id = $1`, [a.id]);
      return rows.map((r) => r.id);
    });
    expect(await version(alice)).toEqual({ version: '2', deleted_version: '0' });
    for (const id of [a.id, ...ids]) expect(await revisionOf(id)).toBe('2');

    await db.owner.query(`UPDATE vector_memory SET embedding = ARRAY[0, 1, 0]::real[] WHERE id = $1`, [
      ids[0],
    ]);
    expect((await version(alice)).version).toBe('3');
    expect(await revisionOf(ids[0])).toBe('3');

    await db.owner.query(`DELETE FROM vector_memory WHERE id = $1`, [ids[1]]);
    expect(await version(alice)).toEqual({ version: '4', deleted_version: '4' });
    // A write and a delete in one transaction: one raise, and the delete is marked at it.
    const c = await client();
    try {
      await c.query('BEGIN');
      await c.query(`UPDATE vector_memory SET context = 'y' WHERE id = $1`, [a.id]);
      await c.query(`DELETE FROM vector_memory WHERE id = $1`, [ids[0]]);
      await c.query('COMMIT');
    } finally {
      await c.end();
    }
    expect(await version(alice)).toEqual({ version: '5', deleted_version: '5' });
    expect(await revisionOf(a.id)).toBe('5');
  });

  it('writers of one user take turns: the second waits for the first to commit and gets the next value', async () => {
    const [first, second] = [await client(), await client()];
    try {
      const before = BigInt((await version(alice)).version);
      await first.query('BEGIN');
      await first.query(
        `INSERT INTO vector_memory (org_id, user_id, embedding) VALUES ($1, $2, ARRAY[1]::real[])`,
        [alice.orgId, alice.id],
      );
      await second.query('BEGIN');
      let secondDone = false;
      const secondWrite = second
        .query(
          `INSERT INTO vector_memory (org_id, user_id, embedding) VALUES ($1, $2, ARRAY[2]::real[]) RETURNING revision::text AS r`,
          [alice.orgId, alice.id],
        )
        .then((r) => {
          secondDone = true;
          return r.rows[0].r as string;
        });
      await new Promise((r) => setTimeout(r, 300));
      expect(secondDone).toBe(false);
      // Meanwhile a reader sees neither: the counter has not moved.
      expect((await version(alice)).version).toBe(String(before));
      await first.query('COMMIT');
      expect(await secondWrite).toBe(String(before + 2n));
      await second.query('COMMIT');
      expect((await version(alice)).version).toBe(String(before + 2n));
    } finally {
      await first.end();
      await second.end();
    }
  });

  it('a row moved to another owner is a delete for the first; TRUNCATE is a delete for everyone', async () => {
    const m = await newVectorMemory(db, bob);
    const aliceBefore = BigInt((await version(alice)).version);
    await db.owner.query(`UPDATE vector_memory SET user_id = $1 WHERE id = $2`, [alice.id, m.id]);
    expect(await version(bob)).toEqual({ version: '2', deleted_version: '2' });
    expect(BigInt((await version(alice)).version)).toBe(aliceBefore + 1n);

    const c = await client();
    try {
      await c.query('BEGIN');
      await c.query('TRUNCATE vector_memory');
      const v = (
        await c.query(`SELECT user_id, version, deleted_version FROM app_private.vector_memory_versions`)
      ).rows;
      expect(v.length).toBeGreaterThan(0);
      for (const r of v) expect(r.deleted_version).toBe(r.version);
      await c.query('ROLLBACK');
    } finally {
      await c.end();
    }
  });

  it('callers cannot read the counters table, only their own counter through the function', async () => {
    await expect(
      db.tx.run(alice.claims, (m) => m.query(`SELECT * FROM app_private.vector_memory_versions`)),
    ).rejects.toThrow(/permission denied/);
    const other = await db.tx.run(bob.claims, (m) =>
      sqlFor(m.queryRunner!).one<{ version: string }>(VECTOR_VERSION_SQL),
    );
    expect(other?.version).toBe((await version(bob)).version);
    await expect(
      db.tx.run(alice.claims, (m) => m.query(`SELECT app_private.vector_memory_revise()`)),
    ).rejects.toThrow();
  });

  it('deleting a user with memories works (the counter row goes with them)', async () => {
    const org = await newOrg(db);
    const carol = await newUser(db, org, 'patient');
    await newVectorMemory(db, carol);
    await newVectorMemory(db, carol);
    await db.owner.query(`DELETE FROM users WHERE id = $1`, [carol.id]);
    expect((await db.owner.query(`SELECT 1 FROM vector_memory WHERE user_id = $1`, [carol.id])).rows).toEqual(
      [],
    );
    const { rows } = await db.owner.query(
      `SELECT 1 FROM app_private.vector_memory_versions WHERE user_id = $1`,
      [carol.id],
    );
    expect(rows).toEqual([]);
  });
});

describe('pgvector path (this server has no pgvector)', () => {
  it('no vector extension here; the service role is told "portable" and nothing is built', async () => {
    const ext = await db.owner.query(`SELECT extname FROM pg_extension WHERE extname = 'vector'`);
    expect(ext.rows).toEqual([]);
    const backend = await db.tx.asService('test', (m) =>
      sqlFor(m.queryRunner!).one<{ backend: string }>(PGVECTOR_PREPARE_SQL, [256]),
    );
    expect(backend?.backend).toBe('portable');
    const idx = await db.owner.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'vector_memory' AND indexname LIKE '%hnsw%'`,
    );
    expect(idx.rows).toEqual([]);
  });

  it("pgvector's version is compared as numbers (0.10 is after 0.8; 0.7 is too old)", async () => {
    const [{ src }] = (
      await db.owner.query(
        `SELECT prosrc AS src FROM pg_proc WHERE oid = 'app_private.prepare_vector_search(integer)'::regprocedure`,
      )
    ).rows;
    const expr = /\(regexp_match\(e\.extversion, ('[^']+')\)\)::integer\[\]/.exec(src);
    expect(expr, src).not.toBeNull();
    expect(src).toContain('v_version < ARRAY[0, 8, 0]');
    const recent = async (v: string) =>
      (
        await db.owner.query(
          `SELECT NOT ((regexp_match($1::text, ${expr![1]}))::integer[] < ARRAY[0, 8, 0]) AS ok`,
          [v],
        )
      ).rows[0].ok;
    expect(await recent('0.7.4')).toBe(false);
    expect(await recent('0.8.0')).toBe(true);
    expect(await recent('0.10.1')).toBe(true);
    expect(await recent('1.0.0')).toBe(true);
  });

  it('only the service role may prepare it', async () => {
    await expect(
      db.tx.run(alice.claims, (m) => sqlFor(m.queryRunner!).one(PGVECTOR_PREPARE_SQL, [256])),
    ).rejects.toThrow(/permission denied/);
  });

  it('the HNSW index statement, exactly', async () => {
    const { rows } = await db.owner.query(`SELECT app_private.vector_memory_hnsw_ddl(256) AS ddl`);
    expect(rows[0].ddl).toBe(
      'CREATE INDEX IF NOT EXISTS vector_memory_embedding_hnsw_256_idx ON public.vector_memory ' +
        'USING hnsw ((embedding::public.vector(256)) public.vector_cosine_ops) WHERE cardinality(embedding) = 256',
    );
  });

  it("the pgvector path's statements pass the server's SQL parser (and a broken one does not)", async () => {
    const { rows } = await db.owner.query(`SELECT app_private.vector_memory_hnsw_ddl(256) AS ddl`);
    const statements = [rows[0].ddl as string, ...pgvectorSearchStatements(256)];
    // PL/pgSQL checks each statement of a function body with the raw parser when the function is created,
    // without resolving types or operators: the check this server can make without pgvector installed.
    const check = async (sql: string) => {
      const c = await client();
      try {
        await c.query('BEGIN');
        await c.query(
          `CREATE FUNCTION pg_temp.syntax_check(integer, text, text, integer) RETURNS void LANGUAGE plpgsql AS $body$ BEGIN ${sql}; END $body$`,
        );
      } finally {
        await c.query('ROLLBACK').catch(() => undefined);
        await c.end();
      }
    };
    for (const s of statements) await check(s);
    expect(statements[2]).toContain('ORDER BY');
    await expect(check(statements[2].replace('ORDER BY', 'ORDER'))).rejects.toThrow(/syntax error/);
  });
});
