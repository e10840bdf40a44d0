/** hardtanh: clamp into [minVal, maxVal]; relu6 is hardtanh(x, 0, 6), as in PyTorch. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { ge, gt, le, logicalOr, lt, to, where } from '../../../ops/index.js';
import { noGrad } from '../../../autograd/mode.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { isFloatingDType } from '../../../tensor/dtype.js';
import { checkInplace, checkNotBool, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface HardtanhOptions {
  /** Lower bound, default -1. */
  minVal?: number;
  /** Upper bound, default 1. */
  maxVal?: number;
  inplace?: boolean;
}

const OPTIONS = optionKeys<HardtanhOptions>({ minVal: true, maxVal: true, inplace: true });

function resolve(options: HardtanhOptions, fn: string): { minVal: number; maxVal: number } {
  checkOptionsObject(options, fn, OPTIONS);
  const minVal = checkNumber(options.minVal, 'minVal', fn, -1);
  const maxVal = checkNumber(options.maxVal, 'maxVal', fn, 1);
  if (minVal > maxVal) {
    throw new RangeError(`${fn}(): option 'minVal' (${minVal}) must not exceed option 'maxVal' (${maxVal})`);
  }
  checkInplace(options.inplace, fn);
  return { minVal, maxVal };
}

/**
 * The shared hardtanh node (HardtanhBackward0): forward clamps; backward passes the gradient only strictly
 * inside (minVal, maxVal), so the derivative at either bound is 0, as in PyTorch's hardtanh_backward.
 * Float inputs: one kernel pass each way ('hardtanh'); under createGraph the backward is composed from ops.
 */
export function hardtanhCore(input: Tensor, minVal: number, maxVal: number): Tensor {
  // Two selects rather than clamp (in the kernel too), so nan and -0 pass through unchanged as in PyTorch's
  // scalar kernel (Math.max(-0, 0) would give +0); integer inputs stay integer.
  const out = isFloatingDType(input.dtype)
    ? activationKernel(input, 'hardtanh', minVal, maxVal)
    : noGrad(() => to(where(lt(input, minVal), minVal, where(gt(input, maxVal), maxVal, input)), input.dtype));
  // "outside or on a bound" rather than "strictly inside", so nan passes the gradient as in PyTorch's scalar
  // kernel.
  return recordActivation(out, 'HardtanhBackward0', input, 'hardtanh', [minVal, maxVal], (g) =>
    where(logicalOr(le(input, minVal), ge(input, maxVal)), 0, g),
  );
}

/**
 * hardtanh(x) = min(max(x, minVal), maxVal) (F.hardtanh). Integer inputs stay integer.
 * Differs from PyTorch: minVal > maxVal throws (PyTorch's F.hardtanh returns maxVal everywhere; nn.Hardtanh asserts).
 */
export function hardtanh(input: Tensor, options: HardtanhOptions = {}): Tensor {
  checkNotBool(input, 'input', 'hardtanh');
  const { minVal, maxVal } = resolve(options, 'hardtanh');
  return hardtanhCore(input, minVal, maxVal);
}

export const hardtanhSpec: ActivationSpec<HardtanhOptions> = {
  kind: 'activation',
  name: 'hardtanh',
  torchName: 'torch.nn.functional.hardtanh',
  moduleName: 'Hardtanh',
  description:
    'Piecewise-linear tanh: identity inside [minVal, maxVal], constant outside (zero gradient there); cheap bounded activations.',
  formula: String.raw`\mathrm{Hardtanh}(x) = \min(\max(x, a), b),\ a = \mathrm{minVal},\ b = \mathrm{maxVal}`,
  derivative: String.raw`\mathrm{Hardtanh}'(x) = \begin{cases} 1 & a < x < b \\ 0 & \text{otherwise} \end{cases}`,
  range: '[a, b]',
  saves: 'input',
  note: "The derivative at x = minVal and x = maxVal is 0, as in PyTorch. minVal > maxVal throws (PyTorch's F.hardtanh silently returns maxVal).",
  optionKeys: OPTIONS,
  params: [
    { name: 'minVal', default: -1, min: -3, max: 0, step: 0.1 },
    { name: 'maxVal', default: 1, min: 0, max: 3, step: 0.1 },
    { name: 'inplace', default: false },
  ],
  fn: hardtanh,
  checkOptions: (options) => void resolve(options, 'hardtanh'),
};
