/** PReLU: leaky ReLU with a learnable slope, one per channel (dim 1) or one shared. */
import { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { tensor } from '../../../tensor/create.js';
import { prelu } from '../../../ops/activations.js';
import { checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export { prelu };

/** The spec's options: prelu's weight as a tensor, or a number (one shared slope, handy for the explorer). */
export interface PreluSpecOptions {
  weight?: Tensor | number;
}

const SPEC_OPTIONS = optionKeys<PreluSpecOptions>({ weight: true });

export const preluSpec: ActivationSpec<PreluSpecOptions> = {
  kind: 'activation',
  name: 'prelu',
  torchName: 'torch.nn.functional.prelu',
  moduleName: 'PReLU',
  description: 'Leaky ReLU whose negative slope is learned, shared or per channel (He et al. 2015); unbounded.',
  formula: String.raw`\mathrm{PReLU}(x) = \begin{cases} x & x > 0 \\ a_c x & x \le 0 \end{cases}`,
  derivative: String.raw`\frac{\partial}{\partial x} = \begin{cases} 1 & x > 0 \\ a_c & x \le 0 \end{cases},\quad \frac{\partial}{\partial a_c} = \begin{cases} 0 & x > 0 \\ x & x \le 0 \end{cases}`,
  range: '(-\\infty, \\infty)',
  saves: 'input',
  note: 'F.prelu(x, weight) takes the weight positionally; nn.PReLU({ numParameters, init }) owns it as a parameter (default 0.25).',
  optionKeys: SPEC_OPTIONS,
  params: [{ name: 'weight', default: 0.25, min: 0, max: 1, step: 0.01 }],
  fn: (input, options = {}) => {
    checkOptionsObject(options, 'prelu', SPEC_OPTIONS);
    const weight = options.weight ?? 0.25;
    if (weight instanceof Tensor) return prelu(input, weight);
    const slope = checkNumber(weight, 'weight', 'prelu', 0.25);
    return prelu(input, tensor([slope], { dtype: input.dtype }));
  },
};
