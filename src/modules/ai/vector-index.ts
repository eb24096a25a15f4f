// Exact k-nearest search by cosine over one user's vector memories, in process. Computing cosine in SQL
// over real[] cost about 1 s for 10,000 rows of 256 dimensions on the reference machine, and streaming the
// rows to the API about 250 ms; neither meets the 20 ms target. So the API keeps each recently searched
// user's rows as unit vectors in one contiguous float32 block and checks it against the database on every
// search with one primary-key read of the user's change counter (app_private.vector_memory_version(), kept
// by triggers, migration VectorMemoryVersions). Equal: search the copy. Higher: load the rows of a higher
// revision and, when a delete happened since, the ids that still exist. Refreshes of one copy run one at a
// time, each in a later snapshot than the one before (READ COMMITTED), so a copy never goes back in time.
//
// Scoring: one float32 dot product per row in WebAssembly SIMD (vector-kernel.ts), then every row whose
// float32 score comes within twice the kernel's error bound of the k-th best is scored again in double
// precision and the k best of those are the answer: the same rows, scores and order as scoring every row in
// double precision (searchExact, the path without WebAssembly SIMD). Ties go to the row stored first.
// The copies are bounded by AI_VECTOR_CACHE_MB, least recently searched out first; nothing is shared between
// users or organizations.
import {
  f32ErrorBound,
  KERNEL_FLOATS,
  kernelWithMemory,
  type DotKernel,
  type KernelMemory,
} from './vector-kernel';
import type { VectorRow } from './vector-memory.queries';

const PAGE = 65536;

/** What a hit answers besides its score. */
export interface VectorDetails {
  context: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VectorHit extends VectorDetails {
  id: string;
  score: number;
}

/** Bytes a row's details and bookkeeping take, roughly (id, revision, dates, map entry; the context's text). */
const detailBytes = (d: VectorDetails) => 200 + (d.context?.length ?? 0) * 2;

/** The k best (score descending, earlier row first on ties), kept in a small sorted array. */
class TopK {
  readonly rows: Int32Array;
  readonly scores: Float64Array;
  size = 0;

  constructor(readonly k: number) {
    this.rows = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** The score a row must beat to enter (rows come in order, so an equal score does not). */
  get floor(): number {
    return this.size === this.k ? this.scores[this.k - 1] : -Infinity;
  }

  offer(row: number, score: number): void {
    if (this.size === this.k && score <= this.scores[this.k - 1]) return;
    let pos = this.size === this.k ? this.k - 1 : this.size++;
    while (pos > 0 && this.scores[pos - 1] < score) {
      this.scores[pos] = this.scores[pos - 1];
      this.rows[pos] = this.rows[pos - 1];
      pos--;
    }
    this.scores[pos] = score;
    this.rows[pos] = row;
  }
}

export class UserVectors {
  /** Floats per stored row: the dimension padded with zeros for the kernel. */
  readonly stride: number;
  /** The counter value this copy is complete for (-1: nothing loaded yet). */
  version = -1n;
  ids: string[] = [];
  private revisions: bigint[] = [];
  private details: VectorDetails[] = [];
  private heldDetailBytes = 0;
  private readonly slot = new Map<string, number>();
  /** Rows of another dimension (stored under an earlier AI_EMBEDDING_DIMENSIONS): never a hit. */
  private readonly others = new Map<string, bigint>();
  private capacity = 0;
  /** [query: stride][rows: capacity x stride][scores: capacity], in the kernel's memory when there is one. */
  private memory: KernelMemory | null = null;
  private buffer: ArrayBuffer = new ArrayBuffer(0);
  private floats = new Float32Array(0);
  private kernel: DotKernel | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dim: number,
    readonly options: { simd?: boolean } = {},
  ) {
    this.stride = Math.ceil(dim / KERNEL_FLOATS) * KERNEL_FLOATS;
    this.reserve(16);
  }

  get count(): number {
    return this.ids.length;
  }

  get bytes(): number {
    return this.buffer.byteLength + this.heldDetailBytes;
  }

  /** Whether the searches run the WebAssembly kernel. */
  get simd(): boolean {
    return this.kernel !== null;
  }

  /** Runs `task` after every task queued before it (refreshes of one copy never overlap). */
  serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Inserts or replaces rows, unless the copy holds the same or a later revision of them. */
  upsert(rows: VectorRow[]): void {
    for (const r of rows) {
      const revision = BigInt(r.revision);
      const i = this.slot.get(r.id);
      const held = i !== undefined ? this.revisions[i] : this.others.get(r.id);
      if (held !== undefined && held >= revision) continue;
      if (!r.embedding || r.embedding.length !== this.dim) {
        this.remove(r.id);
        this.others.set(r.id, revision);
        continue;
      }
      this.others.delete(r.id);
      const details = { context: r.context, createdAt: r.created_at, updatedAt: r.updated_at };
      let at = i;
      if (at === undefined) {
        at = this.ids.length;
        this.reserve(at + 1);
        this.ids.push(r.id);
        this.revisions.push(revision);
        this.details.push(details);
        this.slot.set(r.id, at);
      } else this.heldDetailBytes -= detailBytes(this.details[at]);
      this.heldDetailBytes += detailBytes(details);
      this.revisions[at] = revision;
      this.details[at] = details;
      this.writeUnit(r.embedding, this.stride + at * this.stride);
    }
  }

  /** Drops every row whose id is not in `existing`. */
  retainOnly(existing: Set<string>): void {
    for (const id of [...this.ids, ...this.others.keys()]) if (!existing.has(id)) this.remove(id);
  }

