/**
 * Reductions over any dims with keepdim. Each moves the reduced dims last, makes one contiguous block and
 * runs a row kernel (which accumulates in float64), then records its gradient rule.
 */
import { allocate, isFloatingDType, type DType } from '../tensor/dtype.js';
import { normalizeDim, normalizeDims, numel } from '../tensor/shape.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { zerosLike } from '../tensor/create.js';
import { kernels } from '../kernels/index.js';
import type { ReduceKernel, RowKernel } from '../kernels/backend.js';
import { record } from './record.js';
import { abs, div, eq, exp, isnan, logicalAnd, logicalOr, mul, pow, sign, sub, where } from './elementwise.js';
import { expand, flip as flipDim, reshape } from './views.js';
import { gather, scatter } from './indexing.js';

export type DimArg = number | readonly number[];
export interface ReduceOptions {
  keepdim?: boolean;
}

function checkTensor(x: unknown, fn: string): asserts x is Tensor {
  if (!(x instanceof Tensor)) throw new TypeError(`${fn}(): argument 'input' must be a Tensor, but got ${x === null ? 'null' : typeof x}`);
}

interface Plan {
  dims: number[];
  keptShape: number[];
  outShape: number[];
  rows: number;
  rowLength: number;
}

function plan(x: Tensor, dim: DimArg | null | undefined, keepdim: boolean): Plan {
  const dims = normalizeDims(dim, x.ndim);
  const keptShape = x.shape.map((s, d) => (dims.includes(d) ? 1 : s));
  const outShape = keepdim ? keptShape : x.shape.filter((_, d) => !dims.includes(d));
  const rowLength = dims.reduce((p, d) => p * x.shape[d]!, 1);
  return { dims, keptShape, outShape, rows: numel(outShape), rowLength };
}

/** x's elements with the reduced dims moved last, row-major, as `dtype`. */
function rowsOf(x: Tensor, dims: readonly number[], dtype: DType) {
  const order = [...x.shape.keys()].filter((d) => !dims.includes(d)).concat(dims);
  const permuted = { storage: x.storage, dtype: x.dtype, offset: x.offset, shape: order.map((d) => x.shape[d]!), strides: order.map((d) => x.strides[d]!) };
  return contiguousData(permuted, dtype);
}

function runReduce(x: Tensor, p: Plan, op: ReduceKernel, dtype: DType): Tensor {
  const out = allocate(dtype, p.rows);
  if (p.rows > 0) kernels().reduceRows(op, rowsOf(x, p.dims, dtype), p.rows, p.rowLength, out);
  return new Tensor(out, p.outShape, dtype);
}

/** The gradient of a reduction's output, reshaped to keepdim form and broadcast back over the input. */
function restore(g: Tensor, x: Tensor, p: Plan): Tensor {
  return expand(reshape(g, p.keptShape), x.shape);
}

/** Σ over `dim` (all dims by default); integer and bool inputs sum to int64 */
export function sum(x: Tensor, dim?: DimArg | null, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'sum');
  const p = plan(x, dim, options.keepdim ?? false);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'int64';
  const out = runReduce(x, p, 'sum', dtype);
  return record(out, dim === undefined || dim === null ? 'SumBackward0' : 'SumBackward1', [x], (g) => [restore(g, x, p)]);
}

/** The arithmetic mean over `dim` (floating inputs only, as in PyTorch) */
export function mean(x: Tensor, dim?: DimArg | null, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'mean');
  if (!isFloatingDType(x.dtype)) {
    throw new TypeError(`mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${x.dtype === 'int64' ? 'Long' : 'Bool'}`);
  }
  const p = plan(x, dim, options.keepdim ?? false);
  const out = runReduce(x, p, 'sum', x.dtype);
  const count = p.rowLength;
  const s = out.storage;
  for (let i = 0; i < s.length; i++) s[i] = s[i]! / count;
  return record(out, dim === undefined || dim === null ? 'MeanBackward0' : 'MeanBackward1', [x], (g) => [div(restore(g, x, p), count)]);
}

