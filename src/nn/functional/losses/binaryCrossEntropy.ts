/** binaryCrossEntropy: BCE of probabilities (torch.nn.functional.binary_cross_entropy). */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate, type FloatStorage } from '../../../tensor/dtype.js';
import { contiguousData } from '../../../tensor/storage.js';
import { broadcastShapes } from '../../../tensor/shape.js';
import { record } from '../../../ops/record.js';
import { clamp, div, expand, log, mul, neg, sub } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { fusedPointwiseLoss, named } from './common.js';
import {
  checkFloat,
  checkOptionsObject,
  optionalTensor,
  optionKeys,
  sameShape,
  torchSize,
} from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface BinaryCrossEntropyOptions {
  /** A rescaling weight broadcast to the target's shape. */
  weight?: Tensor | null;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<BinaryCrossEntropyOptions>({ weight: true, reduction: true });

const EPSILON = 1e-12;

/** PyTorch's check (binary_cross_entropy_out_cpu): every input in [0, 1]; nan fails it too. */
function checkProbabilities(xs: FloatStorage): void {
  for (let i = 0; i < xs.length; i++) {
    const xi = xs[i]!;
    if (!(xi >= 0 && xi <= 1)) {
      throw new RangeError(
        `binary_cross_entropy(): all elements of input should be between 0 and 1, but got ${xi} (input must hold probabilities; use binaryCrossEntropyWithLogits for logits)`,
      );
    }
  }
}

/** ∂ℓ/∂x as binary_cross_entropy_backward: g·(x − t) / max((1 − x)·x, EPSILON), differentiable. */
function bceGradient(g: Tensor, x: Tensor, t: Tensor): Tensor {
  return div(mul(g, sub(x, t)), clamp(mul(sub(1, x), x), { min: EPSILON }));
}

/**
 * The elementwise loss -(t·max(log x, -100) + (1 - t)·max(log(1 - x), -100)), one primitive because the
 * clamp changes the gradient: PyTorch's backward is (x - t) / max(x(1 - x), 1e-12), finite at x = 0 and 1,
 * where differentiating the clamped logs would give 0·∞ = nan. Rounded in PyTorch's order
 * ((t − 1)·max(log1p(−x), −100) − t·max(log x, −100), each step in the dtype), as the fused kernel is.
 */
function bceElementwise(x: Tensor, t: Tensor): Tensor {
  const xs = contiguousData(x) as FloatStorage;
  const ts = contiguousData(t, x.dtype) as FloatStorage;
  checkProbabilities(xs);
  const f = x.dtype === 'float32' ? Math.fround : (v: number) => v;
  const clampLog = (v: number): number => (v < -100 ? -100 : v); // std::max(v, -100): nan stays nan
  const out = allocate(x.dtype, xs.length) as FloatStorage;
  for (let i = 0; i < xs.length; i++) {
    const xi = xs[i]!;
    const ti = ts[i]!;
    out[i] = f(f(ti - 1) * clampLog(f(Math.log1p(-xi)))) - f(ti * clampLog(f(Math.log(xi))));
  }
  return record(new Tensor(out, x.shape, x.dtype), 'BinaryCrossEntropyBackward0', [x, t], (g, [needX, needT]) => [
    needX ? bceGradient(g, x, t) : null,
    // PyTorch's binary_cross_entropy_target_backward: -logit(x).
    needT ? mul(g, neg(log(div(x, sub(1, x))))) : null,
  ]);
}

/**
 * ℓᵢ = -wᵢ(tᵢ log xᵢ + (1 - tᵢ) log(1 - xᵢ)), each log clamped at -100 like PyTorch, so x = 0 or 1 gives a
 * finite loss.
 *
 *   F.binaryCrossEntropy(tg.tensor([0.9, 0.2]), tg.tensor([1, 0]))  // tensor(0.1643)
 */
export function binaryCrossEntropy(input: Tensor, target: Tensor, options: BinaryCrossEntropyOptions = {}): Tensor {
  const fn = 'binary_cross_entropy';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkFloat(target, 'target', fn);
  const weight = optionalTensor(options.weight, 'weight', fn);
  const reduction = checkReduction(options.reduction, fn);
  if (!sameShape(input.shape, target.shape)) {
    throw new RangeError(
      `${fn}(): Using a target size (${torchSize(target.shape)}) that is different to the input size (${torchSize(input.shape)}) is deprecated. Please ensure they have the same size.`,
    );
  }
  if (reduction !== 'none' && !weight) {
    // One kernel pass each way; under createGraph the gradient is binary_cross_entropy_backward's
    // g·(x − t)/max((1 − x)·x, ε), divided by N for 'mean' afterwards as PyTorch does.
    const fused = fusedPointwiseLoss({
      op: 'bce',
      input,
      target,
      reduction,
      name: 'BinaryCrossEntropyBackward0',
      backward: (g, n) => div(bceGradient(g, input, target), reduction === 'mean' ? n : 1),
      checkInput: checkProbabilities,
    });
    if (fused) return fused;
  }
  let loss = bceElementwise(input, target);
  if (weight) loss = mul(loss, expand(weight, broadcastShapes(target.shape, weight.shape)));
  return named(reduce(loss, reduction), 'BinaryCrossEntropyBackward0');
}

export const binaryCrossEntropySpec: LossSpec<[Tensor, Tensor], BinaryCrossEntropyOptions> = {
  kind: 'loss',
  name: 'binaryCrossEntropy',
  torchName: 'torch.nn.functional.binary_cross_entropy',
  moduleName: 'BCELoss',
  description: 'Binary cross entropy of probabilities in [0, 1] against targets in [0, 1].',
  formula: String.raw`\ell_i = -w_i\big(t_i \max(\log x_i, -100) + (1 - t_i)\max(\log(1 - x_i), -100)\big)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = w_i\,\frac{x_i - t_i}{\max\big(x_i(1 - x_i),\, 10^{-12}\big)}`,
  saves: 'input',
  note: 'Logs are clamped at -100 and the gradient denominator at 1e-12, as in PyTorch; inputs outside [0, 1] throw.',
  optionKeys: OPTIONS,
  params: [{ name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] }],
  fn: binaryCrossEntropy,
};
