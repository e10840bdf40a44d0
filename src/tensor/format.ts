/**
 * PyTorch's tensor printing (`repr(t)` / `str(t)` of PyTorch 1.13), character for character, as a pure function.
 *
 * The semantics follow torch/_tensor_str.py with the default print options (precision 4, threshold 1000,
 * edgeitems 3, linewidth 80, sci_mode chosen automatically):
 * - one formatter per tensor, built from the elements that will be shown: floating tensors print in
 *   "integer mode" (`1.`) when every finite non-zero shown value is whole, in scientific mode (`1.0000e+10`)
 *   when max/min of their magnitudes exceeds 1000 or the max exceeds 1e8 (or, not in integer mode, the min is
 *   below 1e-4), and with 4 fixed decimals otherwise; every element is right-aligned to the widest one;
 * - past 1000 elements, each dimension longer than 6 shows its first and last 3 entries around `...`;
 * - rows wrap at 80 columns, nested dimensions are indented under their bracket and separated by
 *   `dim - 1` newlines;
 * - suffixes (`size=`, `dtype=`, then the caller's `requires_grad=True` / `grad_fn=<...>`) follow the
 *   contents, moving to a new line when the current one would pass 80 columns.
 *
 * Numbers are formatted like Python's `'{:.4f}'` / `'{:.4e}'` / `'{:.0f}'`: from the exact binary value with
 * ties rounded half to even. JS's toFixed/toExponential round exact ties away from zero instead
 * (`(0.03125).toFixed(4)` is `'0.0313'`, Python gives `'0.0312'`), so the digits here come from exact BigInt
 * arithmetic.
 */

import type { DType } from './dtype.js';

const PRECISION = 4;
const THRESHOLD = 1000;
const EDGEITEMS = 3;
const LINEWIDTH = 80;
const PREFIX = 'tensor(';

/**
 * `repr` of a PyTorch tensor holding `values` (row-major, contiguous) with `shape` and `dtype`.
 * `suffixes` are appended after the ones the printer adds itself (`size=...` for empty tensors,
 * `dtype=torch.float64` ...), in order; pass `requires_grad=True` or `grad_fn=<MulBackward0>` here.
 * float32 values are rounded to float32 first (a no-op for values read from a Float32Array);
 * bool values are 0/1.
 *
 * @example
 * formatTensor([0.2684], [], 'float32')                          // 'tensor(0.2684)'
 * formatTensor([1, 2], [2], 'float64', ['requires_grad=True'])   // 'tensor([1., 2.], dtype=torch.float64, requires_grad=True)'
 */
export function formatTensor(
  values: ArrayLike<number>,
  shape: readonly number[],
  dtype: DType,
  suffixes: string[] = [],
): string {
  const size = checkArguments(values, shape, dtype, suffixes);
  const allSuffixes: string[] = [];
  let body: string;
  if (size === 0) {
    // NumPy-style: the shape is printed unless it is (0,); the dtype, since no element shows it, unless default.
    if (shape.length !== 1) allSuffixes.push(`size=${pythonTuple(shape)}`);
    if (dtype !== 'float32') allSuffixes.push(`dtype=torch.${dtype}`);
    body = '[]';
  } else {
    // int64 and bool count as default dtypes: their elements already show the type.
    if (dtype === 'float64') allSuffixes.push('dtype=torch.float64');
    body = formatContents(values, shape, dtype, PREFIX.length);
  }
  allSuffixes.push(...suffixes);
  return addSuffixes(PREFIX + body, allSuffixes, PREFIX.length);
}

