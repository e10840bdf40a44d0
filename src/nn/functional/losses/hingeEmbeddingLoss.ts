/** hingeEmbeddingLoss: for distances with ±1 similarity labels (torch.nn.functional.hinge_embedding_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, clamp, ne, sub, where } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface HingeEmbeddingLossOptions {
  /** Default 1. */
  margin?: number;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<HingeEmbeddingLossOptions>({ margin: true, reduction: true });

/**
 * ℓᵢ = xᵢ where yᵢ = 1, max(0, margin - xᵢ) where yᵢ = -1 (PyTorch's kernel: both terms for other labels).
 *
 *   F.hingeEmbeddingLoss(tg.tensor([0.3, 0.3]), tg.tensor([1, -1]))  // tensor(0.5000)
 */
export function hingeEmbeddingLoss(input: Tensor, target: Tensor, options: HingeEmbeddingLossOptions = {}): Tensor {
  const fn = 'hinge_embedding_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkFloat(target, 'target', fn);
  const margin = checkNumber(options.margin, 'margin', fn, 1);
  const reduction = checkReduction(options.reduction, fn);
  const marginTerm = where(ne(target, 1), clamp(sub(margin, input), { min: 0 }), 0);
  const selfTerm = where(ne(target, -1), input, 0);
  return reduce(add(marginTerm, selfTerm), reduction);
}

export const hingeEmbeddingLossSpec: LossSpec<[Tensor, Tensor], HingeEmbeddingLossOptions> = {
  kind: 'loss',
  name: 'hingeEmbeddingLoss',
  torchName: 'torch.nn.functional.hinge_embedding_loss',
  moduleName: 'HingeEmbeddingLoss',
  description: 'Pulls similar pairs (y = 1) to distance 0 and pushes dissimilar ones (y = -1) beyond the margin.',
  formula: String.raw`\ell_i = \begin{cases} x_i & y_i = 1 \\ \max(0,\ \text{margin} - x_i) & y_i = -1 \end{cases}`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = [y_i = 1] - [y_i = -1]\,[x_i \le \text{margin}]`,
  saves: 'composition',
  optionKeys: OPTIONS,
  params: [
    { name: 'margin', default: 1, min: 0, max: 3, step: 0.1 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: hingeEmbeddingLoss,
};
