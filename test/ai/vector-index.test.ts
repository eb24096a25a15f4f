// The in-process vector index without a database: the WebAssembly kernel runs here, its float32 scores stay
// within the error bound the search relies on, and the search's answer (rows, scores, order) is exactly that
// of scoring every row in double precision, also on exact and near ties, for every dimension and k; the copy
// keeps the newest revision of a row, forgets deleted and other-dimension rows, and grows past its capacity.
import { describe, expect, it } from 'vitest';
import { normalize, UserVectors, VectorIndexCache } from '../../src/modules/ai/vector-index';
import { dotKernelBytes, f32ErrorBound, kernelWithMemory } from '../../src/modules/ai/vector-kernel';
import type { VectorRow } from '../../src/modules/ai/vector-memory.queries';

/** A seeded generator (mulberry32), so a failure repeats. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const when = new Date('2026-12-01T00:00:00Z');
const row = (id: string, embedding: number[] | null, revision = 1): VectorRow => ({
  id,
  embedding,
  revision: String(revision),
  context: `c-${id}`,
  created_at: when,
  updated_at: when,
});
const randomVec = (r: () => number, dim: number) => Array.from({ length: dim }, () => r() - 0.5);

/** Rows with exact duplicates and near ties (one component nudged by a float32 step) among random ones. */
function rowsWithTies(r: () => number, n: number, dim: number): VectorRow[] {
  const out: VectorRow[] = [];
  for (let i = 0; i < n; i++) {
    let v: number[];
    if (i > 0 && i % 7 === 0) v = [...out[i - 1].embedding!];
    else if (i > 0 && i % 11 === 0) {
      v = [...out[i - 1].embedding!];
      v[i % dim] = Math.fround(v[i % dim]) * (1 + 2 ** -23);
    } else v = randomVec(r, dim);
    out.push(row(`r${i}`, v));
  }
  return out;
}

describe('vector kernel', () => {
  it('compiles and runs here (WebAssembly SIMD), so the suites prove the kernel path', () => {
    expect(dotKernelBytes()[0]).toBe(0);
    expect(kernelWithMemory(1)).not.toBeNull();
    expect(new UserVectors(8).simd).toBe(true);
  });

  it('float32 scores stay within the bound the search uses', () => {
    const r = rng(1);
    for (const dim of [3, 16, 256, 1000, 4096]) {
      const copy = new UserVectors(dim);
      copy.upsert(Array.from({ length: 200 }, (_, i) => row(`r${i}`, randomVec(r, dim))));
      const q = normalize(randomVec(r, dim));
      const exact = new Map(copy.searchExact(q, 200).map((h) => [h.id, h.score]));
      const bound = f32ErrorBound(Math.ceil(dim / 16) * 16);
      const approx = copy.kernelScores(q);
      let worst = 0;
      copy.ids.forEach((id, i) => (worst = Math.max(worst, Math.abs(approx[i] - exact.get(id)!))));
      expect(worst).toBeLessThan(bound / 2);
    }
  });
});

