/** poissonNllLoss: negative log-likelihood of a Poisson target (torch.nn.functional.poisson_nll_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, exp, le, log, mul, sub, where } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { checkBoolean, checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface PoissonNllLossOptions {
  /** The input is log λ (default true); otherwise λ itself. */
  logInput?: boolean;
  /** Add the Stirling approximation of log(target!) (default false). */
  full?: boolean;
  /** Added to λ before the log when logInput is false (default 1e-8). */
  eps?: number;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<PoissonNllLossOptions>({ logInput: true, full: true, eps: true, reduction: true });

/**
 * ℓᵢ = e^{xᵢ} - tᵢxᵢ (logInput) or xᵢ - tᵢ log(xᵢ + ε); `full` adds t log t - t + ½ log(2πt) where t > 1.
 *
 *   F.poissonNllLoss(tg.tensor([0, 1]), tg.tensor([1, 2]))  // tensor(0.8591)
 */
export function poissonNllLoss(input: Tensor, target: Tensor, options: PoissonNllLossOptions = {}): Tensor {
  const fn = 'poisson_nll_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkFloat(target, 'target', fn);
  const logInput = checkBoolean(options.logInput, 'logInput', fn, true);
  const full = checkBoolean(options.full, 'full', fn, false);
  const eps = checkNumber(options.eps, 'eps', fn, 1e-8);
  const reduction = checkReduction(options.reduction, fn);
  let loss = logInput ? sub(exp(input), mul(target, input)) : sub(input, mul(target, log(add(input, eps))));
  if (full) {
    const stirling = add(sub(mul(target, log(target)), target), mul(log(mul(target, 2 * Math.PI)), 0.5));
    loss = add(loss, where(le(target, 1), 0, stirling));
  }
  return reduce(loss, reduction);
}

export const poissonNllLossSpec: LossSpec<[Tensor, Tensor], PoissonNllLossOptions> = {
  kind: 'loss',
  name: 'poissonNllLoss',
  torchName: 'torch.nn.functional.poisson_nll_loss',
  moduleName: 'PoissonNLLLoss',
  description: 'Negative log-likelihood of count data under a Poisson distribution with rate exp(input) (or input).',
  formula: String.raw`\ell_i = e^{x_i} - t_i x_i \;\;\text{or}\;\; x_i - t_i \log(x_i + \varepsilon)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = e^{x_i} - t_i \;\;\text{or}\;\; 1 - \frac{t_i}{x_i + \varepsilon}`,
  saves: 'composition',
  note: 'The Stirling term of full is added only where target > 1, as in PyTorch.',
  optionKeys: OPTIONS,
  params: [
    { name: 'logInput', default: true },
    { name: 'full', default: false },
    { name: 'eps', default: 1e-8 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: poissonNllLoss,
};
