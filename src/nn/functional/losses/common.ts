/**
 * Small pieces shared by the loss files: argument checks with PyTorch's messages, a few elementwise
 * primitives the core does not have (xlogy, entr, logSigmoid), PyTorch's "clamp under no_grad" trick, and
 * `named`, which gives a composed loss the grad_fn name PyTorch's fused kernel has.
 */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate, isFloatingDType, type DType, type FloatStorage } from '../../../tensor/dtype.js';
import { contiguousData } from '../../../tensor/storage.js';
import { formatShape } from '../../../tensor/shape.js';
import { record } from '../../../ops/record.js';
import { add, div, eq, exp, log, logicalAnd, le, mul, neg, sigmoid, where } from '../../../ops/index.js';

/** Throws unless `value` is a Tensor. */
export function checkTensor(value: unknown, argument: string, fn: string): asserts value is Tensor {
  if (!(value instanceof Tensor)) {
    throw new TypeError(`${fn}(): argument '${argument}' must be a Tensor, but got ${value === null ? 'null' : typeof value}`);
  }
}

/** Throws unless `value` is a floating-point Tensor. */
export function checkFloat(value: unknown, argument: string, fn: string): asserts value is Tensor {
  checkTensor(value, argument, fn);
  if (!isFloatingDType(value.dtype)) {
    throw new TypeError(`${fn}(): expected a floating point tensor for '${argument}', but got dtype ${value.dtype}`);
  }
}

/** Throws unless `value` is an int64 tensor of class indices (PyTorch's "expected scalar type Long"). */
export function checkIndices(value: unknown, argument: string, fn: string): asserts value is Tensor {
  checkTensor(value, argument, fn);
  if (value.dtype !== 'int64') {
    const found = value.dtype === 'float32' ? 'Float' : value.dtype === 'float64' ? 'Double' : 'Bool';
    throw new TypeError(`${fn}(): expected scalar type Long but found ${found} for '${argument}' (class indices must be an int64 tensor)`);
  }
}

/** Throws unless `value` is undefined or a finite number. */
export function checkNumber(value: unknown, argument: string, fn: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${fn}(): option '${argument}' must be a number, but got ${String(value)}`);
  }
  return value;
}

export function checkBoolean(value: unknown, argument: string, fn: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${fn}(): option '${argument}' must be a boolean, but got ${String(value)}`);
  return value;
}

/** Optional tensor option (weight, posWeight): undefined and null mean none. */
export function optionalTensor(value: unknown, argument: string, fn: string): Tensor | null {
  if (value === undefined || value === null) return null;
  checkFloat(value, argument, fn);
  return value;
}

/** PyTorch's `torch.Size([2, 3])` spelling, for messages copied from Python code. */
export function torchSize(shape: readonly number[]): string {
  return `torch.Size([${shape.join(', ')}])`;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export { formatShape };

/**
 * `out` under the grad_fn name PyTorch gives it. PyTorch computes several losses in one fused kernel
 * (MseLossBackward0, HuberLossBackward0, ...) where tensorgrad composes differentiable ops; this adds one
 * identity node with PyTorch's name on top, so `String(loss)` and `loss.gradFn.name` read the same. The
 * gradient passes through unchanged (and stays differentiable for createGraph).
 */
export function named(out: Tensor, name: string): Tensor {
  if (!out.requiresGrad || out.gradFn?.name === name) return out;
  return record(out.detach(), name, [out], (g) => [g]);
}

/**
 * max(x, min) in value, identity in gradient: PyTorch's `with torch.no_grad(): x.clamp_(min=...)` on a
 * tensor that stays in the graph (gaussian_nll_loss's var, cosine_similarity's squared norms).
 */
export function clampMinNoGrad(x: Tensor, min: number): Tensor {
  const data = contiguousData(x) as FloatStorage;
  const out = allocate(x.dtype, data.length) as FloatStorage;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    out[i] = v < min ? min : v; // nan stays nan, like clamp_
  }
  return record(new Tensor(out, x.shape, x.dtype), 'CloneBackward0', [x], (g) => [g]);
}

/**
 * x·log(y), 0 where x = 0 (torch.xlogy, also at y = 0); nan if y is nan. Gradients as PyTorch's
 * derivatives.yaml: ∂/∂x = log y (0 where x = 0 and y <= 0), ∂/∂y = x / y.
 */
export function xlogy(x: Tensor, y: Tensor): Tensor {
  const xd = x.detach();
  const yd = y.detach();
  const out = where(eq(xd, 0), where(yd.ne(yd), yd, 0), mul(xd, log(yd)));
  return record(out, 'XlogyBackward0', [x, y], (g, [needX, needY]) => [
    needX ? where(logicalAnd(eq(x, 0), le(y, 0)), 0, xlogy(g, y)) : null,
    needY ? div(mul(g, x), y) : null,
  ]);
}

/** -x·log x, 0 at x = 0, -inf for x < 0 (torch.special.entr); d/dx = -(1 + log x), +inf at 0. */
export function entr(x: Tensor): Tensor {
  const data = contiguousData(x) as FloatStorage;
  const out = allocate(x.dtype, data.length) as FloatStorage;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    out[i] = v !== v ? v : v > 0 ? -v * Math.log(v) : v === 0 ? 0 : -Infinity;
  }
  return record(new Tensor(out, x.shape, x.dtype), 'SpecialEntrBackward0', [x], (g) => [mul(g, neg(add(log(x), 1)))]);
}

/**
 * log σ(x) = min(x, 0) - log1p(e^{-|x|}), stable for any |x| (PyTorch's log_sigmoid forward);
 * d/dx = σ(-x) (written with sigmoid so second derivatives work).
 */
export function logSigmoid(x: Tensor): Tensor {
  const data = contiguousData(x) as FloatStorage;
  const out = allocate(x.dtype, data.length) as FloatStorage;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    out[i] = Math.min(v, 0) - Math.log1p(Math.exp(-Math.abs(v)));
  }
  return record(new Tensor(out, x.shape, x.dtype), 'LogSigmoidBackward0', [x], (g) => [mul(g, sigmoid(neg(x)))]);
}

/** e^x as a differentiable op (re-exported so loss files import their math from one place). */
export { exp };

/** The dtype a loss computes in: the promotion of its floating inputs. */
export function floatDTypeOf(...tensors: Tensor[]): DType {
  return tensors.some((t) => t.dtype === 'float64') ? 'float64' : 'float32';
}
