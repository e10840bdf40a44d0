/** pairwiseDistance: ‖x1 - x2 + eps‖_p along the last dim (torch.nn.functional.pairwise_distance). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, sub, vectorNorm } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { named } from './common.js';
import { checkBoolean, checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface PairwiseDistanceOptions {
  /** The norm degree (default 2). */
  p?: number;
  /** Added to the difference to avoid a zero vector (default 1e-6). */
  eps?: number;
  keepdim?: boolean;
}

const OPTIONS = optionKeys<PairwiseDistanceOptions>({ p: true, eps: true, keepdim: true });

/**
 * dᵢ = ‖x1ᵢ - x2ᵢ + ε‖_p over the last dim of the broadcast inputs.
 *
 *   F.pairwiseDistance(tg.tensor([[0, 0]]), tg.tensor([[3, 4]]))  // tensor([5.0000])
 */
export function pairwiseDistance(x1: Tensor, x2: Tensor, options: PairwiseDistanceOptions = {}): Tensor {
  const fn = 'pairwise_distance';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(x1, 'x1', fn);
  checkFloat(x2, 'x2', fn);
  const p = checkNumber(options.p, 'p', fn, 2);
  const eps = checkNumber(options.eps, 'eps', fn, 1e-6);
  const keepdim = checkBoolean(options.keepdim, 'keepdim', fn, false);
  const innermost = Math.max(x1.ndim, x2.ndim) - 1;
  // PyTorch: at::norm(x1 - x2 + eps, p, innermost_dim, keepdim); the gradient at a zero difference is 0.
  return named(vectorNorm(add(sub(x1, x2), eps), { ord: p, dim: innermost, keepdim }), 'NormBackward1');
}

export const pairwiseDistanceSpec: LossSpec<[Tensor, Tensor], PairwiseDistanceOptions> = {
  kind: 'loss',
  name: 'pairwiseDistance',
  torchName: 'torch.nn.functional.pairwise_distance',
  moduleName: 'PairwiseDistance',
  description: 'The p-norm distance between matching rows (a building block of the triplet losses, not a loss itself).',
  formula: String.raw`d_i = \big\lVert x^{(1)}_i - x^{(2)}_i + \varepsilon \big\rVert_p`,
  derivative: String.raw`\frac{\partial d_i}{\partial x^{(1)}_{i}} = \frac{\operatorname{sign}(u)\,|u|^{p-1}}{d_i^{\,p-1}},\; u = x^{(1)}_i - x^{(2)}_i + \varepsilon`,
  saves: 'composition',
  note: 'eps is added to the difference (not to the norm), as in PyTorch.',
  optionKeys: OPTIONS,
  params: [
    { name: 'p', default: 2, min: 1, max: 4, step: 0.5 },
    { name: 'eps', default: 1e-6 },
  ],
  fn: pairwiseDistance,
};
