/** hardswish: x·relu6(x + 3)/6, the piecewise version of silu. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { add, div, le, lt, mul, where } from '../../../ops/index.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { checkFloat, INPLACE_OPTIONS, inplaceOnly, type InplaceOptions } from '../../../ops/validate.js';

export type HardswishOptions = InplaceOptions;

const check = inplaceOnly('hardswish');

/**
 * hardswish(x) = x·min(max(x + 3, 0), 6)/6 (F.hardswish). HardswishBackward0, as PyTorch's kernel:
 * 0 for x < -3, g·(x/3 + 1/2) for -3 ≤ x ≤ 3, g for x > 3, so the derivative is -1/2 at x = -3 and 3/2 at x = 3.
 * One kernel pass each way ('hardswish'); the backward composes under createGraph.
 */
export function hardswish(input: Tensor, options: HardswishOptions = {}): Tensor {
  checkFloat(input, 'input', 'hardswish', 'hardswish_cpu');
  check(options);
  const out = activationKernel(input, 'hardswish');
  return recordActivation(out, 'HardswishBackward0', input, 'hardswish', [], (g) =>
    where(lt(input, -3), 0, where(le(input, 3), mul(g, add(div(input, 3), 0.5)), g)),
  );
}

export const hardswishSpec: ActivationSpec<HardswishOptions> = {
  kind: 'activation',
  name: 'hardswish',
  torchName: 'torch.nn.functional.hardswish',
  moduleName: 'Hardswish',
  description: 'Piecewise silu: 0 below -3, x above 3, quadratic between (min -0.375); cheap on mobile (MobileNetV3).',
  formula: String.raw`\mathrm{Hardswish}(x) = x\,\frac{\min(\max(x+3, 0), 6)}{6}`,
  derivative: String.raw`\mathrm{Hardswish}'(x) = \begin{cases} 0 & x < -3 \\ \frac{x}{3}+\frac{1}{2} & -3 \le x \le 3 \\ 1 & x > 3 \end{cases}`,
  range: '[-0.375, \\infty)',
  saves: 'input',
  note: "At the kinks PyTorch uses the middle branch: hardswish'(-3) = -1/2 and hardswish'(3) = 3/2; tensorgrad matches.",
  optionKeys: INPLACE_OPTIONS,
  params: [{ name: 'inplace', default: false }],
  fn: hardswish,
  checkOptions: check,
};
