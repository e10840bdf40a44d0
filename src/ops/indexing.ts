/** Index-driven ops: gather, scatter, scatterAdd, indexSelect, indexAdd, cat, stack. */
import { allocate, promoteTypes, type Storage } from '../tensor/dtype.js';
import { formatShape, normalizeDim, numel } from '../tensor/shape.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { scalarTensor, zerosLike } from '../tensor/create.js';
import { record } from './record.js';
import { narrow, select, unsqueeze } from './views.js';

function checkTensor(x: unknown, argument: string, fn: string): asserts x is Tensor {
  if (!(x instanceof Tensor))
    throw new TypeError(`${fn}(): argument '${argument}' must be a Tensor, but got ${x === null ? 'null' : typeof x}`);
}

function checkIndexTensor(index: unknown, fn: string): asserts index is Tensor {
  checkTensor(index, 'index', fn);
  if (index.dtype !== 'int64') throw new TypeError(`${fn}(): Expected dtype int64 for index, but got ${index.dtype}`);
}

/**
 * The storage offset of every position of `shape` (row-major) under `strides`, leaving out `skipDim`, whose
 * coordinate the caller adds from an index. One odometer pass, so the index loops below need no per-element
 * callback.
 */
function offsetsOf(shape: readonly number[], strides: readonly number[], skipDim = -1): Float64Array {
  const n = numel(shape);
  const out = new Float64Array(n);
  const coords = new Array<number>(shape.length).fill(0);
  let offset = 0;
  for (let k = 0; k < n; k++) {
    out[k] = offset;
    for (let d = shape.length - 1; d >= 0; d--) {
      const step = d === skipDim ? 0 : strides[d]!;
      if (++coords[d]! < shape[d]!) {
        offset += step;
        break;
      }
      offset -= step * (shape[d]! - 1);
      coords[d] = 0;
    }
  }
  return out;
}

/** Strides of `t` for walking positions of an index of `ndim` dims (a 0-d tensor is walked as size 1). */
function stridesFor(t: Tensor, ndim: number): readonly number[] {
  return t.ndim === 0 ? new Array<number>(ndim).fill(0) : t.strides;
}

function checkGatherShapes(x: Tensor, dim: number, index: Tensor, fn: string, src?: Tensor): void {
  if (index.ndim !== x.ndim && !(x.ndim === 0 && index.ndim <= 1)) {
    throw new RangeError(
      `Index tensor must have the same number of dimensions as ${fn === 'gather' ? 'input' : 'self'} tensor`,
    );
  }
  for (let d = 0; d < index.ndim; d++) {
    if (d !== dim && index.shape[d]! > (x.shape[d] ?? 1)) {
      throw new RangeError(
        `Size does not match at dimension ${d} expected index ${formatShape(index.shape)} to be smaller than self ${formatShape(x.shape)} apart from dimension ${dim}`,
      );
    }
    if (src && index.shape[d]! > (src.shape[d] ?? 1)) {
      throw new RangeError(
        `Expected index ${formatShape(index.shape)} to be smaller than self ${formatShape(x.shape)} apart from dimension ${dim} and to be smaller size than src ${formatShape(src.shape)}`,
      );
    }
  }
}

function checkBound(i: number, size: number, dim: number, fn: string): number {
  if (i < -size || i >= size)
    throw new RangeError(`${fn}(): index ${i} is out of bounds for dimension ${dim} with size ${size}`);
  return i < 0 ? i + size : i;
}

/** out[i][j] = x[i][index[i][j]] along `dim` (torch.gather) */
export function gather(x: Tensor, dim: number, index: Tensor): Tensor {
  checkTensor(x, 'input', 'gather');
  checkIndexTensor(index, 'gather');
  const d = normalizeDim(dim, x.ndim);
  checkGatherShapes(x, d, index, 'gather');
  const idx = contiguousData(index);
  const out = allocate(x.dtype, idx.length);
  const size = x.shape[d] ?? 1;
  const base = offsetsOf(index.shape, stridesFor(x, index.ndim), d);
  const stride = x.strides[d] ?? 0;
  for (let k = 0; k < idx.length; k++) {
    out[k] = x.storage[x.offset + base[k]! + checkBound(idx[k]!, size, d, 'gather') * stride]!;
  }
  return record(new Tensor(out, index.shape, x.dtype), 'GatherBackward0', [x], (g) => [
    scatterAdd(zerosLike(x), d, index, g),
  ]);
}

