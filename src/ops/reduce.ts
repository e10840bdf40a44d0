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
import { expand, flip as flipDim, reshape, transpose } from './views.js';
import { noGrad } from '../autograd/mode.js';
import { gather, scatter } from './indexing.js';
import { checkOptions } from './validate.js';
import { to } from './convert.js';

export type DimArg = number | readonly number[];
export interface ReduceOptions {
  keepdim?: boolean;
}

/** sum, mean and prod also take PyTorch's `dtype`: the input is cast to it first. */
export interface SumOptions extends ReduceOptions {
  dtype?: DType;
}

function checkTensor(x: unknown, fn: string): asserts x is Tensor {
  if (!(x instanceof Tensor))
    throw new TypeError(`${fn}(): argument 'input' must be a Tensor, but got ${x === null ? 'null' : typeof x}`);
}

function isOptionsObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Throws unless `dim` is omitted, a whole number or an array of whole numbers. */
function checkDimArg(dim: unknown, fn: string): void {
  if (dim === undefined || dim === null || typeof dim === 'number') return;
  if (Array.isArray(dim) && dim.every((d) => typeof d === 'number')) return;
  throw new TypeError(
    `${fn}(): argument 'dim' must be a number or an array of numbers, but got ${JSON.stringify(dim) ?? String(dim)}`,
  );
}

/**
 * Lets the dim be omitted before the options, as PyTorch keywords allow: `var(x, { unbiased: false })`
 * means `var(x, null, { unbiased: false })`. Checks both: PyTorch's positional keepdim (`x.sum(1, true)`) or
 * an unknown option must not be silently ignored.
 */
function splitArgs<O extends object>(
  dim: DimArg | null | undefined | O,
  options: O | undefined,
  fn: string,
  allowed: readonly string[],
): [DimArg | null | undefined, O] {
  if (isOptionsObject(dim)) {
    if (options !== undefined) throw new TypeError(`${fn}(): options were given twice`);
    checkOptions(dim, allowed, fn);
    // PyTorch refuses keepdim without a dim here (x.sum(keepdim=True) is a TypeError); amax/amin allow it.
    if ('keepdim' in dim && fn !== 'amax' && fn !== 'amin') {
      throw new TypeError(`${fn}(): keepdim needs a dim, e.g. ${fn}(x, [0, 1], { keepdim: true })`);
    }
    return [undefined, dim as O];
  }
  checkDimArg(dim, fn);
  checkOptions(options, allowed, fn);
  return [dim as DimArg | null | undefined, options ?? ({} as O)];
}

