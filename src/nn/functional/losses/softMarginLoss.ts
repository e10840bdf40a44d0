/** softMarginLoss: logistic loss for ±1 targets (torch.nn.functional.soft_margin_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { exp, log1p, mul, neg } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { named } from './common.js';
import { checkFloat, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface SoftMarginLossOptions {
  reduction?: Reduction;
}

const OPTIONS = optionKeys<SoftMarginLossOptions>({ reduction: true });

/**
 * ℓᵢ = log(1 + e^{-yᵢxᵢ}) for targets y ∈ {1, -1}.
 *
 *   F.softMarginLoss(tg.tensor([2, -1]), tg.tensor([1, 1]))  // tensor(0.7200)
 */
export function softMarginLoss(input: Tensor, target: Tensor, options: SoftMarginLossOptions = {}): Tensor {
  checkOptionsObject(options, 'soft_margin_loss', OPTIONS);
  checkFloat(input, 'input', 'soft_margin_loss');
  checkFloat(target, 'target', 'soft_margin_loss');
  const reduction = checkReduction(options.reduction, 'soft_margin_loss');
  // Written as PyTorch's kernel writes it, log1p(exp(-y·x)): it overflows to inf for -y·x > ~88 in float32 too.
  return named(reduce(log1p(exp(neg(mul(input, target)))), reduction), 'SoftMarginLossBackward0');
}

export const softMarginLossSpec: LossSpec<[Tensor, Tensor], SoftMarginLossOptions> = {
  kind: 'loss',
  name: 'softMarginLoss',
  torchName: 'torch.nn.functional.soft_margin_loss',
  moduleName: 'SoftMarginLoss',
  description: 'Two-class logistic loss for targets ±1.',
  formula: String.raw`\ell_i = \log\big(1 + e^{-y_i x_i}\big)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = \frac{-y_i\, e^{-y_i x_i}}{1 + e^{-y_i x_i}}`,
  saves: 'composition',
  note: "Computed as PyTorch's kernel does, log1p(exp(-y·x)), so it overflows to inf exactly where PyTorch's does.",
  optionKeys: OPTIONS,
  params: [{ name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] }],
  fn: softMarginLoss,
};
