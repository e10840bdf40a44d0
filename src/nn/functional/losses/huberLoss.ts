/** huberLoss: quadratic near zero, linear beyond delta (torch.nn.functional.huber_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { abs, ge, gt, lt, mul, sub, where } from '../../../ops/index.js';
import { record } from '../../../ops/record.js';
import { scalarTensor } from '../../../tensor/create.js';
import type { LossSpec } from '../../spec.js';
import { fusedPointwiseLoss, named } from './common.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface HuberLossOptions {
  reduction?: Reduction;
  /** Where the loss turns from quadratic to linear (default 1, must be > 0). */
  delta?: number;
}

const OPTIONS = optionKeys<HuberLossOptions>({ reduction: true, delta: true });

/**
 * huber_loss_backward's ∂ℓ/∂d (PyTorch's vectorised kernel): ±δ where |d| ≥ δ (+δ only for d > 0), d inside
 * (nan stays nan). Differentiable in d for createGraph: the second derivative is 1 inside, 0 outside.
 */
function huberDerivative(d: Tensor, delta: number): Tensor {
  const dd = d.detach();
  return where(ge(abs(dd), delta), where(gt(dd, 0), scalarTensor(delta, dd.dtype), -delta), d);
}

/**
 * ℓᵢ = ½ dᵢ² if |dᵢ| < δ, else δ(|dᵢ| - ½δ), with d = x - y.
 *
 *   F.huberLoss(tg.tensor([0, 3]), tg.tensor([0.5, 0]))  // tensor(1.3125)
 */
export function huberLoss(input: Tensor, target: Tensor, options: HuberLossOptions = {}): Tensor {
  checkOptionsObject(options, 'huber_loss', OPTIONS);
  checkFloat(input, 'input', 'huber_loss');
  checkFloat(target, 'target', 'huber_loss');
  const reduction = checkReduction(options.reduction, 'huber_loss');
  const delta = checkNumber(options.delta, 'delta', 'huber_loss', 1);
  if (!(delta > 0))
    throw new RangeError(
      `huber_loss(): huber_loss does not support non-positive values for delta. Got delta = ${delta}`,
    );
  if (reduction !== 'none') {
    // One kernel pass each way; under createGraph the gradient is huber_loss_backward's (∂·norm)·g in ops.
    const fused = fusedPointwiseLoss({
      op: 'huber',
      param: delta,
      input,
      target,
      reduction,
      name: 'HuberLossBackward0',
      backward: (g, n) => mul(mul(huberDerivative(sub(input, target), delta), reduction === 'mean' ? 1 / n : 1), g),
    });
    if (fused) return fused;
  }
  // huber_kernel's values (z < δ ? 0.5·z·z : δ·(z − 0.5·δ)) under one node whose gradient is
  // huber_loss_backward's, not the where's (whose unused quadratic side gives 0·d = nan at d = ±∞).
  const d = sub(input, target);
  const z = abs(d.detach());
  const values = where(lt(z, delta), mul(mul(z, 0.5), z), mul(sub(z, 0.5 * delta), delta));
  const loss = record(values, 'HuberLossBackward0', [d], (g) => [mul(g, huberDerivative(d, delta))]);
  return named(reduce(loss, reduction), 'HuberLossBackward0');
}

export const huberLossSpec: LossSpec<[Tensor, Tensor], HuberLossOptions> = {
  kind: 'loss',
  name: 'huberLoss',
  torchName: 'torch.nn.functional.huber_loss',
  moduleName: 'HuberLoss',
  description: 'Squared error for small residuals, delta-scaled absolute error for large ones: robust regression.',
  formula: String.raw`\ell_i = \begin{cases} \tfrac12 d_i^2 & |d_i| < \delta \\ \delta\,(|d_i| - \tfrac12\delta) & \text{otherwise} \end{cases},\; d = x - y`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = \operatorname{clamp}(d_i, -\delta, \delta)`,
  saves: 'input',
  optionKeys: OPTIONS,
  params: [
    { name: 'delta', default: 1, min: 0.05, max: 5, step: 0.05 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: huberLoss,
};
