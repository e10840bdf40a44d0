/**
 * The one reduction helper every loss uses (PyTorch's apply_loss_reduction): 'none' keeps the per-element
 * losses, 'mean' averages them (an empty loss gives nan, as in PyTorch), 'sum' adds them up.
 */
import type { Tensor } from '../../../tensor/tensor.js';
import { mean, sum } from '../../../ops/index.js';

export type Reduction = 'none' | 'mean' | 'sum';
export const REDUCTIONS: readonly Reduction[] = ['none', 'mean', 'sum'];

/**
 * Checks a `reduction` option (undefined gives 'mean', PyTorch's default). `allowed` widens the set for
 * losses with extra modes (klDiv's 'batchmean').
 */
export function checkReduction<R extends string = Reduction>(
  value: unknown,
  fn: string,
  allowed: readonly string[] = REDUCTIONS,
): R {
  if (value === undefined) return 'mean' as R;
  if (typeof value === 'string' && allowed.includes(value)) return value as R;
  const shown = typeof value === 'string' ? value : String(value);
  throw new RangeError(
    `${fn}(): ${shown} is not a valid value for reduction; expected one of ${allowed.map((r) => `'${r}'`).join(', ')}`,
  );
}

/** Applies a reduction to a tensor of per-element losses. */
export function reduce(loss: Tensor, reduction: Reduction): Tensor {
  switch (reduction) {
    case 'none':
      return loss;
    case 'mean':
      return mean(loss);
    case 'sum':
      return sum(loss);
  }
}
