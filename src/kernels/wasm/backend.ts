/**
 * The WebAssembly SIMD backend. Tensors stay in ordinary JS typed arrays (so the garbage collector reclaims
 * them and nobody calls dispose()); each kernel call streams its operands through three fixed 64 KiB scratch
 * regions in the module's linear memory: copy a chunk in, run the SIMD kernel, copy the chunk out. The copies
 * cost about 10% of a fused kernel like sigmoid (measurements in docs/dev/wasm.md).
 *
 * The module is embedded as base64 (module.generated.ts, built by scripts/build-wasm.mjs) and instantiated
 * synchronously from those bytes, with no Node-only imports, so the same code runs in Node and browsers.
 * Browsers that refuse synchronous compilation of a module this size on the main thread can await initWasm()
 * first. createWasmBackend() returns null where WebAssembly or its SIMD proposal is missing.
 */
import type {
  ActivationBackwardKernel,
  ActivationKernel,
  Backend,
  BinaryKernel,
  PointwiseLossKernel,
  ReduceKernel,
  RowKernel,
  UnaryKernel,
} from '../backend.js';
import { tsBackend } from '../ts/backend.js';
import type { FloatStorage, Storage } from '../../tensor/dtype.js';
import { WASM_BASE64 } from './module.generated.js';

/** Operation codes: the index in each list is the code the AssemblyScript kernels switch on. */
export const UNARY_OPS = [
  'neg',
  'abs',
  'sign',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'sqrt',
  'rsqrt',
  'sin',
  'cos',
  'tanh',
  'erf',
  'erfc',
  'reciprocal',
  'square',
  'sigmoid',
  'logSigmoid',
  'relu',
  'softplus',
  'gelu',
  'geluTanh',
  'silu',
] as const satisfies readonly UnaryKernel[];
export const BINARY_OPS = [
  'add',
  'sub',
  'mul',
  'div',
  'pow',
  'maximum',
  'minimum',
  'atan2',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'sigmoidBackward',
  'tanhBackward',
  'reluBackward',
] as const satisfies readonly BinaryKernel[];
export const ACTIVATION_OPS = [
  'leakyRelu',
  'hardtanh',
  'elu',
  'threshold',
  'softplus',
  'hardsigmoid',
  'hardswish',
  'geluTanh',
  'mish',
  'softshrink',
  'hardshrink',
] as const satisfies readonly ActivationKernel[];
export const ACTIVATION_BACKWARD_OPS = [
  ...ACTIVATION_OPS,
  'gelu',
  'silu',
] as const satisfies readonly ActivationBackwardKernel[];
export const REDUCE_OPS = ['sum', 'prod', 'amax', 'amin', 'logsumexp'] as const satisfies readonly ReduceKernel[];
export const ROW_OPS = ['softmax', 'logSoftmax', 'cumsum'] as const satisfies readonly RowKernel[];

const UNARY_CODE = new Map<string, number>(UNARY_OPS.map((op, i) => [op, i]));
const BINARY_CODE = new Map<string, number>(BINARY_OPS.map((op, i) => [op, i]));
const REDUCE_CODE = new Map<string, number>(REDUCE_OPS.map((op, i) => [op, i]));
const ROW_CODE = new Map<string, number>(ROW_OPS.map((op, i) => [op, i]));
const ACTIVATION_CODE = new Map<string, number>(ACTIVATION_OPS.map((op, i) => [op, i]));
const ACTIVATION_BACKWARD_CODE = new Map<string, number>(ACTIVATION_BACKWARD_OPS.map((op, i) => [op, i]));
const COMPARISONS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge'].map((op) => BINARY_CODE.get(op)!));

/**
 * Bytes per scratch region. 64 KiB measured fastest for streaming exp/sigmoid over 2^22 float32s
 * (16 KiB: +6%, 256 KiB: +4%, 1 MiB: +12%; docs/dev/wasm.md): three regions stay inside L2 while the
 * per-chunk call overhead is amortised over 16384 elements.
 */
