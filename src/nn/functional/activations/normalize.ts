/** F.normalize: divide by the p-norm along a dim, clamped below by eps. A composition, as in PyTorch. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { clamp, div, expand, norm } from '../../../ops/index.js';
import { isFloatingDType } from '../../../tensor/dtype.js';
import { normalizeDim } from '../../../tensor/shape.js';
import { checkDim, checkNumber, checkOptionsObject, checkTensor, optionKeys } from '../../../ops/validate.js';

export interface NormalizeOptions {
  /** The norm's exponent, default 2. */
  p?: number;
  /** The dim to normalise along, default 1. */
  dim?: number;
  /** Lower bound of the denominator, default 1e-12 (so a zero vector stays zero). */
  eps?: number;
}

const OPTIONS = optionKeys<NormalizeOptions>({ p: true, dim: true, eps: true });

/**
 * normalize(x) = x / max(‖x‖ₚ, eps) along `dim` (F.normalize), written as PyTorch writes it:
 * `x / x.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(x)`, so its node is DivBackward0.
 */
export function normalize(input: Tensor, options: NormalizeOptions = {}): Tensor {
  checkTensor(input, 'input', 'normalize');
  checkOptionsObject(options, 'normalize', OPTIONS);
  const p = checkNumber(options.p, 'p', 'normalize', 2);
  const dim = options.dim === undefined ? 1 : checkDim(options.dim, 'dim', 'normalize');
  const eps = checkNumber(options.eps, 'eps', 'normalize', 1e-12);
  if (!isFloatingDType(input.dtype)) {
    throw new TypeError(
      `normalize(): norm(): input dtype should be either floating point or complex. Got ${input.dtype} instead.`,
    );
  }
  normalizeDim(dim, input.ndim);
  const denominator = clamp(norm(input, { p, dim, keepdim: true }), { min: eps });
  return div(input, expand(denominator, [...input.shape]));
}

export const normalizeSpec: ActivationSpec<NormalizeOptions> = {
  kind: 'activation',
  name: 'normalize',
  torchName: 'torch.nn.functional.normalize',
  moduleName: '',
  description: 'Scales each slice along dim to unit p-norm (zero vectors stay zero); embeddings and cosine similarity.',
  formula: String.raw`\mathrm{normalize}(x) = \frac{x}{\max(\lVert x \rVert_p, \epsilon)}`,
  derivative: String.raw`\frac{\partial}{\partial x}\frac{x}{\lVert x\rVert_2} = \frac{I - \hat{x}\hat{x}^{\top}}{\lVert x\rVert_2}\ \ (\lVert x\rVert_2 > \epsilon)`,
  range: '\\lVert y \\rVert_p \\le 1',
  saves: 'composition',
  note: 'No nn module, as in PyTorch.',
  optionKeys: OPTIONS,
  params: [
    { name: 'p', default: 2, min: 1, max: 4, step: 0.5 },
    { name: 'dim', default: 1, min: -4, max: 3, step: 1 },
    { name: 'eps', default: 1e-12 },
  ],
  fn: normalize,
};
