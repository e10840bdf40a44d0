/** marginRankingLoss: ranks x1 above x2 when y = 1 (torch.nn.functional.margin_ranking_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, clamp, mul, neg, sub } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { named } from './common.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys, torchSize } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface MarginRankingLossOptions {
  /** Default 0. */
  margin?: number;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<MarginRankingLossOptions>({ margin: true, reduction: true });

/**
 * ℓᵢ = max(0, -yᵢ(x1ᵢ - x2ᵢ) + margin).
 *
 *   F.marginRankingLoss(tg.tensor([1, 2]), tg.tensor([2, 1]), tg.tensor([1, 1]))  // tensor(0.5000)
 */
export function marginRankingLoss(
  input1: Tensor,
  input2: Tensor,
  target: Tensor,
  options: MarginRankingLossOptions = {},
): Tensor {
  const fn = 'margin_ranking_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input1, 'input1', fn);
  checkFloat(input2, 'input2', fn);
  checkFloat(target, 'target', fn);
  const margin = checkNumber(options.margin, 'margin', fn, 0);
  const reduction = checkReduction(options.reduction, fn);
  if (input1.ndim !== input2.ndim || input1.ndim !== target.ndim) {
    throw new RangeError(
      `${fn}(): margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: ${torchSize(input1.shape)}, input2: ${torchSize(input2.shape)}, target: ${torchSize(target.shape)}`,
    );
  }
  // PyTorch's clamp_min_: grad_fn ClampMinBackward0.
  return reduce(
    named(clamp(add(mul(neg(target), sub(input1, input2)), margin), { min: 0 }), 'ClampMinBackward0'),
    reduction,
  );
}

export const marginRankingLossSpec: LossSpec<[Tensor, Tensor, Tensor], MarginRankingLossOptions> = {
  kind: 'loss',
  name: 'marginRankingLoss',
  torchName: 'torch.nn.functional.margin_ranking_loss',
  moduleName: 'MarginRankingLoss',
  description: 'Pairwise ranking: x1 should exceed x2 by the margin when y = 1, and the reverse when y = -1.',
  formula: String.raw`\ell_i = \max\big(0,\ -y_i (x^{(1)}_i - x^{(2)}_i) + \text{margin}\big)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x^{(1)}_i} = -y_i\,[\ell_i \text{ active}],\quad \frac{\partial \ell_i}{\partial x^{(2)}_i} = y_i\,[\ell_i \text{ active}]`,
  saves: 'composition',
  note: 'As in PyTorch, the gradient also flows into the target y, and passes at exactly 0 (clamp_min keeps the boundary).',
  optionKeys: OPTIONS,
  params: [
    { name: 'margin', default: 0, min: 0, max: 3, step: 0.1 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: marginRankingLoss,
};
