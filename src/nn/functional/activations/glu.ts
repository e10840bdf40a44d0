/** GLU: the first half of the input gated by the sigmoid of the second half. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { cat, mul, narrow, sigmoid, sub } from '../../../ops/index.js';
import { normalizeDim } from '../../../tensor/shape.js';
import { noGrad } from '../../../autograd/mode.js';
import { record } from '../../../ops/record.js';
import { checkDim, checkFloat, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface GluOptions {
  /** The dim that is split in half, default -1. */
  dim?: number;
}

const OPTIONS = optionKeys<GluOptions>({ dim: true });

/**
 * glu(x) = a ⊙ σ(b), where a and b are the two halves of x along `dim` (F.glu). GluBackward0:
 * [g·σ(b), g·a·σ(b)(1 - σ(b))] joined along `dim`.
 */
export function glu(input: Tensor, options: GluOptions = {}): Tensor {
  checkFloat(input, 'input', 'glu', 'glu_cpu');
  checkOptionsObject(options, 'glu', OPTIONS);
  const rawDim = options.dim === undefined ? -1 : checkDim(options.dim, 'dim', 'glu');
  if (input.ndim === 0) throw new RangeError('glu(): glu does not support scalars because halving size must be even');
  const dim = normalizeDim(rawDim, input.ndim);
  const size = input.shape[dim]!;
  if (size % 2 !== 0)
    throw new RangeError(`glu(): Halving dimension must be even, but dimension ${dim} is size ${size}`);
  const half = size / 2;
  const halves = (x: Tensor): [Tensor, Tensor] => [narrow(x, dim, 0, half), narrow(x, dim, half, half)];
  const out = noGrad(() => {
    const [a, b] = halves(input);
    return mul(a, sigmoid(b));
  });
  return record(out, 'GluBackward0', [input], (g) => {
    const [a, b] = halves(input);
    const s = sigmoid(b);
    return [cat([mul(g, s), mul(mul(mul(g, a), s), sub(1, s))], dim)];
  });
}

export const gluSpec: ActivationSpec<GluOptions> = {
  kind: 'activation',
  name: 'glu',
  torchName: 'torch.nn.functional.glu',
  moduleName: 'GLU',
  description:
    'Gated linear unit: halves the size of `dim`; one half gates the other through a sigmoid (gated CNNs, GLU variants in transformers).',
  formula: String.raw`\mathrm{GLU}(a, b) = a \otimes \sigma(b),\ [a, b] = \text{halves of } x \text{ along dim}`,
  derivative: String.raw`\frac{\partial}{\partial a} = \sigma(b),\quad \frac{\partial}{\partial b} = a\,\sigma(b)(1-\sigma(b))`,
  range: '(-\\infty, \\infty)',
  saves: 'input',
  optionKeys: OPTIONS,
  params: [{ name: 'dim', default: -1, min: -4, max: 3, step: 1 }],
  fn: glu,
  checkOptions: (options) => {
    checkOptionsObject(options, 'glu', OPTIONS);
    if (options.dim !== undefined) checkDim(options.dim, 'dim', 'glu');
  },
};
