// The vector search's inner loop: one dot product per stored row, in WebAssembly SIMD (f32x4, four
// accumulators) when the runtime has it. The module is assembled here byte by byte (about 150 bytes, no
// toolchain or package): it reads the query and the rows from a memory the caller owns and writes one float32
// score per row. Float32 sums carry rounding error; the caller bounds it (f32ErrorBound) and re-scores every
// row near the k-th best in double precision, so the answer is the exact one (vector-index.ts).

/** Rows are padded with zeros to a multiple of this many floats (the kernel's step: 4 lanes x 4 accumulators). */
export const KERNEL_FLOATS = 16;

export interface DotKernel {
  /**
   * For n rows of `strideBytes` bytes from `rowsOffset`, writes dot(row, query) as float32 at `outOffset`.
   * Offsets are bytes into the memory the kernel was made for; strideBytes is a positive multiple of 64.
   */
  scores(queryOffset: number, rowsOffset: number, n: number, strideBytes: number, outOffset: number): void;
}

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
/** Signed LEB128 (i32.const's immediate): 64 is [0xc0, 0x00], not [0x40], which reads as -64. */
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
};
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const str = (s: string): number[] => [...uleb(s.length), ...Buffer.from(s, 'ascii')];

// Opcodes (WebAssembly core and SIMD proposals).
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const I32_CONST = 0x41;
const I32_EQZ = 0x45;
const I32_LT_U = 0x49;
const F32_ADD = 0x92;
const F32_STORE = 0x38;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR_IF = 0x0d;
const END = 0x0b;
const VOID = 0x40;
const SIMD = 0xfd;
const V128_LOAD = [SIMD, ...uleb(0x00)];
const V128_CONST = [SIMD, ...uleb(0x0c)];
const F32X4_EXTRACT = [SIMD, ...uleb(0x1f)];
const F32X4_ADD = [SIMD, ...uleb(0xe4)];
const F32X4_MUL = [SIMD, ...uleb(0xe6)];

// Parameters and locals of scores(query, rows, n, stride, out).
const Q = 0;
const ROWS = 1;
const N = 2;
const STRIDE = 3;
const OUT = 4;
const P = 5; // the row's read position
const END_OF_ROW = 6;
const QP = 7; // the query's read position
const ACC = [8, 9, 10, 11];

function body(): number[] {
  const code: number[] = [];
  const op = (...bytes: (number | number[])[]) => bytes.forEach((b) => code.push(...[b].flat()));
  op(BLOCK, VOID, LOCAL_GET, N, I32_EQZ, BR_IF, 0);
  op(LOOP, VOID);
  for (const a of ACC) op(V128_CONST, new Array(16).fill(0), LOCAL_SET, a);
  op(LOCAL_GET, ROWS, LOCAL_TEE, P, LOCAL_GET, STRIDE, I32_ADD, LOCAL_SET, END_OF_ROW);
  op(LOCAL_GET, Q, LOCAL_SET, QP);
  op(LOOP, VOID);
  ACC.forEach((a, i) => {
    // acc += row[p + 16 i .. +16] * query[qp + 16 i .. +16] (align 2^4, offset 16 i)
    op(LOCAL_GET, a, LOCAL_GET, P, V128_LOAD, 4, uleb(16 * i), LOCAL_GET, QP, V128_LOAD, 4, uleb(16 * i));
    op(F32X4_MUL, F32X4_ADD, LOCAL_SET, a);
  });
  op(LOCAL_GET, P, I32_CONST, sleb(64), I32_ADD, LOCAL_SET, P);
  op(LOCAL_GET, QP, I32_CONST, sleb(64), I32_ADD, LOCAL_SET, QP);
  op(LOCAL_GET, P, LOCAL_GET, END_OF_ROW, I32_LT_U, BR_IF, 0);
  op(END);
  // out = lane0 + lane1 + lane2 + lane3 of (acc0 + acc1) + (acc2 + acc3)
  op(LOCAL_GET, OUT);
  op(LOCAL_GET, ACC[0], LOCAL_GET, ACC[1], F32X4_ADD, LOCAL_GET, ACC[2], LOCAL_GET, ACC[3], F32X4_ADD);
  op(F32X4_ADD, LOCAL_TEE, ACC[0], F32X4_EXTRACT, 0);
  for (const lane of [1, 2, 3]) op(LOCAL_GET, ACC[0], F32X4_EXTRACT, lane, F32_ADD);
  op(F32_STORE, 2, 0);
  op(LOCAL_GET, OUT, I32_CONST, sleb(4), I32_ADD, LOCAL_SET, OUT);
  op(LOCAL_GET, END_OF_ROW, LOCAL_SET, ROWS);
  op(LOCAL_GET, N, I32_CONST, sleb(1), I32_SUB, LOCAL_TEE, N, BR_IF, 0);
  op(END, END, END);
  // locals: 3 x i32, 4 x v128
  const locals = [2, 3, 0x7f, 4, 0x7b];
  return [...uleb(locals.length + code.length), ...locals, ...code];
}

/** The module's bytes: imports env.memory, exports scores. */
export function dotKernelBytes(): Uint8Array {
  const i32 = 0x7f;
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, 0x60, 5, i32, i32, i32, i32, i32, 0]),
    ...section(2, [1, ...str('env'), ...str('memory'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...str('scores'), 0x00, 0]),
    ...section(10, [1, ...body()]),
  ]);
}

/** The little of the WebAssembly API used here (this project's Node typings do not declare it). */
export interface KernelMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  Memory: new (descriptor: { initial: number }) => KernelMemory;
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is unavailable (the caller falls back to JavaScript). */
function kernelModule(): object | null {
  if (compiled === undefined) {
    try {
      compiled = wasm ? new wasm.Module(dotKernelBytes()) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** A memory of `pages` pages of 64 KiB and the kernel bound to it, or null without WebAssembly SIMD. */
export function kernelWithMemory(pages: number): { memory: KernelMemory; kernel: DotKernel } | null {
  const mod = kernelModule();
  if (!mod || !wasm) return null;
  try {
    const memory = new wasm.Memory({ initial: pages });
    const instance = new wasm.Instance(mod, { env: { memory } });
    return { memory, kernel: instance.exports as DotKernel };
  } catch {
    return null; // no address space for another memory: this copy scores in JavaScript
  }
}

/**
 * A bound on |float32 kernel score - exact dot product| for vectors of norm at most 1 (plus float32
 * rounding) padded to `paddedDim`: each lane sums paddedDim / 16 products in sequence, then 3 + 3 additions
 * join accumulators and lanes, each step rounding by at most 2^-24 relative (Higham's gamma_n), doubled for
 * the norms' own rounding and safety.
 */
export function f32ErrorBound(paddedDim: number): number {
  const steps = paddedDim / KERNEL_FLOATS + 8;
  const u = 2 ** -24;
  return 2 * ((steps * u) / (1 - steps * u));
}
