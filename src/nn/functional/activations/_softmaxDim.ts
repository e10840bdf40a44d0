/** The dim handling shared by softmax, logSoftmax and softmin. */
import type { Tensor } from '../../../tensor/tensor.js';
import { assertDType, type DType } from '../../../tensor/dtype.js';
import { checkOptionsObject, checkDim } from '../validate.js';

export interface SoftmaxOptions {
  /** Cast the input to this dtype before the op (PyTorch's `dtype`), e.g. 'float64'. */
  dtype?: DType;
}

/**
 * PyTorch's legacy implicit dim (`_get_softmax_dim`) when dim is omitted: 0 for 0-, 1- and 3-d inputs, else 1.
 * PyTorch warns that this is deprecated; pass dim explicitly.
 */
export function resolveSoftmaxDim(input: Tensor, dim: unknown, fn: string): number {
  if (dim === undefined || dim === null) return input.ndim === 0 || input.ndim === 1 || input.ndim === 3 ? 0 : 1;
  return checkDim(dim, 'dim', fn);
}

export function resolveSoftmaxOptions(options: SoftmaxOptions, fn: string): { dtype?: DType } {
  checkOptionsObject(options, fn);
  return options.dtype === undefined ? {} : { dtype: assertDType(options.dtype, 'dtype') };
}