/** Π over one dim (or all); the gradient handles zeros exactly (∏ of the others where one zero) */
export function prod(x: Tensor, dim?: number | null, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'prod');
  const p = plan(x, dim, options.keepdim ?? false);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'int64';
  const out = runReduce(x, p, 'prod', dtype);
  return record(out, dim === undefined || dim === null ? 'ProdBackward0' : 'ProdBackward1', [x], (g) => {
    const isZero = eq(x, 0);
    const safe = where(isZero, 1, x);
    const zeroCount = restore(sum(isZero, p.dims, { keepdim: true }), x, p);
    const prodOfOthers = div(restore(prod1(safe, p), x, p), safe);
    // No zero in the row: ∏/x. One zero: that element gets ∏ of the others, the rest 0. More: all 0.
    const gradIfOneZero = where(isZero, restore(prod1(safe, p), x, p), 0);
    const local = where(eq(zeroCount, 0), prodOfOthers, where(eq(zeroCount, 1), gradIfOneZero, 0));
    return [mul(restore(g, x, p), local)];
  });
}

/** prod over a plan's dims with keepdim (differentiable), used by prod's own gradient. */
function prod1(x: Tensor, p: Plan): Tensor {
  if (p.dims.length <= 1) return prod(x, p.dims.length === 1 ? p.dims[0]! : null, { keepdim: p.dims.length === 1 });
  return reshape(prod(reshape(x, [-1])), p.keptShape);
}

function evenly(x: Tensor, p: Plan, g: Tensor, out: Tensor): Tensor {
  // Equal extremes share the gradient evenly (PyTorch's amax/amin backward); nan counts as the extreme.
  const outFull = restore(out, x, p);
  const hit = logicalOr(eq(x, outFull), logicalAnd(isnan(x), isnan(outFull)));
  const count = restore(sum(hit, p.dims, { keepdim: true }), x, p);
  return where(hit, div(restore(g, x, p), count), 0);
}

function extreme(op: 'amax' | 'amin') {
  return (x: Tensor, dim?: DimArg | null, options: ReduceOptions = {}): Tensor => {
    checkTensor(x, op);
    const p = plan(x, dim, options.keepdim ?? false);
    if (p.rowLength === 0) throw new RangeError(`${op}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
    const out = runReduce(x, p, op, x.dtype);
    return record(out, op === 'amax' ? 'AmaxBackward0' : 'AminBackward0', [x], (g) => [evenly(x, p, g, out)]);
  };
}

/** The maximum over `dim` (all dims by default); ties share the gradient evenly */
export const amax = extreme('amax');
/** The minimum over `dim`; ties share the gradient evenly */
export const amin = extreme('amin');

function withIndices(op: 'max' | 'min') {
  function reduceWithIndices(x: Tensor): Tensor;
  function reduceWithIndices(x: Tensor, dim: number, options?: ReduceOptions): { values: Tensor; indices: Tensor };
  function reduceWithIndices(x: Tensor, dim?: number, options: ReduceOptions = {}): Tensor | { values: Tensor; indices: Tensor } {
    checkTensor(x, op);
    if (dim === undefined) {
      if (x.numel() === 0) throw new RangeError(`${op}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
      const p = plan(x, null, false);
      const out = runReduce(x, p, op === 'max' ? 'amax' : 'amin', x.dtype);
      return record(out, op === 'max' ? 'MaxBackward1' : 'MinBackward1', [x], (g) => [evenly(x, p, g, out)]);
    }
    const d = normalizeDim(dim, x.ndim);
    const keepdim = options.keepdim ?? false;
    const p = plan(x, d, keepdim);
    const keptIndices = argExtreme(x, d, true, op);
    const values = reshape(gather(x.detach(), d, keptIndices), p.outShape);
    const indices = reshape(keptIndices, p.outShape);
    // The whole gradient goes to the chosen index (PyTorch's value_selecting_reduction_backward).
    const result = record(values, op === 'max' ? 'MaxBackward0' : 'MinBackward0', [x], (g) => [
      scatter(zerosLike(x), d, keptIndices, reshape(g, p.keptShape)),
    ]);
    return { values: result, indices };
  }
  return reduceWithIndices;
}

/** max over everything, or `{ values, indices }` along `dim` (torch.max) */
export const max = withIndices('max');
/** min over everything, or `{ values, indices }` along `dim` (torch.min) */
export const min = withIndices('min');

