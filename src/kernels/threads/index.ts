/**
 * Multi-core kernels: a Backend wrapper that splits large calls into one share per thread (the calling
 * thread computes one, pool workers the rest) and the setNumThreads state behind it.
 *
 * The core never starts a thread by itself: a pool provider must be installed (tensorgrad/node installs one
 * built on worker_threads, tensorgrad/browser one built on Web Workers). Without one, setNumThreads accepts
 * only 1 and kernels() returns the plain backend.
 *
 * Results:
 * - elementwise kernels (unary, binary, activation, activationBackward): every element is computed by the same
 *   kernel whichever thread runs it, so results are bit-identical to single-threaded; shares start at multiples
 *   of 16 elements.
 * - row kernels (softmax, logSoftmax, cumsum) and reductions of rows up to BLOCK long: whole rows per share,
 *   so bit-identical to single-threaded as well.
 * - reductions of rows longer than BLOCK (x.sum() of a big tensor): each row is cut at fixed points (every
 *   BLOCK elements, whatever the thread count), each block reduced in float64 and the partials combined in
 *   order on the calling thread. The result depends only on the input: the same for 1, 2 or 16 threads, and
 *   it differs from the plain backend's own chunking only in float64 rounding (logsumexp: ~1e-10
 *   relative, its blocks are shifted by their own maxima), far below a float32 ulp.
 * - matmul: output rows split into shares (each output element is computed by the same kernel loop).
 * - fused losses: pointwiseLossBackward elementwise, cross-entropy forward/backward by rows (bit-identical);
 *   pointwiseLossSum in fixed BLOCK partials like long reductions (deterministic, not the inner's bits).
 * Shares go to workers only when every operand written or read in bulk lives on a SharedArrayBuffer (storage
 * above SHARED_FROM elements is allocated there while threads are on); otherwise the call runs here, alone.
 */
import type {
  ActivationBackwardKernel,
  ActivationKernel,
  Backend,
  BinaryKernel,
  ReduceKernel,
  RowKernel,
  UnaryKernel,
} from '../backend.js';
import { setStorageAllocator, type DType, type FloatStorage, type Storage } from '../../tensor/dtype.js';
import { runTask, type Task } from './task.js';
import type { ThreadPool } from './pool.js';

export type { ThreadPool, Transport } from './pool.js';
export { SLOT, atomicsPool, createControl, markFailed, shareListener, sharedBytesOf, workerLoop } from './pool.js';

/**
 * Elements below which a kernel call stays on one thread: a share costs a postMessage and a futex wake-up
 * (8 µs round trip on an idle core, 50–100 µs when the machine is busy). Transcendental kernels (sigmoid, exp,
 * gelu, ...) and row kernels break even around 2^17 elements on the 2-core VM, memory-bound arithmetic (add,
 * mul, relu, comparisons) around 2^19 (bench/threads-micro.ts; docs/dev/bench.md, "Threads").
 */
export let PARALLEL_FROM = 1 << 17;
export let CHEAP_PARALLEL_FROM = 1 << 19;
/** Storage of this many elements or more is allocated on a SharedArrayBuffer while threads are on. */
export let SHARED_FROM = PARALLEL_FROM;
/** Kernels that move memory more than they compute: split only above CHEAP_PARALLEL_FROM. */
const CHEAP = new Set<string>([
  'neg',
  'abs',
  'sign',
  'relu',
  'square',
  'reciprocal',
  'sqrt',
  'add',
  'sub',
  'mul',
  'div',
  'maximum',
  'minimum',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'sigmoidBackward',
  'tanhBackward',
  'reluBackward',
  'sum',
  'prod',
  'amax',
  'amin',
  'cumsum',
  'mse',
  'l1',
  'smoothL1',
  'huber',
  // parametric activations without a transcendental step (forward and backward share the name)
  'leakyRelu',
  'hardtanh',
  'threshold',
  'hardsigmoid',
  'hardswish',
  'softshrink',
  'hardshrink',
]);
/**
 * Plain reductions gain nothing from a second thread on the 2-core VM even at 2^22 elements (1.52 vs 1.59 ms
 * for a sum: the caller's half takes 0.75 ms, the worker's, run concurrently, twice that); they are split only
 * from 2^21 elements on, where the loss is within noise, so that machines with more memory bandwidth gain.
 */
