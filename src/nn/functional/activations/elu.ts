/** ELU, and the node that SELU and CELU share with it (PyTorch's elu_backward with scale and input scale). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { clamp, exp, le, mul, where } from '../../../ops/index.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { checkFloat, checkInplace, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface EluOptions {
  /** The negative saturation value is -alpha; default 1. */
  alpha?: number;
  inplace?: boolean;
}

const OPTIONS = optionKeys<EluOptions>({ alpha: true, inplace: true });

/**
 * scale · (x > 0 ? x : alpha·(e^{inputScale·x} - 1)), recorded as `name` (EluBackward0 for elu and selu,
 * CeluBackward0 for celu): ATen's elu kernel, one pass each way ('elu'). Backward, as PyTorch's elu_backward
 * on the input (is_result = false: tensorgrad has no in-place elu_, the only caller of the output form):
 * x ≤ 0 gives ((g·inputScale)·(alpha·scale))·e^{inputScale·x}, else g·scale (a nan input takes g·scale, as
 * PyTorch's scalar kernel). PyTorch's kernel computes e^{x·inputScale} - 1, not expm1: so elu(-1e-8) is 0 in
 * float32 and elu(-0) is +0, as there; parity wins over the (tiny) relative accuracy near 0.
 * Under createGraph the backward is composed from ops; its exponential only ever sees min(x, 0), so the branch
 * that `where` discards cannot overflow to inf and poison second derivatives with 0·inf.
 */
export function eluCore(input: Tensor, alpha: number, scale: number, inputScale: number, name: string): Tensor {
  const out = activationKernel(input, 'elu', alpha, scale, inputScale);
  return recordActivation(out, name, input, 'elu', [alpha, scale, inputScale], (g) =>
    where(
      le(input, 0),
      mul(g, mul(exp(mul(clamp(input, { max: 0 }), inputScale)), inputScale * alpha * scale)),
      mul(g, scale),
    ),
  );
}

function resolve(options: EluOptions): number {
  checkOptionsObject(options, 'elu', OPTIONS);
  const alpha = checkNumber(options.alpha, 'alpha', 'elu', 1);
  checkInplace(options.inplace, 'elu');
  return alpha;
}

/** elu(x) = x for x > 0, alpha·(eˣ - 1) for x ≤ 0 (F.elu). The derivative at 0 is alpha (left branch), as in PyTorch. */
export function elu(input: Tensor, options: EluOptions = {}): Tensor {
  checkFloat(input, 'input', 'elu', 'elu_cpu');
  return eluCore(input, resolve(options), 1, 1, 'EluBackward0');
}

export const eluSpec: ActivationSpec<EluOptions> = {
  kind: 'activation',
  name: 'elu',
  torchName: 'torch.nn.functional.elu',
  moduleName: 'ELU',
  description:
    'Identity for x > 0, smooth exponential saturation to -alpha for x < 0; pushes mean activations toward 0.',
  formula: String.raw`\mathrm{ELU}(x) = \begin{cases} x & x > 0 \\ \alpha(e^{x}-1) & x \le 0 \end{cases}`,
  derivative: String.raw`\mathrm{ELU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}`,
  range: '(-\\alpha, \\infty)',
  saves: 'input',
  note: 'At x = 0 the derivative is alpha (the x ≤ 0 branch), as in PyTorch; smooth only when alpha = 1. Computed as e^x - 1 (not expm1), as PyTorch does, so elu(-1e-8) is 0 in float32 there and here.',
  optionKeys: OPTIONS,
  params: [
    { name: 'alpha', default: 1, min: 0, max: 3, step: 0.1 },
    { name: 'inplace', default: false },
  ],
  fn: elu,
  checkOptions: (options) => void resolve(options),
};
