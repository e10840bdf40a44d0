/** logSoftmax along a dim; the spec over the `logSoftmax` primitive of src/ops (LogSoftmaxBackward0). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { logSoftmax as logSoftmaxOp } from '../../../ops/index.js';
import {
  SOFTMAX_SPEC_OPTIONS,
  softmaxArgs,
  softmaxSpecFn,
  type SoftmaxOptions,
  type SoftmaxSpecOptions,
} from './_softmaxDim.js';

/**
 * logSoftmax(x)ᵢ = xᵢ - log Σⱼ e^{xⱼ} along `dim` (F.log_softmax), via a max-shifted log-sum-exp: finite for
 * any finite logits, where log(softmax(x)) would give -inf.
 */
export function logSoftmax(input: Tensor, dim?: number, options: SoftmaxOptions = {}): Tensor {
  return logSoftmaxOp(input, ...softmaxArgs(input, dim, options, 'logSoftmax', 'log_softmax_lastdim_kernel_impl'));
}

export const logSoftmaxSpec: ActivationSpec<SoftmaxSpecOptions> = {
  kind: 'activation',
  name: 'logSoftmax',
  torchName: 'torch.nn.functional.log_softmax',
  moduleName: 'LogSoftmax',
  description:
    'Log-probabilities along dim (≤ 0); the stable input of NLL loss (cross-entropy = nllLoss ∘ logSoftmax).',
  formula: String.raw`\mathrm{logsoftmax}(x)_i = x_i - \log\sum_j e^{x_j}`,
  derivative: String.raw`\frac{\partial\,\mathrm{logsoftmax}_i}{\partial x_j} = \delta_{ij} - \mathrm{softmax}(x)_j`,
  range: '(-\\infty, 0]',
  saves: 'output',
  optionKeys: SOFTMAX_SPEC_OPTIONS,
  params: [{ name: 'dim', default: -1, min: -4, max: 3, step: 1 }],
  fn: softmaxSpecFn(logSoftmax, 'logSoftmax'),
};
