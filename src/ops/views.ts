/**
 * Views: tensors that share their input's storage with new shape/strides/offset. Gradients flow back
 * through each view's inverse (reshape back, transpose back, embed a slice into zeros).
 */
import { allocate } from '../tensor/dtype.js';
import { contiguousStrides, formatShape, inferShape, normalizeDim, numel, shapesEqual } from '../tensor/shape.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { record } from './record.js';

function checkTensor(x: unknown, fn: string): asserts x is Tensor {
  if (!(x instanceof Tensor))
    throw new TypeError(`${fn}(): argument 'input' must be a Tensor, but got ${x === null ? 'null' : typeof x}`);
}

/** Shapes and dim orders are arrays here (API.md): `x.reshape([4, -1])` for PyTorch's `x.reshape(4, -1)`. */
function checkSizes(value: unknown, argument: string, fn: string): asserts value is readonly number[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return;
  throw new TypeError(
    `${fn}(): argument '${argument}' must be an array of integers like [2, -1], but got ${JSON.stringify(value) ?? String(value)}` +
      (typeof value === 'number' ? ` (PyTorch's ${fn}(${value}, ...) is ${fn}([${value}, ...]) here)` : ''),
  );
}

function makeView(x: Tensor, shape: readonly number[], strides: readonly number[], offset: number): Tensor {
  return new Tensor(x.storage, shape, x.dtype, strides, offset);
}

/** Strides for viewing `x` as `shape` without copying, or null when the memory layout does not allow it. */
function viewStrides(x: Tensor, shape: readonly number[]): number[] | null {
  if (x.isContiguous()) return contiguousStrides(shape);
  // Merge x's dims into contiguous chunks, then split each chunk over the target dims (PyTorch's computeStride).
  const out = new Array<number>(shape.length);
  let viewDim = shape.length - 1;
  let chunkBase = x.strides[x.ndim - 1] ?? 1;
  let tensorElems = 1;
  let viewElems = 1;
  for (let d = x.ndim - 1; d >= 0; d--) {
    tensorElems *= x.shape[d]!;
    if (d === 0 || (x.shape[d - 1] !== 1 && x.strides[d - 1] !== tensorElems * chunkBase)) {
      while (viewDim >= 0 && (viewElems < tensorElems || shape[viewDim] === 1)) {
        out[viewDim] = viewElems * chunkBase;
        viewElems *= shape[viewDim]!;
        viewDim--;
      }
      if (viewElems !== tensorElems) return null;
      if (d > 0) {
        chunkBase = x.strides[d - 1]!;
        tensorElems = 1;
        viewElems = 1;
      }
    }
  }
  return viewDim === -1 ? out : null;
}

/** A view of `x` with a new shape; fails when the layout does not allow one (torch's view). */
export function view(x: Tensor, shape: readonly number[]): Tensor {
  checkTensor(x, 'view');
  checkSizes(shape, 'shape', 'view');
  const target = inferShape(shape, x.numel());
  const strides = viewStrides(x, target);
  if (strides === null) {
    throw new RangeError(
      "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.",
    );
  }
  const inputShape = x.shape;
  return record(makeView(x, target, strides, x.offset), 'ViewBackward0', [x], (g) => [reshape(g, inputShape)]);
}

/** `x` with a new shape: a view when possible, else a copy (torch's reshape). */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  checkTensor(x, 'reshape');
  checkSizes(shape, 'shape', 'reshape');
  const target = inferShape(shape, x.numel());
  const strides = viewStrides(x, target);
  const inputShape = x.shape;
  if (strides !== null) {
    // PyTorch 1.13 records a view-able reshape as _reshape_alias.
    return record(makeView(x, target, strides, x.offset), 'ReshapeAliasBackward0', [x], (g) => [
      reshape(g, inputShape),
    ]);
  }
  const copy = new Tensor(contiguousData(x), target, x.dtype);
  return record(copy, 'UnsafeViewBackward0', [x], (g) => [reshape(g, inputShape)]);
}

/** Merges dims startDim..endDim into one (torch.flatten). */
export function flatten(x: Tensor, startDim = 0, endDim = -1): Tensor {
  checkTensor(x, 'flatten');
  if (x.ndim === 0) return reshape(x, [1]);
  const start = normalizeDim(startDim, x.ndim, 'startDim');
  const end = normalizeDim(endDim, x.ndim, 'endDim');
  if (start > end) throw new RangeError('flatten() has invalid args: start_dim cannot come after end_dim');
  if (start === end) return x;
  const merged = x.shape.slice(start, end + 1).reduce((p, s) => p * s, 1);
  return reshape(x, [...x.shape.slice(0, start), merged, ...x.shape.slice(end + 1)]);
}

/** Swaps two dims (torch.transpose). */
export function transpose(x: Tensor, dim0: number, dim1: number): Tensor {
  checkTensor(x, 'transpose');
  const a = normalizeDim(dim0, x.ndim, 'dim0');
  const b = normalizeDim(dim1, x.ndim, 'dim1');
  if (x.ndim === 0) return x;
  const shape = [...x.shape];
  const strides = [...x.strides];
  [shape[a], shape[b]] = [shape[b]!, shape[a]!];
  [strides[a], strides[b]] = [strides[b]!, strides[a]!];
  return record(makeView(x, shape, strides, x.offset), 'TransposeBackward0', [x], (g) => [transpose(g, a, b)]);
}

