/**
 * The 1- vs 2-thread crossover of the kernel wrapper (src/kernels/threads): add, sigmoid, logSoftmax rows and
 * a full sum, at sizes around the threshold, median of many calls, on shared storage with the threshold
 * lowered so every size is split. `npx tsx bench/threads-micro.ts` (numbers in docs/dev/bench.md, "Threads").
 */
import * as tg from '../src/node.js';
import { kernels } from '../src/kernels/index.js';
import { setThreadThresholds } from '../src/kernels/threads/index.js';
import { medianMs } from './timing.js';

const shared = (n: number, f: (i: number) => number): Float32Array => {
  const a = new Float32Array(new SharedArrayBuffer(n * 4));
  for (let i = 0; i < n; i++) a[i] = f(i);
  return a;
};

tg.setBackend('wasm');
setThreadThresholds({ parallelFrom: 1, cheapFrom: 1, reduceFrom: 1 });
tg.setNumThreads(2);
await tg.threadsReady();

const cases: [string, (n: number) => () => void][] = [
  [
    'add',
    (n) => {
      const a = shared(n, (i) => i % 7),
        b = shared(n, (i) => i % 5),
        o = shared(n, () => 0);
      return () => kernels().binary('add', a, b, o);
    },
  ],
  [
    'sigmoid',
    (n) => {
      const a = shared(n, (i) => (i % 13) - 6),
        o = shared(n, () => 0);
      return () => kernels().unary('sigmoid', a, o);
    },
  ],
  [
    'logSoftmax rows of 1000',
    (n) => {
      const rows = Math.max(2, Math.round(n / 1000));
      const a = shared(rows * 1000, (i) => (i % 13) - 6),
        o = shared(rows * 1000, () => 0);
      return () => kernels().rowwise('logSoftmax', a, rows, 1000, o);
    },
  ],
  [
    'sum (one row)',
    (n) => {
      const a = shared(n, (i) => (i % 13) - 6),
        o = new Float32Array(1);
      return () => kernels().reduceRows('sum', a, 1, n, o);
    },
  ],
];
console.log(`| kernel | elements | 1 thread (ms) | 2 threads (ms) | speedup |\n|---|---:|---:|---:|---:|`);
for (const [name, make] of cases) {
  for (const log2 of [12, 14, 15, 16, 17, 18, 20, 22]) {
    const n = 1 << log2;
    if (name.startsWith('sum') && log2 < 16) continue; // rows up to BLOCK = 2^15 are not split
    const run = make(n);
    const budget = log2 >= 20 ? 600 : 250;
    tg.setNumThreads(1);
    const t1 = await medianMs(run, { iterations: 7, timeMs: budget, warmup: 3 });
    tg.setNumThreads(2);
    await tg.threadsReady();
    const t2 = await medianMs(run, { iterations: 7, timeMs: budget, warmup: 3 });
    console.log(`| ${name} | 2^${log2} | ${t1.toPrecision(3)} | ${t2.toPrecision(3)} | ${(t1 / t2).toFixed(2)} |`);
  }
}
