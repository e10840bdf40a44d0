/**
 * softmax and logSoftmax along a dim, in the stable form: the row max is subtracted before exp, so no
 * logit overflows; each row is computed in float64 and rounded once. Their gradients use the saved output
 * (PyTorch's _softmax_backward_data).
 */
import { isFloatingDType, assertDType, type DType } from '../tensor/dtype.js';
import { normalizeDim } from '../tensor/shape.js';
import { Tensor } from '../tensor/tensor.js';
import { record } from './record.js';
import { exp, mul, sub } from './elementwise.js';
import { mapAlongDim, sum } from './reduce.js';
import { to } from './convert.js';

function prepare(x: Tensor, dim: number, fn: string, dtype?: DType): [Tensor, number] {
  if (!(x instanceof Tensor)) throw new TypeError(`${fn}(): argument 'input' must be a Tensor`);
  if (typeof dim !== 'number')
    throw new TypeError(`${fn}(): argument 'dim' must be an integer, but got ${String(dim)}`);
  const d = x.ndim === 0 ? (normalizeDim(dim, 0), 0) : normalizeDim(dim, x.ndim);
  const input = dtype === undefined ? x : to(x, assertDType(dtype));
  if (!isFloatingDType(input.dtype))
    throw new TypeError(`${fn}(): expected a floating point tensor, but got dtype ${input.dtype}`);
  return [input, d];
}

/** softmax(x)ᵢ = e^{xᵢ - max x} / Σⱼ e^{xⱼ - max x} along `dim` */
export function softmax(x: Tensor, dim: number, options: { dtype?: DType } = {}): Tensor {
  const [input, d] = prepare(x, dim, 'softmax', options.dtype);
  const out = mapAlongDim(input, d, 'softmax', input.dtype);
  // dx = y ⊙ (g - Σ g ⊙ y)
  return record(out, 'SoftmaxBackward0', [input], (g) => [mul(out, sub(g, sum(mul(g, out), d, { keepdim: true })))]);
}

/** logSoftmax(x)ᵢ = xᵢ - log Σⱼ e^{xⱼ} along `dim`, via a max-shifted log-sum-exp */
export function logSoftmax(x: Tensor, dim: number, options: { dtype?: DType } = {}): Tensor {
  const [input, d] = prepare(x, dim, 'log_softmax', options.dtype);
  const out = mapAlongDim(input, d, 'logSoftmax', input.dtype);
  // dx = g - e^{y} Σ g
  return record(out, 'LogSoftmaxBackward0', [input], (g) => [sub(g, mul(exp(out), sum(g, d, { keepdim: true })))]);
}
