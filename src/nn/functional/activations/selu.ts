/** SELU: scale · elu(x, alpha) with the self-normalising constants; PyTorch records EluBackward0. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { eluCore } from './elu.js';
import { checkFloat, INPLACE_OPTIONS, inplaceOnly, type InplaceOptions } from '../../../ops/validate.js';

export type SeluOptions = InplaceOptions;

/** PyTorch's constants (Klambauer et al. 2017), to the digits PyTorch writes them. */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
export const SELU_SCALE = 1.0507009873554804934193349852946;

const check = inplaceOnly('selu');

/** selu(x) = scale·(x > 0 ? x : alpha·(eˣ - 1)) (F.selu, torch.selu). */
export function selu(input: Tensor, options: SeluOptions = {}): Tensor {
  checkFloat(input, 'input', 'selu', 'elu_cpu');
  check(options);
  return eluCore(input, SELU_ALPHA, SELU_SCALE, 1, 'EluBackward0');
}

export const seluSpec: ActivationSpec<SeluOptions> = {
  kind: 'activation',
  name: 'selu',
  torchName: 'torch.nn.functional.selu',
  moduleName: 'SELU',
  description:
    'Scaled ELU whose fixed constants keep activations near zero mean and unit variance (self-normalising nets).',
  formula: String.raw`\mathrm{SELU}(x) = \lambda\begin{cases} x & x > 0 \\ \alpha(e^{x}-1) & x \le 0 \end{cases},\ \lambda \approx 1.0507,\ \alpha \approx 1.6733`,
  derivative: String.raw`\mathrm{SELU}'(x) = \lambda\begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}`,
  range: '(-\\lambda\\alpha, \\infty)',
  saves: 'input',
  note: 'PyTorch records EluBackward0 for selu; so does tensorgrad.',
  optionKeys: INPLACE_OPTIONS,
  params: [{ name: 'inplace', default: false }],
  fn: selu,
  checkOptions: check,
};