/** The transpose of a matrix (or x itself for 0-d and 1-d) (torch's t). */
export function t(x: Tensor): Tensor {
  checkTensor(x, 't');
  if (x.ndim > 2) throw new RangeError(`t() expects a tensor with <= 2 dimensions, but self is ${x.ndim}D`);
  const out =
    x.ndim < 2
      ? makeView(x, x.shape, x.strides, x.offset)
      : makeView(x, [x.shape[1]!, x.shape[0]!], [x.strides[1]!, x.strides[0]!], x.offset);
  return record(out, 'TBackward0', [x], (g) => [t(g)]);
}

/** Reorders dims (torch.permute). */
export function permute(x: Tensor, dims: readonly number[]): Tensor {
  checkTensor(x, 'permute');
  checkSizes(dims, 'dims', 'permute');
  if (!Array.isArray(dims) || dims.length !== x.ndim) {
    throw new RangeError(
      `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${x.ndim} is not equal to len(dims) = ${dims.length}`,
    );
  }
  const order = dims.map((d) => normalizeDim(d, x.ndim, 'dims'));
  if (new Set(order).size !== order.length) throw new RangeError('permute(): duplicate dims are not allowed.');
  const inverse = new Array<number>(order.length);
  order.forEach((d, i) => (inverse[d] = i));
  const out = makeView(
    x,
    order.map((d) => x.shape[d]!),
    order.map((d) => x.strides[d]!),
    x.offset,
  );
  return record(out, 'PermuteBackward0', [x], (g) => [permute(g, inverse)]);
}

/** Removes size-1 dims (all, or the given ones) (torch.squeeze). */
export function squeeze(x: Tensor, dim?: number | readonly number[]): Tensor {
  checkTensor(x, 'squeeze');
  const dims = dim === undefined ? null : (typeof dim === 'number' ? [dim] : dim).map((d) => normalizeDim(d, x.ndim));
  const keep = x.shape.map((size, d) => !(size === 1 && (dims === null || dims.includes(d))));
  const out = makeView(
    x,
    x.shape.filter((_, d) => keep[d]),
    x.strides.filter((_, d) => keep[d]),
    x.offset,
  );
  const inputShape = x.shape;
  return record(out, dim === undefined ? 'SqueezeBackward0' : 'SqueezeBackward1', [x], (g) => [reshape(g, inputShape)]);
}

/** Inserts a size-1 dim at `dim` (torch.unsqueeze). */
export function unsqueeze(x: Tensor, dim: number): Tensor {
  checkTensor(x, 'unsqueeze');
  const d = normalizeDim(dim, x.ndim + 1);
  const shape = [...x.shape];
  const strides = [...x.strides];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, d < x.ndim ? x.strides[d]! * x.shape[d]! : 1);
  return record(makeView(x, shape, strides, x.offset), 'UnsqueezeBackward0', [x], (g) => [squeeze(g, d)]);
}

/** Broadcasts size-1 dims (and new leading dims) to `shape` without copying (torch's expand; -1 keeps a size). */
export function expand(x: Tensor, shape: readonly number[]): Tensor {
  checkTensor(x, 'expand');
  checkSizes(shape, 'size', 'expand');
  if (shape.length < x.ndim) {
    throw new RangeError(
      `expand(${formatShape(x.shape)}, size=${formatShape(shape)}): the number of sizes provided (${shape.length}) must be greater or equal to the number of dimensions in the tensor (${x.ndim})`,
    );
  }
  const lead = shape.length - x.ndim;
  const outShape: number[] = [];
  const strides: number[] = [];
  shape.forEach((size, i) => {
    const d = i - lead;
    const own = d >= 0 ? x.shape[d]! : 1;
    const target = size === -1 && d >= 0 ? own : size;
    if (d >= 0 && own !== 1 && own !== target) {
      throw new RangeError(
        `The expanded size of the tensor (${target}) must match the existing size (${own}) at non-singleton dimension ${i}.  Target sizes: ${formatShape(shape)}.  Tensor sizes: ${formatShape(x.shape)}`,
      );
    }
    outShape.push(target);
    strides.push(d >= 0 && own === target ? x.strides[d]! : 0);
  });
  if (shapesEqual(outShape, x.shape)) return x;
  // The engine sums the gradient back to x's shape (the one un-broadcast point).
  return record(makeView(x, outShape, strides, x.offset), 'ExpandBackward0', [x], (g) => [g]);
}

function checkIndex(value: number, argument: string, fn: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new TypeError(`${fn}(): ${argument} must be an integer, but got ${String(value)}`);
}

/**
 * Elements start, start+step, ... < end along `dim` (Python's x[start:end:step]; negative and
 * out-of-range bounds are clamped like Python slices).
 */
