/** Leaky ReLU: x for x > 0, negativeSlope·x otherwise. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { gt, mul, where } from '../../../ops/index.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { checkFloat, checkInplace, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface LeakyReluOptions {
  /** Slope for x ≤ 0, default 0.01. */
  negativeSlope?: number;
  inplace?: boolean;
}

const OPTIONS = optionKeys<LeakyReluOptions>({ negativeSlope: true, inplace: true });

function resolve(options: LeakyReluOptions): number {
  checkOptionsObject(options, 'leakyRelu', OPTIONS);
  const slope = checkNumber(options.negativeSlope, 'negativeSlope', 'leakyRelu', 0.01);
  checkInplace(options.inplace, 'leakyRelu');
  return slope;
}

/**
 * The shared leaky-relu node: forward x > 0 ? x : slope·x; backward x > 0 ? g : slope·g, so the derivative
 * at 0 is the slope (PyTorch's leaky_relu_backward tests self > 0). Also rrelu's eval mode. One kernel pass
 * each way ('leakyRelu'); under createGraph the backward is composed from ops so it can be differentiated.
 */
export function leakyReluCore(input: Tensor, slope: number, name: string): Tensor {
  const out = activationKernel(input, 'leakyRelu', slope);
  return recordActivation(out, name, input, 'leakyRelu', [slope], (g) => where(gt(input, 0), g, mul(g, slope)));
}

/** leakyRelu(x) = max(0, x) + negativeSlope·min(0, x) (F.leaky_relu); derivative at 0 is negativeSlope. */
export function leakyRelu(input: Tensor, options: LeakyReluOptions = {}): Tensor {
  checkFloat(input, 'input', 'leakyRelu', 'leaky_relu_cpu');
  return leakyReluCore(input, resolve(options), 'LeakyReluBackward0');
}

export const leakyReluSpec: ActivationSpec<LeakyReluOptions> = {
  kind: 'activation',
  name: 'leakyRelu',
  torchName: 'torch.nn.functional.leaky_relu',
  moduleName: 'LeakyReLU',
  description: 'ReLU with a small slope for x < 0, so negative units keep a gradient (no dead units); unbounded.',
  formula: String.raw`\mathrm{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases},\ \alpha = \mathrm{negativeSlope}`,
  derivative: String.raw`\mathrm{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases}`,
  range: '(-\\infty, \\infty)',
  saves: 'input',
  note: 'The derivative at 0 is negativeSlope, as in PyTorch.',
  optionKeys: OPTIONS,
  params: [
    { name: 'negativeSlope', default: 0.01, min: 0, max: 1, step: 0.01 },
    { name: 'inplace', default: false },
  ],
  fn: leakyRelu,
  checkOptions: (options) => void resolve(options),
};