export const SCRATCH_BYTES = 64 * 1024;
/** Kernels run whole vectors of up to 16 lanes past n; each region has this much slack. */
const PAD_BYTES = 64;

interface KernelExports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  unaryF32(op: number, x: number, out: number, n: number): void;
  unaryF64(op: number, x: number, out: number, n: number): void;
  binaryF32(op: number, a: number, b: number, out: number, n: number): void;
  binaryF64(op: number, a: number, b: number, out: number, n: number): void;
  reduceRows(op: number, f64in: number, x: number, rows: number, len: number, out: number): void;
  sumF32(x: number, n: number): number;
  prodF32(x: number, n: number): number;
  extremeF32(x: number, n: number, isMax: number): number;
  sumExpF32(x: number, n: number, shift: number): number;
  sumF64(x: number, n: number): number;
  prodF64(x: number, n: number): number;
  extremeF64(x: number, n: number, isMax: number): number;
  sumExpF64(x: number, n: number, shift: number): number;
  matmulF32(a: number, b: number, out: number, m: number, k: number, n: number): void;
  matmulF64(a: number, b: number, out: number, m: number, k: number, n: number): void;
  rowwise(op: number, f64in: number, x: number, out: number, rows: number, len: number): void;
  softmaxApplyF32(x: number, out: number, n: number, shift: number, scale: number): void;
  softmaxApplyF64(x: number, out: number, n: number, shift: number, scale: number): void;
  logSoftmaxApplyF32(x: number, out: number, n: number, c: number): void;
  logSoftmaxApplyF64(x: number, out: number, n: number, c: number): void;
  cumsumF32(x: number, out: number, n: number, carry: number): number;
  cumsumF64(x: number, out: number, n: number, carry: number): number;
  logSoftmaxConstRows(f64in: number, x: number, rows: number, len: number, out: number): void;
  softmaxConstRowsF32(x: number, out: number, rows: number, len: number, cOut: number): void;
  softmaxMinusOneHotF32(p: number, out: number, rows: number, len: number, meta: number): void;
  pointwiseLossSumF32(op: number, x: number, y: number, n: number, p: number): number;
  pointwiseLossGradF32(op: number, x: number, y: number, out: number, n: number, a: number, b: number, p: number): void;
  activationF32(op: number, x: number, out: number, n: number, p0: number, p1: number, p2: number): void;
  activationBackwardF32(
    op: number,
    g: number,
    x: number,
    out: number,
    n: number,
    p0: number,
    p1: number,
    p2: number,
  ): void;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let compiled: WebAssembly.Module | null | undefined;

function compileSync(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(decodeBase64(WASM_BASE64)) : null;
  } catch {
    compiled = null; // no SIMD support (validation fails), or sync compilation refused
  }
  return compiled;
}

/**
 * Compiles the module asynchronously (for browsers' main threads, which may refuse large synchronous
 * compiles). Resolves to whether WASM SIMD is available; createWasmBackend() then succeeds synchronously.
 */
export async function initWasm(): Promise<boolean> {
  if (compiled) return true;
  try {
    compiled = await WebAssembly.compile(decodeBase64(WASM_BASE64));
  } catch {
    compiled = null;
  }
  return compiled !== null;
}

type Kind = 'f32' | 'f64' | 'other';
function kindOf(a: Storage): Kind {
  return a instanceof Float32Array ? 'f32' : a instanceof Float64Array ? 'f64' : 'other';
}

