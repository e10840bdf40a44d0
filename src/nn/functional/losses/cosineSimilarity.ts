/** cosineSimilarity: cos of the angle between vectors along a dim (torch.nn.functional.cosine_similarity). */
import type { Tensor } from '../../../tensor/tensor.js';
import { broadcastShapes } from '../../../tensor/shape.js';
import { div, expand, mul, pow, sqrt, sum } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { clampMinNoGrad } from './common.js';
import { checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';

export interface CosineSimilarityOptions {
  /** The dim holding the vectors (default 1). */
  dim?: number;
  /** Lower bound of each norm (default 1e-8). */
  eps?: number;
}

const OPTIONS = optionKeys<CosineSimilarityOptions>({ dim: true, eps: true });

/**
 * x1·x2 / (max(‖x1‖, ε)·max(‖x2‖, ε)) along `dim`, computed as PyTorch 1.13 does:
 * Σ (x1/‖x1‖)(x2/‖x2‖), where each squared norm is clamped at ε² without the clamp entering the gradient.
 *
 *   F.cosineSimilarity(tg.tensor([[1, 0]]), tg.tensor([[1, 1]]))  // tensor([0.7071])
 */
export function cosineSimilarity(x1: Tensor, x2: Tensor, options: CosineSimilarityOptions = {}): Tensor {
  const fn = 'cosine_similarity';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(x1, 'x1', fn);
  checkFloat(x2, 'x2', fn);
  const dim = checkNumber(options.dim, 'dim', fn, 1);
  const eps = checkNumber(options.eps, 'eps', fn, 1e-8);
  const shape = broadcastShapes(x1.shape, x2.shape);
  const a = expand(x1, shape);
  const b = expand(x2, shape);
  const normA = sqrt(clampMinNoGrad(sum(pow(a, 2), dim, { keepdim: true }), eps * eps));
  const normB = sqrt(clampMinNoGrad(sum(pow(b, 2), dim, { keepdim: true }), eps * eps));
  return sum(mul(div(a, normA), div(b, normB)), dim);
}

export const cosineSimilaritySpec: LossSpec<[Tensor, Tensor], CosineSimilarityOptions> = {
  kind: 'loss',
  name: 'cosineSimilarity',
  torchName: 'torch.nn.functional.cosine_similarity',
  moduleName: 'CosineSimilarity',
  description:
    'Cosine of the angle between vectors along a dim, in [-1, 1] (a similarity used by cosineEmbeddingLoss-style objectives).',
  formula: String.raw`s = \sum_k \frac{x^{(1)}_k}{\max(\lVert x^{(1)} \rVert, \varepsilon)} \frac{x^{(2)}_k}{\max(\lVert x^{(2)} \rVert, \varepsilon)}`,
  derivative: String.raw`\frac{\partial s}{\partial x^{(1)}} = \frac{\hat x^{(2)}}{\lVert x^{(1)} \rVert} - s\,\frac{x^{(1)}}{\lVert x^{(1)} \rVert^2}`,
  saves: 'composition',
  note: 'Like PyTorch 1.13, the eps clamp acts on the value only: below eps the gradient still flows through the (clamped) norm.',
  optionKeys: OPTIONS,
  params: [
    { name: 'dim', default: 1 },
    { name: 'eps', default: 1e-8 },
  ],
  fn: cosineSimilarity,
};
