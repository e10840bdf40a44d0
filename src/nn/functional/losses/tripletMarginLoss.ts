/** tripletMarginLoss: anchor closer to positive than to negative by a margin (torch.nn.functional.triplet_margin_loss). */
import type { Tensor } from '../../../tensor/tensor.js';
import { add, clamp, sub } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { named } from './common.js';
import { checkBoolean, checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';
import { pairwiseDistance } from './pairwiseDistance.js';
import { tripletDistances } from './tripletMarginWithDistanceLoss.js';

export interface TripletMarginLossOptions {
  /** Default 1. */
  margin?: number;
  /** The norm degree of the distance (default 2). */
  p?: number;
  /** Added inside the pairwise distance (default 1e-6). */
  eps?: number;
  /** Use min(d(a, n), d(p, n)) as the negative distance (default false). */
  swap?: boolean;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<TripletMarginLossOptions>({ margin: true, p: true, eps: true, swap: true, reduction: true });

/**
 * ℓᵢ = max(0, d(aᵢ, pᵢ) - d(aᵢ, nᵢ) + margin) with d the pairwise p-norm distance.
 *
 *   F.tripletMarginLoss(tg.tensor([[0, 0]]), tg.tensor([[0, 1]]), tg.tensor([[0, 3]]))  // tensor(0.)
 */
export function tripletMarginLoss(
  anchor: Tensor,
  positive: Tensor,
  negative: Tensor,
  options: TripletMarginLossOptions = {},
): Tensor {
  const fn = 'triplet_margin_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(anchor, 'anchor', fn);
  checkFloat(positive, 'positive', fn);
  checkFloat(negative, 'negative', fn);
  const margin = checkNumber(options.margin, 'margin', fn, 1);
  const p = checkNumber(options.p, 'p', fn, 2);
  const eps = checkNumber(options.eps, 'eps', fn, 1e-6);
  const swap = checkBoolean(options.swap, 'swap', fn, false);
  const reduction = checkReduction(options.reduction, fn);
  if (anchor.ndim !== positive.ndim || anchor.ndim !== negative.ndim) {
    throw new RangeError(
      `${fn}(): All inputs should have same dimension but got ${anchor.ndim}D, ${positive.ndim}D and ${negative.ndim}D inputs.`,
    );
  }
  const distance = (x1: Tensor, x2: Tensor) => pairwiseDistance(x1, x2, { p, eps });
  const [dPos, dNeg] = tripletDistances(anchor, positive, negative, distance, swap);
  // at::clamp_min: grad_fn ClampMinBackward0.
  return reduce(named(clamp(sub(add(dPos, margin), dNeg), { min: 0 }), 'ClampMinBackward0'), reduction);
}

export const tripletMarginLossSpec: LossSpec<[Tensor, Tensor, Tensor], TripletMarginLossOptions> = {
  kind: 'loss',
  name: 'tripletMarginLoss',
  torchName: 'torch.nn.functional.triplet_margin_loss',
  moduleName: 'TripletMarginLoss',
  description: 'Metric learning: the anchor should be closer to the positive than to the negative by the margin.',
  formula: String.raw`\ell_i = \max\big(0,\ d(a_i, p_i) - d(a_i, n_i) + \text{margin}\big),\; d(x, y) = \lVert x - y + \varepsilon \rVert_p`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial a_i} = [\ell_i \text{ active}]\Big(\frac{\partial d(a_i, p_i)}{\partial a_i} - \frac{\partial d(a_i, n_i)}{\partial a_i}\Big)`,
  saves: 'composition',
  optionKeys: OPTIONS,
  params: [
    { name: 'margin', default: 1, min: 0, max: 3, step: 0.1 },
    { name: 'p', default: 2, min: 1, max: 4, step: 0.5 },
    { name: 'swap', default: false },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: tripletMarginLoss,
};