export function slice(x: Tensor, dim: number, start?: number, end?: number, step = 1): Tensor {
  checkTensor(x, 'slice');
  const d = normalizeDim(dim, x.ndim);
  const size = x.shape[d]!;
  checkIndex(step, 'step', 'slice');
  if (step <= 0) throw new RangeError('slice step must be positive');
  const clampBound = (v: number | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    checkIndex(v, 'bound', 'slice');
    const wrapped = v < 0 ? v + size : v;
    return Math.min(Math.max(wrapped, 0), size);
  };
  const from = clampBound(start, 0);
  const to = Math.max(clampBound(end, size), from);
  const length = Math.ceil((to - from) / step);
  const shape = [...x.shape];
  const strides = [...x.strides];
  shape[d] = length;
  strides[d] = x.strides[d]! * step;
  const inputShape = x.shape;
  const out = makeView(x, shape, strides, x.offset + from * x.strides[d]!);
  return record(out, 'SliceBackward0', [x], (g) => [sliceScatter(g, inputShape, d, from, step)]);
}

/** `length` elements of `dim` from `start` (torch.narrow). */
export function narrow(x: Tensor, dim: number, start: number, length: number): Tensor {
  checkTensor(x, 'narrow');
  const d = normalizeDim(dim, x.ndim);
  checkIndex(start, 'start', 'narrow');
  checkIndex(length, 'length', 'narrow');
  const size = x.shape[d]!;
  const from = start < 0 ? start + size : start;
  if (from < 0 || from > size)
    throw new RangeError(`start out of range (expected to be in range of [${-size}, ${size}], but got ${start})`);
  if (length < 0 || from + length > size)
    throw new RangeError(`start (${from}) + length (${length}) exceeds dimension size (${size}).`);
  return slice(x, d, from, from + length);
}

/** The slice at `index` along `dim`, with that dim removed (torch.select). */
export function select(x: Tensor, dim: number, index: number): Tensor {
  checkTensor(x, 'select');
  if (x.ndim === 0) throw new RangeError('select() cannot be applied to a 0-dim tensor.');
  const d = normalizeDim(dim, x.ndim);
  checkIndex(index, 'index', 'select');
  const size = x.shape[d]!;
  if (index < -size || index >= size) {
    throw new RangeError(
      `select(): index ${index} out of range for tensor of size ${formatShape(x.shape)} at dimension ${d}`,
    );
  }
  const i = index < 0 ? index + size : index;
  const inputShape = x.shape;
  const out = makeView(
    x,
    x.shape.filter((_, k) => k !== d),
    x.strides.filter((_, k) => k !== d),
    x.offset + i * x.strides[d]!,
  );
  return record(out, 'SelectBackward0', [x], (g) => [sliceScatter(unsqueeze(g, d), inputShape, d, i, 1)]);
}

/**
 * Zeros of `shape` with `src` written at positions start, start+step, ... along `dim`: the gradient of a
 * slice. Differentiable: its own gradient is the slice of the incoming gradient.
 */
export function sliceScatter(src: Tensor, shape: readonly number[], dim: number, start: number, step: number): Tensor {
  const storage = allocate(src.dtype, numel(shape));
  const base = new Tensor(storage, shape, src.dtype);
  const strides = [...base.strides];
  strides[dim] = strides[dim]! * step;
  const target = new Tensor(storage, src.shape, src.dtype, strides, start * base.strides[dim]!);
  writeInto(target, src);
  const end = start + (src.shape[dim]! - 1) * step + 1;
  return record(base, 'SliceScatterBackward0', [src], (g) => [slice(g, dim, start, end, step)]);
}

/** Copies `src` (same shape) into the strided view `target`, element by element. */
export function writeInto(target: Tensor, src: Tensor): void {
  const data = contiguousData(src, target.dtype);
  const n = data.length;
  if (n === 0) return;
  const ndim = target.ndim;
  if (ndim === 0) {
    target.storage[target.offset] = data[0]!;
    return;
  }
  const index = new Array<number>(ndim).fill(0);
  let p = target.offset;
  for (let o = 0; o < n; o++) {
    target.storage[p] = data[o]!;
    for (let d = ndim - 1; d >= 0; d--) {
      index[d]!++;
      p += target.strides[d]!;
      if (index[d]! < target.shape[d]!) break;
      p -= target.strides[d]! * target.shape[d]!;
      index[d] = 0;
    }
  }
}

/** Reverses the order of elements along `dims` (torch.flip; a copy, as in PyTorch). */
export function flip(x: Tensor, dims: number | readonly number[]): Tensor {
  checkTensor(x, 'flip');
  const list = (typeof dims === 'number' ? [dims] : dims).map((d) => normalizeDim(d, x.ndim));
  const strides = [...x.strides];
  let offset = x.offset;
  for (const d of list) {
    offset += (x.shape[d]! - 1) * x.strides[d]!;
    strides[d] = -strides[d]!;
  }
  const reversed = new Tensor(x.storage, x.shape, x.dtype, strides, offset);
  const out = new Tensor(contiguousData(reversed), x.shape, x.dtype);
  return record(out, 'FlipBackward0', [x], (g) => [flip(g, list)]);
}