/** The input cast to a requested `dtype` first, as torch.sum(x, dtype=...) does. */
function withDType(x: Tensor, dtype: DType | undefined): Tensor {
  return dtype === undefined ? x : to(x, dtype);
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
  const permuted = {
    storage: x.storage,
    dtype: x.dtype,
    offset: x.offset,
    shape: order.map((d) => x.shape[d]!),
    strides: order.map((d) => x.strides[d]!),
  };
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
export function sum(x: Tensor, dimArg?: DimArg | null | SumOptions, optionsArg?: SumOptions): Tensor {
  checkTensor(x, 'sum');
  const [dim, options] = splitArgs(dimArg, optionsArg, 'sum', ['keepdim', 'dtype']);
  if (options.dtype !== undefined) return sum(withDType(x, options.dtype), dim, { keepdim: options.keepdim ?? false });
  const p = plan(x, dim, options.keepdim ?? false);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'int64';
  const out = runReduce(x, p, 'sum', dtype);
  return record(out, dim === undefined || dim === null ? 'SumBackward0' : 'SumBackward1', [x], (g) => [
    restore(g, x, p),
  ]);
}

/** The arithmetic mean over `dim` (floating inputs only, as in PyTorch) */
export function mean(x: Tensor, dimArg?: DimArg | null | SumOptions, optionsArg?: SumOptions): Tensor {
  checkTensor(x, 'mean');
  const [dim, options] = splitArgs(dimArg, optionsArg, 'mean', ['keepdim', 'dtype']);
  if (options.dtype !== undefined) return mean(withDType(x, options.dtype), dim, { keepdim: options.keepdim ?? false });
  if (!isFloatingDType(x.dtype)) {
    throw new TypeError(
      `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${x.dtype === 'int64' ? 'Long' : 'Bool'}`,
    );
  }
  const p = plan(x, dim, options.keepdim ?? false);
  const out = runReduce(x, p, 'sum', x.dtype);
  const count = p.rowLength;
  const s = out.storage;
  for (let i = 0; i < s.length; i++) s[i] = s[i]! / count;
  return record(out, dim === undefined || dim === null ? 'MeanBackward0' : 'MeanBackward1', [x], (g) => [
    div(restore(g, x, p), count),
  ]);
}

/** Π over one dim (or all); the gradient handles zeros exactly (∏ of the others where one zero) */
export function prod(x: Tensor, dimArg?: number | null | SumOptions, optionsArg?: SumOptions): Tensor {
  checkTensor(x, 'prod');
  const [dimOrDims, options] = splitArgs(dimArg, optionsArg, 'prod', ['keepdim', 'dtype']);
  if (Array.isArray(dimOrDims)) throw new TypeError(`prod(): argument 'dim' must be a single number, but got an array`);
  const dim = dimOrDims as number | null | undefined;
  if (options.dtype !== undefined) return prod(withDType(x, options.dtype), dim, { keepdim: options.keepdim ?? false });
  const p = plan(x, dim, options.keepdim ?? false);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'int64';
  const out = runReduce(x, p, 'prod', dtype);
  return record(out, dim === undefined || dim === null ? 'ProdBackward0' : 'ProdBackward1', [x], (g) => {
    // PyTorch: without any zero in the input, ∏/x; otherwise the product of the other elements of the row,
    // from exclusive prefix and suffix products (so inf and nan behave as PyTorch's do).
    const hasZero = contiguousData(x).some((v) => v === 0);
    const local = hasZero ? productOfOthers(x, p.dims) : div(restore(out, x, p), x);
    return [mul(restore(g, x, p), local)];
  });
}

/** For each element, the product of the other elements of its row along `dims` (one dim, or all). */
function productOfOthers(x: Tensor, dims: readonly number[]): Tensor {
  return noGrad(() => {
    const d = dims.length === 1 ? dims[0]! : -1;
    const moved = dims.length === 1 ? transpose(x, d, -1).contiguous() : reshape(x, [-1]).contiguous();
    const data = moved.storage;
    const rowLength = moved.shape[moved.ndim - 1] ?? 1;
    const out = allocate(x.dtype, data.length);
    for (let start = 0; start < data.length; start += rowLength) {
      let prefix = 1;
      for (let i = 0; i < rowLength; i++) {
        out[start + i] = prefix;
        prefix *= data[start + i]!;
      }
      let suffix = 1;
      for (let i = rowLength - 1; i >= 0; i--) {
        out[start + i] = out[start + i]! * suffix;
        suffix *= data[start + i]!;
      }
    }
    const result = new Tensor(out, moved.shape, x.dtype);
    return dims.length === 1 ? transpose(result, d, -1).contiguous() : reshape(result, x.shape);
  });
}

function evenly(x: Tensor, p: Plan, g: Tensor, out: Tensor): Tensor {
  // max()/min() over everything share the gradient evenly among equal extremes; nan counts as the extreme.
  const outFull = restore(out, x, p);
  const hit = logicalOr(eq(x, outFull), logicalAnd(isnan(x), isnan(outFull)));
  const count = restore(sum(hit, p.dims, { keepdim: true }), x, p);
  return where(hit, div(restore(g, x, p), count), 0);
}

function extreme(op: 'amax' | 'amin') {
  return (x: Tensor, dimArg?: DimArg | null | ReduceOptions, optionsArg?: ReduceOptions): Tensor => {
    checkTensor(x, op);
    const [dim, options] = splitArgs(dimArg, optionsArg, op, ['keepdim']);
    const p = plan(x, dim, options.keepdim ?? false);
    if (p.rowLength === 0)
      throw new RangeError(
        `${op}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`,
      );
    const out = runReduce(x, p, op, x.dtype);
    // PyTorch's scale_grad_by_count: (g / count) * mask, so a row whose extreme is nan gets nan.
    return record(out, op === 'amax' ? 'AmaxBackward0' : 'AminBackward0', [x], (g) => {
      const hit = eq(x, restore(out, x, p));
      const count = restore(sum(hit, p.dims, { keepdim: true }), x, p);
      return [mul(div(restore(g, x, p), count), hit)];
    });
  };
}

/** The maximum over `dim` (all dims by default); ties share the gradient evenly */
export const amax = extreme('amax');
/** The minimum over `dim`; ties share the gradient evenly */
export const amin = extreme('amin');

function withIndices(op: 'max' | 'min') {
  function reduceWithIndices(x: Tensor): Tensor;
  function reduceWithIndices(x: Tensor, dim: number, options?: ReduceOptions): { values: Tensor; indices: Tensor };
  function reduceWithIndices(
    x: Tensor,
    dim?: number,
    optionsArg?: ReduceOptions,
  ): Tensor | { values: Tensor; indices: Tensor } {
    checkTensor(x, op);
    if (dim !== undefined && typeof dim !== 'number') {
      throw new TypeError(`${op}(): argument 'dim' must be a number, but got ${String(dim)}`);
    }
    checkOptions(optionsArg, ['keepdim'], op);
    const options = optionsArg ?? {};
    if (dim === undefined) {
      if (x.numel() === 0)
        throw new RangeError(
          `${op}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`,
        );
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
  if (p.rowLength === 0)
    throw new RangeError(`arg${op}(): Expected reduction dim to be specified for input.numel() == 0.`);
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
  checkOptions(options, ['keepdim'], 'argmax');
  if (dim === undefined) return argExtreme(reshape(x, [-1]), 0, false, 'max');
  return argExtreme(x, normalizeDim(dim, x.ndim), options.keepdim ?? false, 'max');
}

/** Index of the minimum (flattened when `dim` is omitted), as int64 */
export function argmin(x: Tensor, dim?: number, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'argmin');
  checkOptions(options, ['keepdim'], 'argmin');
  if (dim === undefined) return argExtreme(reshape(x, [-1]), 0, false, 'min');
  return argExtreme(x, normalizeDim(dim, x.ndim), options.keepdim ?? false, 'min');
}

/** log Σ exp over `dim`, stable: the max is subtracted first (inf rows give inf, -inf rows -inf) */
export function logsumexp(x: Tensor, dim: DimArg, options: ReduceOptions = {}): Tensor {
  checkTensor(x, 'logsumexp');
  checkDimArg(dim, 'logsumexp');
  checkOptions(options, ['keepdim'], 'logsumexp');
  const p = plan(x, dim, options.keepdim ?? false);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'float32';
  const out = runReduce(x, p, 'logsumexp', dtype);
  return record(out, 'LogsumexpBackward0', [x], (g) => [mul(restore(g, x, p), exp(sub(x, restore(out, x, p))))]);
}

/** Variance over `dim`; `unbiased` (default true) divides by N - 1 */
export function variance(x: Tensor, dim?: DimArg | null | MomentOptions, options?: MomentOptions): Tensor {
  return moment(x, ...splitArgs(dim, options, 'var', MOMENT_KEYS), 'var');
}

/** Standard deviation over `dim`; `unbiased` (default true) divides by N - 1 */
export function std(x: Tensor, dim?: DimArg | null | MomentOptions, options?: MomentOptions): Tensor {
  return moment(x, ...splitArgs(dim, options, 'std', MOMENT_KEYS), 'std');
}

/** `unbiased` (default true) divides by N − 1; torch 1.13's `correction` divides by N − correction. */
export type MomentOptions = ReduceOptions & { unbiased?: boolean; correction?: number };
const MOMENT_KEYS = ['keepdim', 'unbiased', 'correction'] as const;

function moment(x: Tensor, dim: DimArg | null | undefined, options: MomentOptions, kind: 'var' | 'std'): Tensor {
  checkTensor(x, kind);
  if (!isFloatingDType(x.dtype))
    throw new TypeError(`${kind}(): expected a floating point tensor, but got dtype ${x.dtype}`);
  const p = plan(x, dim, options.keepdim ?? false);
  if (options.unbiased !== undefined && options.correction !== undefined) {
    throw new TypeError(`${kind}(): give either 'unbiased' or 'correction', not both`);
  }
  if (
    options.correction !== undefined &&
    (typeof options.correction !== 'number' || !Number.isInteger(options.correction) || options.correction < 0)
  ) {
    throw new RangeError(
      `${kind}(): option 'correction' must be a non-negative integer, but got ${String(options.correction)}`,
    );
  }
  const correction = options.correction ?? (options.unbiased === false ? 0 : 1);
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
    // std' = (x - mean) / ((N - correction) std), set to 0 where std is 0 (PyTorch masks that 0/0).
    const resultFull = restore(result, x, p);
    const scale =
      kind === 'var'
        ? div(mul(restore(g, x, p), 2), divisor)
        : where(eq(resultFull, 0), 0, div(restore(g, x, p), mul(resultFull, divisor)));
    return [mul(scale, centered)];
  });
}

