/** hardshrink: zero inside [-lambd, lambd], identity outside. */
import type { ActivationSpec } from '../../spec.js';
import { hardshrink, HARDSHRINK_OPTIONS, resolveHardshrink, type HardshrinkOptions } from '../../../ops/activations.js';

export { hardshrink, type HardshrinkOptions };

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
  optionKeys: HARDSHRINK_OPTIONS,
  params: [{ name: 'lambd', default: 0.5, min: 0, max: 2, step: 0.05 }],
  fn: hardshrink,
  checkOptions: (options) => void resolveHardshrink(options),
};
