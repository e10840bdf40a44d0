/** Matrix products: matmul with PyTorch's dispatch (dot, mv, mm, batched with broadcasting). */
import { allocate, isFloatingDType, promoteTypes, type FloatStorage } from '../tensor/dtype.js';
import { broadcastShapes, formatShape, numel } from '../tensor/shape.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { kernels } from '../kernels/index.js';
import { record } from './record.js';
import { mul } from './elementwise.js';
import { squeeze, transpose, unsqueeze } from './views.js';

function checkOperands(a: unknown, b: unknown): asserts a is Tensor {
  if (!(a instanceof Tensor) || !(b instanceof Tensor)) throw new TypeError('matmul(): both arguments must be Tensors');
  if (a.ndim === 0 || b.ndim === 0) {
    throw new RangeError(`both arguments to matmul need to be at least 1D, but they are ${a.ndim}D and ${b.ndim}D`);
  }
  if (!isFloatingDType(a.dtype) || !isFloatingDType(b.dtype)) {
    throw new TypeError(`matmul(): expected floating point tensors, but got ${a.dtype} and ${b.dtype}`);
  }
  if (a.dtype !== b.dtype) throw new TypeError(`expected scalar type ${a.dtype === 'float32' ? 'Float' : 'Double'} but found ${b.dtype === 'float32' ? 'Float' : 'Double'}`);
}

/**
 * (..., m, k) @ (..., k, n) with broadcast batch dims, computed in one kernel call. The gradient of each
 * side is a batched product with the other transposed; the engine sums broadcast batch dims away.
 */
function batched(a: Tensor, b: Tensor, name: string): Tensor {
  const m = a.shape[a.ndim - 2]!;
  const k = a.shape[a.ndim - 1]!;
  const n = b.shape[b.ndim - 1]!;
  if (b.shape[b.ndim - 2] !== k) {
    throw new RangeError(`mat1 and mat2 shapes cannot be multiplied (${a.shape.slice(0, -1).reduce((p, s) => p * s, 1)}x${k} and ${b.shape[b.ndim - 2]}x${n})`);
  }
  const batchShape = broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const dtype = promoteTypes(a.dtype, b.dtype);
  const aData = contiguousData(expandRaw(a, [...batchShape, m, k]), dtype) as FloatStorage;
  const bData = contiguousData(expandRaw(b, [...batchShape, k, n]), dtype) as FloatStorage;
  const outShape = [...batchShape, m, n];
  const out = allocate(dtype, numel(outShape)) as FloatStorage;
  if (out.length > 0) {
    if (k === 0) out.fill(0);
    else kernels().matmul(aData, bData, out, numel(batchShape), m, k, n);
  }
  return record(new Tensor(out, outShape, dtype), name, [a, b], (g, [needA, needB]) => [
    needA ? batched(g, transpose(b, -1, -2), 'MmBackward0') : null,
    needB ? batched(transpose(a, -1, -2), g, 'MmBackward0') : null,
  ]);
}

/** A broadcast view without recording (the product's gradient is un-broadcast by the engine). */
function expandRaw(t: Tensor, shape: number[]) {
  const lead = shape.length - t.ndim;
  const strides = shape.map((s, i) => (i < lead || t.shape[i - lead] !== s ? 0 : t.strides[i - lead]!));
  return { storage: t.storage, shape, strides, offset: t.offset, dtype: t.dtype };
}

/**
 * The matrix product of two tensors, dispatching like torch.matmul: 1-D·1-D is a dot product, 2-D·1-D a
 * matrix-vector product, 1-D operands get a dim inserted and removed, and batch dims broadcast.
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  checkOperands(a, b);
  if (a.ndim === 1 && b.ndim === 1) {
    if (a.shape[0] !== b.shape[0]) {
      throw new RangeError(`inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`);
    }
    const out = batched(unsqueezeRaw(a, 0), unsqueezeRaw(b, 1), 'DotBackward0');
    return reshapeResult(out, [], 'DotBackward0', [a, b], (g) => [mul(g, b), mul(g, a)]);
  }
  if (a.ndim === 2 && b.ndim === 1) {
    if (a.shape[1] !== b.shape[0]) throw new RangeError(`size mismatch, got input (${a.shape[0]}), mat (${a.shape[0]}x${a.shape[1]}), vec (${b.shape[0]})`);
    const out = batched(a.detach(), unsqueezeRaw(b, 1), 'MvBackward0');
    return reshapeResult(out, [a.shape[0]!], 'MvBackward0', [a, b], (g, [needA, needB]) => [
      needA ? matmul(unsqueeze(g, 1), unsqueeze(b, 0)) : null,
      needB ? matmul(t2(a), g) : null,
    ]);
  }
  if (a.ndim === 1 && b.ndim === 2) return squeeze(matmul(unsqueeze(a, 0), b), 0);
  if (a.ndim === 2 && b.ndim === 2) {
    if (a.shape[1] !== b.shape[0]) {
      throw new RangeError(`mat1 and mat2 shapes cannot be multiplied (${a.shape[0]}x${a.shape[1]} and ${b.shape[0]}x${b.shape[1]})`);
    }
    return batched(a, b, 'MmBackward0');
  }
  // Batched: 1-D operands become matrices, then the inserted dim is dropped again.
  const a2 = a.ndim === 1 ? unsqueeze(a, 0) : a;
  const b2 = b.ndim === 1 ? unsqueeze(b, 1) : b;
  if (a2.shape[a2.ndim - 1] !== b2.shape[b2.ndim - 2]) {
    throw new RangeError(`Expected size for first two dimensions of batch2 tensor to be: ${formatShape([...a2.shape.slice(0, -2), a2.shape[a2.ndim - 1]!])} but got: ${formatShape([...b2.shape.slice(0, -2), b2.shape[b2.ndim - 2]!])}.`);
  }
  let out = batched(a2, b2, 'UnsafeViewBackward0');
  if (a.ndim === 1) out = squeeze(out, -2);
  if (b.ndim === 1) out = squeeze(out, -1);
  return out;
}

function t2(a: Tensor): Tensor {
  return transpose(a, 0, 1);
}

function unsqueezeRaw(t: Tensor, dim: number): Tensor {
  const shape = [...t.shape];
  const strides = [...t.strides];
  shape.splice(dim, 0, 1);
  strides.splice(dim, 0, 1);
  return new Tensor(t.storage, shape, t.dtype, strides, t.offset);
}

function reshapeResult(
  out: Tensor,
  shape: number[],
  name: string,
  inputs: Tensor[],
  backward: (g: Tensor, needs: readonly boolean[]) => (Tensor | null)[],
): Tensor {
  return record(new Tensor(out.storage, shape, out.dtype), name, inputs, backward);
}


