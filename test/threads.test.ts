/// <reference types="vite/client" />
/**
 * Multi-core kernels (src/kernels/threads, installed by src/node.ts): split calls give the single-threaded
 * bits for every elementwise kernel and for row kernels; long reductions give the same bits for any thread
 * count. No timing here (speed is measured by bench/threads-micro.ts and npm run bench).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as tg from '../src/node.js';
import { kernels } from '../src/kernels/index.js';
import type { Backend, BinaryKernel, RowKernel } from '../src/kernels/backend.js';
import { tsBackend } from '../src/kernels/ts/backend.js';
import {
  ACTIVATION_BACKWARD_OPS,
  ACTIVATION_OPS,
  BINARY_OPS,
  REDUCE_OPS,
  ROW_OPS,
  UNARY_OPS,
  createWasmBackend,
} from '../src/kernels/wasm/backend.js';
import { BLOCK, setThreadThresholds, sharesDispatched } from '../src/kernels/threads/index.js';
import { ACTIVATION_KERNEL_PARAMS } from './activation-kernel-params.js';

type Float = Float32Array | Float64Array;
const EDGES = [0, -0, 1, -1, 0.5, -0.5, 1e-30, -1e-30, 1e-45, 20, -20, 88.7, -89, 1e4, -1e4, Infinity, -Infinity, NaN];

/** A float array on a SharedArrayBuffer: edge values, then a fixed pseudo-random spread over [-12, 12]. */
function shared(kind: 'f32' | 'f64', n: number, seed = 1, lo = -12, hi = 12, edges = true): Float {
  const a =
    kind === 'f32' ? new Float32Array(new SharedArrayBuffer(n * 4)) : new Float64Array(new SharedArrayBuffer(n * 8));
  let u = seed >>> 0;
  for (let i = 0; i < n; i++) {
    u = (Math.imul(u, 1664525) + 1013904223) >>> 0;
    a[i] = edges && i < EDGES.length * 3 && i % 3 === 0 ? EDGES[i / 3]! : lo + ((hi - lo) * u) / 2 ** 32;
  }
  return a;
}
const sharedLike = (a: Float | Uint8Array): Float | Uint8Array =>
  a instanceof Float32Array
    ? new Float32Array(new SharedArrayBuffer(a.length * 4))
    : a instanceof Float64Array
      ? new Float64Array(new SharedArrayBuffer(a.length * 8))
      : new Uint8Array(new SharedArrayBuffer(a.length));
const plainLike = (a: Float | Uint8Array): Float | Uint8Array =>
  new (a.constructor as new (n: number) => Float | Uint8Array)(a.length);

/** Index of the first element whose bits differ (NaN equals NaN, -0 differs from 0), or -1. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

const wasm = createWasmBackend();
// Node has WebAssembly SIMD (backends.test.ts asserts it); fail rather than silently test the ts backend only.
if (wasm === null) throw new Error('threads.test.ts: the wasm backend is unavailable');
const INNER: [string, Backend][] = [['ts', tsBackend], ...(wasm ? [['wasm', wasm] as [string, Backend]] : [])];
// Odd sizes: shares end mid-vector and the last is short.
const N = 5000 + 13;

beforeAll(async () => {
  // Small thresholds so small arrays are split (the defaults are measured crossovers, 2^17 and 2^19).
  setThreadThresholds({ parallelFrom: 1024, cheapFrom: 1024, reduceFrom: 1024, matmulFrom: 1024 });
  tg.setNumThreads(3); // two workers: three shares per call
  await tg.threadsReady();
});
afterAll(() => {
  tg.shutdownThreads();
  tg.setNumThreads(1);
});

/** Runs `f` on the threaded backend and checks that it really sent shares to workers. */
function split(f: () => void): void {
  const before = sharesDispatched();
  f();
  expect(sharesDispatched() - before).toBeGreaterThan(0);
}

