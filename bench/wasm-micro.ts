// Micro-measurement behind docs/dev/wasm.md: WASM SIMD kernels over 2^22 float32s, streamed through scratch
// chunks of several sizes vs. run in place on data already in linear memory, the copy cost alone, and a
// plain JS loop. Run: npx tsx bench/wasm-micro.ts   (median of 15 runs, ms)
import { setFlagsFromString } from 'node:v8';
import { WASM_BASE64 } from '../src/kernels/wasm/module.generated.js';
import { createWasmBackend } from '../src/kernels/wasm/backend.js';
import { medianMs } from './timing.js';

// TurboFan from the start (see bench/exp-micro.ts): otherwise the first rows partly time V8's baseline tier
// (Liftoff) while the optimised code is compiled in the background, the longer the bigger the kernel function.
setFlagsFromString('--no-liftoff');

const N = 2 ** 22;
const bytes = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
type Kernel = (...args: number[]) => number;
const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as Record<string, Kernel> & {
  memory: WebAssembly.Memory;
};
const memory: WebAssembly.Memory = ex.memory;
const base = (ex.heapBase!() + 63) & ~63;
memory.grow(Math.ceil((base + 2 * N * 4 + 4096 * 1024 * 3) / 65536));
const mem = new Float32Array(memory.buffer);

const x = new Float32Array(N).map((_, i) => Math.sin(i) * 8);
const out = new Float32Array(N);

const EXP = 3,
  SIGMOID = 18;
const rows: [string, number][] = [];
// In place in linear memory (the "tensors live in WASM memory" design): no copies.
mem.set(x, base >> 2);
for (const [name, op] of [
  ['exp', EXP],
  ['sigmoid', SIGMOID],
] as const) {
  // Out of place: in place, every run would exponentiate the previous run's output (inf after three exps).
  rows.push([`${name}: in linear memory, no copies`, await medianMs(() => ex.unaryF32!(op, base, base + N * 4, N))]);
}
rows.push(['sum: in linear memory', await medianMs(() => ex.sumF32!(base, N))]);
// Streaming through a scratch chunk.
function stream(op: number, chunkBytes: number): void {
  const c = chunkBytes >> 2;
  const at = base >> 2;
  for (let off = 0; off < N; off += c) {
    const len = Math.min(c, N - off);
    mem.set(x.subarray(off, off + len), at);
    ex.unaryF32!(op, base, base, len);
    out.set(mem.subarray(at, at + len), off);
  }
}
function copyOnly(chunkBytes: number): void {
  const c = chunkBytes >> 2;
  const at = base >> 2;
  for (let off = 0; off < N; off += c) {
    const len = Math.min(c, N - off);
    mem.set(x.subarray(off, off + len), at);
    out.set(mem.subarray(at, at + len), off);
  }
}
for (const kib of [16, 64, 256, 1024]) {
  rows.push([`exp: streamed, ${kib} KiB chunks`, await medianMs(() => stream(EXP, kib * 1024))]);
  rows.push([`sigmoid: streamed, ${kib} KiB chunks`, await medianMs(() => stream(SIGMOID, kib * 1024))]);
  rows.push([`copy in + out only, ${kib} KiB chunks`, await medianMs(() => copyOnly(kib * 1024))]);
}
const be = createWasmBackend()!;
const sumOut = new Float64Array(1);
rows.push(['backend.unary exp (64 KiB scratch)', await medianMs(() => be.unary('exp', x, out))]);
rows.push(['backend.unary sigmoid', await medianMs(() => be.unary('sigmoid', x, out))]);
rows.push(['backend.unary gelu', await medianMs(() => be.unary('gelu', x, out))]);
rows.push(['backend.unary tanh', await medianMs(() => be.unary('tanh', x, out))]);
rows.push(['backend.reduceRows sum', await medianMs(() => be.reduceRows('sum', x, 1, N, sumOut))]);
rows.push([
  'backend.rowwise logSoftmax 4096x1000',
  await medianMs(() => be.rowwise('logSoftmax', x.subarray(0, 4096000), 4096, 1000, out)),
]);
rows.push([
  'plain JS loop: Math.exp',
  await medianMs(() => {
    for (let i = 0; i < N; i++) out[i] = Math.exp(x[i]!);
  }),
]);
rows.push([
  'plain JS loop: sigmoid',
  await medianMs(() => {
    for (let i = 0; i < N; i++) out[i] = 1 / (1 + Math.exp(-x[i]!));
  }),
]);
rows.push([
  'plain JS loop: sum (float64 acc)',
  await medianMs(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += x[i]!;
    sumOut[0] = s;
  }),
]);
const small = new Float32Array(64).map((_, i) => i / 10 - 3);
const smallOut = new Float32Array(64);
rows.push([
  'backend.unary sigmoid, 64 elements (x1000 calls)',
  await medianMs(() => {
    for (let i = 0; i < 1000; i++) be.unary('sigmoid', small, smallOut);
  }),
]);
for (const [k, v] of rows) console.log(`${k.padEnd(52)} ${v.toFixed(3)} ms`);