/** The reference semantics for inputs the SIMD paths do not take (bool storage, mixed kinds). */
function binaryScalar(op: BinaryKernel, a: number, b: number): number {
  switch (op) {
    case 'add':
      return a + b;
    case 'sub':
      return a - b;
    case 'mul':
      return a * b;
    case 'div':
      return a / b;
    case 'pow':
      // C's pow: pow(1, y) = pow(-1, ±inf) = 1 (Math.pow gives NaN).
      return a === 1 || (a === -1 && Math.abs(b) === Infinity) ? 1 : Math.pow(a, b);
    case 'maximum':
      return Math.max(a, b);
    case 'minimum':
      return Math.min(a, b);
    case 'atan2':
      return Math.atan2(a, b);
    case 'eq':
      return a === b ? 1 : 0;
    case 'ne':
      return a !== b ? 1 : 0;
    case 'lt':
      return a < b ? 1 : 0;
    case 'le':
      return a <= b ? 1 : 0;
    case 'gt':
      return a > b ? 1 : 0;
    case 'ge':
      return a >= b ? 1 : 0;
    case 'sigmoidBackward':
      return a * (1 - b) * b;
    case 'tanhBackward':
      return a * (1 - b * b);
    case 'reluBackward':
      return b <= 0 ? 0 : a;
  }
}

