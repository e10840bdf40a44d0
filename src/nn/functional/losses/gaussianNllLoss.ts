/** gaussianNllLoss: negative log-likelihood under N(input, var) (torch.nn.functional.gaussian_nll_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { contiguousData } from '../../../tensor/storage.js';
import { add, div, log, mul, pow, sub, unsqueeze } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { formatShape } from '../../../tensor/shape.js';
import { clampMinNoGrad } from './common.js';
import {
  checkBoolean,
  checkFloat,
  checkNumber,
  checkOptionsObject,
  optionKeys,
  sameShape,
} from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface GaussianNllLossOptions {
  /** Add the constant ½ log 2π (default false). */
  full?: boolean;
  /** Lower clamp of the variance, for stability (default 1e-6). */
  eps?: number;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<GaussianNllLossOptions>({ full: true, eps: true, reduction: true });

/**
 * ℓᵢ = ½(log max(varᵢ, ε) + (xᵢ - yᵢ)²/max(varᵢ, ε)). `var` is shaped like the input, or like it without the
 * last dim, or with a last dim of 1 (one variance shared by a row: homoscedastic).
 *
 *   F.gaussianNllLoss(tg.tensor([1, 2]), tg.tensor([1, 4]), tg.tensor([1, 2]))  // tensor(0.6733)
 */
export function gaussianNllLoss(
  input: Tensor,
  target: Tensor,
  variance: Tensor,
  options: GaussianNllLossOptions = {},
): Tensor {
  const fn = 'gaussian_nll_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkFloat(target, 'target', fn);
  checkFloat(variance, 'var', fn);
  const full = checkBoolean(options.full, 'full', fn, false);
  const eps = checkNumber(options.eps, 'eps', fn, 1e-6);
  const reduction = checkReduction(options.reduction, fn);
  let v = variance;
  if (!sameShape(v.shape, input.shape)) {
    const lead = input.shape.slice(0, -1);
    if (sameShape(lead, v.shape)) v = unsqueeze(v, -1);
    else if (!(v.ndim > 0 && sameShape(lead, v.shape.slice(0, -1)) && v.shape[v.ndim - 1] === 1)) {
      throw new RangeError(
        `${fn}(): var is of incorrect size: got ${formatShape(variance.shape)} for input of shape ${formatShape(input.shape)} (expected the input's shape, or it without its last dim, or with a last dim of 1)`,
      );
    }
  }
  const values = contiguousData(v);
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < 0)
      throw new RangeError(`${fn}(): var has negative entry/entries (got ${values[i]}); variances must be >= 0`);
  }
  // PyTorch clamps var in place under no_grad: the gradient flows as if unclamped.
  v = clampMinNoGrad(v, eps);
  let loss = mul(add(log(v), div(pow(sub(input, target), 2), v)), 0.5);
  if (full) loss = add(loss, 0.5 * Math.log(2 * Math.PI));
  return reduce(loss, reduction);
}

export const gaussianNllLossSpec: LossSpec<[Tensor, Tensor, Tensor], GaussianNllLossOptions> = {
  kind: 'loss',
  name: 'gaussianNllLoss',
  torchName: 'torch.nn.functional.gaussian_nll_loss',
  moduleName: 'GaussianNLLLoss',
  description: 'Negative log-likelihood of the target under a Gaussian with predicted mean and variance.',
  formula: String.raw`\ell_i = \tfrac12\Big(\log \max(\sigma^2_i, \varepsilon) + \frac{(x_i - y_i)^2}{\max(\sigma^2_i, \varepsilon)}\Big)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = \frac{x_i - y_i}{\sigma^2_i},\quad \frac{\partial \ell_i}{\partial \sigma^2_i} = \frac1{2\sigma^2_i} - \frac{(x_i - y_i)^2}{2\sigma^4_i}`,
  saves: 'composition',
  note: 'The variance clamp at eps changes the value only; the gradient w.r.t. var flows as if unclamped (PyTorch clamps under no_grad).',
  optionKeys: OPTIONS,
  params: [
    { name: 'full', default: false },
    { name: 'eps', default: 1e-6 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: gaussianNllLoss,
};
