/** cosineEmbeddingLoss: cosine-similarity objective for ±1 pair labels (torch.nn.functional.cosine_embedding_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, clamp, div, eq, mul, sqrt, sub, sum, where } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { formatShape } from '../../../tensor/shape.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface CosineEmbeddingLossOptions {
  /** Default 0; in [-1, 1], 0 to 0.5 suggested. */
  margin?: number;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<CosineEmbeddingLossOptions>({ margin: true, reduction: true });

const EPSILON = 1e-12;

/**
 * ℓᵢ = 1 - cos(x1ᵢ, x2ᵢ) where yᵢ = 1, max(0, cos(x1ᵢ, x2ᵢ) - margin) where yᵢ = -1 (other labels give 0).
 *
 *   F.cosineEmbeddingLoss(tg.tensor([[1, 0]]), tg.tensor([[1, 1]]), tg.tensor([1]))  // tensor(0.2929)
 */
export function cosineEmbeddingLoss(
  input1: Tensor,
  input2: Tensor,
  target: Tensor,
  options: CosineEmbeddingLossOptions = {},
): Tensor {
  const fn = 'cosine_embedding_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input1, 'input1', fn);
  checkFloat(input2, 'input2', fn);
  checkFloat(target, 'target', fn);
  const margin = checkNumber(options.margin, 'margin', fn, 0);
  const reduction = checkReduction(options.reduction, fn);
  const targDim = target.ndim;
  if (targDim !== 0 && targDim !== 1)
    throw new RangeError(`${fn}(): 0D or 1D target tensor expected, multi-target not supported`);
  if (targDim === 1 && (input1.ndim !== 2 || input2.ndim !== 2)) {
    throw new RangeError(
      `${fn}(): 1D target tensor expects 2D input tensors, but found inputs with sizes ${formatShape(input1.shape)} and ${formatShape(input2.shape)}.`,
    );
  }
  if (targDim === 0 && (input1.ndim !== 1 || input2.ndim !== 1)) {
    throw new RangeError(
      `${fn}(): 0D target tensor expects 1D input tensors, but found inputs with sizes ${formatShape(input1.shape)} and ${formatShape(input2.shape)}.`,
    );
  }
  // PyTorch's kernel, step for step (EPSILON keeps zero vectors finite).
  const prodSum = sum(mul(input1, input2), targDim);
  const mag1 = add(sum(mul(input1, input1), targDim), EPSILON);
  const mag2 = add(sum(mul(input2, input2), targDim), EPSILON);
  const cos = div(prodSum, sqrt(mul(mag1, mag2)));
  const pos = sub(1, cos);
  const neg = clamp(sub(cos, margin), { min: 0 });
  const output = add(where(eq(target, 1), pos, 0), where(eq(target, -1), neg, 0));
  return reduce(output, reduction);
}

export const cosineEmbeddingLossSpec: LossSpec<[Tensor, Tensor, Tensor], CosineEmbeddingLossOptions> = {
  kind: 'loss',
  name: 'cosineEmbeddingLoss',
  torchName: 'torch.nn.functional.cosine_embedding_loss',
  moduleName: 'CosineEmbeddingLoss',
  description:
    'Makes similar pairs (y = 1) point the same way and dissimilar pairs (y = -1) have cosine below the margin.',
  formula: String.raw`\ell_i = \begin{cases} 1 - \cos(x^{(1)}_i, x^{(2)}_i) & y_i = 1 \\ \max\big(0,\ \cos(x^{(1)}_i, x^{(2)}_i) - \text{margin}\big) & y_i = -1 \end{cases}`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x^{(1)}_i} = \mp \frac{\partial \cos}{\partial x^{(1)}_i},\quad \frac{\partial \cos}{\partial x^{(1)}} = \frac{x^{(2)}}{\lVert x^{(1)} \rVert \lVert x^{(2)} \rVert} - \cos\,\frac{x^{(1)}}{\lVert x^{(1)} \rVert^2}`,
  saves: 'composition',
  note: 'Squared norms get +1e-12 before the square root, as in PyTorch, so zero vectors give cos = 0 instead of nan.',
  optionKeys: OPTIONS,
  params: [
    { name: 'margin', default: 0, min: -1, max: 1, step: 0.05 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: cosineEmbeddingLoss,
};