export function createWasmBackend(): Backend | null {
  const module = compileSync();
  if (module === null) return null;
  let ex: KernelExports;
  try {
    ex = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
  } catch {
    return null;
  }
  const memory = ex.memory;
  const base = (ex.heapBase() + 63) & ~63;
  const region = SCRATCH_BYTES + PAD_BYTES;
  const R0 = base;
  const R1 = base + region;
  const R2 = base + 2 * region;
  const staticEnd = base + 3 * region;
  let f32 = new Float32Array(memory.buffer);
  let f64 = new Float64Array(memory.buffer);
  let u8 = new Uint8Array(memory.buffer);

  /** Grows linear memory so [0, bytes) is addressable; views are refreshed after growth detaches them. */
  function ensure(bytes: number): void {
    const have = memory.buffer.byteLength;
    if (bytes > have) memory.grow(Math.ceil((bytes - have) / 65536));
    if (f32.buffer !== memory.buffer) {
      f32 = new Float32Array(memory.buffer);
      f64 = new Float64Array(memory.buffer);
      u8 = new Uint8Array(memory.buffer);
    }
  }
  ensure(staticEnd);

  function view(kind: 'f32' | 'f64'): Float32Array | Float64Array {
    return kind === 'f32' ? f32 : f64;
  }

  function unary(op: UnaryKernel, x: FloatStorage, out: FloatStorage): void {
    const code = UNARY_CODE.get(op);
    if (code === undefined) throw new RangeError(`unary: unknown kernel '${String(op)}'`);
    const kind = kindOf(x);
    if (kind !== kindOf(out) || kind === 'other') {
      throw new TypeError(`unary: x and out must both be Float32Array or both Float64Array`);
    }
    const shift = kind === 'f32' ? 2 : 3;
    const chunk = SCRATCH_BYTES >> shift;
    const mem = view(kind as 'f32' | 'f64');
    const at = R0 >> shift;
    const n = out.length;
    const kernel = kind === 'f32' ? ex.unaryF32 : ex.unaryF64;
    for (let off = 0; off < n; off += chunk) {
      const len = Math.min(chunk, n - off);
      mem.set(x.subarray(off, off + len), at);
      kernel(code, R0, R0, len);
      out.set(mem.subarray(at, at + len), off);
    }
  }

  function binary(op: BinaryKernel, a: Storage, b: Storage, out: Storage): void {
    const code = BINARY_CODE.get(op);
    if (code === undefined) throw new RangeError(`binary: unknown kernel '${String(op)}'`);
    const n = out.length;
    const kind = kindOf(a);
    const comparison = COMPARISONS.has(code);
    const outOk = comparison ? out instanceof Uint8Array : kindOf(out) === kind;
    if (kind === 'other' || kindOf(b) !== kind || !outOk) {
      for (let i = 0; i < n; i++) {
        out[i] = binaryScalar(op, a.length === 1 ? a[0]! : a[i]!, b.length === 1 ? b[0]! : b[i]!);
      }
      return;
    }
    // pow with a scalar exponent of 2 or 1 (mseLoss and its backward): x·x and x are what pow rounds to
    // (x·x is exact in float64, so both round the same way), at SIMD speed instead of a scalar libm call.
    if (op === 'pow' && b.length === 1 && n !== 1 && (b[0] === 2 || b[0] === 1) && kindOf(out) === kind) {
      if (b[0] === 1) (out as FloatStorage).set((a as FloatStorage).subarray(0, n));
      else binary('mul', a, a, out);
      return;
    }
    const shift = kind === 'f32' ? 2 : 3;
    const chunk = SCRATCH_BYTES >> shift;
    const mem = view(kind);
    const kernel = kind === 'f32' ? ex.binaryF32 : ex.binaryF64;
    // A length-1 side is broadcast by filling its region once; the kernels only ever see equal lengths.
    const aScalar = a.length === 1 && n !== 1;
    const bScalar = b.length === 1 && n !== 1;
    if (aScalar) mem.fill(a[0]!, R0 >> shift, (R0 >> shift) + Math.min(chunk, n));
    if (bScalar) mem.fill(b[0]!, R1 >> shift, (R1 >> shift) + Math.min(chunk, n));
    for (let off = 0; off < n; off += chunk) {
      const len = Math.min(chunk, n - off);
      if (!aScalar) mem.set((a as FloatStorage).subarray(off, off + len), R0 >> shift);
      if (!bScalar) mem.set((b as FloatStorage).subarray(off, off + len), R1 >> shift);
      kernel(code, R0, R1, R2, len);
      if (comparison) out.set(u8.subarray(R2, R2 + len), off);
      else out.set(mem.subarray(R2 >> shift, (R2 >> shift) + len), off);
    }
  }

  const IDENTITY = [0, 1, -Infinity, Infinity, -Infinity];

  function reduceRows(op: ReduceKernel, x: Storage, rows: number, rowLength: number, out: Storage): void {
    const code = REDUCE_CODE.get(op);
    if (code === undefined) throw new RangeError(`reduceRows: unknown kernel '${String(op)}'`);
    if (rowLength === 0) {
      out.fill(IDENTITY[code]!, 0, rows);
      return;
    }
    const kind = kindOf(x);
    if (kind === 'other') {
      // bool storage: widen to float64 once and reduce that.
      reduceRows(op, Float64Array.from(x.subarray(0, rows * rowLength)), rows, rowLength, out);
      return;
    }
    const shift = kind === 'f32' ? 2 : 3;
    const chunk = SCRATCH_BYTES >> shift;
    const mem = view(kind);
    const isF64 = kind === 'f64' ? 1 : 0;
    if (rowLength <= chunk) {
      // Whole rows per chunk; results (float64) land in R2, which holds SCRATCH_BYTES / 8 of them.
      const perChunk = Math.min(Math.floor(chunk / rowLength), SCRATCH_BYTES >> 3);
      for (let r0 = 0; r0 < rows; r0 += perChunk) {
        const nr = Math.min(perChunk, rows - r0);
        mem.set((x as FloatStorage).subarray(r0 * rowLength, (r0 + nr) * rowLength), R0 >> shift);
        ex.reduceRows(code, isF64, R0, nr, rowLength, R2);
        out.set(f64.subarray(R2 >> 3, (R2 >> 3) + nr), r0);
      }
      return;
    }
    // Rows longer than a chunk: reduce each chunk of the row and combine the float64 partials here.
    const xs = x as FloatStorage;
    const segments = (r: number, f: (len: number) => void): void => {
      for (let off = 0; off < rowLength; off += chunk) {
        const len = Math.min(chunk, rowLength - off);
        mem.set(xs.subarray(r * rowLength + off, r * rowLength + off + len), R0 >> shift);
        f(len);
      }
    };
    const sum = isF64 ? ex.sumF64 : ex.sumF32;
    const prod = isF64 ? ex.prodF64 : ex.prodF32;
    const extreme = isF64 ? ex.extremeF64 : ex.extremeF32;
    const sumExp = isF64 ? ex.sumExpF64 : ex.sumExpF32;
    const nanMax = (p: number, q: number) => (p > q || Number.isNaN(p) ? p : q);
    const nanMin = (p: number, q: number) => (p < q || Number.isNaN(p) ? p : q);
    for (let r = 0; r < rows; r++) {
      let v = IDENTITY[code]!;
      if (op === 'sum') segments(r, (len) => (v += sum(R0, len)));
      else if (op === 'prod') segments(r, (len) => (v *= prod(R0, len)));
      else if (op === 'amax') segments(r, (len) => (v = nanMax(extreme(R0, len, 1), v)));
      else if (op === 'amin') segments(r, (len) => (v = nanMin(extreme(R0, len, 0), v)));
      else {
        let m = -Infinity;
        segments(r, (len) => (m = nanMax(extreme(R0, len, 1), m)));
        const s = Number.isFinite(m) ? m : 0;
        let total = 0;
        segments(r, (len) => (total += sumExp(R0, len, s)));
        v = s + Math.log(total);
      }
      out[r] = v;
    }
  }

  function rowwise(op: RowKernel, x: Storage, rows: number, rowLength: number, out: Storage): void {
    const code = ROW_CODE.get(op);
    if (code === undefined) throw new RangeError(`rowwise: unknown kernel '${String(op)}'`);
    if (rowLength === 0 || rows === 0) return;
    const kind = kindOf(x);
    if (kind === 'other' || kindOf(out) !== kind) {
      throw new TypeError('rowwise: x and out must both be Float32Array or both Float64Array');
    }
    const shift = kind === 'f32' ? 2 : 3;
    const chunk = SCRATCH_BYTES >> shift;
    const mem = view(kind);
    const isF64 = kind === 'f64' ? 1 : 0;
    const xs = x as FloatStorage;
    const at = R0 >> shift;
    if (rowLength <= chunk) {
      const perChunk = Math.floor(chunk / rowLength);
      for (let r0 = 0; r0 < rows; r0 += perChunk) {
        const len = Math.min(perChunk, rows - r0) * rowLength;
        mem.set(xs.subarray(r0 * rowLength, r0 * rowLength + len), at);
        ex.rowwise(code, isF64, R0, R0, Math.min(perChunk, rows - r0), rowLength);
        out.set(mem.subarray(at, at + len), r0 * rowLength);
      }
      return;
    }
    // Rows longer than a chunk: the same passes, chunk by chunk, with the row statistics combined here.
    const each = (r: number, f: (len: number, off: number) => void): void => {
      for (let off = 0; off < rowLength; off += chunk) {
        const len = Math.min(chunk, rowLength - off);
        mem.set(xs.subarray(r * rowLength + off, r * rowLength + off + len), at);
        f(len, r * rowLength + off);
      }
    };
    const copyOut = (len: number, off: number) => out.set(mem.subarray(at, at + len), off);
    for (let r = 0; r < rows; r++) {
      if (op === 'cumsum') {
        let carry = 0;
        const cumsum = isF64 ? ex.cumsumF64 : ex.cumsumF32;
        each(r, (len, off) => {
          carry = cumsum(R0, R0, len, carry);
          copyOut(len, off);
        });
        continue;
      }
      let m = -Infinity;
      const extreme = isF64 ? ex.extremeF64 : ex.extremeF32;
      each(r, (len) => {
        const v = extreme(R0, len, 1);
        m = v > m || Number.isNaN(v) ? v : m;
      });
      if (!Number.isFinite(m)) {
        out.fill(NaN, r * rowLength, (r + 1) * rowLength); // inf - inf: PyTorch's row is nan
        continue;
      }
      const s = m;
      let total = 0;
      const sumExp = isF64 ? ex.sumExpF64 : ex.sumExpF32;
      each(r, (len) => (total += sumExp(R0, len, s)));
      if (op === 'softmax') {
        const apply = isF64 ? ex.softmaxApplyF64 : ex.softmaxApplyF32;
        each(r, (len, off) => {
          apply(R0, R0, len, s, 1 / total);
          copyOut(len, off);
        });
      } else {
        const apply = isF64 ? ex.logSoftmaxApplyF64 : ex.logSoftmaxApplyF32;
        const c = s + Math.log(total);
        each(r, (len, off) => {
          apply(R0, R0, len, c);
          copyOut(len, off);
        });
      }
    }
  }

  function matmul(
    a: FloatStorage,
    b: FloatStorage,
    out: FloatStorage,
    batch: number,
    m: number,
    k: number,
    n: number,
  ): void {
    const kind = kindOf(a);
    if (kind === 'other' || kindOf(b) !== kind || kindOf(out) !== kind) {
      throw new TypeError('matmul: a, b and out must all be Float32Array or all Float64Array');
    }
    const shift = kind === 'f32' ? 2 : 3;
    const bytes = (x: number) => Math.ceil((x << shift) / 64) * 64 + PAD_BYTES;
    // Whole matrices live in memory for the call (O(mk + kn + mn) copies against O(mkn) work); the first
    // matmul of a size grows linear memory, later ones reuse it.
    const pa = staticEnd;
    const pb = pa + bytes(m * k);
    const pc = pb + bytes(k * n);
    ensure(pc + bytes(m * n));
    const mem = view(kind);
    const kernel = kind === 'f32' ? ex.matmulF32 : ex.matmulF64;
    for (let t = 0; t < batch; t++) {
      mem.set(a.subarray(t * m * k, (t + 1) * m * k), pa >> shift);
      mem.set(b.subarray(t * k * n, (t + 1) * k * n), pb >> shift);
      kernel(pa, pb, pc, m, k, n);
      out.set(mem.subarray(pc >> shift, (pc >> shift) + m * n), t * m * n);
    }
  }

  function crossEntropyForward(
    x: FloatStorage,
    rows: number,
    C: number,
    c: Float64Array,
    softmax?: FloatStorage,
  ): void {
    const kind = kindOf(x);
    const shift = kind === 'f32' ? 2 : 3;
    const chunk = SCRATCH_BYTES >> shift;
    if (C === 0 || C > chunk || (softmax && kind !== 'f32')) {
      // Rows longer than a chunk, or float64 with a softmax to keep: rare, the plain loops.
      tsBackend.crossEntropyForward!(x, rows, C, c, softmax);
      return;
    }
    const mem = view(kind as 'f32' | 'f64');
    const perChunk = Math.min(Math.floor(chunk / C), SCRATCH_BYTES >> 3);
    for (let r0 = 0; r0 < rows; r0 += perChunk) {
      const nr = Math.min(perChunk, rows - r0);
      mem.set(x.subarray(r0 * C, (r0 + nr) * C), R0 >> shift);
      if (softmax) {
        ex.softmaxConstRowsF32(R0, R0, nr, C, R2);
        softmax.set(f32.subarray(R0 >> 2, (R0 >> 2) + nr * C), r0 * C);
      } else ex.logSoftmaxConstRows(shift === 3 ? 1 : 0, R0, nr, C, R2);
      c.set(f64.subarray(R2 >> 3, (R2 >> 3) + nr), r0);
    }
  }

  function crossEntropyBackwardFromSoftmax(
    p: FloatStorage,
    targets: Int32Array,
    scale: Float64Array,
    rows: number,
    C: number,
    grad: FloatStorage,
  ): void {
    const chunk = SCRATCH_BYTES >> 2;
    if (!(p instanceof Float32Array && grad instanceof Float32Array) || C === 0 || C > chunk) {
      tsBackend.crossEntropyBackwardFromSoftmax!(p, targets, scale, rows, C, grad);
      return;
    }
    const perChunk = Math.min(Math.floor(chunk / C), Math.floor(SCRATCH_BYTES / 16));
    const meta = R1 >> 3;
    for (let r0 = 0; r0 < rows; r0 += perChunk) {
      const nr = Math.min(perChunk, rows - r0);
      for (let r = 0; r < nr; r++) {
        f64[meta + 2 * r] = scale[r0 + r]!;
        f64[meta + 2 * r + 1] = targets[r0 + r]!;
      }
      const len = nr * C;
      f32.set(p.subarray(r0 * C, r0 * C + len), R0 >> 2);
      ex.softmaxMinusOneHotF32(R0, R0, nr, C, R1);
      grad.set(f32.subarray(R0 >> 2, (R0 >> 2) + len), r0 * C);
    }
  }

  const LOSS_CODE: Record<PointwiseLossKernel, number> = {
    mse: 0,
    bceWithLogits: 1,
    l1: 2,
    smoothL1: 3,
    huber: 4,
    bce: 5,
  };

  /**
   * Streams float32 operands through the scratch regions, chunk by chunk: operand i is copied into region i (R0,
   * R1), `run(len)` calls the kernel on them, and when `out` is given the chunk's result is copied out of `from`.
   */
  function streamF32(
    operands: readonly Float32Array[],
    n: number,
    run: (len: number) => void,
    out?: Float32Array,
    from = R0,
  ): void {
    const chunk = SCRATCH_BYTES >> 2;
    for (let off = 0; off < n; off += chunk) {
      const len = Math.min(chunk, n - off);
      for (let i = 0; i < operands.length; i++)
        f32.set(operands[i]!.subarray(off, off + len), (i === 0 ? R0 : R1) >> 2);
      run(len);
      if (out) out.set(f32.subarray(from >> 2, (from >> 2) + len), off);
    }
  }

  function pointwiseLossSum(op: PointwiseLossKernel, x: FloatStorage, y: FloatStorage, p = 0): number {
    if (!(x instanceof Float32Array && y instanceof Float32Array)) return tsBackend.pointwiseLossSum!(op, x, y, p);
    let s = 0;
    streamF32([x, y], x.length, (len) => (s += ex.pointwiseLossSumF32(LOSS_CODE[op], R0, R1, len, p)));
    return s;
  }

  function pointwiseLossBackward(
    op: PointwiseLossKernel,
    x: FloatStorage,
    y: FloatStorage,
    a: number,
    b: number,
    out: FloatStorage,
    p = 0,
  ): void {
    if (!(x instanceof Float32Array && y instanceof Float32Array && out instanceof Float32Array)) {
      tsBackend.pointwiseLossBackward!(op, x, y, a, b, out, p);
      return;
    }
    const code = LOSS_CODE[op];
    streamF32([x, y], out.length, (len) => ex.pointwiseLossGradF32(code, R0, R1, R2, len, a, b, p), out, R2);
  }

  // Parametric activations: float32 on SIMD lanes; float64 runs the TypeScript loops (as the loss kernels do).
  function activation(op: ActivationKernel, x: FloatStorage, out: FloatStorage, p0: number, p1: number, p2: number) {
    const code = ACTIVATION_CODE.get(op);
    if (code === undefined) throw new RangeError(`activation: unknown kernel '${String(op)}'`);
    if (!(x instanceof Float32Array && out instanceof Float32Array)) {
      tsBackend.activation(op, x, out, p0, p1, p2);
      return;
    }
    streamF32([x], out.length, (len) => ex.activationF32(code, R0, R0, len, p0, p1, p2), out);
  }

  function activationBackward(
    op: ActivationBackwardKernel,
    g: FloatStorage,
    x: FloatStorage,
    out: FloatStorage,
    p0: number,
    p1: number,
    p2: number,
  ): void {
    const code = ACTIVATION_BACKWARD_CODE.get(op);
    if (code === undefined) throw new RangeError(`activationBackward: unknown kernel '${String(op)}'`);
    if (!(g instanceof Float32Array && x instanceof Float32Array && out instanceof Float32Array)) {
      tsBackend.activationBackward(op, g, x, out, p0, p1, p2);
      return;
    }
    streamF32([g, x], out.length, (len) => ex.activationBackwardF32(code, R0, R1, R0, len, p0, p1, p2), out);
  }

  return {
    name: 'wasm',
    unary,
    binary,
    reduceRows,
    rowwise,
    matmul,
    crossEntropyForward,
    crossEntropyBackwardFromSoftmax,
    pointwiseLossSum,
    pointwiseLossBackward,
    activation,
    activationBackward,
  };
}
