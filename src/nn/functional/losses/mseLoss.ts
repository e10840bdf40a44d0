/** mseLoss: mean squared error (torch.nn.functional.mse_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { mul, pow, sub } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { fusedPointwiseLoss, named } from './common.js';
import { checkFloat, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface MseLossOptions {
  reduction?: Reduction;
}

const OPTIONS = optionKeys<MseLossOptions>({ reduction: true });

/**
 * ℓᵢ = (xᵢ - yᵢ)² (input and target broadcast): the note's MSE.
 *
 *   F.mseLoss(tg.tensor([1, 2, 3]), tg.tensor([1, 0, 5]))  // tensor(2.6667)
 */
export function mseLoss(input: Tensor, target: Tensor, options: MseLossOptions = {}): Tensor {
  checkOptionsObject(options, 'mse_loss', OPTIONS);
  checkFloat(input, 'input', 'mse_loss');
  checkFloat(target, 'target', 'mse_loss');
  const reduction = checkReduction(options.reduction, 'mse_loss');
  if (reduction !== 'none') {
    // One kernel pass each way; under createGraph the gradient is mse_loss_backward's formula in ops.
    const fused = fusedPointwiseLoss({
      op: 'mse',
      input,
      target,
      reduction,
      name: 'MseLossBackward0',
      backward: (g, n) => mul(mul(sub(input, target), reduction === 'mean' ? 2 / n : 2), g),
    });
    if (fused) return fused;
  }
  return named(reduce(pow(sub(input, target), 2), reduction), 'MseLossBackward0');
}

export const mseLossSpec: LossSpec<[Tensor, Tensor], MseLossOptions> = {
  kind: 'loss',
  name: 'mseLoss',
  torchName: 'torch.nn.functional.mse_loss',
  moduleName: 'MSELoss',
  description: 'Mean squared error: the regression default; penalises large errors quadratically.',
  formula: String.raw`\ell_i = (x_i - y_i)^2`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = 2(x_i - y_i)`,
  saves: 'composition',
  optionKeys: OPTIONS,
  params: [{ name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] }],
  fn: mseLoss,
};
