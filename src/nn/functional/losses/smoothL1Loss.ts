/** smoothL1Loss: Huber loss divided by beta (torch.nn.functional.smooth_l1_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { abs, div, lt, mul, sub, where } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { named } from './common.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';
import { l1Loss } from './l1Loss.js';

export interface SmoothL1LossOptions {
  reduction?: Reduction;
  /** Where the loss turns from quadratic to linear (default 1; 0 gives exactly l1Loss). */
  beta?: number;
}

const OPTIONS = optionKeys<SmoothL1LossOptions>({ reduction: true, beta: true });

/**
 * ℓᵢ = ½ dᵢ²/β if |dᵢ| < β, else |dᵢ| - ½β, with d = x - y; β = 0 is l1Loss (PyTorch dispatches to it).
 *
 *   F.smoothL1Loss(tg.tensor([0, 3]), tg.tensor([0.5, 0]))  // tensor(1.3125)
 */
export function smoothL1Loss(input: Tensor, target: Tensor, options: SmoothL1LossOptions = {}): Tensor {
  checkOptionsObject(options, 'smooth_l1_loss', OPTIONS);
  checkFloat(input, 'input', 'smooth_l1_loss');
  checkFloat(target, 'target', 'smooth_l1_loss');
  const reduction = checkReduction(options.reduction, 'smooth_l1_loss');
  const beta = checkNumber(options.beta, 'beta', 'smooth_l1_loss', 1);
  if (beta < 0)
    throw new RangeError(
      `smooth_l1_loss(): smooth_l1_loss does not support negative values for beta. Got beta = ${beta}`,
    );
  // PyTorch computes l1_loss inside its smooth_l1 kernel: same values, grad_fn SmoothL1LossBackward0.
  if (beta === 0) return named(l1Loss(input, target, { reduction }), 'SmoothL1LossBackward0');
  const d = sub(input, target);
  const z = abs(d);
  const loss = where(lt(z, beta), div(mul(mul(d, d), 0.5), beta), sub(z, 0.5 * beta));
  return named(reduce(loss, reduction), 'SmoothL1LossBackward0');
}

export const smoothL1LossSpec: LossSpec<[Tensor, Tensor], SmoothL1LossOptions> = {
  kind: 'loss',
  name: 'smoothL1Loss',
  torchName: 'torch.nn.functional.smooth_l1_loss',
  moduleName: 'SmoothL1Loss',
  description: 'Huber loss scaled by 1/beta: L1 for large residuals, a smooth quadratic near zero (box regression).',
  formula: String.raw`\ell_i = \begin{cases} \tfrac12 d_i^2/\beta & |d_i| < \beta \\ |d_i| - \tfrac12\beta & \text{otherwise} \end{cases},\; d = x - y`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = \operatorname{clamp}(d_i/\beta, -1, 1)`,
  saves: 'composition',
  note: 'beta = 0 is exactly l1Loss (values and gradients; grad_fn stays SmoothL1LossBackward0 as in PyTorch).',
  optionKeys: OPTIONS,
  params: [
    { name: 'beta', default: 1, min: 0, max: 5, step: 0.05 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: smoothL1Loss,
};
