/** softmax along a dim; the spec over the `softmax` primitive of src/ops (max-subtracted, SoftmaxBackward0). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { softmax as softmaxOp } from '../../../ops/index.js';
import {
  SOFTMAX_SPEC_OPTIONS,
  softmaxArgs,
  softmaxSpecFn,
  type SoftmaxOptions,
  type SoftmaxSpecOptions,
} from './_softmaxDim.js';

export type { SoftmaxOptions } from './_softmaxDim.js';

/**
 * softmax(x)ᵢ = e^{xᵢ}/Σⱼ e^{xⱼ} along `dim` (F.softmax, torch.softmax), computed as e^{xᵢ - max x} so no logit
 * overflows. `dtype` casts the input first. Omitting dim uses PyTorch's deprecated implicit choice.
 */
export function softmax(input: Tensor, dim?: number, options: SoftmaxOptions = {}): Tensor {
  return softmaxOp(input, ...softmaxArgs(input, dim, options, 'softmax', 'softmax_lastdim_kernel_impl'));
}

export const softmaxSpec: ActivationSpec<SoftmaxSpecOptions> = {
  kind: 'activation',
  name: 'softmax',
  torchName: 'torch.nn.functional.softmax',
  moduleName: 'Softmax',
  description:
    'Turns a vector of logits into probabilities along dim (positive, sum 1); invariant to adding a constant.',
  formula: String.raw`\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}} = \frac{e^{x_i - \max x}}{\sum_j e^{x_j - \max x}}`,
  derivative: String.raw`\frac{\partial\,\mathrm{softmax}_i}{\partial x_j} = s_i(\delta_{ij} - s_j)`,
  range: '(0, 1),\\ \\sum = 1',
  saves: 'output',
  note: 'dim is positional, as in PyTorch: F.softmax(x, 1). nn.Softmax({ dim }) or nn.Softmax(dim).',
  optionKeys: SOFTMAX_SPEC_OPTIONS,
  params: [{ name: 'dim', default: -1, min: -4, max: 3, step: 1 }],
  fn: softmaxSpecFn(softmax, 'softmax'),
};
