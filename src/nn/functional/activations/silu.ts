/** SiLU (swish): x·σ(x). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { add, mul, sigmoid, sub, unaryKernel } from '../../../ops/index.js';
import { recordActivation } from '../../../ops/fused.js';
import { checkFloat, INPLACE_OPTIONS, inplaceOnly, type InplaceOptions } from '../../../ops/validate.js';

export type SiluOptions = InplaceOptions;

const check = inplaceOnly('silu');

/**
 * silu(x) = x·σ(x) (F.silu); SiluBackward0 with σ(x)(1 + x(1 - σ(x))). silu(-inf) is nan, as in PyTorch.
 * Backward: the 'silu' kernel, one pass as silu_backward ((g·σ)·(1 + x·(1 − σ))); composed under createGraph.
 */
export function silu(input: Tensor, options: SiluOptions = {}): Tensor {
  checkFloat(input, 'input', 'silu', 'silu_cpu');
  check(options);
  const out = unaryKernel(input, 'silu');
  return recordActivation(out, 'SiluBackward0', input, 'silu', [], (g) => {
    const s = sigmoid(input);
    return mul(g, mul(s, add(mul(input, sub(1, s)), 1)));
  });
}

export const siluSpec: ActivationSpec<SiluOptions> = {
  kind: 'activation',
  name: 'silu',
  torchName: 'torch.nn.functional.silu',
  moduleName: 'SiLU',
  description: 'x·σ(x) (swish): smooth, non-monotonic, min ≈ -0.278 at x ≈ -1.28; EfficientNet and modern MLPs.',
  formula: String.raw`\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1+e^{-x}}`,
  derivative: String.raw`\mathrm{SiLU}'(x) = \sigma(x)\left(1 + x(1-\sigma(x))\right)`,
  range: '[-0.278, \\infty)',
  saves: 'input',
  optionKeys: INPLACE_OPTIONS,
  params: [{ name: 'inplace', default: false }],
  fn: silu,
  checkOptions: check,
};