/**
 * The vector p-norm (Σ|x|ᵖ)^{1/p} over `dim` (all by default), for any p including 0, ±inf.
 * Its gradient at x = 0 is 0 (PyTorch masks the 0/0).
 */
export function vectorNorm(x: Tensor, options: VectorNormOptions = {}): Tensor {
  checkOptions(options, ['ord', 'dim', 'keepdim', 'dtype'], 'linalg.vectorNorm');
  return pNorm(x, options, 'LinalgVectorNormBackward0');
}

export interface VectorNormOptions {
  ord?: number;
  dim?: DimArg | null;
  keepdim?: boolean;
  /** The input is cast to it first, as torch.linalg.vector_norm's dtype does. */
  dtype?: DType;
}

/** The p-norm behind linalg.vectorNorm and Tensor.norm, recorded under PyTorch's name for each. */
function pNorm(input: Tensor, options: VectorNormOptions, nodeName: string): Tensor {
  checkTensor(input, 'vectorNorm');
  checkDimArg(options.dim, 'vectorNorm');
  const x = withDType(input, options.dtype);
  const ord = options.ord ?? 2;
  if (typeof ord !== 'number' || Number.isNaN(ord))
    throw new TypeError(`vectorNorm: ord must be a number, but got ${String(ord)}`);
  if (!isFloatingDType(x.dtype))
    throw new TypeError(
      `linalg.vector_norm: Expected a floating point or complex tensor as input. Got ${x.dtype === 'int64' ? 'Long' : 'Bool'}`,
    );
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
    out[r] = nan
      ? NaN
      : ord === 0 || ord === 1 || !Number.isFinite(ord)
        ? acc
        : ord === 2
          ? Math.sqrt(acc)
          : Math.pow(acc, 1 / ord);
  }
  const result = new Tensor(out, p.outShape, x.dtype);
  return record(result, nodeName, [x], (g) => [normBackward(x, p, ord, restore(g, x, p), restore(result, x, p))]);
}

