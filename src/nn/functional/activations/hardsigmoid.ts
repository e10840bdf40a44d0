/** hardsigmoid: the piecewise-linear sigmoid relu6(x + 3)/6. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { gt, logicalAnd, lt, mul, where } from '../../../ops/index.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { checkFloat, INPLACE_OPTIONS, inplaceOnly, type InplaceOptions } from '../../../ops/validate.js';

export type HardsigmoidOptions = InplaceOptions;

const check = inplaceOnly('hardsigmoid');

/**
 * hardsigmoid(x) = min(max(x + 3, 0), 6)/6 (F.hardsigmoid). HardsigmoidBackward0: g/6 strictly inside (-3, 3),
 * 0 elsewhere, including at ±3, as in PyTorch. One kernel pass each way ('hardsigmoid': g·(1/6), PyTorch's
 * hardsigmoid_backward); the backward composes under createGraph.
 */
export function hardsigmoid(input: Tensor, options: HardsigmoidOptions = {}): Tensor {
  checkFloat(input, 'input', 'hardsigmoid', 'hardsigmoid_cpu');
  check(options);
  const out = activationKernel(input, 'hardsigmoid');
  return recordActivation(out, 'HardsigmoidBackward0', input, 'hardsigmoid', [], (g) =>
    where(logicalAnd(gt(input, -3), lt(input, 3)), mul(g, 1 / 6), 0),
  );
}

export const hardsigmoidSpec: ActivationSpec<HardsigmoidOptions> = {
  kind: 'activation',
  name: 'hardsigmoid',
  torchName: 'torch.nn.functional.hardsigmoid',
  moduleName: 'Hardsigmoid',
  description: 'Piecewise-linear sigmoid: 0 below -3, 1 above 3, linear between; cheap gates (MobileNetV3).',
  formula: String.raw`\mathrm{Hardsigmoid}(x) = \frac{\min(\max(x+3, 0), 6)}{6}`,
  derivative: String.raw`\mathrm{Hardsigmoid}'(x) = \begin{cases} 1/6 & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}`,
  range: '[0, 1]',
  saves: 'input',
  note: 'The derivative at x = ±3 is 0, as in PyTorch.',
  optionKeys: INPLACE_OPTIONS,
  params: [{ name: 'inplace', default: false }],
  fn: hardsigmoid,
  checkOptions: check,
};
