/**
 * Argument checks shared by every activation and loss. Each takes the value, the argument's name and the
 * function's name, and throws a TypeError/RangeError naming the function, the argument, what it got and what
 * was expected; where PyTorch has words for the failure they are quoted, so a PyTorch user recognises it.
 */
import { Tensor } from '../tensor/tensor.js';
import { isFloatingDType, type DType } from '../tensor/dtype.js';

const TORCH_DTYPE: Record<DType, string> = { float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' };

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value);
  if (value instanceof Tensor) return `a Tensor of dtype ${value.dtype}`;
  return typeof value;
}

/** Throws unless `value` is a Tensor. */
export function checkTensor(value: unknown, argument: string, fn: string): asserts value is Tensor {
  if (!(value instanceof Tensor)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new TypeError(`${fn}(): argument '${argument}' must be a Tensor, but got ${got}`);
  }
}

/**
 * Refuses arguments after the input of a function that takes no options (F.sigmoid, F.tanh, ...): JavaScript
 * would drop them silently, so `F.sigmoid(x, { inplace: true })` would look accepted (Python raises a TypeError
 * too). An empty options object is fine: generic callers pass one to every activation.
 */
export function checkNoMoreArguments(extra: readonly unknown[], fn: string): void {
  const [first] = extra;
  const empty =
    extra.length === 0 ||
    (extra.length === 1 &&
      (first === undefined ||
        (typeof first === 'object' && first !== null && !Array.isArray(first) && Object.keys(first).length === 0)));
  if (!empty) {
    const got =
      extra.length === 1 && typeof first === 'object' && first !== null && !Array.isArray(first)
        ? `options { ${Object.keys(first).join(', ')} }`
        : `${1 + extra.length} arguments`;
    throw new TypeError(`${fn}() takes 1 argument (input) and no options, but got ${got}`);
  }
}

/**
 * Throws unless `value` is a floating-point Tensor. `kernel` names PyTorch's kernel for the message PyTorch
 * gives integer inputs (`"elu_cpu" not implemented for 'Long'`).
 */
export function checkFloat(value: unknown, argument: string, fn: string, kernel?: string): asserts value is Tensor {
  checkTensor(value, argument, fn);
  if (!isFloatingDType(value.dtype)) {
    const torch =
      kernel === undefined ? '' : ` (PyTorch: "${kernel}" not implemented for '${TORCH_DTYPE[value.dtype]}')`;
    throw new TypeError(
      `${fn}(): argument '${argument}' must be a floating point tensor, but got dtype ${value.dtype}${torch}`,
    );
  }
}

/** Throws for bool inputs (PyTorch: "Boolean inputs not supported for relu"). */
export function checkNotBool(value: unknown, argument: string, fn: string): asserts value is Tensor {
  checkTensor(value, argument, fn);
  if (value.dtype === 'bool') {
    throw new TypeError(
      `${fn}(): argument '${argument}' must be a numeric tensor, but got dtype bool (PyTorch: Boolean inputs not supported for ${fn})`,
    );
  }
}

/** Throws unless `value` is an int64 tensor of class indices (PyTorch's "expected scalar type Long"). */
export function checkIndices(value: unknown, argument: string, fn: string): asserts value is Tensor {
  checkTensor(value, argument, fn);
  if (value.dtype !== 'int64') {
    throw new TypeError(
      `${fn}(): expected scalar type Long but found ${TORCH_DTYPE[value.dtype]} for '${argument}' (class indices must be an int64 tensor)`,
    );
  }
}

/** Optional tensor option (weight, posWeight): undefined and null mean none. */
export function optionalTensor(value: unknown, argument: string, fn: string): Tensor | null {
  if (value === undefined || value === null) return null;
  checkFloat(value, argument, fn);
  return value;
}

/**
 * The runtime list of an options interface's keys. The argument must name every key of `Options` and no other
 * (the compiler checks both ways), so the list cannot drift from the interface it mirrors:
 *
 *   const OPTIONS = optionKeys<MseLossOptions>({ reduction: true });
 */
export function optionKeys<Options extends object>(keys: { readonly [K in keyof Options]-?: true }): readonly string[] {
  return Object.freeze(Object.keys(keys));
}

