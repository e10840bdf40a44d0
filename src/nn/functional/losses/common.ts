/**
 * Small pieces shared by the loss files: a few elementwise primitives the core does not have (xlogy, entr),
 * PyTorch's "clamp under no_grad" trick, and `named`, which gives a composed loss the grad_fn name PyTorch's
 * fused kernel has. Argument checks live in ../validate.ts.
 */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate, isFloatingDType, type FloatStorage } from '../../../tensor/dtype.js';
import { shapesEqual } from '../../../tensor/shape.js';
import { contiguousData } from '../../../tensor/storage.js';
import { isGradEnabled } from '../../../autograd/mode.js';
import { record } from '../../../ops/record.js';
import { lossKernels } from '../../../ops/lossKernels.js';
import type { PointwiseLossKernel } from '../../../kernels/backend.js';
import { add, div, eq, log, logicalAnd, le, mul, neg, where } from '../../../ops/index.js';

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
 * PyTorch's backward kernels as the (a, b) of Backend.pointwiseLossBackward, from the incoming gradient g and
 * N = numel for 'mean', 1 for 'sum' (the formulas are listed there).
 */
const BACKWARD_ARGS: Record<PointwiseLossKernel, (g: number, N: number) => [number, number]> = {
  mse: (g, N) => [2 / N, g], // mse_loss_backward: ((x − y)·norm)·g, norm = 2/N
  l1: (g, N) => [g, N], // abs backward after mean's: sgn(x − y)·(g/N)
  smoothL1: (g, N) => [1 / N, g], // smooth_l1_backward: (∂·norm)·g, norm = 1/N
  huber: (g, N) => [1 / N, g], // huber_backward: the same
  bce: (g, N) => [g, N], // binary_cross_entropy_backward: (g·(x − y)/max((1 − x)·x, ε))/N
  bceWithLogits: (g, N) => [g, N], // binary_cross_entropy_with_logits_backward: ((σ(x) − y)·g)/N
};

export interface FusedPointwiseLoss {
  op: PointwiseLossKernel;
  /** The kernel's parameter: smoothL1's beta, huber's delta. */
  param?: number;
  input: Tensor;
  target: Tensor;
  reduction: 'mean' | 'sum';
  /** PyTorch's grad_fn name for the result. */
  name: string;
  /** The differentiable gradient w.r.t. the input, used under createGraph (n = numel). */
  backward: (g: Tensor, n: number) => Tensor;
  /**
   * Called with the input's data when the sum is nan, before anything is recorded: the place to throw for
   * bad input the kernel does not check (binaryCrossEntropy's probabilities outside [0, 1]).
   */
  checkInput?: (x: FloatStorage) => void;
}

/**
 * A reduced pointwise loss ('mean' or 'sum') in one fused kernel pass forward and one backward, recorded as
 * PyTorch's node `name` (MseLossBackward0, ...). Returns null where the fused path does not apply (shapes or
 * dtypes differ, a target that needs a gradient, an empty input): the caller composes instead.
 * Fused: mseLoss, l1Loss, smoothL1Loss, huberLoss, binaryCrossEntropy and binaryCrossEntropyWithLogits
 * (without weights).
 *
 * Measured (npm run bench, 2^22 float32, fwd+bwd): mseLoss 56 → 17 ms, binaryCrossEntropyWithLogits
 * 277 → 22 ms on the wasm backend; the compositions stream 5–20 full-size temporaries. The others:
 * docs/dev/wasm.md, "Fused loss kernels".
 */
export function fusedPointwiseLoss(spec: FusedPointwiseLoss): Tensor | null {
  const { op, param = 0, input, target, reduction, name, backward } = spec;
  const n = input.numel();
  if (
    n === 0 ||
    input.dtype !== target.dtype ||
    !isFloatingDType(input.dtype) ||
    !shapesEqual(input.shape, target.shape) ||
    target.requiresGrad
  ) {
    return null;
  }
  const x = contiguousData(input) as FloatStorage;
  const y = contiguousData(target) as FloatStorage;
  const total = lossKernels().pointwiseLossSum(op, x, y, param);
  if (total !== total) spec.checkInput?.(x);
  const data = allocate(input.dtype, 1) as FloatStorage;
  data[0] = reduction === 'mean' ? total / n : total;
  return record(new Tensor(data, [], input.dtype), name, [input], (g) => {
    if (isGradEnabled()) return [backward(g, n)];
    const gv = contiguousData(g, 'float64')[0]!;
    const out = allocate(input.dtype, n) as FloatStorage;
    const [a, b] = BACKWARD_ARGS[op](gv, reduction === 'mean' ? n : 1);
    lossKernels().pointwiseLossBackward(op, x, y, a, b, out, param);
    return [new Tensor(out, input.shape, input.dtype)];
  });
}
