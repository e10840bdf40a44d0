/** Moving elements between strided views and contiguous typed arrays. */
import { allocate, castValue, type DType, type Storage } from './dtype.js';
import { numel, type Shape } from './shape.js';

export interface StridedView {
  readonly storage: Storage;
  readonly shape: Shape;
  readonly strides: readonly number[];
  readonly offset: number;
  readonly dtype: DType;
}

export function isContiguousLayout(shape: Shape, strides: readonly number[]): boolean {
  let expected = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    const size = shape[d]!;
    if (size === 1) continue;
    if (strides[d] !== expected) return false;
    expected *= size;
  }
  return true;
}

/**
 * Copies a strided view into `out` (row-major), converting to `out`'s element type. Iterates with an
 * odometer over the outer dims and a tight loop over the innermost one.
 */
export function copyStrided(view: StridedView, out: Storage, outDType: DType = view.dtype): void {
  const { storage, shape, strides, offset } = view;
  const total = numel(shape);
  if (total === 0) return;
  const needsCast = outDType !== view.dtype && (outDType === 'int64' || outDType === 'bool');
  const ndim = shape.length;
  if (ndim === 0) {
    out[0] = needsCast ? castValue(storage[offset]!, outDType) : storage[offset]!;
    return;
  }
  const innerSize = shape[ndim - 1]!;
  const innerStride = strides[ndim - 1]!;
  const index = new Array<number>(ndim - 1).fill(0);
  let base = offset;
  let o = 0;
  while (o < total) {
    if (needsCast) {
      for (let i = 0, p = base; i < innerSize; i++, p += innerStride) out[o++] = castValue(storage[p]!, outDType);
    } else if (innerStride === 1 && out.constructor === storage.constructor) {
      out.set(storage.subarray(base, base + innerSize) as never, o);
      o += innerSize;
    } else {
      for (let i = 0, p = base; i < innerSize; i++, p += innerStride) out[o++] = storage[p]!;
    }
    // Advance the odometer over dims ndim-2 .. 0.
    for (let d = ndim - 2; d >= 0; d--) {
      index[d]!++;
      base += strides[d]!;
      if (index[d]! < shape[d]!) break;
      base -= strides[d]! * shape[d]!;
      index[d] = 0;
    }
  }
}

/**
 * The elements of a view in row-major order, as `dtype`. Returns the view's own storage when it already is
 * exactly that (callers must treat the result as read-only).
 */
export function contiguousData(view: StridedView, dtype: DType = view.dtype): Storage {
  const n = numel(view.shape);
  if (
    dtype === view.dtype &&
    view.offset === 0 &&
    view.storage.length === n &&
    isContiguousLayout(view.shape, view.strides)
  ) {
    return view.storage;
  }
  const out = allocate(dtype, n);
  copyStrided(view, out, dtype);
  return out;
}