/** PyTorch's norm_backward, case by case, including its masks for 0/0 at the zero vector. */
function normBackward(x: Tensor, p: Plan, ord: number, g: Tensor, norm: Tensor): Tensor {
  if (ord === 0) return mul(x, 0);
  if (ord === 1) return mul(sign(x), g);
  if (ord === 2) return mul(x, where(eq(norm, 0), 0, div(g, norm)));
  if (!Number.isFinite(ord)) {
    const hit = logicalOr(eq(abs(x), norm), logicalAnd(isnan(x), isnan(norm)));
    const count = restore(sum(hit, p.dims, { keepdim: true }), x, p);
    return mul(mul(sign(x), hit), div(g, count));
  }
  if (ord < 1) {
    const scaled = mul(sign(x), where(eq(x, 0), 0, pow(abs(x), ord - 1)));
    return mul(mul(scaled, g), pow(norm, 1 - ord));
  }
  const scaled = ord < 2 ? mul(sign(x), pow(abs(x), ord - 1)) : mul(x, pow(abs(x), ord - 2));
  return mul(scaled, where(eq(norm, 0), 0, div(g, pow(norm, ord - 1))));
}

/** torch.norm-style p-norm: `x.norm({ p, dim, keepdim })` */
export function norm(x: Tensor, options: { p?: number; dim?: DimArg; keepdim?: boolean; dtype?: DType } = {}): Tensor {
  checkOptions(options, ['p', 'dim', 'keepdim', 'dtype'], 'norm');
  const { p, ...rest } = options;
  return pNorm(x, { ...rest, ord: p ?? 2 }, 'NormBackward1');
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
  const view = {
    storage: out,
    dtype,
    offset: 0,
    shape: order.map((k) => movedShape[k]!),
    strides: order.map((k) => moved.strides[k]!),
  };
  return new Tensor(contiguousData(view), x.shape, dtype);
}

/** Running sum along `dim` (torch.cumsum); its gradient is the reversed cumulative sum */
export function cumsum(x: Tensor, dim: number, options: { dtype?: DType } = {}): Tensor {
  checkTensor(x, 'cumsum');
  checkOptions(options, ['dtype'], 'cumsum');
  if (options.dtype !== undefined) return cumsum(withDType(x, options.dtype), dim);
  const d = x.ndim === 0 ? 0 : normalizeDim(dim, x.ndim);
  if (x.ndim === 0) normalizeDim(dim, 0);
  const dtype = isFloatingDType(x.dtype) ? x.dtype : 'int64';
  const result = mapAlongDim(x, d, 'cumsum', dtype);
  return record(result, 'CumsumBackward0', [x], (g) => [g.ndim === 0 ? g : flipDim(cumsum(flipDim(g, d), d), d)]);
}
