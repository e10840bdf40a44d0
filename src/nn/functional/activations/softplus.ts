/** softplus(x) = log(1 + e^{βx})/β, switching to the identity past the threshold. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { gt, mul, sigmoid, unaryKernel, where } from '../../../ops/index.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface SoftplusOptions {
  /** Sharpness β > 0, default 1. */
  beta?: number;
  /** Above βx > threshold the result is x itself, default 20. */
  threshold?: number;
}

const OPTIONS = optionKeys<SoftplusOptions>({ beta: true, threshold: true });

function resolve(options: SoftplusOptions): { beta: number; threshold: number } {
  checkOptionsObject(options, 'softplus', OPTIONS);
  const beta = checkNumber(options.beta, 'beta', 'softplus', 1);
  if (!(beta > 0)) throw new RangeError(`softplus(): option 'beta' must be positive, but got ${beta}`);
  const threshold = checkNumber(options.threshold, 'threshold', 'softplus', 20);
  return { beta, threshold };
}

/**
 * softplus(x) = log(1 + e^{βx})/β, and x where βx > threshold (F.softplus). Past the threshold log1p(e^{βx})/β
 * equals x to working precision, and e^{βx} would overflow for large x. One kernel pass: the 'softplus' unary
 * kernel for the defaults (β = 1, threshold 20), the parametric 'softplus' activation kernel otherwise.
 * SoftplusBackward0: g where βx > threshold, else (g·z)/(z + 1), z = e^{βx} (the 'softplus' backward kernel, as
 * PyTorch's softplus_backward; composed as g·σ(βx) under createGraph).
 * Differs from PyTorch: beta ≤ 0 throws (PyTorch returns inf for beta = 0).
 */
export function softplus(input: Tensor, options: SoftplusOptions = {}): Tensor {
  checkFloat(input, 'input', 'softplus', 'softplus_cpu');
  const { beta, threshold } = resolve(options);
  const out =
    beta === 1 && threshold === 20
      ? unaryKernel(input, 'softplus')
      : activationKernel(input, 'softplus', beta, threshold);
  return recordActivation(out, 'SoftplusBackward0', input, 'softplus', [beta, threshold], (g) => {
    const scaled = mul(input, beta);
    return where(gt(scaled, threshold), g, mul(g, sigmoid(scaled)));
  });
}

export const softplusSpec: ActivationSpec<SoftplusOptions> = {
  kind: 'activation',
  name: 'softplus',
  torchName: 'torch.nn.functional.softplus',
  moduleName: 'Softplus',
  description:
    'Smooth ReLU, always positive; its derivative is the sigmoid; used for positive parameters (scales, rates).',
  formula: String.raw`\mathrm{Softplus}(x) = \frac{1}{\beta}\log(1+e^{\beta x})\ \ (x \text{ if } \beta x > \text{threshold})`,
  derivative: String.raw`\mathrm{Softplus}'(x) = \sigma(\beta x)\ \ (1 \text{ if } \beta x > \text{threshold})`,
  range: '(0, \\infty)',
  saves: 'input',
  note: 'Exactly the identity (derivative 1) where βx > threshold, as in PyTorch. beta ≤ 0 throws (PyTorch computes inf or a negated curve).',
  optionKeys: OPTIONS,
  params: [
    { name: 'beta', default: 1, min: 0.1, max: 5, step: 0.1 },
    { name: 'threshold', default: 20, min: 1, max: 40, step: 1 },
  ],
  fn: softplus,
  checkOptions: (options) => void resolve(options),
};
