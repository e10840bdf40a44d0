/** softsign(x) = x/(1 + |x|): a composition, as in PyTorch (its grad_fn is DivBackward0). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { abs, add, div } from '../../../ops/index.js';
import { checkNoMoreArguments, checkNotBool } from '../../../ops/validate.js';

/** softsign(x) = x / (|x| + 1) (F.softsign); autograd derives 1/(1 + |x|)². Integer inputs give float32. */
export function softsign(input: Tensor, ...extra: [options?: Record<string, never>]): Tensor {
  checkNotBool(input, 'input', 'softsign');
  checkNoMoreArguments(extra, 'softsign');
  return div(input, add(abs(input), 1));
}

export const softsignSpec: ActivationSpec = {
  kind: 'activation',
  name: 'softsign',
  torchName: 'torch.nn.functional.softsign',
  moduleName: 'Softsign',
  description: 'Like tanh in (-1, 1) but with polynomial tails: saturates slowly (gradient ~ 1/x²).',
  formula: String.raw`\mathrm{Softsign}(x) = \frac{x}{1+|x|}`,
  derivative: String.raw`\mathrm{Softsign}'(x) = \frac{1}{(1+|x|)^2}`,
  range: '(-1, 1)',
  saves: 'composition',
  optionKeys: [],
  fn: (input) => softsign(input),
};