const REDUCE = new Set<string>(['sum', 'prod', 'amax', 'amin']);
export let REDUCE_PARALLEL_FROM = 1 << 21;
const threshold = (op: string): number =>
  REDUCE.has(op) ? REDUCE_PARALLEL_FROM : CHEAP.has(op) ? CHEAP_PARALLEL_FROM : PARALLEL_FROM;
/** Multiply-adds below which matmul stays on one thread. */
export let MATMUL_PARALLEL_FROM = 1 << 18;

/** Overrides the thresholds (bench/threads-micro.ts measures the crossover with it; not public API). */
export function setThreadThresholds(t: {
  parallelFrom?: number;
  cheapFrom?: number;
  reduceFrom?: number;
  matmulFrom?: number;
}): void {
  if (t.parallelFrom !== undefined) PARALLEL_FROM = SHARED_FROM = t.parallelFrom;
  if (t.cheapFrom !== undefined) CHEAP_PARALLEL_FROM = t.cheapFrom;
  if (t.reduceFrom !== undefined) REDUCE_PARALLEL_FROM = t.reduceFrom;
  if (t.matmulFrom !== undefined) MATMUL_PARALLEL_FROM = t.matmulFrom;
  setStorageAllocator(numThreads > 1 ? allocateShared : null, SHARED_FROM);
}
/** Fixed split length of long reduction rows (independent of the thread count, so results are too). */
export const BLOCK = 1 << 15;

export interface ThreadPoolProvider {
  /** Threads (caller included) to use when the provider is installed, e.g. the machine's core count. */
  defaultThreads: number;
  /** Starts `workers` workers (the caller is the extra thread). */
  create(workers: number): ThreadPool;
  /**
   * Told the bytes of every shared storage allocated. V8 does not count SharedArrayBuffer memory toward its
   * garbage-collection triggers, so a loop of large ops whose JS garbage is small would grow without bound;
   * the Node provider collects garbage itself every so many bytes (src/node.ts).
   */
  onSharedAllocation?(bytes: number): void;
}

function allocateShared(dtype: DType, length: number): Storage {
  let storage: Storage;
  switch (dtype) {
    case 'float32':
      storage = new Float32Array(new SharedArrayBuffer(length * 4));
      break;
    case 'float64':
    case 'int64':
      storage = new Float64Array(new SharedArrayBuffer(length * 8));
      break;
    case 'bool':
      storage = new Uint8Array(new SharedArrayBuffer(length));
      break;
  }
  provider?.onSharedAllocation?.(storage.byteLength);
  return storage;
}

let provider: ThreadPoolProvider | null = null;
let numThreads = 1;
let pool: ThreadPool | null = null;

/**
 * Sets how many threads large kernels use (torch.set_num_threads). Only 1 is accepted until a thread pool is
 * installed: in Node, `import * as tg from 'tensorgrad/node'` installs one and defaults to the core count; in a
 * browser, 'tensorgrad/browser' does, where it can (a dedicated Worker of a cross-origin isolated page).
 * Workers start lazily, on the first call large enough to share.
 */
export function setNumThreads(n: number): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new RangeError(`setNumThreads(): n must be a positive integer, but got ${String(n)}`);
  }
  if (n > 1 && provider === null) {
    throw new RangeError(
      `setNumThreads(): got ${n}, but ` +
        (unavailable ??
          `this runtime has no thread pool (in Node, import 'tensorgrad/node'; in a browser, ` +
            `'tensorgrad/browser' from a dedicated Worker of a cross-origin isolated page)`) +
        `, so only 1 is accepted`,
    );
  }
  numThreads = n; // a running pool is kept (idle workers sleep in Atomics.wait); it grows when n does
  setStorageAllocator(n > 1 ? allocateShared : null, SHARED_FROM);
}

let unavailable: string | null = null;
/**
 * Why this runtime has no thread pool, for setNumThreads' error (src/browser.ts says which of its conditions
 * failed: a browser's main thread, a page that is not cross-origin isolated, ...). Null restores the default.
 */
export function setThreadsUnavailable(reason: string | null): void {
  unavailable = reason;
}

/** The number of threads large kernels use (torch.get_num_threads): 1 unless a pool provider is installed. */
export function getNumThreads(): number {
  return numThreads;
}

