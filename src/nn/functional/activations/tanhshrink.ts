/** tanhshrink(x) = x - tanh(x): a composition, as in PyTorch (SubBackward0). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { sub, tanh } from '../../../ops/index.js';
import { checkNoMoreArguments, checkNotBool } from '../../../ops/validate.js';

/** tanhshrink(x) = x - tanh(x) (F.tanhshrink); autograd derives tanh²(x). */
export function tanhshrink(input: Tensor, ...extra: [options?: Record<string, never>]): Tensor {
  checkNotBool(input, 'input', 'tanhshrink');
  checkNoMoreArguments(extra, 'tanhshrink');
  return sub(input, tanh(input));
}

export const tanhshrinkSpec: ActivationSpec = {
  kind: 'activation',
  name: 'tanhshrink',
  torchName: 'torch.nn.functional.tanhshrink',
  moduleName: 'Tanhshrink',
  description: 'x - tanh(x): flat (≈ x³/3) near 0, slope → 1 for |x| ≫ 1; shrinkage in sparse coding.',
  formula: String.raw`\mathrm{Tanhshrink}(x) = x - \tanh(x)`,
  derivative: String.raw`\mathrm{Tanhshrink}'(x) = \tanh^2(x)`,
  range: '(-\\infty, \\infty)',
  saves: 'composition',
  optionKeys: [],
  fn: (input) => tanhshrink(input),
};