function checkArguments(values: ArrayLike<number>, shape: readonly number[], dtype: DType, suffixes: string[]): number {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new TypeError(`formatTensor: values must be an array or typed array of numbers, but got ${String(values)}`);
  }
  if (!Array.isArray(shape)) {
    throw new TypeError(`formatTensor: shape must be an array of non-negative integers, but got ${String(shape)}`);
  }
  let size = 1;
  for (const dim of shape) {
    if (typeof dim !== 'number' || !Number.isInteger(dim) || dim < 0) {
      throw new RangeError(
        `formatTensor: shape must contain non-negative integers, but got [${shape.join(', ')}] (bad size ${String(dim)})`,
      );
    }
    size *= dim;
  }
  if (values.length !== size) {
    throw new RangeError(
      `formatTensor: values has ${values.length} elements but shape [${shape.join(', ')}] needs ${size}`,
    );
  }
  if (dtype !== 'float32' && dtype !== 'float64' && dtype !== 'int64' && dtype !== 'bool') {
    throw new TypeError(
      `formatTensor: dtype must be one of 'float32', 'float64', 'int64', 'bool', but got ${String(dtype)}`,
    );
  }
  if (!Array.isArray(suffixes) || suffixes.some((s) => typeof s !== 'string')) {
    throw new TypeError(`formatTensor: suffixes must be an array of strings, but got ${String(suffixes)}`);
  }
  if (dtype === 'int64') {
    for (let i = 0; i < size; i++) {
      if (!Number.isInteger(values[i])) {
        throw new RangeError(`formatTensor: int64 values must be integers, but values[${i}] is ${values[i]}`);
      }
    }
  }
  return size;
}

/** Python's `str(tuple(shape))`: `(2, 0)`, `(0,)`. */
function pythonTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** _add_suffixes: each suffix goes on the current line unless that would pass the line width. */
function addSuffixes(text: string, suffixes: string[], indent: number): string {
  // PyTorch measures the last line as `len - rfind('\n') + 1` (two more than its length on a single line);
  // reproduced as is, since it decides where the suffixes wrap.
  let lastLineLength = text.length - text.lastIndexOf('\n') + 1;
  let out = text;
  for (const suffix of suffixes) {
    if (lastLineLength + suffix.length + 2 > LINEWIDTH) {
      out += ',\n' + ' '.repeat(indent) + suffix;
      lastLineLength = indent + suffix.length;
    } else {
      out += ', ' + suffix;
      lastLineLength += suffix.length + 2;
    }
  }
  return out + ')';
}

/** The indices shown along a dimension of `size`: all, or the first and last EDGEITEMS around a gap (-1). */
function shownIndices(size: number, summarize: boolean): number[] {
  const indices: number[] = [];
  if (summarize && size > 2 * EDGEITEMS) {
    for (let i = 0; i < EDGEITEMS; i++) indices.push(i);
    indices.push(-1);
    for (let i = size - EDGEITEMS; i < size; i++) indices.push(i);
  } else {
    for (let i = 0; i < size; i++) indices.push(i);
  }
  return indices;
}

function formatContents(values: ArrayLike<number>, shape: readonly number[], dtype: DType, indent: number): string {
  const read = dtype === 'float32' ? (i: number) => Math.fround(values[i]!) : (i: number) => values[i]!;
  const summarize = shape.reduce((a, b) => a * b, 1) > THRESHOLD;
  const strides = new Array<number>(shape.length);
  for (let d = shape.length - 1, stride = 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= shape[d]!;
  }

  // The formatter sees exactly the elements that will be printed (get_summarized_data).
  const shown: number[] = [];
  const collect = (dim: number, offset: number): void => {
    if (dim === shape.length) {
      shown.push(read(offset));
      return;
    }
    for (const i of shownIndices(shape[dim]!, summarize)) if (i >= 0) collect(dim + 1, offset + i * strides[dim]!);
  };
  collect(0, 0);
  const formatter = makeFormatter(shown, dtype);

  const render = (dim: number, offset: number, indent: number): string => {
    if (dim === shape.length) return formatter.format(read(offset));
    const indices = shownIndices(shape[dim]!, summarize);
    if (dim === shape.length - 1) {
      const items = indices.map((i) => (i < 0 ? ' ...' : formatter.format(read(offset + i * strides[dim]!))));
      const perLine = Math.max(1, Math.floor((LINEWIDTH - indent) / (formatter.width + 2)));
      const lines: string[] = [];
      for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(', '));
      return '[' + lines.join(',\n' + ' '.repeat(indent + 1)) + ']';
    }
    const slices = indices.map((i) => (i < 0 ? '...' : render(dim + 1, offset + i * strides[dim]!, indent + 1)));
    const rank = shape.length - dim;
    return '[' + slices.join(',' + '\n'.repeat(rank - 1) + ' '.repeat(indent + 1)) + ']';
  };
  return render(0, 0, indent);
}

interface Formatter {
  /** Width every element is right-aligned to. */
  width: number;
  format(value: number): string;
}

