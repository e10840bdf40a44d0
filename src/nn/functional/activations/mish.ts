/** Mish: x·tanh(softplus(x)). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { add, mul, sigmoid, sub, tanh } from '../../../ops/index.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { softplus } from './softplus.js';
import { checkFloat, INPLACE_OPTIONS, inplaceOnly, type InplaceOptions } from '../../../ops/validate.js';

export type MishOptions = InplaceOptions;

const check = inplaceOnly('mish');

/**
 * mish(x) = x·tanh(log(1 + eˣ)) (F.mish): the 'mish' activation kernel, one pass each way in PyTorch's order
 * (mish_kernel; no softplus threshold: for large x, log1p(eˣ) becomes inf and tanh(inf) = 1). MishBackward0:
 * g·(t + (x·σ(x))·(1 - t²)), t = tanh(log1p(eˣ)) (mish_backward_kernel). Under createGraph the backward is
 * composed with t = tanh(softplus(x)) (thresholded, so second derivatives do not meet 0·inf).
 */
export function mish(input: Tensor, options: MishOptions = {}): Tensor {
  checkFloat(input, 'input', 'mish', 'mish_cpu');
  check(options);
  const out = activationKernel(input, 'mish');
  return recordActivation(out, 'MishBackward0', input, 'mish', [], (g) => {
    const t = tanh(softplus(input));
    return mul(g, add(t, mul(mul(input, sigmoid(input)), sub(1, mul(t, t)))));
  });
}

export const mishSpec: ActivationSpec<MishOptions> = {
  kind: 'activation',
  name: 'mish',
  torchName: 'torch.nn.functional.mish',
  moduleName: 'Mish',
  description:
    'x·tanh(softplus(x)): smooth, non-monotonic, min ≈ -0.309; a self-regularising ReLU alternative (YOLOv4).',
  formula: String.raw`\mathrm{Mish}(x) = x\tanh(\mathrm{softplus}(x)) = x\tanh(\log(1+e^{x}))`,
  derivative: String.raw`\mathrm{Mish}'(x) = \tanh(\mathrm{sp}(x)) + x\,\sigma(x)\left(1-\tanh^2(\mathrm{sp}(x))\right)`,
  range: '[-0.309, \\infty)',
  saves: 'input',
  optionKeys: INPLACE_OPTIONS,
  params: [{ name: 'inplace', default: false }],
  fn: mish,
  checkOptions: check,
};
