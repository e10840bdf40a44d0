/** PReLU: leaky ReLU with a learnable slope, one per channel (dim 1) or one shared. */
import { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { gt, mul, reshape, sum, where } from '../../../ops/index.js';
import { tensor } from '../../../tensor/create.js';
import { noGrad } from '../../../autograd/mode.js';
import { record } from '../../../ops/record.js';
import { checkFloat, checkNumber, checkOptionsObject, checkTensor, optionKeys } from '../validate.js';

const TORCH_DTYPE: Record<string, string> = { float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' };

/**
 * prelu(x, weight) = x for x > 0, weight·x otherwise (F.prelu), weight of 1 element or one per channel
 * (x.shape[1]; a 1-d input has one channel). PreluBackward0 gives both gradients: g·(x > 0 ? 1 : weight)
 * for x, and Σ g·x over x ≤ 0 (per channel) for weight.
 */
export function prelu(input: Tensor, weight: Tensor): Tensor {
  checkFloat(input, 'input', 'prelu', 'prelu_cpu');
  checkTensor(weight, 'weight', 'prelu');
  if (weight.ndim > 1) {
    throw new RangeError(
      `prelu(): argument 'weight': Expected \`weight\` to be a scalar or 1D tensor, but got ndim = ${weight.ndim}`,
    );
  }
  if (weight.dtype !== input.dtype) {
    throw new TypeError(
      `prelu(): argument 'weight' has dtype ${weight.dtype} but the input has dtype ${input.dtype} ` +
        `(PyTorch: Found dtype ${TORCH_DTYPE[weight.dtype]} but expected ${TORCH_DTYPE[input.dtype]})`,
    );
  }
  const channels = input.ndim > 1 ? input.shape[1]! : 1;
  const count = weight.numel();
  if (input.ndim === 0 && count !== 1) {
    throw new RangeError(
      `prelu(): argument 'input': Not allow zero-dim input tensor (with a weight of ${count} elements).`,
    );
  }
  if (count !== 1 && count !== channels) {
    throw new RangeError(
      `prelu(): argument 'weight': Mismatch of parameter numbers and input channel size. Found parameter numbers = ${count} and channel size = ${channels}.`,
    );
  }
  // The weight as a [1, C, 1, ...] tensor that broadcasts against x (or a scalar).
  const shape = count === 1 ? [] : input.shape.map((s, d) => (d === 1 ? s : 1));
  const w = (t: Tensor): Tensor => reshape(t, shape);
  const out = noGrad(() => where(gt(input, 0), input, mul(w(weight), input)));
  return record(out, 'PreluBackward0', [input, weight], (g, [needInput, needWeight]) => {
    const positive = gt(input, 0);
    const gradInput = needInput ? where(positive, g, mul(w(weight), g)) : null;
    let gradWeight: Tensor | null = null;
    if (needWeight) {
      const perElement = where(positive, 0, mul(input, g));
      const dims = count === 1 ? null : input.shape.map((_, d) => d).filter((d) => d !== 1);
      gradWeight = reshape(
        dims === null ? sum(perElement) : dims.length ? sum(perElement, dims) : perElement,
        weight.shape,
      );
    }
    return [gradInput, gradWeight];
  });
}

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
