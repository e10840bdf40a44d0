/**
 * Fused pointwise losses ('mean', one kernel pass forward and one backward) vs the same loss file's
 * composition (reduction 'none', then mean()), forward + backward on 2^22 float32, on each kernel backend.
 *
 *   npx tsx bench/fused-losses.ts [ts|wasm ...]
 *
 * Prints the median of each (tinybench) and the speed-up; no assertion (timings belong here, not in tests).
 */
import * as tg from '../src/index.js';
import { uniform, STREAMS } from './data.js';
import { medianMs } from './timing.js';

const TIMING = { iterations: 15, warmup: 3 };
import type { Tensor } from '../src/tensor/tensor.js';
import { availableBackends } from '../src/kernels/index.js';

const N = 2 ** 22;
const F = tg.F;
const x = tg.tensor(uniform(N, STREAMS.x, -3, 3));
const y = tg.tensor(uniform(N, STREAMS.y, -3, 3));
const p = tg.tensor(uniform(N, STREAMS.x, 0.001, 0.999));
const t = tg.tensor(uniform(N, STREAMS.t, 0, 1));

type Loss = (input: Tensor, target: Tensor, options: { reduction: 'mean' | 'none' }) => Tensor;
const LOSSES: [string, Tensor, Tensor, Loss][] = [
  ['mseLoss', x, y, (a, b, o) => F.mseLoss(a, b, o)],
  ['l1Loss', x, y, (a, b, o) => F.l1Loss(a, b, o)],
  ['smoothL1Loss', x, y, (a, b, o) => F.smoothL1Loss(a, b, { ...o, beta: 0.5 })],
  ['huberLoss', x, y, (a, b, o) => F.huberLoss(a, b, { ...o, delta: 0.5 })],
  ['binaryCrossEntropy', p, t, (a, b, o) => F.binaryCrossEntropy(a, b, o)],
];

const backends = process.argv.slice(2).length ? process.argv.slice(2) : availableBackends();
const rows: string[] = [];
for (const backend of backends) {
  tg.setBackend(backend as 'ts' | 'wasm');
  for (const [name, input, target, loss] of LOSSES) {
    const leaf = input.clone().requiresGrad_();
    const f = await medianMs(() => {
      leaf.grad = null;
      loss(leaf, target, { reduction: 'mean' }).backward();
    }, TIMING);
    const c = await medianMs(() => {
      leaf.grad = null;
      loss(leaf, target, { reduction: 'none' }).mean().backward();
    }, TIMING);
    rows.push(`| ${backend} | ${name} | ${f.toFixed(1)} | ${c.toFixed(1)} | ${(c / f).toFixed(1)}x |`);
  }
}
console.log(`fwd+bwd, 2^22 float32, 'mean', median ms (Node ${process.versions.node})`);
console.log('| backend | loss | fused | composed | speed-up |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(r);