/** checkOptions with the argument order the activations and losses use. */
export function checkOptionsObject(options: unknown, fn: string, keys: readonly string[]): void {
  checkOptions(options, keys, fn);
}

/** A number option (±inf allowed, nan refused), with its default. */
export function checkNumber(value: unknown, argument: string, fn: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${fn}(): option '${argument}' must be a number, but got ${describe(value)}`);
  }
  return value;
}

/** A boolean option, with its default. */
export function checkBoolean(value: unknown, argument: string, fn: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw new TypeError(`${fn}(): option '${argument}' must be a boolean, but got ${describe(value)}`);
  }
  return value;
}

/** An integer dim (not yet wrapped against a shape). */
export function checkDim(value: unknown, argument: string, fn: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TypeError(`${fn}(): argument '${argument}' must be an integer, but got ${describe(value)}`);
  }
  return value;
}

/**
 * `inplace: false` (PyTorch's default) is accepted; `inplace: true` is refused. tensorgrad's activations never
 * overwrite their input: an in-place write would silently invalidate tensors saved for backward, and there is no
 * version counter to detect it. Use the returned tensor instead.
 */
export function checkInplace(value: unknown, fn: string): void {
  if (checkBoolean(value, 'inplace', fn, false)) {
    throw new RangeError(
      `${fn}(): inplace: true is not supported; tensorgrad activations never modify their input. ` +
        'Omit the option (or pass inplace: false) and use the returned tensor.',
    );
  }
}

/** The options of an activation whose only option is PyTorch's `inplace` (only `false` is supported). */
export interface InplaceOptions {
  inplace?: boolean;
}

export const INPLACE_OPTIONS = optionKeys<InplaceOptions>({ inplace: true });

/** The option check of an activation whose only option is `inplace`. */
export function inplaceOnly(fn: string): (options: InplaceOptions) => void {
  return (options) => {
    checkOptionsObject(options, fn, INPLACE_OPTIONS);
    checkInplace(options.inplace, fn);
  };
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** PyTorch's `torch.Size([2, 3])` spelling, for messages copied from Python code. */
export function torchSize(shape: readonly number[]): string {
  return `torch.Size([${shape.join(', ')}])`;
}

/** Lower case without underscores: the spelling-independent form of an option name. */
const folded = (key: string): string => key.replace(/_/g, '').toLowerCase();

/** True when a and b differ by at most one inserted, deleted or substituted character. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // After the first difference the rest must match with one character skipped in a, in b, or in both.
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * The valid key an unknown one was probably meant as: PyTorch's snake_case spelling or another casing of it
 * (ignore_index, IgnoreIndex -> ignoreIndex; keep_dim -> keepdim), else a one-letter slip (dims -> dim).
 */
function suggestion(key: string, keys: readonly string[]): string | undefined {
  const k = folded(key);
  return (
    keys.find((valid) => folded(valid) === k) ?? keys.find((valid) => k.length > 2 && oneEditApart(k, folded(valid)))
  );
}

/**
 * Throws a TypeError unless `options` is undefined or a plain object (not an array or a Tensor) whose keys are
 * all in `allowed`. A misspelt option — PyTorch's `{ ignore_index: 1 }` for `ignoreIndex`, or PyTorch's
 * positional keepdim `x.sum(1, true)` — would otherwise be ignored and the default used: a silently wrong
 * number. The message names the key, the function and the valid keys, with a "did you mean" when it can.
 */
export function checkOptions(options: unknown, allowed: readonly string[], fn: string): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options) || options instanceof Tensor) {
    throw new TypeError(
      `${fn}(): expected an options object like { ${allowed.map((k) => `${k}?`).join(', ')} } as the last argument, but got ${Array.isArray(options) ? 'an array' : options instanceof Tensor ? 'a Tensor' : describe(options)}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const guess = suggestion(key, allowed);
    throw new TypeError(
      `${fn}(): unknown option '${key}'` +
        (guess === undefined ? '' : ` (did you mean '${guess}'?)`) +
        `; valid options: ${allowed.length ? allowed.join(', ') : 'none'}`,
    );
  }
}
