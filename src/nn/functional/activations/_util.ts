/**
 * Argument checks shared by the activation specs. Messages name the function, the argument, what it got and
 * what was expected; where PyTorch has words for the failure they are quoted, so a PyTorch user recognises it.
 */
import { Tensor } from '../../../tensor/tensor.js';
import { isFloatingDType, type DType } from '../../../tensor/dtype.js';

const TORCH_DTYPE: Record<DType, string> = { float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' };

/** Throws unless `input` is a Tensor. */
export function checkTensor(input: unknown, fn: string, argument = 'input'): asserts input is Tensor {
  if (!(input instanceof Tensor)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new TypeError(`${fn}(): argument '${argument}' must be a Tensor, but got ${got}`);
  }
}

/**
 * Throws for integer and bool inputs where PyTorch's kernel has no integer version
 * (`"elu_cpu" not implemented for 'Long'`).
 */
export function checkFloating(input: unknown, fn: string, kernel: string): asserts input is Tensor {
  checkTensor(input, fn);
  if (!isFloatingDType(input.dtype)) {
    throw new TypeError(
      `${fn}(): argument 'input' must be a floating point tensor, but got dtype ${input.dtype} ` +
        `(PyTorch: "${kernel}" not implemented for '${TORCH_DTYPE[input.dtype]}')`,
    );
  }
}

/** Throws for bool inputs (PyTorch: "Boolean inputs not supported for relu"). */
export function checkNotBool(input: unknown, fn: string): asserts input is Tensor {
  checkTensor(input, fn);
  if (input.dtype === 'bool') {
    throw new TypeError(
      `${fn}(): argument 'input' must be a numeric tensor, but got dtype bool (PyTorch: Boolean inputs not supported for ${fn})`,
    );
  }
}

/** Throws unless `options` is undefined or a plain object. */
export function checkOptionsObject(options: unknown, fn: string): void {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new TypeError(
      `${fn}(): options must be an object like { ... }, but got ${options === null ? 'null' : typeof options}`,
    );
  }
}

/** A finite-or-infinite, non-nan number option, with its default. */
export function numberOption(value: unknown, name: string, fn: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${fn}(): option '${name}' must be a number, but got ${describe(value)}`);
  }
  return value;
}

/** A boolean option, with its default. */
export function booleanOption(value: unknown, name: string, fn: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new TypeError(`${fn}(): option '${name}' must be a boolean, but got ${describe(value)}`);
  return value;
}

/** An integer dim (not yet wrapped against a shape). */
export function dimOption(value: unknown, name: string, fn: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TypeError(`${fn}(): argument '${name}' must be an integer, but got ${describe(value)}`);
  }
  return value;
}

/**
 * `inplace: false` (PyTorch's default) is accepted; `inplace: true` is refused. tensorgrad's activations never
 * overwrite their input: an in-place write would silently invalidate tensors saved for backward, and there is no
 * version counter to detect it. Use the returned tensor instead.
 */
export function checkInplace(value: unknown, fn: string): void {
  const inplace = booleanOption(value, 'inplace', fn, false);
  if (inplace) {
    throw new RangeError(
      `${fn}(): inplace: true is not supported; tensorgrad activations never modify their input. ` +
        'Omit the option (or pass inplace: false) and use the returned tensor.',
    );
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value);
  if (value instanceof Tensor) return `a Tensor of dtype ${value.dtype}`;
  return typeof value;
}
