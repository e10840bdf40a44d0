/** Matrix products: matmul with PyTorch's dispatch (dot, mv, mm, batched with broadcasting). */
import { allocate, isFloatingDType, type FloatStorage } from '../tensor/dtype.js';
import { broadcastShapes, formatShape, numel } from '../tensor/shape.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { kernels } from '../kernels/index.js';
import { noGrad } from '../autograd/mode.js';
import { add } from './elementwise.js';
import { record } from './record.js';
import { squeeze, transpose, unsqueeze } from './views.js';

const TYPE_NAMES = { float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' } as const;

function checkOperands(a: unknown, b: unknown): asserts a is Tensor {
  if (!(a instanceof Tensor) || !(b instanceof Tensor)) throw new TypeError('matmul(): both arguments must be Tensors');
  if (a.ndim === 0 || b.ndim === 0) {
    throw new RangeError(`both arguments to matmul need to be at least 1D, but they are ${a.ndim}D and ${b.ndim}D`);
  }
  if (a.dtype !== b.dtype)
    throw new TypeError(`expected scalar type ${TYPE_NAMES[a.dtype]} but found ${TYPE_NAMES[b.dtype]}`);
  if (!isFloatingDType(a.dtype)) throw new TypeError(`matmul(): expected floating point tensors, but got ${a.dtype}`);
}

/** A 1-D operand as a row (left) or column (right) matrix, without recording. */
function asMatrixRaw(
  t: Tensor,
  side: 'left' | 'right',
): { storage: Tensor['storage']; shape: number[]; strides: number[]; offset: number; dtype: Tensor['dtype'] } {
  if (t.ndim > 1)
    return { storage: t.storage, shape: [...t.shape], strides: [...t.strides], offset: t.offset, dtype: t.dtype };
  return side === 'left'
    ? { storage: t.storage, shape: [1, t.shape[0]!], strides: [0, t.strides[0]!], offset: t.offset, dtype: t.dtype }
    : { storage: t.storage, shape: [t.shape[0]!, 1], strides: [t.strides[0]!, 0], offset: t.offset, dtype: t.dtype };
}

/** Broadcasts a raw view's leading dims to `batch` (stride 0 where broadcast). */
function expandBatch(view: ReturnType<typeof asMatrixRaw>, batch: number[]) {
  const lead = batch.length + 2 - view.shape.length;
  const shape = [...batch, ...view.shape.slice(-2)];
  const strides = shape.map((s, i) => (i < lead || view.shape[i - lead] !== s ? 0 : view.strides[i - lead]!));
  return { ...view, shape, strides };
}

/** The name PyTorch 1.13's matmul gives the node it ends with, per operand dimensionality. */
function nodeName(aDim: number, bDim: number): string {
  if (aDim === 1 && bDim === 1) return 'DotBackward0';
  if (aDim === 2 && bDim === 1) return 'MvBackward0';
  if (aDim === 1 && bDim === 2) return 'SqueezeBackward3';
  if (aDim === 2 && bDim === 2) return 'MmBackward0';
  if (aDim === 2) return 'CloneBackward0';
  return 'UnsafeViewBackward0';
}

/**
 * The matrix product of two tensors, like torch.matmul: 1-D·1-D is a dot product, 2-D·1-D a
 * matrix-vector product, a 1-D operand gets a dim inserted then removed, and batch dims broadcast.
 * One kernel call computes every case; the gradient of each side is a product with the other transposed
 * (the engine sums broadcast batch dims away).
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  checkOperands(a, b);
  const left = asMatrixRaw(a, 'left');
  const right = asMatrixRaw(b, 'right');
  const [m, k] = left.shape.slice(-2) as [number, number];
  const [k2, n] = right.shape.slice(-2) as [number, number];
  if (k !== k2) {
    if (a.ndim === 1 && b.ndim === 1) {
      throw new RangeError(
        `inconsistent tensor size, expected tensor [${k}] and src [${k2}] to have the same number of elements, but got ${k} and ${k2} elements respectively`,
      );
    }
    if (a.ndim === 2 && b.ndim === 1)
      throw new RangeError(`size mismatch, got input (${m}), mat (${m}x${k}), vec (${k2})`);
    if (a.ndim <= 2 && b.ndim <= 2)
      throw new RangeError(`mat1 and mat2 shapes cannot be multiplied (${m}x${k} and ${k2}x${n})`);
    throw new RangeError(
      `Expected size for first two dimensions of batch2 tensor to be: ${formatShape([...left.shape.slice(0, -2), k])} but got: ${formatShape([...right.shape.slice(0, -2), k2])}.`,
    );
  }
  const batch = broadcastShapes(left.shape.slice(0, -2), right.shape.slice(0, -2));
  const dtype = a.dtype;
  const out = allocate(dtype, numel(batch) * m * n) as FloatStorage;
  if (out.length > 0) {
    const aData = contiguousData(expandBatch(left, batch)) as FloatStorage;
    const bData = contiguousData(expandBatch(right, batch)) as FloatStorage;
    if (k === 0) out.fill(0);
    else kernels().matmul(aData, bData, out, numel(batch), m, k, n);
  }
  const outShape = [...batch, ...(a.ndim > 1 ? [m] : []), ...(b.ndim > 1 ? [n] : [])];
  return record(new Tensor(out, outShape, dtype), nodeName(a.ndim, b.ndim), [a, b], (g, [needA, needB]) => {
    // Put the removed dims back so g is (..., m, n), then differentiate the matrix product.
    let g2 = g;
    if (a.ndim === 1) g2 = unsqueeze(g2, b.ndim > 1 ? -2 : g2.ndim);
    if (b.ndim === 1) g2 = unsqueeze(g2, g2.ndim);
    const a2 = a.ndim === 1 ? unsqueeze(a, 0) : a;
    const b2 = b.ndim === 1 ? unsqueeze(b, 1) : b;
    let gradA = needA ? matmul(g2, transpose(b2, -1, -2)) : null;
    let gradB = needB ? matmul(transpose(a2, -1, -2), g2) : null;
    if (gradA && a.ndim === 1) gradA = squeeze(gradA, -2);
    if (gradB && b.ndim === 1) gradB = squeeze(gradB, -1);
    return [gradA, gradB];
  });
}

/**
 * bias + m1·m2 for matrices m1, m2 and a bias that broadcasts to the product: torch.addmm with β = α = 1, the
 * one node (AddmmBackward0) nn.Linear records for 2-D input in PyTorch. Values are the product's plus the bias,
 * as `add(matmul(m1, m2), bias)` computes them; ∂/∂bias = g (the engine sums it to the bias's shape),
 * ∂/∂m1 = g·m2ᵀ, ∂/∂m2 = m1ᵀ·g.
 */
export function addmm(bias: Tensor, m1: Tensor, m2: Tensor): Tensor {
  if (!(bias instanceof Tensor)) throw new TypeError('addmm(): bias must be a Tensor');
  checkOperands(m1, m2);
  if (m1.ndim !== 2 || m2.ndim !== 2) {
    throw new RangeError(`addmm(): mat1 and mat2 must be 2-D, but got ${m1.ndim}-D and ${m2.ndim}-D tensors`);
  }
  const out = noGrad(() => add(matmul(m1, m2), bias));
  return record(out, 'AddmmBackward0', [bias, m1, m2], (g, [needBias, needM1, needM2]) => [
    needBias ? g : null,
    needM1 ? matmul(g, transpose(m2, 0, 1)) : null,
    needM2 ? matmul(transpose(m1, 0, 1), g) : null,
  ]);
}
