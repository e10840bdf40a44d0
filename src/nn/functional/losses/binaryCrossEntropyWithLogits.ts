/** binaryCrossEntropyWithLogits: sigmoid + BCE, stable (torch.nn.functional.binary_cross_entropy_with_logits). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, clamp, div, exp, log, mul, neg, sigmoid, sub } from '../../../ops/index.js';
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

export interface BinaryCrossEntropyWithLogitsOptions {
  /** A rescaling weight broadcast to the input's shape. */
  weight?: Tensor | null;
  reduction?: Reduction;
  /** A weight of positive examples per class, broadcast along the last dim. */
  posWeight?: Tensor | null;
}

const OPTIONS = optionKeys<BinaryCrossEntropyWithLogitsOptions>({ weight: true, reduction: true, posWeight: true });

/**
 * ℓᵢ = wᵢ((1 - tᵢ)xᵢ + (1 + (p - 1)tᵢ)·softplus(-xᵢ)): the same as BCE of σ(x), without forming σ(x).
 *
 *   F.binaryCrossEntropyWithLogits(tg.tensor([10000, -10000]), tg.tensor([1, 0]))  // tensor(0.)
 */
export function binaryCrossEntropyWithLogits(
  input: Tensor,
  target: Tensor,
  options: BinaryCrossEntropyWithLogitsOptions = {},
): Tensor {
  const fn = 'binary_cross_entropy_with_logits';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkFloat(target, 'target', fn);
  const weight = optionalTensor(options.weight, 'weight', fn);
  const posWeight = optionalTensor(options.posWeight, 'posWeight', fn);
  const reduction = checkReduction(options.reduction, fn);
  if (!sameShape(input.shape, target.shape)) {
    throw new RangeError(
      `${fn}(): Target size (${torchSize(target.shape)}) must be the same as input size (${torchSize(input.shape)})`,
    );
  }
  if (reduction !== 'none' && !weight && !posWeight) {
    // One kernel pass each way (same formula, per element); under createGraph the gradient is
    // binary_cross_entropy_with_logits_backward's (σ(x) - y)·g / N in ops.
    const fused = fusedPointwiseLoss({
      op: 'bceWithLogits',
      input,
      target,
      reduction,
      name: 'BinaryCrossEntropyWithLogitsBackward0',
      backward: (g, n) => div(mul(sub(sigmoid(input), target), g), reduction === 'mean' ? n : 1),
    });
    if (fused) return fused;
  }
  // PyTorch's kernel: softplus(-x) = m + log(e^{-m} + e^{-x-m}) with m = max(-x, 0), so neither exp overflows
  // and |x| = 1e4 gives exact 0 or |x|.
  const m = clamp(neg(input), { min: 0 });
  const softplusNeg = add(log(add(exp(neg(m)), exp(sub(neg(input), m)))), m);
  const linear = mul(sub(1, target), input);
  let loss = posWeight
    ? add(linear, mul(add(mul(sub(posWeight, 1), target), 1), softplusNeg))
    : add(linear, softplusNeg);
  if (weight) loss = mul(loss, weight);
  return named(reduce(loss, reduction), 'BinaryCrossEntropyWithLogitsBackward0');
}

export const binaryCrossEntropyWithLogitsSpec: LossSpec<[Tensor, Tensor], BinaryCrossEntropyWithLogitsOptions> = {
  kind: 'loss',
  name: 'binaryCrossEntropyWithLogits',
  torchName: 'torch.nn.functional.binary_cross_entropy_with_logits',
  moduleName: 'BCEWithLogitsLoss',
  description:
    'Binary cross entropy of logits: sigmoid and BCE in one stable formula; posWeight trades recall for precision.',
  formula: String.raw`\ell_i = w_i\Big((1 - t_i)\,x_i + \big(1 + (p - 1)t_i\big)\log\big(1 + e^{-x_i}\big)\Big)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_i} = w_i\Big(\sigma(x_i)\big(1 + (p - 1)t_i\big) - p\,t_i\Big)`,
  saves: 'composition',
  note: 'softplus(-x) is computed with the max trick PyTorch uses, so logits of ±1e4 give exact, finite losses and gradients.',
  optionKeys: OPTIONS,
  params: [{ name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] }],
  fn: binaryCrossEntropyWithLogits,
};
