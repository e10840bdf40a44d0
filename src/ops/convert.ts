/** Copies and dtype conversion. */
import { assertDType, isFloatingDType, type DType } from '../tensor/dtype.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { record } from './record.js';

/**
 * `x` as `dtype` (a copy unless the dtype is already right, like torch's .to). Float to int64 truncates
 * toward zero; anything to bool is `x != 0`.
 */
export function to(x: Tensor, dtype: DType): Tensor {
  const target = assertDType(dtype);
  if (x.dtype === target) return x;
  const out = new Tensor(contiguousData(x, target).slice(), x.shape, target);
  if (!isFloatingDType(target)) return out;
  const source = x.dtype;
  return record(out, 'ToCopyBackward0', [x], (g) => [to(g, source)]);
}

/** A copy with its own storage (torch.clone) */
export function clone(x: Tensor): Tensor {
  const out = new Tensor(contiguousData(x).slice(), x.shape, x.dtype);
  return record(out, 'CloneBackward0', [x], (g) => [g]);
}

/** `x` itself when contiguous, else a contiguous copy */
export function contiguous(x: Tensor): Tensor {
  return x.isContiguous() ? x : clone(x);
}
