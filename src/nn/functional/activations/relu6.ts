/** relu6(x) = min(max(x, 0), 6): PyTorch computes it as hardtanh(x, 0, 6), so its node is HardtanhBackward0. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { hardtanhCore } from './hardtanh.js';
import { checkNotBool, INPLACE_OPTIONS, inplaceOnly, type InplaceOptions } from '../../../ops/validate.js';

export type Relu6Options = InplaceOptions;

const check = inplaceOnly('relu6');

/** relu6(x) = min(max(x, 0), 6) (F.relu6); the gradient is 0 at x = 0 and at x = 6, as in PyTorch. */
export function relu6(input: Tensor, options: Relu6Options = {}): Tensor {
  checkNotBool(input, 'input', 'relu6');
  check(options);
  return hardtanhCore(input, 0, 6);
}

export const relu6Spec: ActivationSpec<Relu6Options> = {
  kind: 'activation',
  name: 'relu6',
  torchName: 'torch.nn.functional.relu6',
  moduleName: 'ReLU6',
  description: 'ReLU capped at 6; bounded output for low-precision mobile networks (MobileNet).',
  formula: String.raw`\mathrm{ReLU6}(x) = \min(\max(x, 0), 6)`,
  derivative: String.raw`\mathrm{ReLU6}'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}`,
  range: '[0, 6]',
  saves: 'input',
  note: 'The derivative is 0 at x = 0 and x = 6 (PyTorch records HardtanhBackward0 for relu6).',
  optionKeys: INPLACE_OPTIONS,
  params: [{ name: 'inplace', default: false }],
  fn: relu6,
  checkOptions: check,
};
