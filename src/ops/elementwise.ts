/**
 * Elementwise primitives, each forward beside its backward rule. Backward rules are written with these same
 * differentiable ops, so `createGraph` gives higher-order gradients. Formulas follow PyTorch's
 * derivatives.yaml, including its choices at kinks (e.g. maximum splits the gradient at ties).
 */
import { allocate, isFloatingDType, resultType, type DType, type FloatStorage, type Storage } from '../tensor/dtype.js';
import { broadcastShapes, numel, shapesEqual, type Shape } from '../tensor/shape.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { scalarTensor, zerosLike } from '../tensor/create.js';
import { kernels } from '../kernels/index.js';
import type { BinaryKernel, UnaryKernel } from '../kernels/backend.js';
import { record } from './record.js';
import { reluBackward, sigmoidBackward, tanhBackward } from './fused.js';

export type TensorLike = Tensor | number;

function checkTensor(value: unknown, argument: string, fn: string): void {
  if (!(value instanceof Tensor) && typeof value !== 'number') {
    throw new TypeError(
      `${fn}(): argument '${argument}' must be a Tensor or a number, but got ${value === null ? 'null' : typeof value}`,
    );
  }
}

/** Turns a JS number operand into a 0-d tensor of the op's dtype. */
export function asTensor(value: TensorLike, dtype: DType): Tensor {
  return value instanceof Tensor ? value : scalarTensor(value, dtype);
}

function floatDType(dtype: DType): DType {
  return isFloatingDType(dtype) ? dtype : 'float32';
}

/** The elements of `t` broadcast to `shape`, row-major, as `dtype` (length 1 when `t` has one element). */
function broadcastData(t: Tensor, shape: Shape, dtype: DType): Storage {
  if (t.numel() === 1) return contiguousData(t, dtype);
  if (shapesEqual(t.shape, shape)) return contiguousData(t, dtype);
  const strides = new Array<number>(shape.length).fill(0);
  const lead = shape.length - t.ndim;
  for (let d = 0; d < t.ndim; d++) strides[lead + d] = t.shape[d] === 1 ? 0 : t.strides[d]!;
  return contiguousData({ storage: t.storage, shape, strides, offset: t.offset, dtype: t.dtype }, dtype);
}

/** Runs a unary kernel; integer inputs are computed in float32 like PyTorch's float-only ops. */
export function unaryKernel(x: Tensor, op: UnaryKernel, keepIntegerDType = false): Tensor {
  const dtype = keepIntegerDType ? x.dtype : floatDType(x.dtype);
  const input = contiguousData(x, dtype === 'bool' ? 'float32' : dtype) as FloatStorage;
  const out = allocate(dtype, input.length) as FloatStorage;
  if (out.length > 0) kernels().unary(op, input, out);
  return new Tensor(out, x.shape, dtype);
}

/** Runs a binary kernel with broadcasting, computing in `computeDType` and storing as `outDType`. */
export function binaryKernel(
  a: Tensor,
  b: Tensor,
  op: BinaryKernel,
  computeDType: DType,
  outDType: DType = computeDType,
): Tensor {
  // Same shapes, or a 0-d side (a JS number operand): the output takes the other shape as it is.
  const shape =
    a.shape === b.shape || shapesEqual(a.shape, b.shape) || b.ndim === 0
      ? a.shape
      : a.ndim === 0
        ? b.shape
        : broadcastShapes(a.shape, b.shape);
  const out = allocate(outDType, numel(shape));
  if (out.length > 0) {
    kernels().binary(op, broadcastData(a, shape, computeDType), broadcastData(b, shape, computeDType), out);
  }
  return new Tensor(out, shape, outDType);
}

