// The measurement behind docs/dev/storage.md: could tensor storage live in WASM linear memory, reclaimed by the
// garbage collector (no dispose())? Linear memory is invisible to the GC, so a dead tensor's block could only be
// returned to an allocator through a FinalizationRegistry callback or a cleared WeakRef. This script checks when
// either reports a dead object: inside one synchronous loop (a training loop: `for (...) { loss.backward(); ... }`)
// even with explicit full collections, after a microtask, and after a macrotask. It also times what an arena would
// save per 2^22-element op: a fresh 16 MiB output against a reused one, and the scratch copy in and out.
// Run: node --expose-gc --import tsx bench/storage-reclaim.ts
import { createWasmBackend } from '../src/kernels/wasm/backend.js';
import { medianMs } from './timing.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (see the header comment)');

const STEPS = 2000;
let finalized = 0;
const registry = new FinalizationRegistry<number>(() => finalized++);
const refs: WeakRef<Float32Array>[] = [];
const cleared = () => refs.filter((r) => r.deref() === undefined).length;

console.log(`${STEPS} synchronous "steps", each dropping a 256 KiB tensor; a full gc() every 500 steps`);
for (let step = 0; step < STEPS; step++) {
  const output = new Float32Array(1 << 16);
  registry.register(output, step);
  if (step % 100 === 0) refs.push(new WeakRef(new Float32Array(1 << 16)));
  if (step % 500 === 499) {
    gc();
    console.log(
      `  in the loop, step ${step + 1}: finalized ${finalized}, WeakRefs cleared ${cleared()}/${refs.length}`,
    );
  }
}
await Promise.resolve();
gc();
console.log(`  after a microtask + gc(): finalized ${finalized}, WeakRefs cleared ${cleared()}/${refs.length}`);
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
await new Promise((resolve) => setTimeout(resolve, 0));
console.log(`  after macrotasks + gc(): finalized ${finalized}, WeakRefs cleared ${cleared()}/${refs.length}`);

const N = 1 << 22;
const backend = createWasmBackend()!;
const x = new Float32Array(N).map((_, i) => Math.sin(i) * 8);
const reused = new Float32Array(N);
let keep: Float32Array = reused;
console.log(`\nwhat an arena would save per op on 2^22 float32 (median of 21, ms)`);
const rows: [string, number][] = [
  [
    'sigmoid, streamed into a reused output',
    await medianMs(() => backend.unary('sigmoid', x, reused), { iterations: 21, warmup: 3 }),
  ],
  [
    'sigmoid, streamed into a fresh output',
    await medianMs(
      () => {
        keep = new Float32Array(N);
        backend.unary('sigmoid', x, keep);
      },
      { iterations: 21, warmup: 3 },
    ),
  ],
  ['copy of 16 MiB (Float32Array.set)', await medianMs(() => reused.set(x), { iterations: 21, warmup: 3 })],
];
for (const [name, ms] of rows) console.log(`  ${name.padEnd(42)} ${ms.toFixed(2)}`);
void keep;