/** Installs a pool provider and switches to its default thread count. */
export function installThreadPoolProvider(p: ThreadPoolProvider | null): void {
  if (pool !== null) pool.close();
  pool = null;
  provider = p;
  numThreads = 1;
  setNumThreads(p ? Math.max(1, p.defaultThreads) : 1);
}

export function hasThreadPoolProvider(): boolean {
  return provider !== null;
}

/** Resolves once the workers for the current thread count have started (starting them if needed). */
export function threadsReady(): Promise<void> {
  const p = currentPool();
  return p ? p.whenReady() : Promise.resolve();
}

/**
 * Stops the workers now (they are unref'd, so a process exits without this; they restart on the next large
 * call while the thread count is above 1).
 */
export function shutdownThreads(): void {
  pool?.close();
  pool = null;
}

let dispatched = 0;
/** Shares sent to workers so far (tests check that a call really was split). */
export function sharesDispatched(): number {
  return dispatched;
}

let poolWorkers = 0;

function currentPool(): ThreadPool | null {
  if (numThreads === 1 || provider === null) return null;
  if (pool !== null && poolWorkers >= numThreads - 1) return pool;
  pool?.close();
  poolWorkers = numThreads - 1;
  return (pool = provider.create(poolWorkers));
}

const isShared = (s: Storage): boolean =>
  typeof SharedArrayBuffer === 'function' && s.buffer instanceof SharedArrayBuffer;

/** Split points of [0, n) into `parts` shares, multiples of `align` (the last ends at n). */
function splits(n: number, parts: number, align: number): number[] {
  const points = [0];
  for (let i = 1; i < parts; i++) points.push(Math.min(n, Math.round((n * i) / parts / align) * align));
  points.push(n);
  return points;
}

/**
 * Runs `make(start, end)` shares of [0, n) across the pool: the first share here, the rest on ready workers.
 * Returns false (nothing run) when no worker is ready to help.
 */
function share(inner: Backend, n: number, align: number, make: (start: number, end: number) => Task): boolean {
  const p = currentPool();
  if (p === null) return false;
  const workers = Math.min(p.ready(), numThreads - 1);
  if (workers === 0) return false;
  const points = splits(n, workers + 1, align);
  const tasks: Task[] = [];
  for (let i = 1; i <= workers; i++) if (points[i]! < points[i + 1]!) tasks.push(make(points[i]!, points[i + 1]!));
  const own = make(points[0]!, points[1]!);
  dispatched += tasks.length;
  p.run(tasks, () => {
    if (own.kind !== 'stop' && points[0]! < points[1]!) runTask(own, inner);
  });
  return true;
}

let scratch: Float64Array = new Float64Array(0);
/** A shared float64 buffer of at least n entries for partial results (grown, never shrunk). */
function partialsBuffer(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(new SharedArrayBuffer(Math.max(n, 1024) * 8));
  return scratch.subarray(0, n);
}

const nanMax = (p: number, q: number): number => (p > q || Number.isNaN(p) ? p : q);
const nanMin = (p: number, q: number): number => (p < q || Number.isNaN(p) ? p : q);

/** Combines one row's block partials, in block order. */
function combine(op: ReduceKernel, parts: Float64Array): number {
  switch (op) {
    case 'sum': {
      let v = 0;
      for (let j = 0; j < parts.length; j++) v += parts[j]!;
      return v;
    }
    case 'prod': {
      let v = 1;
      for (let j = 0; j < parts.length; j++) v *= parts[j]!;
      return v;
    }
    case 'amax': {
      let v = -Infinity;
      for (let j = 0; j < parts.length; j++) v = nanMax(parts[j]!, v);
      return v;
    }
    case 'amin': {
      let v = Infinity;
      for (let j = 0; j < parts.length; j++) v = nanMin(parts[j]!, v);
      return v;
    }
    case 'logsumexp': {
      // Each block's logsumexp is shifted by its own max; shift the blocks by the largest (PyTorch's rule:
      // an infinite or nan maximum is the answer).
      let m = -Infinity;
      for (let j = 0; j < parts.length; j++) m = nanMax(parts[j]!, m);
      if (!Number.isFinite(m)) return m;
      let total = 0;
      for (let j = 0; j < parts.length; j++) total += Math.exp(parts[j]! - m);
      return m + Math.log(total);
    }
  }
}

const wrappers = new WeakMap<Backend, Backend>();