  remove(id: string): void {
    this.others.delete(id);
    const i = this.slot.get(id);
    if (i === undefined) return;
    const last = this.ids.length - 1;
    this.heldDetailBytes -= detailBytes(this.details[i]);
    if (i !== last) {
      const { stride } = this;
      this.floats.copyWithin(stride + i * stride, stride + last * stride, stride + (last + 1) * stride);
      this.ids[i] = this.ids[last];
      this.revisions[i] = this.revisions[last];
      this.details[i] = this.details[last];
      this.slot.set(this.ids[i], i);
    }
    this.ids.pop();
    this.revisions.pop();
    this.details.pop();
    this.slot.delete(id);
  }

  /** The k rows of highest cosine similarity to the unit vector q, best first. */
  search(q: Float32Array, k: number): VectorHit[] {
    const n = this.ids.length;
    if (!this.kernel || n <= k) return this.searchExact(q, k);
    const scores = this.kernelScores(q);
    const approx = new TopK(k);
    for (let r = 0; r < n; r++) {
      const s = scores[r];
      if (s > approx.floor) approx.offer(r, s);
    }
    const threshold = approx.floor - 2 * f32ErrorBound(this.stride);
    const top = new TopK(k);
    for (let r = 0; r < n; r++) if (scores[r] >= threshold) top.offer(r, this.dot(r, q));
    return this.hits(top);
  }

  /** The kernel's float32 score of every row (a view, valid until the next search or write). */
  kernelScores(q: Float32Array): Float32Array {
    if (!this.kernel) throw new Error('no WebAssembly kernel');
    const { stride, floats } = this;
    const n = this.ids.length;
    floats.fill(0, 0, stride);
    floats.set(q, 0);
    const scoresAt = stride + this.capacity * stride;
    this.kernel.scores(0, stride * 4, n, stride * 4, scoresAt * 4);
    return floats.subarray(scoresAt, scoresAt + n);
  }

  /** Every row scored in double precision: the reference the kernel's answer equals. */
  searchExact(q: Float32Array, k: number): VectorHit[] {
    const top = new TopK(k);
    for (let r = 0; r < this.ids.length; r++) top.offer(r, this.dot(r, q));
    return this.hits(top);
  }

  private hits(top: TopK): VectorHit[] {
    const out: VectorHit[] = [];
    for (let i = 0; i < top.size; i++) {
      const row = top.rows[i];
      out.push({ id: this.ids[row], score: top.scores[i], ...this.details[row] });
    }
    return out;
  }

  private dot(row: number, q: Float32Array): number {
    const { floats, dim } = this;
    const base = this.stride + row * this.stride;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let j = 0;
    for (; j + 3 < dim; j += 4) {
      s0 += floats[base + j] * q[j];
      s1 += floats[base + j + 1] * q[j + 1];
      s2 += floats[base + j + 2] * q[j + 2];
      s3 += floats[base + j + 3] * q[j + 3];
    }
    for (; j < dim; j++) s0 += floats[base + j] * q[j];
    return s0 + s1 + s2 + s3;
  }

  private writeUnit(v: ArrayLike<number>, at: number): void {
    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
    norm = Math.sqrt(norm);
    const { floats } = this;
    for (let i = 0; i < v.length; i++) floats[at + i] = norm > 0 ? v[i] / norm : 0;
    floats.fill(0, at + v.length, at + this.stride);
  }

  /** Room for `rows` rows (doubling), keeping the rows held. */
  private reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(rows, this.capacity * 2);
    const floatsNeeded = this.stride + capacity * this.stride + capacity;
    const bytes = Math.ceil((floatsNeeded * 4) / PAGE) * PAGE;
    const held = this.floats.subarray(0, this.stride + this.ids.length * this.stride);
    if (this.options.simd !== false && !this.memory && this.capacity === 0) {
      const made = kernelWithMemory(bytes / PAGE);
      this.memory = made?.memory ?? null;
      this.kernel = made?.kernel ?? null;
    }
    if (this.memory) {
      const grow = bytes / PAGE - this.memory.buffer.byteLength / PAGE;
      try {
        if (grow > 0) this.memory.grow(grow);
      } catch {
        // The memory cannot grow (address space, the 4 GiB of wasm32): on in JavaScript from here.
        this.memory = null;
        this.kernel = null;
      }
    }
    if (this.memory) {
      this.buffer = this.memory.buffer;
      this.floats = new Float32Array(this.buffer);
    } else {
      const copy = held.slice();
      this.buffer = new ArrayBuffer(bytes);
      this.floats = new Float32Array(this.buffer);
      this.floats.set(copy);
    }
    this.capacity = capacity;
  }
}

/** The unit vector of v (all zeros stays all zeros). */
export function normalize(v: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
  norm = Math.sqrt(norm);
  const out = new Float32Array(v.length);
  if (norm > 0) for (let i = 0; i < v.length; i++) out[i] = v[i] / norm;
  return out;
}

/** The per-user copies, least recently used first out, within a byte budget. */
export class VectorIndexCache {
  private readonly entries = new Map<string, UserVectors>();

  constructor(private readonly maxBytes: number) {}

  get(key: string): UserVectors | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: UserVectors): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    this.trim(key);
  }

  /** Evicts the least recently used copies beyond the budget (never `keep`). */
  trim(keep?: string): void {
    let total = 0;
    for (const v of this.entries.values()) total += v.bytes;
    for (const [k, v] of this.entries) {
      if (total <= this.maxBytes) break;
      if (k === keep) continue;
      this.entries.delete(k);
      total -= v.bytes;
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