function unaryOp(op: UnaryKernel, nodeName: string, backward: (x: Tensor, out: Tensor, grad: Tensor) => Tensor) {
  return (x: Tensor): Tensor => {
    checkTensor(x, 'input', op);
    const out = unaryKernel(x, op);
    return record(out, nodeName, [x], (g) => [backward(x, out, g)]);
  };
}

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** e^x */
export const exp = unaryOp('exp', 'ExpBackward0', (_x, out, g) => mul(g, out));
/** e^x - 1, accurate near 0 */
export const expm1 = unaryOp('expm1', 'Expm1Backward0', (_x, out, g) => mul(g, add(out, 1)));
/** ln x */
export const log = unaryOp('log', 'LogBackward0', (x, _out, g) => div(g, x));
/** ln(1 + x), accurate near 0 */
export const log1p = unaryOp('log1p', 'Log1PBackward0', (x, _out, g) => div(g, add(x, 1)));
/** log₂ x */
export const log2 = unaryOp('log2', 'Log2Backward0', (x, _out, g) => div(g, mul(x, Math.LN2)));
/** log₁₀ x */
export const log10 = unaryOp('log10', 'Log10Backward0', (x, _out, g) => div(g, mul(x, Math.LN10)));
/** √x */
export const sqrt = unaryOp('sqrt', 'SqrtBackward0', (_x, out, g) => div(g, mul(out, 2)));
/** 1/√x; d/dx = -½ x^{-3/2} */
export const rsqrt = unaryOp('rsqrt', 'RsqrtBackward0', (_x, out, g) => mul(mul(g, pow(out, 3)), -0.5));
/** sin x */
export const sin = unaryOp('sin', 'SinBackward0', (x, _out, g) => mul(g, cos(x)));
/** cos x */
export const cos = unaryOp('cos', 'CosBackward0', (x, _out, g) => mul(g, neg(sin(x))));
/** tanh x; d/dx = 1 - tanh² x (saves the output) */
export const tanh = unaryOp('tanh', 'TanhBackward0', (_x, out, g) => tanhBackward(g, out));
/** erf x; d/dx = 2/√π e^{-x²} */
export const erf = unaryOp('erf', 'ErfBackward0', (x, _out, g) => mul(g, mul(exp(neg(mul(x, x))), TWO_OVER_SQRT_PI)));
/** erfc x = 1 - erf x */
export const erfc = unaryOp('erfc', 'ErfcBackward0', (x, _out, g) =>
  mul(g, mul(exp(neg(mul(x, x))), -TWO_OVER_SQRT_PI)),
);
/** 1/x */
export const reciprocal = unaryOp('reciprocal', 'ReciprocalBackward0', (_x, out, g) => mul(g, neg(mul(out, out))));
/** σ(x) = 1/(1 + e^{-x}); σ' = σ(1 - σ), computed from the saved output */
export const sigmoid = unaryOp('sigmoid', 'SigmoidBackward0', (_x, out, g) => sigmoidBackward(g, out));

/** -x */
export function neg(x: Tensor): Tensor {
  checkTensor(x, 'input', 'neg');
  if (x.dtype === 'bool')
    throw new TypeError(
      'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
    );
  return record(unaryKernel(x, 'neg', true), 'NegBackward0', [x], (g) => [neg(g)]);
}

/** |x|; d/dx = sign(x) (0 at 0, as in PyTorch) */
export function abs(x: Tensor): Tensor {
  checkTensor(x, 'input', 'abs');
  return record(unaryKernel(x, 'abs', x.dtype !== 'bool'), 'AbsBackward0', [x], (g) => [mul(g, sign(x))]);
}

/** sign(x) ∈ {-1, 0, 1}; its gradient is 0 everywhere */
export function sign(x: Tensor): Tensor {
  checkTensor(x, 'input', 'sign');
  return record(unaryKernel(x, 'sign', x.dtype !== 'bool'), 'SignBackward0', [x], (g) => [zerosLike(g)]);
}

/** x²; PyTorch records it as pow(x, 2) */
export function square(x: Tensor): Tensor {
  return pow(x, 2);
}

/** max(x, 0); relu'(0) = 0 as in PyTorch (threshold_backward keeps grad only where the output is > 0) */
export function relu(x: Tensor): Tensor {
  checkTensor(x, 'input', 'relu');
  if (x.dtype === 'bool') throw new TypeError('relu: expected a numeric tensor, but got dtype bool');
  const out = unaryKernel(x, 'relu', true);
  // threshold_backward: where(out <= 0, 0, g), not g·(out > 0): a nan input passes its gradient, as in PyTorch
  return record(out, 'ReluBackward0', [x], (g) => [reluBackward(g, out)]);
}

