/** Creating tensors: from data, filled, ranges, identity and random (torch.tensor, zeros, linspace, ...). */
import {
  allocate,
  assertDType,
  castValue,
  isFloatingDType,
  type DType,
  type FloatStorage,
  type Storage,
} from './dtype.js';
import { checkShape, numel } from './shape.js';
import { Tensor, type NestedArray } from './tensor.js';
import { fillStandardNormal, randomInteger, uniformFloat32, uniformFloat64 } from './random.js';

export interface CreationOptions {
  dtype?: DType;
  requiresGrad?: boolean;
}

function finish(storage: Storage, shape: readonly number[], dtype: DType, options: CreationOptions): Tensor {
  const out = new Tensor(storage, shape, dtype);
  if (options.requiresGrad) out.requiresGrad = true;
  return out;
}

function checkInt64(value: number, argument: string): void {
  if (Number.isFinite(value) && Math.abs(Math.trunc(value)) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `${argument}: int64 values must be within ±(2^53 - 1) to be exact in JavaScript, but got ${value}`,
    );
  }
}

type TypedInput =
  Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;

function typedArrayDType(data: TypedInput): DType {
  if (data instanceof Float64Array) return 'float64';
  if (data instanceof Float32Array) return 'float32';
  return 'int64';
}

/**
 * Builds a tensor from a number, a (nested) array of numbers or booleans, or a typed array
 * (torch.tensor). Numbers give float32 unless `dtype` says otherwise; booleans give bool; a typed array
 * gives its own element type (Float64Array → float64, integer arrays → int64). `shape` reshapes flat data.
 */
export function tensor(
  data: NestedArray | TypedInput,
  options: CreationOptions & { shape?: readonly number[] } = {},
): Tensor {
  let shape: number[];
  let flat: ArrayLike<number>;
  let inferred: DType = 'float32';
  if (ArrayBuffer.isView(data)) {
    flat = data as TypedInput;
    shape = [flat.length];
    inferred = typedArrayDType(data as TypedInput);
  } else if (typeof data === 'number' || typeof data === 'boolean') {
    flat = [Number(data)];
    shape = [];
    if (typeof data === 'boolean') inferred = 'bool';
  } else if (Array.isArray(data)) {
    const values: number[] = [];
    shape = [];
    let sawBoolean = false;
    let sawNumber = false;
    // Walk the nesting, checking that every sibling has the shape of the first.
    const walk = (node: NestedArray, depth: number, path: string): void => {
      if (Array.isArray(node)) {
        if (depth === shape.length) shape.push(node.length);
        else if (depth > shape.length || shape[depth] !== node.length) {
          throw new RangeError(
            `expected sequence of length ${shape[depth] ?? 'scalar'} at dim ${depth} (got ${node.length}) at data${path}: nested arrays must not be ragged`,
          );
        }
        node.forEach((child, i) => walk(child, depth + 1, `${path}[${i}]`));
      } else {
        if (depth !== shape.length) {
          throw new RangeError(
            `expected a sequence at dim ${depth}, but got the scalar ${String(node)} at data${path}: nested arrays must not be ragged`,
          );
        }
        if (typeof node === 'boolean') sawBoolean = true;
        else if (typeof node === 'number') sawNumber = true;
        else throw new TypeError(`tensor data must be numbers or booleans, but got ${typeof node} at data${path}`);
        values.push(Number(node));
      }
    };
    walk(data, 0, '');
    // A leaf count that disagrees with the shape means an array ended before its siblings' depth.
    if (values.length !== numel(shape)) throw new RangeError('nested arrays must not be ragged');
    flat = values;
    if (sawBoolean && !sawNumber) inferred = 'bool';
  } else {
    throw new TypeError(
      `tensor data must be a number, a nested array or a typed array, but got ${data === null ? 'null' : typeof data}`,
    );
  }
  const dtype = options.dtype === undefined ? inferred : assertDType(options.dtype);
  if (options.shape !== undefined) {
    const target = checkShape([...options.shape], 'shape');
    if (numel(target) !== flat.length) {
      throw new RangeError(
        `shape ${JSON.stringify(target)} holds ${numel(target)} elements, but data has ${flat.length}`,
      );
    }
    shape = target;
  }
  const storage = allocate(dtype, flat.length);
  for (let i = 0; i < flat.length; i++) {
    const value = flat[i]!;
    if (dtype === 'int64') checkInt64(value, 'tensor');
    storage[i] = castValue(value, dtype);
  }
  return finish(storage, shape, dtype, options);
}

/** A tensor of `shape` filled with `value` (torch.full). */
export function full(shape: readonly number[], value: number, options: CreationOptions = {}): Tensor {
  const dims = checkShape(shape);
  const dtype =
    options.dtype === undefined ? (typeof value === 'boolean' ? 'bool' : 'float32') : assertDType(options.dtype);
  const storage = allocate(dtype, numel(dims));
  storage.fill(castValue(Number(value), dtype));
  return finish(storage, dims, dtype, options);
}

/** torch.zeros */
export function zeros(shape: readonly number[], options: CreationOptions = {}): Tensor {
  return full(shape, 0, options);
}

/** torch.ones */
export function ones(shape: readonly number[], options: CreationOptions = {}): Tensor {
  return full(shape, 1, options);
}

/** torch.full_like: same shape and (by default) dtype as `like`. */
export function fullLike(like: Tensor, value: number, options: CreationOptions = {}): Tensor {
  return full(like.shape, value, { dtype: like.dtype, ...options });
}

export function zerosLike(like: Tensor, options: CreationOptions = {}): Tensor {
  return fullLike(like, 0, options);
}

export function onesLike(like: Tensor, options: CreationOptions = {}): Tensor {
  return fullLike(like, 1, options);
}

