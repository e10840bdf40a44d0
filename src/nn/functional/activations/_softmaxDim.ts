/** The dim handling shared by softmax, logSoftmax and softmin. */
import type { Tensor } from '../../../tensor/tensor.js';
import { assertDType, type DType } from '../../../tensor/dtype.js';
import { checkDim, checkFloat, checkOptionsObject, checkTensor, optionKeys } from '../../../ops/validate.js';

export interface SoftmaxOptions {
  /** Cast the input to this dtype before the op (PyTorch's `dtype`), e.g. 'float64'. */
  dtype?: DType;
}

const OPTIONS = optionKeys<SoftmaxOptions>({ dtype: true });

/** The options of the specs' `fn(input, { dim, dtype })`, where dim is not positional. */
export type SoftmaxSpecOptions = SoftmaxOptions & { dim?: number };

export const SOFTMAX_SPEC_OPTIONS = optionKeys<SoftmaxSpecOptions>({ dim: true, dtype: true });

/** The spec form `fn(input, { dim = -1, dtype })` of `f(input, dim, { dtype })`. */
export function softmaxSpecFn(
  f: (input: Tensor, dim?: number, options?: SoftmaxOptions) => Tensor,
  fn: string,
): (input: Tensor, options?: SoftmaxSpecOptions) => Tensor {
  return (input, options = {}) => {
    checkOptionsObject(options, fn, SOFTMAX_SPEC_OPTIONS);
    const { dim = -1, ...rest } = options;
    return f(input, dim, rest);
  };
}

/**
 * PyTorch's legacy implicit dim (`_get_softmax_dim`) when dim is omitted: 0 for 0-, 1- and 3-d inputs, else 1.
 * PyTorch warns that this is deprecated; pass dim explicitly.
 */
function resolveSoftmaxDim(input: Tensor, dim: unknown, fn: string): number {
  if (dim === undefined || dim === null) return input.ndim === 0 || input.ndim === 1 || input.ndim === 3 ? 0 : 1;
  return checkDim(dim, 'dim', fn);
}

function resolveSoftmaxOptions(options: SoftmaxOptions, fn: string): { dtype?: DType } {
  checkOptionsObject(options, fn, OPTIONS);
  return options.dtype === undefined ? {} : { dtype: assertDType(options.dtype, 'dtype') };
}

/**
 * The argument handling softmax, logSoftmax and softmin share: the input must be a tensor (a floating one unless
 * `dtype` casts it; `kernel` is PyTorch's name in the message), the dim (PyTorch's implicit one when omitted)
 * and the options. Returns the dim and the options for the src/ops primitive.
 */
export function softmaxArgs(
  input: Tensor,
  dim: unknown,
  options: SoftmaxOptions,
  fn: string,
  kernel: string,
): [number, { dtype?: DType }] {
  checkTensor(input, 'input', fn);
  if (options.dtype === undefined) checkFloat(input, 'input', fn, kernel);
  return [resolveSoftmaxDim(input, dim, fn), resolveSoftmaxOptions(options, fn)];
}