describe.each(INNER)('on the %s backend, 3 threads', (name, inner) => {
  beforeAll(() => tg.setBackend(name as 'ts' | 'wasm'));

  it.each(UNARY_OPS.map((op) => [op]))('unary %s equals single-threaded bit for bit (float32 and float64)', (op) => {
    for (const kind of ['f32', 'f64'] as const) {
      const x = shared(kind, N, 7);
      const out = sharedLike(x) as Float;
      split(() => kernels().unary(op, x, out));
      const ref = plainLike(x) as Float;
      inner.unary(op, x, ref);
      expect(firstDifference(out, ref), `${op} ${kind}`).toBe(-1);
    }
  });

  it('unary may write in place (out aliases x)', () => {
    const x = shared('f32', N, 3);
    const ref = plainLike(x) as Float;
    inner.unary('exp', x, ref);
    split(() => kernels().unary('exp', x, x));
    expect(firstDifference(x, ref)).toBe(-1);
  });

  it.each(BINARY_OPS.map((op) => [op]))(
    'binary %s equals single-threaded bit for bit, with either side a broadcast scalar',
    (op: BinaryKernel) => {
      const comparison = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(op);
      for (const kind of ['f32', 'f64'] as const) {
        const a = shared(kind, N, 11, -3, 3);
        const b = shared(kind, N, 12, -3, 3);
        b.set(a.subarray(100, 200), 100); // equal pairs for the comparisons
        const scalar = kind === 'f32' ? Float32Array.of(2) : Float64Array.of(0.5);
        for (const [x, y] of [
          [a, b],
          [a, scalar],
          [scalar, b],
        ] as const) {
          const out = comparison ? new Uint8Array(new SharedArrayBuffer(N)) : (sharedLike(a) as Float);
          split(() => kernels().binary(op, x, y, out));
          const ref = comparison ? new Uint8Array(N) : (plainLike(a) as Float);
          inner.binary(op, x, y, ref);
          expect(firstDifference(out, ref), `${op} ${kind} lengths ${x.length}, ${y.length}`).toBe(-1);
        }
      }
    },
  );

  it.each(ROW_OPS.map((op) => [op]))(
    'rowwise %s equals single-threaded bit for bit (whole rows per share)',
    (op: RowKernel) => {
      for (const kind of ['f32', 'f64'] as const) {
        for (const [rows, len] of [
          [97, 53],
          [7, 1000],
        ]) {
          const x = shared(kind, rows * len, 5, -30, 30);
          const out = sharedLike(x) as Float;
          split(() => kernels().rowwise(op, x, rows, len, out));
          const ref = plainLike(x) as Float;
          inner.rowwise(op, x, rows, len, ref);
          expect(firstDifference(out, ref), `${op} ${kind} ${rows}x${len}`).toBe(-1);
        }
      }
    },
  );

  it.each(REDUCE_OPS.map((op) => [op]))(
    'reduceRows %s over many short rows equals single-threaded bit for bit',
    (op) => {
      for (const kind of ['f32', 'f64'] as const) {
        const [rows, len] = [301, 40];
        const x = shared(kind, rows * len, 9, op === 'prod' ? 0.5 : -5, op === 'prod' ? 1.5 : 5);
        const out = kind === 'f32' ? new Float32Array(rows) : new Float64Array(rows);
        split(() => kernels().reduceRows(op, x, rows, len, out));
        const ref = plainLike(out) as Float;
        inner.reduceRows(op, x, rows, len, ref);
        expect(firstDifference(out, ref), `${op} ${kind}`).toBe(-1);
      }
    },
  );

  it.each(REDUCE_OPS.map((op) => [op]))(
    'reduceRows %s over rows longer than BLOCK is the same for 1, 2 and 3 threads and close to the plain kernel',
    async (op) => {
      const rows = 2;
      const len = 2 * BLOCK + 123;
      const x = shared('f32', rows * len, 21, op === 'prod' ? 0.9999 : -5, op === 'prod' ? 1.0001 : 5, false);
      x[len + 17] = op === 'amax' ? 1e6 : x[len + 17]!; // a maximum inside the second block of row 1
      const results: Float64Array[] = [];
      for (const threads of [1, 2, 3]) {
        tg.setNumThreads(threads);
        await tg.threadsReady();
        const out = new Float64Array(rows);
        if (threads > 1) split(() => kernels().reduceRows(op, x, rows, len, out));
        else kernels().reduceRows(op, x, rows, len, out);
        results.push(out);
      }
      expect(firstDifference(results[0]!, results[1]!)).toBe(-1);
      expect(firstDifference(results[0]!, results[2]!)).toBe(-1);
      const ref = new Float64Array(rows);
      inner.reduceRows(op, x, rows, len, ref);
      // Block partials change only the float64 rounding (logsumexp: each block shifted by its own max before
      // float32 exps), far below a float32 ulp.
      for (let r = 0; r < rows; r++)
        expect(Math.abs(results[0]![r]! - ref[r]!)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(ref[r]!)));
      // Non-finite values propagate as in the plain kernel: nan anywhere, or an infinite maximum.
      const y = shared('f32', rows * len, 22, -5, 5, false);
      y[BLOCK + 5] = NaN;
      y[len + 2 * BLOCK + 7] = Infinity;
      const out = new Float64Array(rows);
      kernels().reduceRows(op, y, rows, len, out);
      inner.reduceRows(op, y, rows, len, ref);
      expect(firstDifference(out, ref)).toBe(-1);
    },
  );

  it('activation kernels (forward and backward) equal single-threaded bit for bit', () => {
    for (const kind of ['f32', 'f64'] as const) {
      const x = shared(kind, N, 51);
      const g = shared(kind, N, 52, -3, 3);
      for (const op of ACTIVATION_BACKWARD_OPS) {
        for (const [p0, p1, p2] of ACTIVATION_KERNEL_PARAMS[op]!) {
          if ((ACTIVATION_OPS as readonly string[]).includes(op)) {
            const fwd = op as (typeof ACTIVATION_OPS)[number];
            const out = sharedLike(x) as Float;
            split(() => kernels().activation(fwd, x, out, p0, p1, p2));
            const ref = plainLike(x) as Float;
            inner.activation(fwd, x, ref, p0, p1, p2);
            expect(firstDifference(out, ref), `${op}(${p0}, ${p1}, ${p2}) ${kind}`).toBe(-1);
          }
          const out = sharedLike(x) as Float;
          split(() => kernels().activationBackward(op, g, x, out, p0, p1, p2));
          const ref = plainLike(x) as Float;
          inner.activationBackward(op, g, x, ref, p0, p1, p2);
          expect(firstDifference(out, ref), `${op} backward (${p0}, ${p1}, ${p2}) ${kind}`).toBe(-1);
        }
      }
    }
  });

  it('fused loss kernels: backward and cross-entropy rows equal single-threaded bit for bit', () => {
    for (const kind of ['f32', 'f64'] as const) {
      const x = shared(kind, N, 41, -6, 6);
      const y = shared(kind, N, 42, 0, 1, false);
      const probs = shared(kind, N, 44, 0, 1);
      for (const [op, p] of [
        ['mse', 0],
        ['bceWithLogits', 0],
        ['l1', 0],
        ['smoothL1', 0.5],
        ['smoothL1', 0],
        ['huber', 1.5],
        ['bce', 0],
      ] as const) {
        const input = op === 'bce' ? probs : x;
        const out = sharedLike(input) as Float;
        split(() => kernels().pointwiseLossBackward!(op, input, y, 0.75, 3, out, p));
        const ref = plainLike(input) as Float;
        inner.pointwiseLossBackward!(op, input, y, 0.75, 3, ref, p);
        expect(firstDifference(out, ref), `${op} backward ${kind}`).toBe(-1);
      }
      const [rows, C] = [103, 37];
      const logits = shared(kind, rows * C, 43, -20, 20);
      const targets = Int32Array.from({ length: rows }, (_, r) => (r % 5 === 4 ? -100 : (r * 7) % C));
      const scale = Float64Array.from({ length: rows }, (_, r) => (r % 11 === 3 ? 0 : 1 / rows));
      const c = new Float64Array(rows);
      const softmax = sharedLike(logits) as Float;
      split(() => kernels().crossEntropyForward!(logits, rows, C, c, softmax));
      const cRef = new Float64Array(rows);
      const softmaxRef = plainLike(logits) as Float;
      inner.crossEntropyForward!(logits, rows, C, cRef, softmaxRef);
      expect(firstDifference(c, cRef), `crossEntropyForward c ${kind}`).toBe(-1);
      expect(firstDifference(softmax, softmaxRef), `crossEntropyForward softmax ${kind}`).toBe(-1);
      const grad = sharedLike(logits) as Float;
      const gradRef = plainLike(logits) as Float;
      split(() => kernels().crossEntropyBackwardFromSoftmax!(softmax, targets, scale, rows, C, grad));
      inner.crossEntropyBackwardFromSoftmax!(softmaxRef, targets, scale, rows, C, gradRef);
      expect(firstDifference(grad, gradRef), `crossEntropyBackwardFromSoftmax ${kind}`).toBe(-1);
    }
  });

  it('pointwiseLossSum over more than BLOCK elements is the same for 1, 2 and 3 threads', async () => {
    const n = 3 * BLOCK + 77;
    const x = shared('f32', n, 51, -6, 6, false);
    const y = shared('f32', n, 52, 0, 1, false);
    const probs = shared('f32', n, 53, 0, 1, false);
    for (const [op, p] of [
      ['mse', 0],
      ['bceWithLogits', 0],
      ['l1', 0],
      ['smoothL1', 0.5],
      ['huber', 1.5],
      ['bce', 0],
    ] as const) {
      const input = op === 'bce' ? probs : x;
      const sums: number[] = [];
      for (const threads of [1, 2, 3]) {
        tg.setNumThreads(threads);
        await tg.threadsReady();
        if (threads > 1) split(() => sums.push(kernels().pointwiseLossSum!(op, input, y, p)));
        else sums.push(kernels().pointwiseLossSum!(op, input, y, p));
      }
      expect(sums[1]).toBe(sums[0]);
      expect(sums[2]).toBe(sums[0]);
      const ref = inner.pointwiseLossSum!(op, input, y, p);
      expect(Math.abs(sums[0]! - ref)).toBeLessThanOrEqual(1e-12 * Math.abs(ref));
    }
  });

  it('matmul equals single-threaded bit for bit (one matrix split by rows, a batch by matrices)', () => {
    for (const kind of ['f32', 'f64'] as const) {
      for (const [batch, m, k, n] of [
        [1, 37, 19, 23],
        [3, 9, 16, 33],
      ] as const) {
        const a = shared(kind, batch * m * k, 31, -2, 2);
        const b = shared(kind, batch * k * n, 32, -2, 2);
        const out = sharedLike(shared(kind, batch * m * n)) as Float;
        split(() => kernels().matmul(a, b, out, batch, m, k, n));
        const ref = plainLike(out) as Float;
        inner.matmul(a, b, ref, batch, m, k, n);
        expect(firstDifference(out, ref), `${kind} ${batch}x${m}x${k}x${n}`).toBe(-1);
      }
    }
  });
});

