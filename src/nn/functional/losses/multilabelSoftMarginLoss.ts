/** multilabelSoftMarginLoss: per-class logistic loss averaged over classes (torch.nn.functional.multilabel_soft_margin_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, div, mul, neg, sub, sum } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { logsigmoid } from '../activations/logsigmoid.js';
import { checkFloat, checkOptionsObject, optionalTensor, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface MultilabelSoftMarginLossOptions {
  /** A rescaling weight per class. */
  weight?: Tensor | null;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<MultilabelSoftMarginLossOptions>({ weight: true, reduction: true });

/**
 * ℓₙ = -(1/C) Σ_c w_c (t_{n,c} log σ(x_{n,c}) + (1 - t_{n,c}) log σ(-x_{n,c})); the class dim is the last.
 *
 *   F.multilabelSoftMarginLoss(tg.tensor([[2, -1]]), tg.tensor([[1, 0]]))  // tensor(0.2201)
 */
export function multilabelSoftMarginLoss(
  input: Tensor,
  target: Tensor,
  options: MultilabelSoftMarginLossOptions = {},
): Tensor {
  const fn = 'multilabel_soft_margin_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkFloat(target, 'target', fn);
  const weight = optionalTensor(options.weight, 'weight', fn);
  const reduction = checkReduction(options.reduction, fn);
  let loss = neg(add(mul(target, logsigmoid(input)), mul(sub(1, target), logsigmoid(neg(input)))));
  if (weight) loss = mul(loss, weight);
  const classDim = input.ndim - 1;
  return reduce(div(sum(loss, classDim), input.shape[classDim] ?? 1), reduction);
}

export const multilabelSoftMarginLossSpec: LossSpec<[Tensor, Tensor], MultilabelSoftMarginLossOptions> = {
  kind: 'loss',
  name: 'multilabelSoftMarginLoss',
  torchName: 'torch.nn.functional.multilabel_soft_margin_loss',
  moduleName: 'MultiLabelSoftMarginLoss',
  description: 'Multi-label one-vs-all logistic loss, averaged over classes.',
  formula: String.raw`\ell_n = -\frac1C \sum_c w_c\big(t_{n,c}\log\sigma(x_{n,c}) + (1 - t_{n,c})\log\sigma(-x_{n,c})\big)`,
  derivative: String.raw`\frac{\partial \ell_n}{\partial x_{n,c}} = \frac{w_c}{C}\big(\sigma(x_{n,c}) - t_{n,c}\big)`,
  saves: 'composition',
  optionKeys: OPTIONS,
  params: [{ name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] }],
  fn: multilabelSoftMarginLoss,
};
