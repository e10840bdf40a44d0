/**
 * The activation primitives that are also Tensor methods in PyTorch (x.hardshrink(), x.prelu(weight)) but not
 * elementwise kernels: they live here, below the Tensor class, and their specs in src/nn/functional/activations
 * add the docs. (sigmoid, relu, tanh, softmax and logSoftmax live in elementwise.ts and softmax.ts likewise.)
 */
import { Tensor } from '../tensor/tensor.js';
import { noGrad } from '../autograd/mode.js';
import { activationKernel, recordActivation } from './fused.js';
import { ge, gt, le, logicalAnd, logicalNot, mul, where } from './elementwise.js';
import { sum } from './reduce.js';
import { reshape } from './views.js';
import { record } from './record.js';
import { checkFloat, checkNumber, checkOptionsObject, checkTensor, optionKeys } from './validate.js';

/** Shared by softshrink and hardshrink: the backward mask, zero on [-λ, λ] including both ends. */
export function outsideLambda(x: Tensor, lambd: number): Tensor {
  // written as "not inside" so that nan (inside is false) passes the gradient, as PyTorch's kernels do
  return logicalNot(logicalAnd(ge(x, -lambd), le(x, lambd)));
}

export interface HardshrinkOptions {
  /** λ, default 0.5. */
  lambd?: number;
}

export const HARDSHRINK_OPTIONS = optionKeys<HardshrinkOptions>({ lambd: true });

/** Checks hardshrink's options and returns λ. */
export function resolveHardshrink(options: HardshrinkOptions): number {
  checkOptionsObject(options, 'hardshrink', HARDSHRINK_OPTIONS);
  return checkNumber(options.lambd, 'lambd', 'hardshrink', 0.5);
}

/**
 * hardshrink(x) = x for |x| > λ, else 0 (F.hardshrink; nan passes): the 'hardshrink' activation kernel
 * (hardshrink_kernel). HardshrinkBackward0: 0 on [-λ, λ] including ±λ, g elsewhere and at nan (the 'hardshrink'
 * backward kernel, shrink_backward_kernel's scalar form; under createGraph the same mask composed).
 */
export function hardshrink(input: Tensor, options: HardshrinkOptions = {}): Tensor {
  checkFloat(input, 'input', 'hardshrink', 'hardshrink_cpu');
  const lambd = resolveHardshrink(options);
  const out = activationKernel(input, 'hardshrink', lambd);
  return recordActivation(out, 'HardshrinkBackward0', input, 'hardshrink', [lambd], (g) =>
    where(outsideLambda(input, lambd), g, 0),
  );
}

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