// ---- binary arithmetic ----

function binaryArgs(a: TensorLike, b: TensorLike, fn: string): [Tensor, Tensor, DType] {
  // Fast paths, equal to resultType's answer: two tensors of one dtype promote to it, and a JS number never
  // promotes a floating tensor (its category is at most float).
  if (a instanceof Tensor) {
    if (b instanceof Tensor) {
      if (a.dtype === b.dtype) return [a, b, a.dtype];
    } else if (typeof b === 'number' && isFloatingDType(a.dtype)) return [a, scalarTensor(b, a.dtype), a.dtype];
  } else if (typeof a === 'number' && b instanceof Tensor && isFloatingDType(b.dtype)) {
    return [scalarTensor(a, b.dtype), b, b.dtype];
  }
  checkTensor(a, 'input', fn);
  checkTensor(b, 'other', fn);
  if (!(a instanceof Tensor) && !(b instanceof Tensor))
    throw new TypeError(`${fn}(): expected at least one Tensor argument`);
  const dtype = resultType(
    a instanceof Tensor ? { dtype: a.dtype, ndim: a.ndim } : a,
    b instanceof Tensor ? { dtype: b.dtype, ndim: b.ndim } : b,
  );
  return [asTensor(a, dtype), asTensor(b, dtype), dtype];
}

function checkAlpha(alpha: number | undefined, fn: string): number {
  if (alpha === undefined) return 1;
  if (typeof alpha !== 'number' || Number.isNaN(alpha))
    throw new TypeError(`${fn}(): alpha must be a number, but got ${String(alpha)}`);
  return alpha;
}

/** a + alpha·b, broadcasting */
export function add(a: TensorLike, b: TensorLike, options: { alpha?: number } = {}): Tensor {
  const alpha = checkAlpha(options.alpha, 'add');
  const [ta, tb, dtype] = binaryArgs(a, b, 'add');
  const scaled = alpha === 1 ? tb : binaryKernel(tb, scalarTensor(alpha, dtype), 'mul', dtype);
  // Adding bools is logical or.
  const out = binaryKernel(ta, scaled, dtype === 'bool' ? 'maximum' : 'add', dtype);
  return record(out, 'AddBackward0', [ta, tb], (g) => [g, alpha === 1 ? g : mul(g, alpha)]);
}

/** a - alpha·b, broadcasting */
export function sub(a: TensorLike, b: TensorLike, options: { alpha?: number } = {}): Tensor {
  const alpha = checkAlpha(options.alpha, 'sub');
  const [ta, tb, dtype] = binaryArgs(a, b, 'sub');
  if (dtype === 'bool') {
    throw new TypeError(
      'Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.',
    );
  }
  const scaled = alpha === 1 ? tb : binaryKernel(tb, scalarTensor(alpha, dtype), 'mul', dtype);
  const out = binaryKernel(ta, scaled, 'sub', dtype);
  return record(out, 'SubBackward0', [ta, tb], (g) => [g, mul(g, -alpha)]);
}

/** a·b, broadcasting */
export function mul(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb, dtype] = binaryArgs(a, b, 'mul');
  const out = binaryKernel(ta, tb, 'mul', dtype === 'bool' ? 'int64' : dtype, dtype);
  return record(out, 'MulBackward0', [ta, tb], (g, [needA, needB]) => [
    needA ? mul(g, tb) : null,
    needB ? mul(g, ta) : null,
  ]);
}

/** a / b (true division: integer inputs give float32), broadcasting */
export function div(a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb, promoted] = binaryArgs(a, b, 'div');
  const dtype = floatDType(promoted);
  const out = binaryKernel(ta, tb, 'div', dtype);
  return record(out, 'DivBackward0', [ta, tb], (g, [needA, needB]) => [
    needA ? div(g, tb) : null,
    // PyTorch: -grad * ((self / other) / other)
    needB ? mul(neg(g), div(div(ta, tb), tb)) : null,
  ]);
}