describe('vector search', () => {
  for (const dim of [3, 16, 100, 256]) {
    it(`equals the double-precision answer exactly, ties included (dim ${dim})`, () => {
      const r = rng(dim);
      for (const n of [1, 5, 101, 3000]) {
        const rows = rowsWithTies(r, n, dim);
        const simd = new UserVectors(dim);
        const plain = new UserVectors(dim, { simd: false });
        simd.upsert(rows);
        plain.upsert(rows);
        expect(plain.simd).toBe(false);
        for (const k of [1, 10, 100]) {
          for (let t = 0; t < 3; t++) {
            // Queries equal to a stored row make a block of exact ties at the top.
            const q = normalize(t === 0 ? rows[Math.floor(r() * n)].embedding! : randomVec(r, dim));
            const got = simd.search(q, k);
            expect(got).toEqual(simd.searchExact(q, k));
            expect(got).toEqual(plain.search(q, k));
            expect(got).toHaveLength(Math.min(k, n));
            // Against cosine over the vectors as given: the same scores, best first.
            const cos = rows
              .map((x) => {
                const v = x.embedding!;
                const dot = v.reduce((s, a, i) => s + a * q[i], 0);
                return dot / Math.hypot(...v);
              })
              .sort((a, b) => b - a);
            got.forEach((h, i) => expect(h.score).toBeCloseTo(cos[i], 5));
          }
        }
      }
    });
  }

  it('rows whose scores differ by less than the float32 error are re-scored, not cut by float32 order', () => {
    const r = rng(5);
    for (const dim of [64, 256]) {
      const q = normalize(randomVec(r, dim));
      // 2,000 rows a hair's breadth from the query: cosines within about 1e-6 of 1 and of each other, below
      // what the float32 sums resolve, so the kernel's order among them is not the true one.
      const rows = Array.from({ length: 2000 }, (_, i) =>
        row(
          `t${i}`,
          Array.from(q, (x) => x + 1e-3 * (r() - 0.5)),
        ),
      );
      const copy = new UserVectors(dim);
      copy.upsert(rows);
      for (const k of [1, 7, 50, 100]) expect(copy.search(q, k)).toEqual(copy.searchExact(q, k));
    }
  });
});

describe('vector copy bookkeeping', () => {
  it('keeps the newest revision, forgets deleted and other-dimension rows, grows past its capacity', () => {
    const copy = new UserVectors(4);
    const a = row('a', [1, 0, 0, 0], 5);
    copy.upsert([a, row('b', [0, 1, 0, 0], 5)]);
    copy.upsert([row('a', [0, 0, 1, 0], 3)]); // older than held: ignored
    expect(copy.search(normalize([1, 0, 0, 0]), 1)[0]).toMatchObject({ id: 'a', context: 'c-a' });
    expect(copy.search(normalize([1, 0, 0, 0]), 1)[0].score).toBeCloseTo(1, 6);
    copy.upsert([row('a', [0, 0, 1, 0], 6)]);
    expect(copy.search(normalize([0, 0, 1, 0]), 1)[0].id).toBe('a');
    copy.upsert([row('a', null, 7)]); // now of another dimension: never a hit
    expect(copy.count).toBe(1);
    copy.upsert([row('a', [1, 0, 0, 0], 6)]); // an older load cannot bring it back
    expect(copy.ids).toEqual(['b']);
    // Many rows: capacity doubles, removals swap the last row in; the answer stays exact.
    const r = rng(9);
    const many = Array.from({ length: 2000 }, (_, i) => row(`m${i}`, randomVec(r, 4), 1));
    copy.upsert(many);
    const keep = new Set(many.filter((_, i) => i % 3 !== 0).map((m) => m.id));
    copy.retainOnly(keep);
    expect(new Set(copy.ids)).toEqual(keep);
    const q = normalize(randomVec(r, 4));
    const expected = many
      .filter((m) => keep.has(m.id))
      .map((m) => ({
        id: m.id,
        score: m.embedding!.reduce((s, x, i) => s + x * q[i], 0) / Math.hypot(...m.embedding!),
      }))
      .sort((x, y) => y.score - x.score)
      .slice(0, 20);
    expect(copy.search(q, 20).map((h) => h.id)).toEqual(expected.map((e) => e.id));
    expect(copy.search(q, 20)).toEqual(copy.searchExact(q, 20));
  });

  it('the cache evicts the least recently searched copies beyond its budget', () => {
    const cache = new VectorIndexCache(3 * 1024 * 1024);
    const big = () => {
      const c = new UserVectors(256);
      c.upsert(Array.from({ length: 1000 }, (_, i) => row(`x${i}`, Array(256).fill(1))));
      return c;
    };
    cache.set('a', big());
    cache.set('b', big());
    cache.get('a');
    cache.set('c', big());
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });
});