describe('the thread pool', () => {
  it('is on by default in Node with the core count, and tensors above the threshold live in shared memory', () => {
    expect(tg.getNumThreads()).toBe(3); // set in beforeAll; the default is os.availableParallelism()
    const big = tg.zeros([4096]);
    const small = tg.zeros([8]);
    expect(big.contiguousData().buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(small.contiguousData().buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('splits tensor ops end to end: sigmoid, logSoftmax and mseLoss give the single-threaded values', () => {
    tg.setBackend('wasm');
    const x = tg.linspace(-10, 10, 6000).reshape([60, 100]);
    const y = tg.linspace(3, -3, 6000).reshape([60, 100]);
    const run = () => [tg.sigmoid(x), tg.logSoftmax(x, 1), tg.F.mseLoss(x, y), x.sum()].map((t) => t.toArray());
    const before = sharesDispatched();
    const threaded = run();
    expect(sharesDispatched()).toBeGreaterThan(before);
    tg.setNumThreads(1);
    const single = run();
    tg.setNumThreads(3);
    expect(threaded).toEqual(single);
  });

  it('rethrows a kernel error and stays usable', () => {
    const x = shared('f32', N);
    const out = sharedLike(x) as Float;
    expect(() => kernels().unary('nope' as never, x, out)).toThrow(/unknown kernel/);
    split(() => kernels().unary('neg', x, out));
    expect(out[5]).toBe(-x[5]!);
  });

  it('setNumThreads takes positive integers', () => {
    expect(() => tg.setNumThreads(0)).toThrow(RangeError);
    expect(() => tg.setNumThreads(1.5)).toThrow(/positive integer, but got 1.5/);
  });

  it('the core alone accepts only 1 thread and names the Node entry', async () => {
    vi.resetModules();
    const core = await import('../src/index.js');
    expect(core.getNumThreads()).toBe(1);
    core.setNumThreads(1);
    expect(() => core.setNumThreads(2)).toThrow(/no thread pool.*tensorgrad\/node/);
  });

  it('workers never keep a process alive: a script that used them exits on its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-threads-'));
    try {
      const script = join(dir, 'exit.mts');
      writeFileSync(
        script,
        `import * as tg from ${JSON.stringify(join(process.cwd(), 'src/node.ts'))};\n` +
          `await tg.threadsReady();\n` +
          `console.log(tg.getNumThreads() > 1 ? tg.sigmoid(tg.zeros([1 << 18])).sum().item() : 'single');\n`,
      );
      // A hang would hit the timeout and throw; success is the process ending by itself.
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], { timeout: 50_000, encoding: 'utf8' });
      expect(out.trim()).toMatch(/^(131072|single)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The PyTorch parity suites once more, with every kernel call of two or more elements split across the pool:
// the wrapper must be invisible to every op, activation and loss (and their gradients).
describe('the PyTorch parity suites, every call split across 3 threads', async () => {
  beforeAll(async () => {
    setThreadThresholds({ parallelFrom: 2, cheapFrom: 2, reduceFrom: 2, matmulFrom: 2 });
    tg.setNumThreads(3);
    await tg.threadsReady();
  });
  afterAll(() => setThreadThresholds({ parallelFrom: 1024, cheapFrom: 1024, reduceFrom: 1024, matmulFrom: 1024 }));
  const suites = import.meta.glob<unknown>('./parity/*.test.ts');
  for (const load of Object.values(suites)) await load();
  it('loaded the activations, core and losses parity suites', () => {
    expect(Object.keys(suites)).toEqual(
      expect.arrayContaining(['./parity/activations.test.ts', './parity/core.test.ts', './parity/losses.test.ts']),
    );
  });
  it('really split calls', () => {
    const before = sharesDispatched();
    tg.sigmoid(tg.zeros([64]));
    expect(sharesDispatched()).toBeGreaterThan(before);
  });
});
