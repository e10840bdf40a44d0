/** The rectifier max(x, 0); the spec over the `relu` primitive of src/ops. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { relu as reluOp } from '../../../ops/index.js';
import { checkNotBool, INPLACE_OPTIONS, inplaceOnly, type InplaceOptions } from '../../../ops/validate.js';

/** Only `false` is supported (see docs/activations.md). */
export type ReluOptions = InplaceOptions;

const checkReluOptions = inplaceOnly('relu');

/**
 * relu(x) = max(x, 0) (F.relu, torch.relu). Integer inputs stay integer, as in PyTorch; nan propagates.
 * relu'(0) = 0: PyTorch's threshold_backward passes the gradient only where the output is > 0.
 */
export function relu(input: Tensor, options: ReluOptions = {}): Tensor {
  checkNotBool(input, 'input', 'relu');
  checkReluOptions(options);
  return reluOp(input);
}

export const reluSpec: ActivationSpec<ReluOptions> = {
  kind: 'activation',
  name: 'relu',
  torchName: 'torch.nn.functional.relu',
  moduleName: 'ReLU',
  description: 'Zero for x < 0, identity above; never saturates for x > 0; the default hidden-layer activation.',
  formula: String.raw`\mathrm{ReLU}(x) = \max(x, 0)`,
  derivative: String.raw`\mathrm{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`,
  range: '[0, \\infty)',
  saves: 'output',
  note: "relu'(0) = 0, as in PyTorch (the study note's formula writes 1 for x ≥ 0; PyTorch, JAX and tensorgrad use 0).",
  optionKeys: INPLACE_OPTIONS,
  params: [{ name: 'inplace', default: false }],
  fn: relu,
  checkOptions: checkReluOptions,
};
