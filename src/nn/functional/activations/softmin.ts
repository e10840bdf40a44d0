/** softmin = softmax(-x): a composition, as in PyTorch (NegBackward0 then SoftmaxBackward0). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { neg, softmax as softmaxOp } from '../../../ops/index.js';
import {
  SOFTMAX_SPEC_OPTIONS,
  softmaxArgs,
  softmaxSpecFn,
  type SoftmaxOptions,
  type SoftmaxSpecOptions,
} from './_softmaxDim.js';

/** softmin(x) = softmax(-x) along `dim` (F.softmin); `dtype` casts (-x) before the softmax, as PyTorch does. */
export function softmin(input: Tensor, dim?: number, options: SoftmaxOptions = {}): Tensor {
  const [d, opts] = softmaxArgs(input, dim, options, 'softmin', 'softmax_lastdim_kernel_impl');
  return softmaxOp(neg(input), d, opts);
}

export const softminSpec: ActivationSpec<SoftmaxSpecOptions> = {
  kind: 'activation',
  name: 'softmin',
  torchName: 'torch.nn.functional.softmin',
  moduleName: 'Softmin',
  description: 'softmax(-x): probabilities that favour the smallest entries along dim.',
  formula: String.raw`\mathrm{softmin}(x)_i = \frac{e^{-x_i}}{\sum_j e^{-x_j}}`,
  derivative: String.raw`\frac{\partial\,\mathrm{softmin}_i}{\partial x_j} = -s_i(\delta_{ij} - s_j)`,
  range: '(0, 1),\\ \\sum = 1',
  saves: 'output',
  optionKeys: SOFTMAX_SPEC_OPTIONS,
  params: [{ name: 'dim', default: -1, min: -4, max: 3, step: 1 }],
  fn: softmaxSpecFn(softmin, 'softmin'),
};
