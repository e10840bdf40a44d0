/**
 * Fused crossEntropy vs the chain nllLoss(logSoftmax(x)) on (4096, 1000) float32 logits, forward + backward.
 *
 *   npx tsx bench/cross-entropy.ts
 *
 * Prints both timings (tinybench) and the speed-up; issue #4 asks for at least 3x.
 */
import { Bench } from 'tinybench';
import * as tg from '../src/index.js';

const N = 4096;
const C = 1000;
tg.manualSeed(0);
const logits = tg.randn([N, C]).requiresGrad_();
const target = tg.randint(0, C, [N]);

function fused(): void {
  logits.grad = null;
  tg.F.crossEntropy(logits, target).backward();
}

function chain(): void {
  logits.grad = null;
  tg.F.nllLoss(tg.logSoftmax(logits, 1), target).backward();
}

const bench = new Bench({ time: 3000, warmupTime: 500 });
bench.add('crossEntropy (fused)', fused).add('nllLoss(logSoftmax(x)) (chain)', chain);
await bench.run();

const mean = (name: string): number => {
  const task = bench.getTask(name);
  const latency = (task?.result as { latency?: { mean: number } } | undefined)?.latency?.mean;
  if (latency === undefined) throw new Error(`no result for ${name}`);
  return latency;
};
const fusedMs = mean('crossEntropy (fused)');
const chainMs = mean('nllLoss(logSoftmax(x)) (chain)');
console.log(`cross-entropy forward+backward on (${N}, ${C}) float32 logits (backend ${tg.getBackend()}):`);
console.log(`  fused crossEntropy        ${fusedMs.toFixed(2)} ms`);
console.log(`  nllLoss(logSoftmax(x))    ${chainMs.toFixed(2)} ms`);
console.log(`  speed-up                  ${(chainMs / fusedMs).toFixed(2)}x`);
