/**
 * Fused backward primitives: the gradient formulas of sigmoid, tanh and relu as single kernel passes
 * (PyTorch's sigmoid_backward, tanh_backward, threshold_backward in derivatives.yaml), each recorded in the
 * graph with its own composed backward, so createGraph (double backward) still works.
 *
 * Why: written as compositions, σ's backward g·(1 − y)·y allocates and streams three full-size temporaries;
 * fused it reads g and y once and writes one result (W2/W3 of npm run bench). The kernels round every
 * intermediate to the tensor's dtype in PyTorch's order, so results equal the compositions bit for bit
 * (test/kernels-fused.test.ts).
 */
import { allocate, isFloatingDType, type FloatStorage } from '../tensor/dtype.js';
import { shapesEqual } from '../tensor/shape.js';
import { contiguousData } from '../tensor/storage.js';
import { Tensor } from '../tensor/tensor.js';
import { kernels } from '../kernels/index.js';
import type { ActivationBackwardKernel, ActivationKernel, BinaryKernel } from '../kernels/backend.js';
import { binaryKernel, le, mul, sub, where } from './elementwise.js';
import { record } from './record.js';
import { isGradEnabled } from '../autograd/mode.js';

/** The fused kernel when g and y agree in shape and float dtype (always, from the engine); else null. */
function fused(g: Tensor, y: Tensor, op: BinaryKernel): Tensor | null {
  if (g.dtype !== y.dtype || !isFloatingDType(y.dtype) || !shapesEqual(g.shape, y.shape)) return null;
  return binaryKernel(g, y, op, y.dtype);
}

/**
 * sigmoid_backward(g, y) = g·(1 − y)·y, y = σ(x) the saved output.
 * Its derivatives: ∂/∂g = (1 − y)·y (itself applied to the incoming gradient), ∂/∂y = g·(1 − 2y).
 */
export function sigmoidBackward(g: Tensor, y: Tensor): Tensor {
  const out = fused(g, y, 'sigmoidBackward') ?? mul(mul(g, sub(1, y)), y);
  return record(out, 'SigmoidBackwardBackward0', [g, y], (gg, [needG, needY]) => [
    needG ? sigmoidBackward(gg, y) : null,
    needY ? mul(mul(gg, g), sub(1, mul(y, 2))) : null,
  ]);
}

/**
 * tanh_backward(g, y) = g·(1 − y²), y = tanh(x) the saved output.
 * Its derivatives: ∂/∂g = 1 − y², ∂/∂y = −2·g·y.
 */
export function tanhBackward(g: Tensor, y: Tensor): Tensor {
  const out = fused(g, y, 'tanhBackward') ?? mul(g, sub(1, mul(y, y)));
  return record(out, 'TanhBackwardBackward0', [g, y], (gg, [needG, needY]) => [
    needG ? tanhBackward(gg, y) : null,
    needY ? mul(mul(gg, g), mul(y, -2)) : null,
  ]);
}

/**
 * threshold_backward(g, y, 0) = (y <= 0 ? 0 : g), y = relu(x) the saved output: relu'(0) = 0 and a nan
 * output passes the gradient, as PyTorch. Linear in g, so its own backward masks the same way; y gets none
 * (the mask is piecewise constant), as PyTorch's ThresholdBackwardBackward0.
 */
export function reluBackward(g: Tensor, y: Tensor): Tensor {
  const out = fused(g, y, 'reluBackward') ?? where(le(y, 0), 0, g);
  return record(out, 'ThresholdBackwardBackward0', [g], (gg) => [reluBackward(gg, y)]);
}

/**
 * A parametric activation's forward kernel over a float tensor, one pass (Backend.activation; p0..p2 as there).
 * Not recorded: the activation's own file records its node.
 */
export function activationKernel(x: Tensor, op: ActivationKernel, p0 = 0, p1 = 0, p2 = 0): Tensor {
  const input = contiguousData(x) as FloatStorage;
  const out = allocate(x.dtype, input.length) as FloatStorage;
  if (out.length > 0) kernels().activation(op, input, out, p0, p1, p2);
  return new Tensor(out, x.shape, x.dtype);
}

/**
 * The gradient g·f'(x) of a parametric activation in one pass (Backend.activationBackward), from the incoming
 * gradient g (x's shape, from the engine) and the saved float input x. Not differentiable: recordActivation
 * calls it only with grad mode off (a backward without createGraph).
 */
function activationBackwardKernel(g: Tensor, x: Tensor, op: ActivationBackwardKernel, p0 = 0, p1 = 0, p2 = 0): Tensor {
  const input = contiguousData(x) as FloatStorage;
  const grad = contiguousData(g, x.dtype) as FloatStorage;
  const out = allocate(x.dtype, input.length) as FloatStorage;
  if (out.length > 0) kernels().activationBackward(op, grad, input, out, p0, p1, p2);
  return new Tensor(out, x.shape, x.dtype);
}

/**
 * Records a parametric activation's node `name` on `out` = f(input). Its backward is the one-pass kernel
 * g·f'(x) (activationBackwardKernel with `params`), unless the backward is itself being recorded (createGraph):
 * then `composed(g)` builds the same gradient from differentiable ops, so it can be differentiated again.
 */
export function recordActivation(
  out: Tensor,
  name: string,
  input: Tensor,
  op: ActivationBackwardKernel,
  params: readonly number[],
  composed: (g: Tensor) => Tensor,
): Tensor {
  const [p0 = 0, p1 = 0, p2 = 0] = params;
  return record(out, name, [input], (g) => [
    isGradEnabled() ? composed(g) : activationBackwardKernel(g, input, op, p0, p1, p2),
  ]);
}
