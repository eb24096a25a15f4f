// vector_memory over HTTP through the typed client: own create, read, update, delete ({"vector": [...]} in
// and out), the exact k-nearest search by cosine over the caller's own rows only (checked against a brute
// force, and fresh after every write), and the bad input the issue names: a vector of the wrong dimension
// (400 naming the expected size), k above 100, an oversized context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, newVectorMemory, type TestUser } from '../support/factories';
import { VectorMemoryService } from '../../src/modules/ai/vector-memory.service';

const DIM = 8;
let db: TestDb;
let api: TestApp;
let alice: TestUser;
let bob: TestUser;
let stranger: TestUser;
const as = (u: TestUser) => apiClient(api, u.token);
const byId = (id: string) => ({ params: { path: { id } } });

/** A deterministic pseudo-random vector. */
function vec(seed: number): number[] {
  let x = seed * 9301 + 49297;
  return Array.from({ length: DIM }, () => {
    x = (x * 9301 + 49297) % 233280;
    return x / 233280 - 0.5;
  });
}
const cos = (a: number[], b: number[]) => {
  const dot = a.reduce((s, v, i) => s + v * b[i], 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
};

beforeAll(async () => {
  db = await createTestDatabase(testConfig({ AI_EMBEDDING_DIMENSIONS: String(DIM) }));
  api = await startApp(db);
  const org = await newOrg(db, 'Vectors');
  alice = await newUser(db, org, 'patient');
  bob = await newUser(db, org, 'patient');
  stranger = await newUser(db, await newOrg(db, 'Elsewhere'), 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('vector memories', () => {
  it('own create, read, update, delete in the seed shape; others get 404', async () => {
    const created = expectOk(
      await as(alice).POST('/api/vector-memories', {
        body: { embedding: { vector: vec(1) }, context: 'tea' },
      }),
      201,
    );
    expect(created.embedding.vector).toHaveLength(DIM);
    expect(created.embedding.vector[0]).toBeCloseTo(vec(1)[0], 5);
    expect(expectOk(await as(alice).GET('/api/vector-memories/{id}', byId(created.id)), 200).context).toBe(
      'tea',
    );
    const patched = expectOk(
      await as(alice).PATCH('/api/vector-memories/{id}', { ...byId(created.id), body: { context: null } }),
      200,
    );
    expect(patched.context).toBeNull();
    const page = expectOk(await as(alice).GET('/api/vector-memories'), 200);
    expect(page.items.map((i) => i.id)).toContain(created.id);
    for (const other of [bob, stranger]) {
      expectStatus(await as(other).GET('/api/vector-memories/{id}', byId(created.id)), 404);
      expectStatus(
        await as(other).PATCH('/api/vector-memories/{id}', { ...byId(created.id), body: { context: 'x' } }),
        404,
      );
      expectStatus(await as(other).DELETE('/api/vector-memories/{id}', byId(created.id)), 404);
      expect(expectOk(await as(other).GET('/api/vector-memories'), 200).items).toEqual([]);
    }
    expectStatus(await as(alice).DELETE('/api/vector-memories/{id}', byId(created.id)), 204);
    expectStatus(await as(alice).GET('/api/vector-memories/{id}', byId(created.id)), 404);
  });

  it('refuses a vector of the wrong dimension, naming the size, and k above 100', async () => {
    const wrong = expectError(
      await as(alice).POST('/api/vector-memories', { body: { embedding: { vector: [1, 2, 3] } } }),
      400,
    );
    expect(wrong.detail).toMatch(/expects 8/);
    const search = expectError(
      await as(alice).POST('/api/vector-memories/search', {
        body: { embedding: { vector: vec(2).slice(1) } },
      }),
      400,
    );
    expect(search.detail).toMatch(/expects 8/);
    const k = expectError(
      await as(alice).POST('/api/vector-memories/search', {
        body: { embedding: { vector: vec(2) }, k: 101 },
      }),
      400,
    );
    expect(k.detail).toMatch(/at most 100/);
    expectStatus(
      await as(alice).POST('/api/vector-memories', {
        body: { embedding: { vector: vec(3) }, context: 'x'.repeat(8001) },
      }),
      400,
    );
  });

  it("finds exactly the k nearest of the caller's own rows, fresh after every write", async () => {
    const mine = new Map<string, number[]>();
    for (let i = 0; i < 60; i++) {
      const v = vec(100 + i);
      mine.set((await newVectorMemory(db, alice, { embedding: v, context: `a${i}` }, DIM)).id, v);
    }
    // Bob's rows are the query itself: they would win every search if they leaked.
    const q = vec(7);
    for (let i = 0; i < 5; i++) await newVectorMemory(db, bob, { embedding: q }, DIM);
    const expected = () =>
      [...mine.entries()]
        .map(([id, v]) => ({ id, score: cos(q, v) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 10);
    const search = async () =>
      expectOk(
        await as(alice).POST('/api/vector-memories/search', { body: { embedding: { vector: q }, k: 10 } }),
        200,
      );

    let got = await search();
    expect(got.items.map((i) => i.id)).toEqual(expected().map((e) => e.id));
    got.items.forEach((item, i) => expect(item.score).toBeCloseTo(expected()[i].score, 5));
    expect(got.searched).toBe(mine.size);

    // An insert, an update that makes a row the best match, a delete of the best: each is seen at once.
    const added = expectOk(
      await as(alice).POST('/api/vector-memories', { body: { embedding: { vector: q.map((x) => x * 2) } } }),
      201,
    );
    mine.set(
      added.id,
      q.map((x) => x * 2),
    );
    got = await search();
    expect(got.items[0].id).toBe(added.id);
    expect(got.items[0].score).toBeCloseTo(1, 5);
    const last = expected()[9].id;
    const flipped = q.map((x) => -x);
    expectOk(
      await as(alice).PATCH('/api/vector-memories/{id}', {
        ...byId(last),
        body: { embedding: { vector: flipped } },
      }),
      200,
    );
    mine.set(last, flipped);
    expectStatus(await as(alice).DELETE('/api/vector-memories/{id}', byId(added.id)), 204);
    mine.delete(added.id);
    // A change made behind the API's back (another instance) is seen too.
    const [behind] = [...mine.keys()];
    await db.owner.query(`DELETE FROM vector_memory WHERE id = $1`, [behind]);
    mine.delete(behind);
    got = await search();
    expect(got.items.map((i) => i.id)).toEqual(expected().map((e) => e.id));
    expect(got.searched).toBe(mine.size);
    // Bob searches his own.
    const bobs = expectOk(
      await as(bob).POST('/api/vector-memories/search', { body: { embedding: { vector: q }, k: 100 } }),
      200,
    );
    expect(bobs.items).toHaveLength(5);
    expect(bobs.items.every((i) => Math.abs(i.score - 1) < 1e-5)).toBe(true);
  });

  it('stays exact when another API instance or the database writes (the portable path, here)', async () => {
    expect(api.app.get(VectorMemoryService).backend).toBe('portable');
    const carol = await newUser(db, await newOrg(db, 'Second instance'), 'patient');
    const other = await startApp(db);
    try {
      const rows = new Map<string, number[]>();
      for (let i = 0; i < 40; i++) {
        const v = vec(500 + i);
        rows.set((await newVectorMemory(db, carol, { embedding: v }, DIM)).id, v);
      }
      const q = vec(11);
      const expected = () =>
        [...rows.entries()]
          .map(([id, v]) => ({ id, score: cos(q, v) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, 5)
          .map((e) => e.id);
      const search = async (on: TestApp) =>
        expectOk(
          await apiClient(on, carol.token).POST('/api/vector-memories/search', {
            body: { embedding: { vector: q }, k: 5 },
          }),
          200,
        );
      const check = async () => {
        // Several at once: refreshes of one copy take turns and agree.
        const all = await Promise.all([search(api), search(api), search(api), search(other)]);
        for (const got of all) {
          expect(got.items.map((i) => i.id)).toEqual(expected());
          expect(got.searched).toBe(rows.size);
        }
      };
      await check();
      const near = q.map((x) => x * 3);
      const created = expectOk(
        await apiClient(other, carol.token).POST('/api/vector-memories', {
          body: { embedding: { vector: near }, context: 'from the other instance' },
        }),
        201,
      );
      rows.set(created.id, near);
      await check();
      const hit = expectOk(
        await apiClient(api, carol.token).POST('/api/vector-memories/search', {
          body: { embedding: { vector: q }, k: 1 },
        }),
        200,
      ).items[0];
      expect(hit).toMatchObject({ id: created.id, context: 'from the other instance' });
      const [second] = expected().slice(1);
      expectOk(
        await apiClient(other, carol.token).PATCH('/api/vector-memories/{id}', {
          ...byId(second),
          body: { embedding: { vector: q.map((x) => -x) } },
        }),
        200,
      );
      rows.set(
        second,
        q.map((x) => -x),
      );
      await check();
      expectStatus(
        await apiClient(other, carol.token).DELETE('/api/vector-memories/{id}', byId(created.id)),
        204,
      );
      rows.delete(created.id);
      await check();
      // Behind every API's back: an update of the embedding and an insert, by the database owner.
      const [first] = expected();
      await db.owner.query(`UPDATE vector_memory SET embedding = $1::real[] WHERE id = $2`, [
        q.map((x) => -x),
        first,
      ]);
      rows.set(
        first,
        q.map((x) => -x),
      );
      const { rows: inserted } = await db.owner.query(
        `INSERT INTO vector_memory (org_id, user_id, embedding) VALUES ($1, $2, $3::real[]) RETURNING id`,
        [carol.orgId, carol.id, near],
      );
      rows.set(inserted[0].id, near);
      await check();
    } finally {
      await other.close();
    }
  });
});
