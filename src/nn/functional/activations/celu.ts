/** CELU: max(0, x) + min(0, alpha·(e^{x/alpha} - 1)), continuously differentiable for every alpha. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { eluCore } from './elu.js';
import { checkFloat, checkInplace, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface CeluOptions {
  /** Default 1; must not be 0. */
  alpha?: number;
  inplace?: boolean;
}

const OPTIONS = optionKeys<CeluOptions>({ alpha: true, inplace: true });

function resolve(options: CeluOptions): number {
  checkOptionsObject(options, 'celu', OPTIONS);
  const alpha = checkNumber(options.alpha, 'alpha', 'celu', 1);
  // PyTorch: "ZeroDivisionError: alpha cannot be 0 for CELU"
  if (alpha === 0)
    throw new RangeError(
      "celu(): option 'alpha' must not be 0 (PyTorch: ZeroDivisionError: alpha cannot be 0 for CELU)",
    );
  checkInplace(options.inplace, 'celu');
  return alpha;
}

/** celu(x) = x for x > 0, alpha·(e^{x/alpha} - 1) for x ≤ 0 (F.celu); CeluBackward0. */
export function celu(input: Tensor, options: CeluOptions = {}): Tensor {
  checkFloat(input, 'input', 'celu', 'elu_cpu');
  const alpha = resolve(options);
  return eluCore(input, alpha, 1, 1 / alpha, 'CeluBackward0');
}

export const celuSpec: ActivationSpec<CeluOptions> = {
  kind: 'activation',
  name: 'celu',
  torchName: 'torch.nn.functional.celu',
  moduleName: 'CELU',
  description: 'ELU rescaled so the derivative is 1 at 0 for every alpha; saturates to -alpha for x ≪ 0.',
  formula: String.raw`\mathrm{CELU}(x) = \max(0, x) + \min(0, \alpha(e^{x/\alpha}-1))`,
  derivative: String.raw`\mathrm{CELU}'(x) = \begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}`,
  range: '(-\\alpha, \\infty)',
  saves: 'input',
  optionKeys: OPTIONS,
  params: [
    { name: 'alpha', default: 1, min: 0.1, max: 3, step: 0.1 },
    { name: 'inplace', default: false },
  ],
  fn: celu,
  checkOptions: (options) => void resolve(options),
};
