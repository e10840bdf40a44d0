/**
 * The library calls the tour makes, through their public names (F.*, tg.info.*). While a loss or info function
 * is not registered yet, the documented composition stands in, so the tour runs at every stage of the tree.
 */
import * as tg from '../src/index.js';
import type { LossSpec } from '../src/index.js';

type Fn = (...args: never[]) => tg.Tensor;
const F = tg.F as unknown as Record<string, Fn | undefined> & { LOSSES?: readonly LossSpec<never[]>[] };
const info = (tg as unknown as { info?: Record<string, Fn | undefined> }).info ?? {};

export function mseLoss(input: tg.Tensor, target: tg.Tensor): tg.Tensor {
  const f = F.mseLoss as ((a: tg.Tensor, b: tg.Tensor) => tg.Tensor) | undefined;
  return f ? f(input, target) : input.sub(target).square().mean();
}

export function crossEntropy(input: tg.Tensor, target: tg.Tensor): tg.Tensor {
  const f = F.crossEntropy as ((a: tg.Tensor, b: tg.Tensor) => tg.Tensor) | undefined;
  return f ? f(input, target) : nllLoss(tg.logSoftmax(input, 1), target);
}

export function nllLoss(logProbs: tg.Tensor, target: tg.Tensor): tg.Tensor {
  const f = F.nllLoss as ((a: tg.Tensor, b: tg.Tensor) => tg.Tensor) | undefined;
  return f ? f(logProbs, target) : logProbs.gather(1, target.unsqueeze(1)).mean().neg();
}

type InfoFn = (p: tg.Tensor, ...rest: unknown[]) => tg.Tensor;

/** H(P) in bits: tg.info.entropy(p, { base: 2 }). */
export function entropyBits(p: tg.Tensor): tg.Tensor {
  const f = info.entropy as InfoFn | undefined;
  return f ? f(p, { base: 2 }) : p.mul(p.log2()).sum().neg();
}

/** H(P, Q) in bits: tg.info.crossEntropy(p, q, { base: 2 }). */
export function crossEntropyBits(p: tg.Tensor, q: tg.Tensor): tg.Tensor {
  const f = info.crossEntropy as InfoFn | undefined;
  return f ? f(p, q, { base: 2 }) : p.mul(q.log2()).sum().neg();
}

/** D_KL(P ‖ Q) in bits: tg.info.klDivergence(p, q, { base: 2 }). */
export function klBits(p: tg.Tensor, q: tg.Tensor): tg.Tensor {
  const f = info.klDivergence as InfoFn | undefined;
  return f ? f(p, q, { base: 2 }) : p.mul(p.log2().sub(q.log2())).sum();
}

/** The LaTeX formula of a loss spec, if registered. */
export function lossFormula(name: string): { formula: string; derivative: string } | null {
  const spec = (F.LOSSES ?? []).find((s) => s.name === name);
  return spec ? { formula: spec.formula, derivative: spec.derivative } : null;
}

export function usesRegistry(): { activations: boolean; losses: boolean; info: boolean } {
  return {
    activations: ((F as { ACTIVATIONS?: readonly unknown[] }).ACTIVATIONS ?? []).length > 0,
    losses: (F.LOSSES ?? []).length > 0,
    info: typeof info.entropy === 'function',
  };
}