/** Index of the first maximum (or minimum) along `dim`; nan counts as the extreme. */
function argExtreme(x: Tensor, dim: number | null, keepdim: boolean, op: 'max' | 'min'): Tensor {
  const p = plan(x, dim, keepdim);
  if (p.rowLength === 0) throw new RangeError(`arg${op}(): Expected reduction dim to be specified for input.numel() == 0.`);
  const data = rowsOf(x, p.dims, x.dtype);
  const out = allocate('int64', p.rows);
  for (let r = 0; r < p.rows; r++) {
    const base = r * p.rowLength;
    let best = 0;
    let bestValue = data[base]!;
    for (let i = 1; i < p.rowLength && bestValue === bestValue; i++) {
      const v = data[base + i]!;
      if (v !== v || (op === 'max' ? v > bestValue : v < bestValue)) {
        best = i;
        bestValue = v;
      }
    }
    out[r] = best;
  }
  return new Tensor(out, p.outShape, 'int64');
}

/** Index of the maximum (flattened when `dim` is omitted), as int64 */
export function argmax(x: Tensor, dim?: number, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'argmax');
  if (dim === undefined) return argExtreme(reshape(x, [-1]), 0, false, 'max');
  return argExtreme(x, normalizeDim(dim, x.ndim), options.keepdim ?? false, 'max');
}

/** Index of the minimum (flattened when `dim` is omitted), as int64 */
export function argmin(x: Tensor, dim?: number, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'argmin');
  if (dim === undefined) return argExtreme(reshape(x, [-1]), 0, false, 'min');
  return argExtreme(x, normalizeDim(dim, x.ndim), options.keepdim ?? false, 'min');
}

/** log Σ exp over `dim`, stable: the max is subtracted first (inf rows give inf, -inf rows -inf) */
export function logsumexp(x: Tensor, dim: DimArg, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'logsumexp');
  const p = plan(x, dim, options.keepdim ?? false);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'float32';
  const out = runReduce(x, p, 'logsumexp', dtype);
  return record(out, 'LogsumexpBackward0', [x], (g) => [mul(restore(g, x, p), exp(sub(x, restore(out, x, p))))]);
}

/** Variance over `dim`; `unbiased` (default true) divides by N - 1 */
export function variance(x: Tensor, dim?: DimArg | null, options: ReduceOptions & { unbiased?: boolean } = {}): Tensor {
  return moment(x, dim, options, 'var');
}

/** Standard deviation over `dim`; `unbiased` (default true) divides by N - 1 */
export function std(x: Tensor, dim?: DimArg | null, options: ReduceOptions & { unbiased?: boolean } = {}): Tensor {
  return moment(x, dim, options, 'std');
}

function moment(x: Tensor, dim: DimArg | null | undefined, options: ReduceOptions & { unbiased?: boolean }, kind: 'var' | 'std'): Tensor {
  checkTensor(x, kind);
  if (!isFloatingDType(x.dtype)) throw new TypeError(`${kind}(): expected a floating point tensor, but got dtype ${x.dtype}`);
  const p = plan(x, dim, options.keepdim ?? false);
  const correction = options.unbiased === false ? 0 : 1;
  const data = rowsOf(x, p.dims, 'float64');
  const out = allocate(x.dtype, p.rows);
  const divisor = Math.max(0, p.rowLength - correction);
  for (let r = 0; r < p.rows; r++) {
    const base = r * p.rowLength;
    let s = 0;
    for (let i = 0; i < p.rowLength; i++) s += data[base + i]!;
    const m = s / p.rowLength;
    let ss = 0;
    for (let i = 0; i < p.rowLength; i++) {
      const d = data[base + i]! - m;
      ss += d * d;
    }
    const v = ss / divisor;
    out[r] = kind === 'var' ? v : Math.sqrt(v);
  }
  const result = new Tensor(out, p.outShape, x.dtype);
  const name = kind === 'var' ? 'VarBackward0' : 'StdBackward0';
  return record(result, name, [x], (g) => {
    const centered = sub(x, restore(mean(x, p.dims, { keepdim: true }), x, p));
    const scale = kind === 'var' ? div(mul(restore(g, x, p), 2), divisor) : div(restore(g, x, p), mul(restore(result, x, p), divisor));
    return [mul(scale, centered)];
  });
}

/**
 * The vector p-norm (Σ|x|ᵖ)^{1/p} over `dim` (all by default), for any p including 0, ±inf.
 * Its gradient at x = 0 is 0 (PyTorch masks the 0/0).
 */
