/** hardshrink: zero inside [-lambd, lambd], identity outside. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { where } from '../../../ops/index.js';
import { noGrad } from '../../../autograd/mode.js';
import { record } from '../../../ops/record.js';
import { outsideLambda } from './softshrink.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../validate.js';

export interface HardshrinkOptions {
  /** λ, default 0.5. */
  lambd?: number;
}

const OPTIONS = optionKeys<HardshrinkOptions>({ lambd: true });

function resolve(options: HardshrinkOptions): number {
  checkOptionsObject(options, 'hardshrink', OPTIONS);
  return checkNumber(options.lambd, 'lambd', 'hardshrink', 0.5);
}

/** hardshrink(x) = x for |x| > λ, else 0 (F.hardshrink). HardshrinkBackward0: 0 on [-λ, λ] including ±λ. */
export function hardshrink(input: Tensor, options: HardshrinkOptions = {}): Tensor {
  checkFloat(input, 'input', 'hardshrink', 'hardshrink_cpu');
  const lambd = resolve(options);
  const out = noGrad(() => where(outsideLambda(input, lambd), input, 0));
  return record(out, 'HardshrinkBackward0', [input], (g) => [where(outsideLambda(input, lambd), g, 0)]);
}

export const hardshrinkSpec: ActivationSpec<HardshrinkOptions> = {
  kind: 'activation',
  name: 'hardshrink',
  torchName: 'torch.nn.functional.hardshrink',
  moduleName: 'Hardshrink',
  description: 'Hard thresholding: zero on [-λ, λ], identity outside; keeps large values, kills small ones.',
  formula: String.raw`\mathrm{Hardshrink}(x) = \begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}`,
  derivative: String.raw`\mathrm{Hardshrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}`,
  range: '\\{0\\} \\cup (-\\infty, -\\lambda) \\cup (\\lambda, \\infty)',
  saves: 'input',
  note: 'The derivative at x = ±λ is 0, as in PyTorch. A negative λ is accepted, as in PyTorch (nothing is zeroed).',
  optionKeys: OPTIONS,
  params: [{ name: 'lambd', default: 0.5, min: 0, max: 2, step: 0.05 }],
  fn: hardshrink,
  checkOptions: (options) => void resolve(options),
};
