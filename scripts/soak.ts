/**
 * `npm run soak`: 100k training steps of a small network (2 → 16 → 16 → 1, tanh/relu/sigmoid, BCE with
 * logits and MSE, Adam) on the default kernel backend, printing heap and RSS every 10k steps. Users never call
 * dispose(): tensors are plain typed arrays reclaimed by the garbage collector, and the WASM backend's linear
 * memory has a fixed size (scratch streaming), so both numbers must stay flat.
 *
 * Exits 1 if, after the first 10k steps (JIT and allocator warm-up), the heap grows by more than 8 MB or the
 * RSS by more than 32 MB. Options: --steps N (default 100000), --backend ts|wasm.
 */
import * as tg from '../src/index.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => args[args.indexOf(name) + 1] ?? undefined;
const steps = args.includes('--steps') ? Number(arg('--steps')) : 100_000;
if (args.includes('--backend')) tg.setBackend(arg('--backend') as tg.BackendName);
const every = Math.max(1, Math.round(steps / 10));

tg.manualSeed(0);
const model = new tg.nn.Sequential(
  new tg.nn.Linear(2, 16),
  new tg.nn.Tanh(),
  new tg.nn.Linear(16, 16),
  new tg.nn.ReLU(),
  new tg.nn.Linear(16, 1),
);
const optimizer = new tg.optim.Adam(model.parameters(), { lr: 1e-2 });
// Two moons-ish toy data: label = point above a sine.
const batch = 32;
const x = tg.rand([batch, 2]).mul(4).sub(2);
const label = tg
  .gt(x.select(1, 1), tg.sin(x.select(1, 0)))
  .to('float32')
  .reshape([batch, 1]);

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1).padStart(7);
const samples: { step: number; heap: number; rss: number }[] = [];
function sample(step: number, loss: number): void {
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  samples.push({ step, heap: heapUsed, rss });
  console.log(`step ${String(step).padStart(7)}  loss ${loss.toFixed(4)}  heap ${mb(heapUsed)} MB  rss ${mb(rss)} MB`);
}

console.log(
  `soak: ${steps} steps, backend ${tg.getBackend()}${gc ? '' : ' (run with --expose-gc for exact heap samples)'}`,
);
const started = performance.now();
for (let step = 1; step <= steps; step++) {
  optimizer.zeroGrad();
  const logits = model.forward(x);
  const loss = tg.F.binaryCrossEntropyWithLogits(logits, label).add(tg.F.mseLoss(tg.sigmoid(logits), label));
  loss.backward();
  optimizer.step();
  if (step % every === 0 || step === 1) sample(step, loss.item());
}
const seconds = (performance.now() - started) / 1000;
console.log(`${steps} steps in ${seconds.toFixed(1)} s (${((seconds * 1e6) / steps).toFixed(0)} µs per step)`);

const base = samples.find((s) => s.step >= Math.min(10_000, every)) ?? samples[0]!;
const last = samples[samples.length - 1]!;
const heapGrowth = last.heap - base.heap;
const rssGrowth = last.rss - base.rss;
console.log(`growth since step ${base.step}: heap ${mb(heapGrowth)} MB, rss ${mb(rssGrowth)} MB`);
if (heapGrowth > 8 * 2 ** 20 || rssGrowth > 32 * 2 ** 20) {
  console.log('FAIL: memory grows');
  process.exit(1);
}
console.log('OK: flat');