export function vectorNorm(x: Tensor, options: { ord?: number; dim?: DimArg | null; keepdim?: boolean } = {}): Tensor {
  checkTensor(x, 'vectorNorm');
  const ord = options.ord ?? 2;
  if (typeof ord !== 'number' || Number.isNaN(ord)) throw new TypeError(`vectorNorm: ord must be a number, but got ${String(ord)}`);
  if (!isFloatingDType(x.dtype)) throw new TypeError(`linalg.vector_norm: Expected a floating point or complex tensor as input. Got ${x.dtype === 'int64' ? 'Long' : 'Bool'}`);
  const p = plan(x, options.dim, options.keepdim ?? false);
  const data = rowsOf(x, p.dims, 'float64');
  const out = allocate(x.dtype, p.rows);
  for (let r = 0; r < p.rows; r++) {
    const base = r * p.rowLength;
    let acc = ord === Infinity ? -Infinity : ord === -Infinity ? Infinity : 0;
    let nan = false;
    for (let i = 0; i < p.rowLength; i++) {
      const a = Math.abs(data[base + i]!);
      if (a !== a) nan = true;
      if (ord === Infinity) acc = Math.max(acc, a);
      else if (ord === -Infinity) acc = Math.min(acc, a);
      else if (ord === 0) acc += a !== 0 ? 1 : 0;
      else if (ord === 1) acc += a;
      else if (ord === 2) acc += a * a;
      else acc += Math.pow(a, ord);
    }
    if (p.rowLength === 0 && !Number.isFinite(ord)) acc = 0;
    out[r] = nan ? NaN : ord === 0 || ord === 1 || !Number.isFinite(ord) ? acc : ord === 2 ? Math.sqrt(acc) : Math.pow(acc, 1 / ord);
  }
  const result = new Tensor(out, p.outShape, x.dtype);
  return record(result, 'LinalgVectorNormBackward0', [x], (g) => {
    const gFull = restore(g, x, p);
    const normFull = restore(result, x, p);
    if (ord === 0) return [mul(gFull, 0)];
    if (ord === 1) return [mul(gFull, sign(x))];
    if (!Number.isFinite(ord)) {
      const hit = eq(abs(x), normFull);
      const count = restore(sum(hit, p.dims, { keepdim: true }), x, p);
      return [where(hit, div(mul(gFull, sign(x)), count), 0)];
    }
    if (ord === 2) return [where(eq(normFull, 0), 0, div(mul(gFull, x), normFull))];
    // x·|x|^{p-2} / ‖x‖^{p-1}
    const numerator = mul(x, pow(abs(x), ord - 2));
    return [where(eq(normFull, 0), 0, div(mul(gFull, numerator), pow(normFull, ord - 1)))];
  });
}

/** torch.norm-style p-norm: `x.norm({ p, dim, keepdim })` */
export function norm(x: Tensor, options: { p?: number; dim?: DimArg; keepdim?: boolean } = {}): Tensor {
  return vectorNorm(x, { ord: options.p ?? 2, dim: options.dim ?? null, keepdim: options.keepdim ?? false });
}

/**
 * Applies a row kernel along `dim`: the dim is moved last, each row mapped, and the result moved back.
 * Shared by cumsum, softmax and logSoftmax.
 */
export function mapAlongDim(x: Tensor, dim: number, op: RowKernel, dtype: DType): Tensor {
  const p = plan(x, dim, true);
  const data = rowsOf(x, p.dims, dtype);
  const out = allocate(dtype, data.length);
  if (data.length > 0) kernels().rowwise(op, data, p.rows, p.rowLength, out);
  if (x.ndim === 0 || dim === x.ndim - 1) return new Tensor(out, x.shape, dtype);
  // Rows were laid out with `dim` last: view them back in x's order.
  const movedShape = [...x.shape.filter((_, k) => k !== dim), x.shape[dim]!];
  const moved = new Tensor(out, movedShape, dtype);
  const order = [...Array(x.ndim - 1).keys()];
  order.splice(dim, 0, x.ndim - 1);
  const view = { storage: out, dtype, offset: 0, shape: order.map((k) => movedShape[k]!), strides: order.map((k) => moved.strides[k]!) };
  return new Tensor(contiguousData(view), x.shape, dtype);
}

/** Running sum along `dim` (torch.cumsum); its gradient is the reversed cumulative sum */
export function cumsum(x: Tensor, dim: number): Tensor {
  checkTensor(x, 'cumsum');
  const d = x.ndim === 0 ? 0 : normalizeDim(dim, x.ndim);
  if (x.ndim === 0) normalizeDim(dim, 0);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'int64';
  const result = mapAlongDim(x, d, 'cumsum', dtype);
  return record(result, 'CumsumBackward0', [x], (g) => [g.ndim === 0 ? g : flipDim(cumsum(flipDim(g, d), d), d)]);
}
