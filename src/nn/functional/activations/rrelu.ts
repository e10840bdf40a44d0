/** RReLU: leaky ReLU with a random slope in [lower, upper] while training, the mean slope in eval. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { gt, mul, where } from '../../../ops/index.js';
import { tensor } from '../../../tensor/create.js';
import { uniformFloat64 } from '../../../tensor/random.js';
import { noGrad } from '../../../autograd/mode.js';
import { record } from '../../../ops/record.js';
import { leakyReluCore } from './leakyRelu.js';
import {
  checkBoolean,
  checkFloat,
  checkInplace,
  checkNumber,
  checkOptionsObject,
  optionKeys,
} from '../../../ops/validate.js';

export interface RreluOptions {
  /** Lower bound of the random slope, default 1/8. */
  lower?: number;
  /** Upper bound of the random slope, default 1/3. */
  upper?: number;
  /** Random slopes (true) or the fixed slope (lower + upper)/2 (false, the functional's default). */
  training?: boolean;
  inplace?: boolean;
}

const OPTIONS = optionKeys<RreluOptions>({ lower: true, upper: true, training: true, inplace: true });

function resolve(options: RreluOptions): { lower: number; upper: number; training: boolean } {
  checkOptionsObject(options, 'rrelu', OPTIONS);
  const lower = checkNumber(options.lower, 'lower', 'rrelu', 1 / 8);
  const upper = checkNumber(options.upper, 'upper', 'rrelu', 1 / 3);
  if (lower > upper) {
    throw new RangeError(
      `rrelu(): Lower bound should be less than or equal to the upper bound (got lower ${lower}, upper ${upper})`,
    );
  }
  const training = checkBoolean(options.training, 'training', 'rrelu', false);
  checkInplace(options.inplace, 'rrelu');
  return { lower, upper, training };
}

/**
 * rrelu(x) (F.rrelu). Eval (training: false, the functional's default): leaky ReLU with slope (lower + upper)/2.
 * Training: each x ≤ 0 gets its own slope drawn uniformly from [lower, upper] with the global generator, one
 * float64 draw per such element in row-major order, exactly as PyTorch's rrelu_with_noise; so after
 * `tg.manualSeed(s)` the slopes equal PyTorch's after `torch.manual_seed(s)`. The node is RreluWithNoiseBackward0:
 * g·noise in training, the leaky-relu rule in eval.
 */
export function rrelu(input: Tensor, options: RreluOptions = {}): Tensor {
  checkFloat(input, 'input', 'rrelu', 'leaky_relu_cpu');
  const { lower, upper, training } = resolve(options);
  if (!training) return leakyReluCore(input, (lower + upper) / 2, 'RreluWithNoiseBackward0');
  const x = input.contiguousData('float64');
  const noiseData = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) noiseData[i] = x[i]! <= 0 ? uniformFloat64() * (upper - lower) + lower : 1;
  const noise = tensor(noiseData, { dtype: input.dtype, shape: [...input.shape] });
  const out = noGrad(() => mul(input, noise));
  // PyTorch falls back to the leaky-relu rule when the interval is (numerically) empty.
  if (upper - lower <= 1e-6)
    return record(out, 'RreluWithNoiseBackward0', [input], (g) => [
      where(gt(input, 0), g, mul(g, (lower + upper) / 2)),
    ]);
  return record(out, 'RreluWithNoiseBackward0', [input], (g) => [mul(g, noise)]);
}

export const rreluSpec: ActivationSpec<RreluOptions> = {
  kind: 'activation',
  name: 'rrelu',
  torchName: 'torch.nn.functional.rrelu',
  moduleName: 'RReLU',
  description:
    'Randomized leaky ReLU: random negative slope in [lower, upper] while training (a regulariser), the mean slope in eval.',
  formula: String.raw`\mathrm{RReLU}(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases},\ a \sim U(l, u)\ \text{(training)},\ a = \frac{l+u}{2}\ \text{(eval)}`,
  derivative: String.raw`\mathrm{RReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}`,
  range: '(-\\infty, \\infty)',
  saves: 'input',
  note: 'Training mode draws from the global generator like PyTorch (same slopes after the same manual seed). nn.RReLU follows module.training.',
  optionKeys: OPTIONS,
  params: [
    { name: 'lower', default: 1 / 8, min: 0, max: 1, step: 0.01 },
    { name: 'upper', default: 1 / 3, min: 0, max: 1, step: 0.01 },
    { name: 'training', default: false },
    { name: 'inplace', default: false },
  ],
  fn: rrelu,
  checkOptions: (options) => void resolve(options),
};
