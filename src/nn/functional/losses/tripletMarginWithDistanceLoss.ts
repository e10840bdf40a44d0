/** tripletMarginWithDistanceLoss: the triplet loss with any distance (torch.nn.functional.triplet_margin_with_distance_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, clamp, minimum, sub } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { named } from './common.js';
import { checkBoolean, checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';
import { pairwiseDistance } from './pairwiseDistance.js';

export interface TripletMarginWithDistanceLossOptions {
  /** A differentiable distance of two batches (default F.pairwiseDistance). */
  distanceFunction?: ((x1: Tensor, x2: Tensor) => Tensor) | null;
  /** Default 1. */
  margin?: number;
  /** Use min(d(a, n), d(p, n)) as the negative distance (default false). */
  swap?: boolean;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<TripletMarginWithDistanceLossOptions>({
  distanceFunction: true,
  margin: true,
  swap: true,
  reduction: true,
});

/**
 * ℓᵢ = max(0, d(aᵢ, pᵢ) - d(aᵢ, nᵢ) + margin) for any distance function d.
 *
 *   F.tripletMarginWithDistanceLoss(a, p, n, { distanceFunction: (x, y) => F.cosineSimilarity(x, y).neg().add(1) })
 */
export function tripletMarginWithDistanceLoss(
  anchor: Tensor,
  positive: Tensor,
  negative: Tensor,
  options: TripletMarginWithDistanceLossOptions = {},
): Tensor {
  const fn = 'triplet_margin_with_distance_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(anchor, 'anchor', fn);
  checkFloat(positive, 'positive', fn);
  checkFloat(negative, 'negative', fn);
  const distance = options.distanceFunction ?? ((x1: Tensor, x2: Tensor) => pairwiseDistance(x1, x2));
  if (typeof distance !== 'function')
    throw new TypeError(`${fn}(): option 'distanceFunction' must be a function, but got ${typeof distance}`);
  const margin = checkNumber(options.margin, 'margin', fn, 1);
  const swap = checkBoolean(options.swap, 'swap', fn, false);
  const reduction = checkReduction(options.reduction, fn);
  const [dPos, dNeg] = tripletDistances(anchor, positive, negative, distance, swap);
  // PyTorch calls torch.clamp(..., min=0.0): grad_fn ClampBackward1.
  return reduce(named(clamp(add(sub(dPos, dNeg), margin), { min: 0 }), 'ClampBackward1'), reduction);
}

/**
 * The two distances both triplet losses compare: d(a, p), and d(a, n) or, with `swap`, min(d(a, n), d(p, n))
 * (torch.min of two tensors: at a tie each distance gets half the gradient).
 */
export function tripletDistances(
  anchor: Tensor,
  positive: Tensor,
  negative: Tensor,
  distance: (x1: Tensor, x2: Tensor) => Tensor,
  swap: boolean,
): [Tensor, Tensor] {
  const dPos = distance(anchor, positive);
  const dNeg = distance(anchor, negative);
  return [dPos, swap ? minimum(dNeg, distance(positive, negative)) : dNeg];
}

export const tripletMarginWithDistanceLossSpec: LossSpec<
  [Tensor, Tensor, Tensor],
  TripletMarginWithDistanceLossOptions
> = {
  kind: 'loss',
  name: 'tripletMarginWithDistanceLoss',
  torchName: 'torch.nn.functional.triplet_margin_with_distance_loss',
  moduleName: 'TripletMarginWithDistanceLoss',
  description: 'The triplet loss with a custom distance function (default: pairwise Euclidean distance).',
  formula: String.raw`\ell_i = \max\big(0,\ d(a_i, p_i) - d(a_i, n_i) + \text{margin}\big)`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial a_i} = [\ell_i \text{ active}]\Big(\frac{\partial d(a_i, p_i)}{\partial a_i} - \frac{\partial d(a_i, n_i)}{\partial a_i}\Big)`,
  saves: 'composition',
  optionKeys: OPTIONS,
  params: [
    { name: 'margin', default: 1, min: 0, max: 3, step: 0.1 },
    { name: 'swap', default: false },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: tripletMarginWithDistanceLoss,
};