/**
 * xᵉ with a tensor or number exponent. d/dx = e·x^{e-1} (0 where e = 0); d/de = xᵉ·ln x (0 where x = 0
 * and e >= 0), as PyTorch's pow_backward.
 */
export function pow(x: TensorLike, exponent: TensorLike): Tensor {
  const [tx, te, dtype] = binaryArgs(x, exponent, 'pow');
  if (dtype === 'bool') throw new TypeError('pow: bool tensors are not supported; cast to a numeric dtype first');
  if (typeof exponent === 'number' && x instanceof Tensor) {
    const out = powScalar(tx, exponent, dtype);
    return record(out, 'PowBackward0', [tx], (g) => [
      exponent === 0 ? zerosLike(g) : mul(g, mul(pow(tx, exponent - 1), exponent)),
    ]);
  }
  const out = binaryKernel(tx, te, 'pow', dtype);
  return record(out, typeof x === 'number' ? 'PowBackward2' : 'PowBackward1', [tx, te], (g, [needX, needE]) => [
    needX ? where(eq(te, 0), 0, mul(g, mul(te, pow(tx, sub(te, 1))))) : null,
    needE ? mul(g, where(logicalAnd(eq(tx, 0), ge(te, 0)), 0, mul(out, log(tx)))) : null,
  ]);
}

/**
 * PyTorch computes a few scalar exponents with dedicated kernels, which differs from pow at the edges
 * (pow(-inf, 0.5) is inf but sqrt(-inf) is nan; pow(-0, -0.5) is inf but rsqrt(-0) is -inf).
 */
function powScalar(x: Tensor, exponent: number, dtype: DType): Tensor {
  const input = x.dtype === dtype ? x : x.to(dtype);
  if (isFloatingDType(dtype)) {
    if (exponent === 0.5) return unaryKernel(input, 'sqrt');
    if (exponent === -0.5) return unaryKernel(input, 'rsqrt');
    if (exponent === -1) return unaryKernel(input, 'reciprocal');
  }
  return binaryKernel(input, scalarTensor(exponent, dtype), 'pow', dtype);
}

/** Elementwise maximum; at ties each side gets half the gradient (PyTorch 1.13) */
export function maximum(a: Tensor, b: Tensor): Tensor {
  return extremum(a, b, 'maximum');
}

/** Elementwise minimum; at ties each side gets half the gradient */
export function minimum(a: Tensor, b: Tensor): Tensor {
  return extremum(a, b, 'minimum');
}

function extremum(a: Tensor, b: Tensor, op: 'maximum' | 'minimum'): Tensor {
  if (!(a instanceof Tensor) || !(b instanceof Tensor)) throw new TypeError(`${op}(): expected two Tensors`);
  const [ta, tb, dtype] = binaryArgs(a, b, op);
  const out = binaryKernel(ta, tb, op, dtype);
  const name = op === 'maximum' ? 'MaximumBackward0' : 'MinimumBackward0';
  // derivatives.yaml: where(a == b, g / 2, g), zeroed where the other side wins (nan keeps the gradient).
  return record(out, name, [ta, tb], (g) => {
    const shared = where(eq(ta, tb), div(g, 2), g);
    const aLoses = op === 'maximum' ? lt(ta, tb) : gt(ta, tb);
    const bLoses = op === 'maximum' ? gt(ta, tb) : lt(ta, tb);
    return [where(aLoses, 0, shared), where(bLoses, 0, shared)];
  });
}

/**
 * Clamps into [min, max] (either bound optional, scalars or tensors). The gradient passes where
 * min <= x <= max; a tensor bound receives it where it was the value taken.
 */
