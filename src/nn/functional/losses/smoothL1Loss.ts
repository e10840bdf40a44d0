/** smoothL1Loss: Huber loss divided by beta (torch.nn.functional.smooth_l1_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { abs, add, div, ge, gt, lt, mul, sign, sub, where } from '../../../ops/index.js';
import { record } from '../../../ops/record.js';
import { scalarTensor } from '../../../tensor/create.js';
import type { LossSpec } from '../../spec.js';
import { fusedPointwiseLoss, named } from './common.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface SmoothL1LossOptions {
  reduction?: Reduction;
  /** Where the loss turns from quadratic to linear (default 1; 0 gives l1Loss's values). */
  beta?: number;
}

const OPTIONS = optionKeys<SmoothL1LossOptions>({ reduction: true, beta: true });

/**
 * smooth_l1_loss_backward's ∂ℓ/∂d (PyTorch's vectorised kernel): ±1 where |d| ≥ β, +1 only for d > 0 (so
 * d = 0 gives −1 when β = 0), d/β inside (nan stays nan). Differentiable in d for createGraph: the second
 * derivative is 1/β inside, 0 outside, as smooth_l1_loss_double_backward (0 everywhere when β = 0).
 */
function smoothL1Derivative(d: Tensor, beta: number): Tensor {
  const dd = d.detach();
  const side = where(gt(dd, 0), scalarTensor(1, dd.dtype), -1);
  if (beta > 0) return where(ge(abs(dd), beta), side, div(d, beta));
  // Only nan is inside (d/0 would make the unused second derivative nan); sign(d)·0 adds nothing but keeps
  // the result in d's graph, so createGraph gives a (zero) second derivative as PyTorch's does.
  return add(where(ge(abs(dd), 0), side, NaN), mul(sign(d), 0));
}

/**
 * ℓᵢ = ½ dᵢ²/β if |dᵢ| < β, else |dᵢ| - ½β, with d = x - y; β = 0 gives l1Loss's values (PyTorch computes
 * l1_loss then) but keeps smooth_l1_backward's gradient, which is −1, not 0, at d = 0 and nan at nan.
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
  if (reduction !== 'none') {
    // One kernel pass each way; under createGraph the gradient is smooth_l1_loss_backward's (∂·norm)·g in ops.
    const fused = fusedPointwiseLoss({
      op: 'smoothL1',
      param: beta,
      input,
      target,
      reduction,
      name: 'SmoothL1LossBackward0',
      backward: (g, n) => mul(mul(smoothL1Derivative(sub(input, target), beta), reduction === 'mean' ? 1 / n : 1), g),
    });
    if (fused) return fused;
  }
  // smooth_l1_kernel's values (z < β ? 0.5·z·z/β : z − 0.5·β, nan on the second side) under one node whose
  // gradient is smooth_l1_backward's, not the where's (whose unused quadratic side gives 0·d = nan at d = ±∞,
  // where PyTorch's gradient is ±1).
  const d = sub(input, target);
  const z = abs(d.detach());
  const values = where(lt(z, beta), div(mul(mul(z, 0.5), z), beta), sub(z, 0.5 * beta));
  const loss = record(values, 'SmoothL1LossBackward0', [d], (g) => [mul(g, smoothL1Derivative(d, beta))]);
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
  saves: 'input',
  note: "beta = 0 gives l1Loss's values, but PyTorch's smooth_l1 gradient: −1 (not 0) where x = y; grad_fn stays SmoothL1LossBackward0.",
  optionKeys: OPTIONS,
  params: [
    { name: 'beta', default: 1, min: 0, max: 5, step: 0.05 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: smoothL1Loss,
};