/** A 0-d tensor holding `value`. */
export function scalarTensor(value: number, dtype: DType): Tensor {
  const storage = allocate(dtype, 1);
  storage[0] = castValue(value, dtype);
  return new Tensor(storage, [], dtype);
}

function checkFinite(value: unknown, argument: string, fn: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${fn}: ${argument} must be a finite number, but got ${String(value)}`);
  }
  return value;
}

/**
 * Values from `start` to `end` (exclusive) by `step` (torch.arange). All-integer arguments give int64,
 * as in PyTorch; otherwise float32.
 */
export function arange(
  start: number,
  end?: number | CreationOptions,
  step: number | CreationOptions = 1,
  options: CreationOptions = {},
): Tensor {
  // Trailing options may come early, as PyTorch keywords do: arange(5, { dtype }), arange(0, 5, { dtype }).
  if (typeof end === 'object') [options, end] = [end, undefined];
  if (typeof step === 'object') [options, step] = [step, 1];
  if (end === undefined) {
    end = start;
    start = 0;
  }
  checkFinite(start, 'start', 'arange');
  checkFinite(end, 'end', 'arange');
  checkFinite(step, 'step', 'arange');
  if (step === 0) throw new RangeError('arange: step must be nonzero');
  if ((step > 0 && end < start) || (step < 0 && end > start)) {
    throw new RangeError('arange: upper bound and larger bound inconsistent with step sign');
  }
  const allIntegers = Number.isInteger(start) && Number.isInteger(end) && Number.isInteger(step);
  const dtype = options.dtype ?? (allIntegers ? 'int64' : 'float32');
  const length = Math.ceil((end - start) / step);
  const storage = allocate(dtype, length);
  // PyTorch computes start + i * step in double (accscalar_t) and then casts.
  for (let i = 0; i < length; i++) storage[i] = castValue(start + i * step, dtype);
  return finish(storage, [length], dtype, options);
}

/**
 * `steps` evenly spaced values from `start` to `end` inclusive (torch.linspace), computed as PyTorch's CPU
 * kernel does: the first half counts up from start, the second half down from end, in the output dtype.
 */
export function linspace(start: number, end: number, steps: number, options: CreationOptions = {}): Tensor {
  checkFinite(start, 'start', 'linspace');
  checkFinite(end, 'end', 'linspace');
  if (!Number.isInteger(steps) || steps < 0)
    throw new RangeError(`linspace: number of steps must be non-negative, but got ${steps}`);
  const dtype = options.dtype === undefined ? 'float32' : assertDType(options.dtype);
  const storage = allocate(dtype, steps);
  if (steps === 1) storage[0] = castValue(start, dtype);
  else if (steps > 1) {
    const r = dtype === 'float32' ? Math.fround : (v: number): number => v;
    const s = r(start);
    const e = r(end);
    const step = dtype === 'float32' ? r((e - s) / (steps - 1)) : (e - s) / (steps - 1);
    const halfway = Math.floor(steps / 2);
    for (let i = 0; i < steps; i++) {
      const value = i < halfway ? r(s + r(step * i)) : r(e - r(step * (steps - i - 1)));
      storage[i] = castValue(value, dtype);
    }
  }
  return finish(storage, [steps], dtype, options);
}

/** The n x m identity matrix (torch.eye). */
export function eye(n: number, m: number | CreationOptions = n, options: CreationOptions = {}): Tensor {
  if (typeof m === 'object') [options, m] = [m, n];
  checkShape([n, m], 'eye size');
  const out = zeros([n, m], options);
  for (let i = 0; i < Math.min(n, m); i++) out.storage[i * m + i] = 1;
  return out;
}

function randomFill(shape: readonly number[], options: CreationOptions, draw: (dtype: DType) => number): Tensor {
  const dims = checkShape(shape);
  const dtype = options.dtype === undefined ? 'float32' : assertDType(options.dtype);
  const storage = allocate(dtype, numel(dims));
  for (let i = 0; i < storage.length; i++) storage[i] = draw(dtype);
  return finish(storage, dims, dtype, options);
}

/** Uniform values in [0, 1) from the global seeded generator (torch.rand). */
export function rand(shape: readonly number[], options: CreationOptions = {}): Tensor {
  return randomFill(shape, options, (dtype) => (dtype === 'float32' ? uniformFloat32() : uniformFloat64()));
}

/** Standard normal values from the global seeded generator (torch.randn). */
export function randn(shape: readonly number[], options: CreationOptions = {}): Tensor {
  const dims = checkShape(shape);
  const dtype = options.dtype === undefined ? 'float32' : assertDType(options.dtype);
  if (!isFloatingDType(dtype)) throw new TypeError(`randn: expected a floating point dtype, but got ${dtype}`);
  const storage = allocate(dtype, numel(dims)) as FloatStorage;
  fillStandardNormal(storage);
  return finish(storage, dims, dtype, options);
}

/** Integers uniform in [low, high) (torch.randint); int64 by default. */
export function randint(low: number, high: number, shape: readonly number[], options: CreationOptions = {}): Tensor {
  if (!Number.isInteger(low) || !Number.isInteger(high) || high <= low) {
    throw new RangeError(`randint: expected integers low < high, but got low=${low}, high=${high}`);
  }
  return randomFill(shape, { dtype: 'int64', ...options }, () => randomInteger(low, high));
}

export function randLike(like: Tensor, options: CreationOptions = {}): Tensor {
  return rand(like.shape, { dtype: like.dtype, ...options });
}

export function randnLike(like: Tensor, options: CreationOptions = {}): Tensor {
  return randn(like.shape, { dtype: like.dtype, ...options });
}
