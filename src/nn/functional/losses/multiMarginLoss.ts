/** multiMarginLoss: multi-class hinge loss (torch.nn.functional.multi_margin_loss). */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate } from '../../../tensor/dtype.js';
import { contiguousData } from '../../../tensor/storage.js';
import { add, div, gather, mul, relu, reshape, sub, sum } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { formatShape } from '../../../tensor/shape.js';
import { named } from './common.js';
import {
  checkFloat,
  checkIndices,
  checkNumber,
  checkOptionsObject,
  optionalTensor,
  optionKeys,
} from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface MultiMarginLossOptions {
  /** 1 (hinge) or 2 (squared hinge); default 1. */
  p?: number;
  /** Default 1. */
  margin?: number;
  /** A rescaling weight per class, applied by the target's class. */
  weight?: Tensor | null;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<MultiMarginLossOptions>({ p: true, margin: true, weight: true, reduction: true });

/**
 * ℓₙ = (1/C) Σ_{i ≠ yₙ} w_{yₙ} max(0, margin - x_{n,yₙ} + x_{n,i})ᵖ for input (C) or (N, C), target () or (N).
 *
 *   F.multiMarginLoss(tg.tensor([[0.1, 0.2, 0.4, 0.8]]), tg.tensor([3], { dtype: 'int64' }))  // tensor(0.3250)
 */
export function multiMarginLoss(input: Tensor, target: Tensor, options: MultiMarginLossOptions = {}): Tensor {
  const fn = 'multi_margin_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkIndices(target, 'target', fn);
  const p = checkNumber(options.p, 'p', fn, 1);
  const margin = checkNumber(options.margin, 'margin', fn, 1);
  const weight = optionalTensor(options.weight, 'weight', fn);
  const reduction = checkReduction(options.reduction, fn);
  if (p !== 1 && p !== 2) throw new RangeError(`${fn}(): only p == 1 and p == 2 supported, but got p = ${p}`);
  if (input.ndim > 2 || input.numel() === 0) {
    throw new RangeError(
      `${fn}(): Expected non-empty vector or matrix with optional 0-dim batch size, but got: ${formatShape(input.shape)}`,
    );
  }
  const N = input.ndim <= 1 ? 1 : input.shape[0]!;
  const C = input.ndim === 0 ? 1 : input.shape[input.ndim - 1]!;
  if (target.ndim > 1 || target.numel() !== N) {
    throw new RangeError(`${fn}(): inconsistent target size, expected ${N} but got ${formatShape(target.shape)}`);
  }
  if (weight && (weight.ndim > 1 || weight.numel() !== C)) {
    throw new RangeError(`${fn}(): inconsistent weight size, expected ${C} but got ${formatShape(weight.shape)}`);
  }
  const t = contiguousData(target);
  const mask = allocate(input.dtype, N * C);
  for (let n = 0; n < N; n++) {
    const c = t[n]!;
    if (!(c >= 0 && c < C))
      throw new RangeError(`${fn}(): target out of range (got ${c}, expected a class in [0, ${C - 1}])`);
    for (let i = 0; i < C; i++) if (i !== c) mask[n * C + i] = 1;
  }
  const x = reshape(input, [N, C]);
  const index = reshape(target, [N, 1]);
  // relu'(0) = 0 matches PyTorch's strict `z > 0` test.
  let h = relu(add(sub(margin, gather(x, 1, index)), x));
  if (p === 2) h = mul(h, h);
  h = mul(h, new Tensor(mask, [N, C], input.dtype));
  if (weight) h = mul(h, gather(weight.reshape([-1]), 0, target.reshape([-1])).reshape([N, 1]));
  let loss = div(sum(h, 1), C);
  if (reduction === 'none') loss = target.ndim === 0 ? reshape(loss, []) : loss;
  return named(reduce(loss, reduction), 'MultiMarginLossBackward0');
}

export const multiMarginLossSpec: LossSpec<[Tensor, Tensor], MultiMarginLossOptions> = {
  kind: 'loss',
  name: 'multiMarginLoss',
  torchName: 'torch.nn.functional.multi_margin_loss',
  moduleName: 'MultiMarginLoss',
  description: 'Multi-class hinge loss: every wrong class should score at least margin below the right one.',
  formula: String.raw`\ell_n = \frac1C \sum_{i \ne y_n} w_{y_n} \max(0,\ \text{margin} - x_{n,y_n} + x_{n,i})^p`,
  derivative: String.raw`\frac{\partial \ell_n}{\partial x_{n,i}} = \frac{w_{y_n}}{C}\, p\, z_i^{p-1} [z_i > 0] \;(i \ne y_n),\quad \frac{\partial \ell_n}{\partial x_{n,y_n}} = -\sum_{i \ne y_n} \frac{\partial \ell_n}{\partial x_{n,i}}`,
  saves: 'composition',
  note: 'No gradient exactly at the margin (z = 0), as in PyTorch.',
  optionKeys: OPTIONS,
  params: [
    { name: 'p', default: 1, choices: ['1', '2'] },
    { name: 'margin', default: 1, min: 0, max: 3, step: 0.1 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: multiMarginLoss,
};