/** _Formatter: chooses integer / fixed / scientific mode and the column width from the shown values. */
function makeFormatter(shown: readonly number[], dtype: DType): Formatter {
  if (dtype === 'int64' || dtype === 'bool') {
    const str = dtype === 'bool' ? (v: number) => (v !== 0 ? 'True' : 'False') : formatInteger;
    let width = 1;
    for (const v of shown) width = Math.max(width, str(v).length);
    return { width, format: (v) => str(v).padStart(width) };
  }

  let intMode = true;
  let sciMode = false;
  let width = 1;
  let min = Infinity;
  let max = 0;
  const finite: number[] = [];
  for (const v of shown) {
    if (!Number.isFinite(v) || v === 0) continue;
    finite.push(v);
    const a = Math.abs(v);
    if (a < min) min = a;
    if (a > max) max = a;
    if (!Number.isInteger(v)) intMode = false;
  }
  if (finite.length > 0) {
    // The ratio and bounds are compared in float64, as PyTorch converts the magnitudes to double first.
    const wide = max / min > 1000 || max > 1e8;
    if (intMode) {
      sciMode = wide;
    } else {
      sciMode = wide || min < 1e-4;
    }
    for (const v of finite) {
      const len = sciMode
        ? formatExponential(v, PRECISION).length
        : intMode
          ? formatFixed(v, 0).length + 1
          : formatFixed(v, PRECISION).length;
      width = Math.max(width, len);
    }
  }
  // Non-finite values never widen the column (PyTorch leaves them out of the width), and a value
  // longer than the width is printed unpadded.
  const format = (v: number): string => {
    let text: string;
    if (!Number.isFinite(v)) text = Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
    else if (sciMode) text = formatExponential(v, PRECISION);
    else if (intMode) text = formatFixed(v, 0) + '.';
    else text = formatFixed(v, PRECISION);
    return text.padStart(width);
  };
  return { width, format };
}

/** Python's `str(int)`; a JS -0 prints as `0`. */
function formatInteger(v: number): string {
  if (v === 0) return '0';
  return Number.isSafeInteger(v) ? String(v) : BigInt(v).toString();
}

const TEN = 10n;

/** |x| = mantissa * 2^exponent exactly, for finite non-zero x. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074; // subnormal
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return { mantissa, exponent };
}

/** round(num / den), ties to even, for non-negative num and positive den. */
function divideHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twiceRemainder = 2n * (num - q * den);
  if (twiceRemainder > den || (twiceRemainder === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** |x| * 10^power as an exact fraction. */
function scaledFraction(x: number, power: number): { num: bigint; den: bigint } {
  const { mantissa, exponent } = decompose(x);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (power >= 0) num *= TEN ** BigInt(power);
  else den *= TEN ** BigInt(-power);
  return { num, den };
}

function signOf(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** Python's `'{:.Nf}'.format(x)` for finite x: exact value, ties to even, sign kept on (negative) zero. */
function formatFixed(x: number, digits: number): string {
  const sign = signOf(x);
  let n = 0n;
  if (x !== 0) {
    const { num, den } = scaledFraction(x, digits);
    n = divideHalfEven(num, den);
  }
  const text = n.toString().padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return sign + text.slice(0, text.length - digits) + '.' + text.slice(text.length - digits);
}

/** Python's `'{:.Ne}'.format(x)` for finite x: `d.dddde±XX`, exact value, ties to even. */
function formatExponential(x: number, digits: number): string {
  const sign = signOf(x);
  let n = 0n;
  let exponent = 0;
  if (x !== 0) {
    // Start from the float estimate of the decimal exponent and correct it exactly.
    exponent = Math.floor(Math.log10(Math.abs(x)));
    const low = TEN ** BigInt(digits);
    const high = low * TEN;
    for (;;) {
      const { num, den } = scaledFraction(x, digits - exponent);
      if (num < low * den) exponent--;
      else if (num >= high * den) exponent++;
      else {
        n = divideHalfEven(num, den);
        break;
      }
    }
    if (n === high) {
      n = low;
      exponent++;
    }
  }
  const text = n.toString().padStart(digits + 1, '0');
  const mantissa = digits === 0 ? text : text[0] + '.' + text.slice(1);
  const exponentText = String(Math.abs(exponent)).padStart(2, '0');
  return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${exponentText}`;
}
