/** klDiv: the Kullback-Leibler divergence loss (torch.nn.functional.kl_div). */
import type { Tensor } from '../../../tensor/tensor.js';
import { div, exp, mul, sub, sum } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { xlogy } from './common.js';
import { checkBoolean, checkFloat, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce } from './reduction.js';

export interface KlDivOptions {
  /** 'batchmean' (sum / batch size) is the true KL divergence; 'mean' (PyTorch's default) averages every element. */
  reduction?: 'none' | 'mean' | 'sum' | 'batchmean';
  /** Whether the target is given as log-probabilities (default false). */
  logTarget?: boolean;
}

const OPTIONS = optionKeys<KlDivOptions>({ reduction: true, logTarget: true });

/**
 * ℓᵢ = tᵢ(log tᵢ - xᵢ) for log-probabilities `input` and probabilities `target` (0·log 0 = 0), or
 * e^{tᵢ}(tᵢ - xᵢ) with logTarget.
 *
 *   F.klDiv(tg.tensor([0.5, 0.5]).log(), tg.tensor([0.9, 0.1]), { reduction: 'sum' })  // tensor(0.3681)
 */
export function klDiv(input: Tensor, target: Tensor, options: KlDivOptions = {}): Tensor {
  const fn = 'kl_div';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkFloat(target, 'target', fn);
  const reduction = checkReduction<'none' | 'mean' | 'sum' | 'batchmean'>(options.reduction, fn, [
    'none',
    'mean',
    'sum',
    'batchmean',
  ]);
  const logTarget = checkBoolean(options.logTarget, 'logTarget', fn, false);
  const loss = logTarget ? mul(exp(target), sub(target, input)) : sub(xlogy(target, target), mul(target, input));
  if (reduction === 'batchmean') return input.ndim === 0 ? sum(loss) : div(sum(loss), input.shape[0]!);
  return reduce(loss, reduction);
}

export const klDivSpec: LossSpec<[Tensor, Tensor], KlDivOptions> = {
  kind: 'loss',
  name: 'klDiv',
  torchName: 'torch.nn.functional.kl_div',
  moduleName: 'KLDivLoss',
  description:
    'KL divergence D(target ‖ exp(input)) for log-probability inputs; use reduction batchmean for the true divergence.',
  formula: String.raw`\ell_i = t_i\,(\log t_i - x_i) \;\;\text{or, with logTarget,}\;\; e^{t_i}(t_i - x_i)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = -t_i \;\;(\text{or } -e^{t_i})`,
  saves: 'composition',
  note: "The input is log-probabilities, the target probabilities (argument order is the reverse of D(P‖Q)). 'mean' divides by the number of elements, 'batchmean' by the batch size.",
  optionKeys: OPTIONS,
  params: [
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum', 'batchmean'] },
    { name: 'logTarget', default: false },
  ],
  fn: klDiv,
};
