/** tanh; the spec over the `tanh` primitive of src/ops. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { tanh as tanhOp } from '../../../ops/index.js';
import { checkNoMoreArguments, checkTensor } from '../../../ops/validate.js';

/** tanh(x) (F.tanh, torch.tanh); TanhBackward0 saves the output: 1 - tanh²(x). Integer inputs give float32. */
export function tanh(input: Tensor, ...extra: [options?: Record<string, never>]): Tensor {
  checkTensor(input, 'input', 'tanh');
  checkNoMoreArguments(extra, 'tanh');
  return tanhOp(input);
}

export const tanhSpec: ActivationSpec = {
  kind: 'activation',
  name: 'tanh',
  torchName: 'torch.tanh',
  moduleName: 'Tanh',
  description: 'Zero-centred squashing to (-1, 1); saturates for |x| > ~3; RNN cells and bounded outputs.',
  formula: String.raw`\tanh(x) = \frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}`,
  derivative: String.raw`\tanh'(x) = 1-\tanh^2(x)`,
  range: '(-1, 1)',
  saves: 'output',
  optionKeys: [],
  fn: (input) => tanh(input),
};
