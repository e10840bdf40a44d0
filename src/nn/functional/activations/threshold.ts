/** threshold: replace every x ≤ threshold by value. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { le, to, where } from '../../../ops/index.js';
import { isFloatingDType } from '../../../tensor/dtype.js';
import { noGrad } from '../../../autograd/mode.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { checkInplace, checkNotBool, checkOptionsObject, describe, optionKeys } from '../../../ops/validate.js';

export interface ThresholdOptions {
  inplace?: boolean;
}

/** The spec's options: threshold and value are required positionals of F.threshold, options here. */
export interface ThresholdSpecOptions extends ThresholdOptions {
  threshold?: number;
  value?: number;
}

export const THRESHOLD_OPTIONS = optionKeys<ThresholdOptions>({ inplace: true });
const SPEC_OPTIONS = optionKeys<ThresholdSpecOptions>({ threshold: true, value: true, inplace: true });

function required(v: unknown, name: string): number {
  if (v === undefined) throw new TypeError(`threshold(): missing required argument '${name}' (a number)`);
  // nan is a legal threshold or value in PyTorch (F.threshold(x, -1, nan) replaces x <= -1 by nan).
  if (typeof v !== 'number')
    throw new TypeError(`threshold(): argument '${name}' must be a number, but got ${describe(v)}`);
  return v;
}

/**
 * threshold(x, threshold, value) = x > threshold ? x : value (F.threshold). Integer inputs stay integer.
 * ThresholdBackward0: the gradient passes only where x > threshold (nan passes, as in PyTorch).
 */
export function threshold(input: Tensor, threshold: number, value: number, options: ThresholdOptions = {}): Tensor {
  checkNotBool(input, 'input', 'threshold');
  const th = required(threshold, 'threshold');
  const v = required(value, 'value');
  checkOptionsObject(options, 'threshold', THRESHOLD_OPTIONS);
  checkInplace(options.inplace, 'threshold');
  // Float inputs: one kernel pass each way ('threshold'); integer inputs compose (and stay integer).
  const out = isFloatingDType(input.dtype)
    ? activationKernel(input, 'threshold', th, v)
    : noGrad(() => to(where(le(input, th), v, input), input.dtype));
  return recordActivation(out, 'ThresholdBackward0', input, 'threshold', [th], (g) => where(le(input, th), 0, g));
}

export const thresholdSpec: ActivationSpec<ThresholdSpecOptions> = {
  kind: 'activation',
  name: 'threshold',
  torchName: 'torch.nn.functional.threshold',
  moduleName: 'Threshold',
  description: 'Replaces values ≤ threshold by a constant; relu is threshold(x, 0, 0).',
  formula: String.raw`\mathrm{Threshold}(x) = \begin{cases} x & x > \theta \\ v & x \le \theta \end{cases}`,
  derivative: String.raw`\mathrm{Threshold}'(x) = \begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}`,
  range: '\\{v\\} \\cup (\\theta, \\infty)',
  saves: 'input',
  note: 'F.threshold(x, threshold, value) takes both positionally, as PyTorch does; nn.Threshold({ threshold, value }).',
  optionKeys: SPEC_OPTIONS,
  params: [
    { name: 'threshold', default: 0, min: -2, max: 2, step: 0.1 },
    { name: 'value', default: 0, min: -2, max: 2, step: 0.1 },
    { name: 'inplace', default: false },
  ],
  fn: (input, options = {}) => {
    checkOptionsObject(options, 'threshold', SPEC_OPTIONS);
    return threshold(input, options.threshold ?? 0, options.value ?? 0, { inplace: options.inplace });
  },
  checkOptions: (options) => {
    checkOptionsObject(options, 'threshold', SPEC_OPTIONS);
    required(options.threshold ?? 0, 'threshold');
    required(options.value ?? 0, 'value');
    checkInplace(options.inplace, 'threshold');
  },
};
