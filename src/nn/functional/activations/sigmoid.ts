/** The logistic sigmoid σ(x) = 1/(1 + e^{-x}); the spec over the `sigmoid` primitive of src/ops. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { sigmoid as sigmoidOp } from '../../../ops/index.js';
import { checkNoMoreArguments, checkTensor } from '../../../ops/validate.js';

/**
 * σ(x) = 1/(1 + e^{-x}), elementwise (torch.sigmoid, F.sigmoid). Integer inputs give float32, as in PyTorch.
 * Never overflows: σ(-1e4) = 0, σ(1e4) = 1, σ(±inf) = 0 / 1. Backward saves the output: σ' = σ(1 - σ).
 *
 *   String(F.sigmoid(tg.tensor([-1, 0, 1])))  // 'tensor([0.2689, 0.5000, 0.7311])'
 */
export function sigmoid(input: Tensor, ...extra: [options?: Record<string, never>]): Tensor {
  checkTensor(input, 'input', 'sigmoid');
  checkNoMoreArguments(extra, 'sigmoid');
  return sigmoidOp(input);
}

export const sigmoidSpec: ActivationSpec = {
  kind: 'activation',
  name: 'sigmoid',
  torchName: 'torch.sigmoid',
  moduleName: 'Sigmoid',
  description: 'Squashes to (0, 1); saturates for |x| > ~5 (vanishing gradient); gates and binary probabilities.',
  formula: String.raw`\sigma(x) = \frac{1}{1+e^{-x}}`,
  derivative: String.raw`\sigma'(x) = \sigma(x)(1-\sigma(x))`,
  range: '(0, 1)',
  saves: 'output',
  optionKeys: [],
  fn: (input) => sigmoid(input),
};