function scatterImpl(x: Tensor, dim: number, index: Tensor, src: Tensor, accumulate: boolean, fn: string): Tensor {
  const d = normalizeDim(dim, x.ndim);
  checkGatherShapes(x, d, index, fn, src.ndim === 0 ? undefined : src);
  const out = new Tensor(contiguousData(x).slice() as Storage, x.shape, x.dtype);
  const idx = contiguousData(index);
  const size = x.shape[d] ?? 1;
  const target = offsetsOf(index.shape, stridesFor(out, index.ndim), d);
  const source = offsetsOf(index.shape, stridesFor(src, index.ndim));
  const stride = out.strides[d] ?? 0;
  for (let k = 0; k < idx.length; k++) {
    const o = target[k]! + checkBound(idx[k]!, size, d, fn) * stride;
    const value = src.storage[src.offset + source[k]!]!;
    out.storage[o] = accumulate ? out.storage[o]! + value : value;
  }
  return out;
}

/** x with src written at `index` along `dim` (torch.scatter); a number src fills */
export function scatter(x: Tensor, dim: number, index: Tensor, src: Tensor | number): Tensor {
  checkTensor(x, 'input', 'scatter');
  checkIndexTensor(index, 'scatter');
  const srcTensor = typeof src === 'number' ? scalarTensor(src, x.dtype) : src;
  checkTensor(srcTensor, 'src', 'scatter');
  const out = scatterImpl(x, dim, index, srcTensor, false, 'scatter');
  const d = normalizeDim(dim, x.ndim);
  const inputs = typeof src === 'number' ? [x] : [x, srcTensor];
  return record(out, typeof src === 'number' ? 'ScatterBackward1' : 'ScatterBackward0', inputs, (g, needs) => [
    needs[0] ? scatter(g, d, index, 0) : null,
    needs[1] ? gather(g, d, index) : null,
  ]);
}

/** x with src added at `index` along `dim` (torch.scatter_add) */
export function scatterAdd(x: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  checkTensor(x, 'input', 'scatterAdd');
  checkIndexTensor(index, 'scatterAdd');
  checkTensor(src, 'src', 'scatterAdd');
  const out = scatterImpl(x, dim, index, src, true, 'scatter_add');
  const d = normalizeDim(dim, x.ndim);
  return record(out, 'ScatterAddBackward0', [x, src], (g, needs) => [g, needs[1] ? gather(g, d, index) : null]);
}

/** The entries of `x` at the 1-D `index` along `dim` (torch.index_select) */
export function indexSelect(x: Tensor, dim: number, index: Tensor): Tensor {
  checkTensor(x, 'input', 'indexSelect');
  checkIndexTensor(index, 'indexSelect');
  if (index.ndim > 1) throw new RangeError('index_select(): Index is supposed to be a vector');
  const d = normalizeDim(dim, x.ndim);
  const idx = contiguousData(index);
  const size = x.shape[d] ?? 1;
  const shape = x.ndim === 0 ? [...index.shape] : x.shape.map((s, k) => (k === d ? idx.length : s));
  const out = allocate(x.dtype, numel(shape));
  const base = offsetsOf(shape, stridesFor(x, shape.length), d);
  const stride = x.strides[d] ?? 0;
  // The position along `dim` of output element k picks the index entry (a 0-d input is indexed directly).
  const inner = x.ndim === 0 ? 1 : numel(shape.slice(d + 1));
  for (let k = 0; k < out.length; k++) {
    const position = x.ndim === 0 ? k : Math.floor(k / inner) % idx.length;
    out[k] = x.storage[x.offset + base[k]! + checkBound(idx[position]!, size, d, 'index_select') * stride]!;
  }
  return record(new Tensor(out, shape, x.dtype), 'IndexSelectBackward0', [x], (g) => [
    indexAdd(zerosLike(x), d, index, g),
  ]);
}