/** `inner` split across the pool; `inner` itself when no pool provider is installed. */
export function withThreads(inner: Backend): Backend {
  if (provider === null) return inner;
  let wrapped = wrappers.get(inner);
  if (!wrapped) wrappers.set(inner, (wrapped = threaded(inner)));
  return wrapped;
}

function threaded(inner: Backend): Backend {
  const backend = inner.name;

  function unary(op: UnaryKernel, x: FloatStorage, out: FloatStorage): void {
    const n = out.length;
    if (n >= threshold(op) && numThreads > 1 && isShared(x) && isShared(out)) {
      if (share(inner, n, 16, (start, end) => ({ kind: 'unary', backend, op, x, out, start, end }))) return;
    }
    inner.unary(op, x, out);
  }

  function binary(op: BinaryKernel, a: Storage, b: Storage, out: Storage): void {
    const n = out.length;
    if (
      n >= threshold(op) &&
      numThreads > 1 &&
      isShared(out) &&
      (a.length === 1 || isShared(a)) &&
      (b.length === 1 || isShared(b))
    ) {
      if (share(inner, n, 16, (start, end) => ({ kind: 'binary', backend, op, a, b, out, start, end }))) return;
    }
    inner.binary(op, a, b, out);
  }

  function activation(op: ActivationKernel, x: FloatStorage, out: FloatStorage, p0: number, p1: number, p2: number) {
    const n = out.length;
    if (n >= threshold(op) && numThreads > 1 && isShared(x) && isShared(out)) {
      const p = [p0, p1, p2] as const;
      if (share(inner, n, 16, (start, end) => ({ kind: 'activation', backend, op, p, x, out, start, end }))) return;
    }
    inner.activation(op, x, out, p0, p1, p2);
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
    const n = out.length;
    if (n >= threshold(op) && numThreads > 1 && isShared(g) && isShared(x) && isShared(out)) {
      const p = [p0, p1, p2] as const;
      const make = (start: number, end: number): Task => ({
        kind: 'activationBackward',
        backend,
        op,
        p,
        g,
        x,
        out,
        start,
        end,
      });
      if (share(inner, n, 16, make)) return;
    }
    inner.activationBackward(op, g, x, out, p0, p1, p2);
  }

  function reduceRows(op: ReduceKernel, x: Storage, rows: number, rowLength: number, out: Storage): void {
    if (rowLength > BLOCK && rows > 0) {
      // Long rows: fixed blocks, float64 partials, combined in order here (see the module comment).
      const blocksPerRow = Math.ceil(rowLength / BLOCK);
      const units = rows * blocksPerRow;
      const partials = partialsBuffer(units);
      const make = (start: number, end: number): Task => ({
        kind: 'reduceBlocks',
        backend,
        op,
        x,
        rowLength,
        block: BLOCK,
        blocksPerRow,
        partials,
        start,
        end,
      });
      const parallel =
        numThreads > 1 && rows * rowLength >= threshold(op) && isShared(x) && share(inner, units, 1, make);
      if (!parallel) runTask(make(0, units) as Exclude<Task, { kind: 'stop' }>, inner);
      for (let r = 0; r < rows; r++) out[r] = combine(op, partials.subarray(r * blocksPerRow, (r + 1) * blocksPerRow));
      return;
    }
    if (rows > 1 && rows * rowLength >= threshold(op) && numThreads > 1 && isShared(x)) {
      // Whole rows per share; each row is reduced exactly as the inner backend reduces it alone. Results go
      // to shared float64 partials first (out is small and usually not shared), then are stored into out,
      // which rounds them as the inner backend's own store would.
      const partials = partialsBuffer(rows);
      if (
        share(inner, rows, 1, (start, end) => ({ kind: 'reduceRows', backend, op, x, rowLength, partials, start, end }))
      ) {
        for (let r = 0; r < rows; r++) out[r] = partials[r]!;
        return;
      }
    }
    inner.reduceRows(op, x, rows, rowLength, out);
  }

  function rowwise(op: RowKernel, x: Storage, rows: number, rowLength: number, out: Storage): void {
    if (rows > 1 && rows * rowLength >= threshold(op) && numThreads > 1 && isShared(x) && isShared(out)) {
      if (share(inner, rows, 1, (start, end) => ({ kind: 'rowwise', backend, op, x, rowLength, out, start, end })))
        return;
    }
    inner.rowwise(op, x, rows, rowLength, out);
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
    const rows = batch * m;
    if (
      rows > 1 &&
      rows * k * n >= MATMUL_PARALLEL_FROM &&
      numThreads > 1 &&
      isShared(a) &&
      isShared(b) &&
      isShared(out)
    ) {
      // Shares of whole matrices, or of 8-row groups of one, so the kernels' row tiles fall as single-threaded.
      if (
        share(inner, rows, batch > 1 ? m : 8, (start, end) => ({
          kind: 'matmul',
          backend,
          a,
          b,
          out,
          m,
          k,
          n,
          start,
          end,
        }))
      )
        return;
    }
    inner.matmul(a, b, out, batch, m, k, n);
  }

  // The fused loss kernels, where the inner backend has them (src/ops/lossKernels.ts falls back otherwise).
  const losses: Partial<Backend> = {};
  if (inner.pointwiseLossSum) {
    const sum = inner.pointwiseLossSum;
    // Like long reductions: fixed BLOCK-element partials in float64, added in order here, whatever the
    // thread count (from BLOCK + 1 elements on, also on one thread).
    losses.pointwiseLossSum = (op, x, y, p = 0) => {
      const n = x.length;
      if (n <= BLOCK) return sum(op, x, y, p);
      const blocks = Math.ceil(n / BLOCK);
      const partials = partialsBuffer(blocks);
      const make = (start: number, end: number): Task => ({
        kind: 'lossSumBlocks',
        backend,
        op,
        p,
        x,
        y,
        block: BLOCK,
        partials,
        start,
        end,
      });
      const parallel =
        numThreads > 1 && n >= threshold(op) && isShared(x) && isShared(y) && share(inner, blocks, 1, make);
      if (!parallel) runTask(make(0, blocks) as Exclude<Task, { kind: 'stop' }>, inner);
      let v = 0;
      for (let j = 0; j < blocks; j++) v += partials[j]!;
      return v;
    };
  }
  if (inner.pointwiseLossBackward) {
    const backward = inner.pointwiseLossBackward;
    losses.pointwiseLossBackward = (op, x, y, a, b, out, p = 0) => {
      const n = out.length;
      if (n >= threshold(op) && numThreads > 1 && isShared(x) && isShared(y) && isShared(out)) {
        const make = (start: number, end: number): Task => ({
          kind: 'lossBackward',
          backend,
          op,
          p,
          x,
          y,
          a,
          b,
          out,
          start,
          end,
        });
        if (share(inner, n, 16, make)) return;
      }
      backward(op, x, y, a, b, out, p);
    };
  }
  const rowsSplit = (rows: number, C: number, ...arrays: (Storage | undefined)[]): boolean =>
    rows > 1 && rows * C >= PARALLEL_FROM && numThreads > 1 && arrays.every((a) => a === undefined || isShared(a));
  if (inner.crossEntropyForward) {
    const forward = inner.crossEntropyForward;
    losses.crossEntropyForward = (x, rows, C, c, softmax) => {
      if (rowsSplit(rows, C, x, softmax)) {
        // Row constants land in shared partials (c is an ordinary array), then are copied: same float64 values.
        const partials = partialsBuffer(rows);
        const make = (start: number, end: number): Task => ({
          kind: 'ceForward',
          backend,
          x,
          C,
          partials,
          softmax,
          start,
          end,
        });
        if (share(inner, rows, 1, make)) {
          c.set(partials);
          return;
        }
      }
      forward(x, rows, C, c, softmax);
    };
  }
  if (inner.crossEntropyBackwardFromSoftmax) {
    const backward = inner.crossEntropyBackwardFromSoftmax;
    losses.crossEntropyBackwardFromSoftmax = (p, targets, scale, rows, C, grad) => {
      if (rowsSplit(rows, C, p, grad)) {
        const make = (start: number, end: number): Task => ({
          kind: 'ceBackward',
          backend,
          p,
          targets,
          scale,
          C,
          grad,
          start,
          end,
        });
        if (share(inner, rows, 1, make)) return;
      }
      backward(p, targets, scale, rows, C, grad);
    };
  }

  // Anything else a backend grows is its own, unsplit.
  return {
    ...inner,
    ...losses,
    name: inner.name,
    unary,
    binary,
    activation,
    activationBackward,
    reduceRows,
    rowwise,
    matmul,
  };
}