export function clamp(x: Tensor, options: { min?: TensorLike; max?: TensorLike } = {}): Tensor {
  checkTensor(x, 'input', 'clamp');
  const { min, max } = options;
  if (min === undefined && max === undefined)
    throw new TypeError("clamp(): At least one of 'min' or 'max' must not be None");
  if (min !== undefined) checkTensor(min, 'min', 'clamp');
  if (max !== undefined) checkTensor(max, 'max', 'clamp');
  const operands = [x, min, max].filter((v): v is TensorLike => v !== undefined);
  const dtype = resultType(...operands.map((v) => (v instanceof Tensor ? { dtype: v.dtype, ndim: v.ndim } : v)));
  const tx = x.dtype === dtype ? x : x.to(dtype);
  const tMin = min === undefined ? null : asTensor(min, dtype);
  const tMax = max === undefined ? null : asTensor(max, dtype);
  let out = tx.detach();
  if (tMin) out = binaryKernel(out, tMin, 'maximum', dtype);
  if (tMax) out = binaryKernel(out, tMax, 'minimum', dtype);
  const inputs = [tx, ...(tMin ? [tMin] : []), ...(tMax ? [tMax] : [])];
  const name = min instanceof Tensor || max instanceof Tensor ? 'ClampBackward0' : 'ClampBackward1';
  return record(out, name, inputs, (g) => {
    const aboveMin = tMin ? ge(tx, tMin) : null;
    const belowMax = tMax ? le(tx, tMax) : null;
    const inside = aboveMin && belowMax ? logicalAnd(aboveMin, belowMax) : (aboveMin ?? belowMax)!;
    const grads: Tensor[] = [where(inside, g, 0)];
    if (tMin) grads.push(where(tMax ? logicalAnd(lt(tx, tMin), lt(tMin, tMax)) : lt(tx, tMin), g, 0));
    if (tMax) grads.push(where(tMin ? logicalOr(gt(tx, tMax), gt(tMin, tMax)) : gt(tx, tMax), g, 0));
    return grads;
  });
}

/** Picks from `a` where `condition` is true, else from `b` (torch.where) */
export function where(condition: Tensor, a: TensorLike, b: TensorLike): Tensor {
  if (!(condition instanceof Tensor)) throw new TypeError('where(): argument condition must be a Tensor');
  if (condition.dtype !== 'bool') {
    throw new TypeError(
      `where expected condition to be a boolean tensor, but got a tensor with dtype ${condition.dtype}`,
    );
  }
  const [ta, tb, dtype] = binaryArgs(a, b, 'where');
  const shape = broadcastShapes(condition.shape, ta.shape, tb.shape);
  const c = broadcastData(condition, shape, 'bool');
  const da = broadcastData(ta, shape, dtype);
  const db = broadcastData(tb, shape, dtype);
  const out = allocate(dtype, numel(shape));
  const sc = c.length === 1 ? 0 : 1,
    sa = da.length === 1 ? 0 : 1,
    sb = db.length === 1 ? 0 : 1;
  for (let i = 0, ic = 0, ia = 0, ib = 0; i < out.length; i++, ic += sc, ia += sa, ib += sb)
    out[i] = c[ic] ? da[ia]! : db[ib]!;
  return record(new Tensor(out, shape, dtype), 'WhereBackward0', [ta, tb], (g, [needA, needB]) => [
    needA ? where(condition, g, 0) : null,
    needB ? where(condition, 0, g) : null,
  ]);
}

// ---- comparisons and logic (no gradient) ----

function comparison(op: BinaryKernel) {
  return (a: TensorLike, b: TensorLike): Tensor => {
    const [ta, tb, dtype] = binaryArgs(a, b, op);
    return binaryKernel(ta, tb, op, dtype, 'bool');
  };
}

/** a == b, elementwise, as bool */
export const eq = comparison('eq');
/** a != b */
export const ne = comparison('ne');
/** a < b */
export const lt = comparison('lt');
/** a <= b */
export const le = comparison('le');
/** a > b */
export const gt = comparison('gt');
/** a >= b */
export const ge = comparison('ge');

/** Elementwise logical and of two tensors (nonzero is true) */
export function logicalAnd(a: Tensor, b: Tensor): Tensor {
  return binaryKernel(ne(a, 0), ne(b, 0), 'mul', 'bool');
}

/** Elementwise logical or */
export function logicalOr(a: Tensor, b: Tensor): Tensor {
  return binaryKernel(ne(a, 0), ne(b, 0), 'maximum', 'bool');
}

/** Elementwise logical not */
export function logicalNot(a: Tensor): Tensor {
  return eq(a, 0);
}

/** True where x is nan */
export function isnan(x: Tensor): Tensor {
  return ne(x, x);
}
