/** softshrink: shrink toward 0 by lambd, zero inside [-lambd, lambd]. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { where } from '../../../ops/index.js';
import { outsideLambda } from '../../../ops/activations.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface SoftshrinkOptions {
  /** λ ≥ 0, default 0.5. */
  lambd?: number;
}

const OPTIONS = optionKeys<SoftshrinkOptions>({ lambd: true });

function resolve(options: SoftshrinkOptions): number {
  checkOptionsObject(options, 'softshrink', OPTIONS);
  const lambd = checkNumber(options.lambd, 'lambd', 'softshrink', 0.5);
  if (lambd < 0)
    throw new RangeError(
      `softshrink(): option 'lambd': lambda must be greater or equal to 0, but found to be ${lambd}.`,
    );
  return lambd;
}

/**
 * softshrink(x) = x - λ for x > λ, x + λ for x < -λ, else 0 (F.softshrink). SoftshrinkBackward0: the gradient
 * is 0 on [-λ, λ] including ±λ, 1 outside, as in PyTorch.
 */
export function softshrink(input: Tensor, options: SoftshrinkOptions = {}): Tensor {
  checkFloat(input, 'input', 'softshrink', 'softshrink_cpu');
  const lambd = resolve(options);
  // The 'softshrink' activation kernel (softshrink_kernel): PyTorch 1.13 writes a plain 0 in the middle, so
  // softshrink(nan) = 0 and softshrink(-0) = +0. Backward: the 'softshrink' kernel (shrink_backward_kernel), or
  // under createGraph the same mask composed.
  const out = activationKernel(input, 'softshrink', lambd);
  return recordActivation(out, 'SoftshrinkBackward0', input, 'softshrink', [lambd], (g) =>
    where(outsideLambda(input, lambd), g, 0),
  );
}

export const softshrinkSpec: ActivationSpec<SoftshrinkOptions> = {
  kind: 'activation',
  name: 'softshrink',
  torchName: 'torch.nn.functional.softshrink',
  moduleName: 'Softshrink',
  description:
    'Soft thresholding: zero on [-λ, λ], shifted identity outside; the proximal map of the L1 norm (sparsity).',
  formula: String.raw`\mathrm{Softshrink}(x) = \begin{cases} x-\lambda & x > \lambda \\ x+\lambda & x < -\lambda \\ 0 & \text{otherwise} \end{cases}`,
  derivative: String.raw`\mathrm{Softshrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}`,
  range: '(-\\infty, \\infty)',
  saves: 'input',
  note: 'The derivative at x = ±λ is 0, as in PyTorch. softshrink(nan) = 0, as in PyTorch 1.13 (its gradient still passes at nan).',
  optionKeys: OPTIONS,
  params: [{ name: 'lambd', default: 0.5, min: 0, max: 2, step: 0.05 }],
  fn: softshrink,
  checkOptions: (options) => void resolve(options),
};
