/** Shapes, strides, broadcasting and dim normalisation, with PyTorch's error messages. */

export type Shape = readonly number[];

export function numel(shape: Shape): number {
  let n = 1;
  for (const size of shape) n *= size;
  return n;
}

export function contiguousStrides(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= Math.max(shape[d]!, 1);
  }
  return strides;
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

/** Checks a user-given shape: whole, non-negative sizes. */
export function checkShape(shape: unknown, argument = 'shape'): number[] {
  if (!Array.isArray(shape)) {
    throw new TypeError(`${argument} must be an array of non-negative integers, but got ${String(shape)}`);
  }
  for (const size of shape) {
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
      throw new RangeError(
        `${argument} must contain non-negative integers, but got ${formatShape(shape as number[])} (bad size ${String(size)})`,
      );
    }
  }
  return shape as number[];
}

/** The broadcast shape of several shapes (NumPy rules), or PyTorch's error. */
export function broadcastShapes(...shapes: Shape[]): number[] {
  const ndim = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(ndim).fill(1);
  for (const shape of shapes) {
    for (let i = 0; i < shape.length; i++) {
      const d = ndim - shape.length + i;
      const size = shape[i]!;
      if (size === out[d]) continue;
      if (out[d] === 1) out[d] = size;
      else if (size !== 1) {
        // PyTorch names the first disagreeing pair as tensors a and b.
        throw new RangeError(
          `The size of tensor a (${out[d]}) must match the size of tensor b (${size}) at non-singleton dimension ${d}`,
        );
      }
    }
  }
  return out;
}

/** Wraps a possibly negative dim into [0, ndim), or throws PyTorch's IndexError message. */
export function normalizeDim(dim: number, ndim: number, argument = 'dim'): number {
  if (typeof dim !== 'number' || !Number.isInteger(dim)) {
    throw new TypeError(`${argument} must be an integer, but got ${String(dim)}`);
  }
  // PyTorch treats a 0-d tensor as having one dim for wrapping purposes.
  const bound = Math.max(ndim, 1);
  if (dim < -bound || dim >= bound) {
    throw new RangeError(
      `Dimension out of range (expected to be in range of [${-bound}, ${bound - 1}], but got ${dim})`,
    );
  }
  return dim < 0 ? dim + bound : dim;
}

/** Normalises `dim` (a number, an array, or undefined = every dim) into sorted unique dims. */
export function normalizeDims(dim: number | readonly number[] | undefined | null, ndim: number): number[] {
  if (dim === undefined || dim === null) return Array.from({ length: ndim }, (_, i) => i);
  const dims = (typeof dim === 'number' ? [dim] : dim).map((d) => normalizeDim(d, ndim));
  const unique = [...new Set(dims)];
  if (unique.length !== dims.length)
    throw new RangeError(`dim ${String(dim)} appears multiple times in the list of dims`);
  if (ndim === 0) return [];
  return unique.sort((a, b) => a - b);
}

/** Resolves a single -1 in a reshape target against the element count. */
export function inferShape(shape: Shape, count: number): number[] {
  let inferred = -1;
  let known = 1;
  for (let i = 0; i < shape.length; i++) {
    const size = shape[i]!;
    if (size === -1) {
      if (inferred >= 0) throw new RangeError('only one dimension can be inferred');
      inferred = i;
    } else if (!Number.isInteger(size) || size < 0) {
      throw new RangeError(`invalid shape dimension ${size}`);
    } else known *= size;
  }
  const out = [...shape];
  if (inferred >= 0) {
    if (known === 0 || count % known !== 0) {
      throw new RangeError(`shape '${formatShape(shape)}' is invalid for input of size ${count}`);
    }
    out[inferred] = count / known;
  } else if (known !== count) {
    throw new RangeError(`shape '${formatShape(shape)}' is invalid for input of size ${count}`);
  }
  return out;
}