/** x with `source` slices added at `index` along `dim` (torch.index_add) */
export function indexAdd(x: Tensor, dim: number, index: Tensor, source: Tensor): Tensor {
  checkTensor(x, 'input', 'indexAdd');
  checkIndexTensor(index, 'indexAdd');
  checkTensor(source, 'source', 'indexAdd');
  const d = normalizeDim(dim, x.ndim);
  const idx = contiguousData(index);
  const out = new Tensor(contiguousData(x).slice() as Storage, x.shape, x.dtype);
  const size = x.shape[d] ?? 1;
  const src = contiguousData(source, x.dtype);
  const base = offsetsOf(source.shape, stridesFor(out, source.ndim), d);
  const stride = out.strides[d] ?? 0;
  const inner = x.ndim === 0 ? 1 : numel(source.shape.slice(d + 1));
  const length = source.shape[d] ?? 1;
  for (let k = 0; k < src.length; k++) {
    const position = x.ndim === 0 ? 0 : Math.floor(k / inner) % length;
    const o = base[k]! + checkBound(idx[position]!, size, d, 'index_add') * stride;
    out.storage[o] = out.storage[o]! + src[k]!;
  }
  return record(out, 'IndexAddBackward0', [x, source], (g, needs) => [g, needs[1] ? indexSelect(g, d, index) : null]);
}

/** Joins tensors along an existing dim (torch.cat) */
export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  if (!Array.isArray(tensors as unknown) || tensors.length === 0)
    throw new RangeError('cat(): expected a non-empty list of Tensors');
  tensors.forEach((t, i) => checkTensor(t, `tensors[${i}]`, 'cat'));
  // PyTorch skips legacy empty 1-D tensors of shape [0].
  const parts = tensors.filter((t) => !(t.ndim === 1 && t.shape[0] === 0));
  if (parts.length === 0) return tensors[0]!;
  const first = parts[0]!;
  if (first.ndim === 0)
    throw new RangeError(`zero-dimensional tensor (at position ${tensors.indexOf(first)}) cannot be concatenated`);
  const d = normalizeDim(dim, first.ndim);
  const dtype = parts.map((t) => t.dtype).reduce(promoteTypes);
  parts.forEach((t) => {
    if (t.ndim !== first.ndim)
      throw new RangeError(`Tensors must have same number of dimensions: got ${first.ndim} and ${t.ndim}`);
    t.shape.forEach((s, k) => {
      if (k !== d && s !== first.shape[k]) {
        throw new RangeError(
          `Sizes of tensors must match except in dimension ${d}. Expected size ${first.shape[k]} but got size ${s} for tensor number ${tensors.indexOf(t)} in the list.`,
        );
      }
    });
  });
  const shape = [...first.shape];
  shape[d] = parts.reduce((total, t) => total + t.shape[d]!, 0);
  const outer = first.shape.slice(0, d).reduce((p, s) => p * s, 1);
  const inner = first.shape.slice(d + 1).reduce((p, s) => p * s, 1);
  const out = allocate(dtype, numel(shape));
  let column = 0;
  for (const t of parts) {
    const data = contiguousData(t, dtype);
    const block = t.shape[d]! * inner;
    for (let o = 0; o < outer; o++)
      out.set(data.subarray(o * block, (o + 1) * block) as never, o * shape[d]! * inner + column);
    column += block;
  }
  const sizes = parts.map((t) => t.shape[d]!);
  return record(new Tensor(out, shape, dtype), 'CatBackward0', parts, (g) => {
    let start = 0;
    return sizes.map((size) => {
      const piece = narrow(g, d, start, size);
      start += size;
      return piece;
    });
  });
}

/** Joins same-shaped tensors along a new dim (torch.stack) */
export function stack(tensors: readonly Tensor[], dim = 0): Tensor {
  if (!Array.isArray(tensors as unknown) || tensors.length === 0)
    throw new RangeError('stack expects a non-empty TensorList');
  tensors.forEach((t, i) => checkTensor(t, `tensors[${i}]`, 'stack'));
  const first = tensors[0]!;
  tensors.forEach((t, i) => {
    if (t.ndim !== first.ndim || t.shape.some((s, k) => s !== first.shape[k])) {
      throw new RangeError(
        `stack expects each tensor to be equal size, but got ${formatShape(first.shape)} at entry 0 and ${formatShape(t.shape)} at entry ${i}`,
      );
    }
  });
  const d = normalizeDim(dim, first.ndim + 1);
  const out = cat(
    tensors.map((t) => unsqueeze(t.detach(), d)),
    d,
  );
  const result = new Tensor(out.storage, out.shape, out.dtype);
  return record(result, 'StackBackward0', tensors, (g) => tensors.map((_, i) => select(g, d, i)));
}
