/** log σ(x), computed without forming σ(x): min(x, 0) - log1p(e^{-|x|}). */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { abs, add, div, exp, lt, mul, neg, unaryKernel, where } from '../../../ops/index.js';
import { record } from '../../../ops/record.js';
import { checkFloat, checkNoMoreArguments } from '../../../ops/validate.js';

/**
 * log σ(x) = -softplus(-x) (F.logsigmoid), in the stable form min(x, 0) - log1p(e^{-|x|}):
 * logsigmoid(-1e4) = -1e4 where log(sigmoid(x)) would give -inf.
 * Backward (LogSigmoidBackward0) uses z = e^{-|x|}: 1/(1+z) for x < 0, z/(1+z) otherwise (= σ(-x), no overflow).
 */
export function logsigmoid(input: Tensor, ...extra: [options?: Record<string, never>]): Tensor {
  checkFloat(input, 'input', 'logsigmoid', 'log_sigmoid_cpu');
  checkNoMoreArguments(extra, 'logsigmoid');
  const out = unaryKernel(input, 'logSigmoid');
  return record(out, 'LogSigmoidBackward0', [input], (g) => [mul(g, logsigmoidDerivative(input))]);
}

/** σ(-x) written with e^{-|x|} so that neither branch overflows (and second derivatives stay finite). */
function logsigmoidDerivative(x: Tensor): Tensor {
  const z = exp(neg(abs(x)));
  return div(where(lt(x, 0), 1, z), add(z, 1));
}

export const logsigmoidSpec: ActivationSpec = {
  kind: 'activation',
  name: 'logsigmoid',
  torchName: 'torch.nn.functional.logsigmoid',
  moduleName: 'LogSigmoid',
  description: 'log σ(x): ≈ x for x ≪ 0, → 0 for x ≫ 0; the stable building block of binary log-likelihoods.',
  formula: String.raw`\log\sigma(x) = -\log(1+e^{-x}) = \min(x,0) - \log(1+e^{-|x|})`,
  derivative: String.raw`\frac{d}{dx}\log\sigma(x) = 1-\sigma(x) = \sigma(-x)`,
  range: '(-\\infty, 0)',
  saves: 'input',
  note: 'Named logsigmoid (not logSigmoid) because PyTorch spells it F.logsigmoid, one word.',
  optionKeys: [],
  fn: (input) => logsigmoid(input),
};
