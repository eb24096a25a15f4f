// vector_memory over HTTP through the typed client: own create, read, update, delete ({"vector": [...]} in
// and out), the exact k-nearest search by cosine over the caller's own rows only (checked against a brute
// force, and fresh after every write), and the bad input the issue names: a vector of the wrong dimension
// (400 naming the expected size), k above 100, an oversized context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, newVectorMemory, type TestUser } from '../support/factories';

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
});
