/** l1Loss: mean absolute error (torch.nn.functional.l1_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { abs, div, mul, sign, sub } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { fusedPointwiseLoss } from './common.js';
import { checkFloat, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface L1LossOptions {
  reduction?: Reduction;
}

const OPTIONS = optionKeys<L1LossOptions>({ reduction: true });

/**
 * ℓᵢ = |xᵢ - yᵢ| (input and target broadcast). The gradient is sign(x - y): 0 where x = y, as in PyTorch.
 *
 *   F.l1Loss(tg.tensor([1, 2, 3]), tg.tensor([1, 0, 5]))  // tensor(1.3333)
 */
export function l1Loss(input: Tensor, target: Tensor, options: L1LossOptions = {}): Tensor {
  checkOptionsObject(options, 'l1_loss', OPTIONS);
  checkFloat(input, 'input', 'l1_loss');
  checkFloat(target, 'target', 'l1_loss');
  const reduction = checkReduction(options.reduction, 'l1_loss');
  if (reduction !== 'none') {
    // One kernel pass each way. PyTorch 1.13's l1_loss is the composition (grad_fn MeanBackward0 /
    // SumBackward0): its gradient is abs's sgn(x − y) times mean's g/N, also the createGraph formula here.
    const fused = fusedPointwiseLoss({
      op: 'l1',
      input,
      target,
      reduction,
      name: reduction === 'mean' ? 'MeanBackward0' : 'SumBackward0',
      backward: (g, n) => mul(sign(sub(input, target)), reduction === 'mean' ? div(g, n) : g),
    });
    if (fused) return fused;
  }
  return reduce(abs(sub(input, target)), reduction);
}

export const l1LossSpec: LossSpec<[Tensor, Tensor], L1LossOptions> = {
  kind: 'loss',
  name: 'l1Loss',
  torchName: 'torch.nn.functional.l1_loss',
  moduleName: 'L1Loss',
  description: 'Mean absolute error: robust to outliers, constant-magnitude gradient.',
  formula: String.raw`\ell_i = |x_i - y_i|`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = \operatorname{sign}(x_i - y_i)`,
  saves: 'composition',
  note: 'The gradient at x = y is 0 (sign(0) = 0), as in PyTorch.',
  optionKeys: OPTIONS,
  params: [{ name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] }],
  fn: l1Loss,
};
