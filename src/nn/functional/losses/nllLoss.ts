/**
 * nllLoss: the negative log-likelihood of class indices, one primitive (PyTorch's nll_loss / nll_loss2d /
 * nll_loss_nd). Also home of the class-index target checks shared with crossEntropy.
 */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate, type FloatStorage } from '../../../tensor/dtype.js';
import { contiguousData } from '../../../tensor/storage.js';
import { record } from '../../../ops/record.js';
import { isGradEnabled } from '../../../autograd/mode.js';
import { mul, unsqueeze } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { formatShape } from '../../../tensor/shape.js';
import {
  checkFloat,
  checkIndices,
  checkNumber,
  checkOptionsObject,
  optionalTensor,
  optionKeys,
} from '../../../ops/validate.js';
import { checkReduction, type Reduction } from './reduction.js';

export interface NllLossOptions {
  /** A rescaling weight per class, shape (C). */
  weight?: Tensor | null;
  /** A target value that contributes neither loss nor gradient (default -100). */
  ignoreIndex?: number;
  reduction?: Reduction;
}

const OPTIONS = optionKeys<NllLossOptions>({ weight: true, ignoreIndex: true, reduction: true });

/**
 * The layout of a class-index problem: input (C), (N, C) or (N, C, d1, ..., dK) seen as (N, C, S) with
 * S = d1···dK, the class dim 1 (0 for an unbatched (C) input), and the checked targets and weights.
 */
export interface IndexPlan {
  N: number;
  C: number;
  S: number;
  classDim: number;
  /** Target class per (n, s), flattened; -1 where ignored. */
  targets: Int32Array;
  /** The class weight of each (n, s) (0 where ignored). */
  rowWeights: Float64Array;
  totalWeight: number;
  /** The shape of the 'none' output: the target's. */
  outShape: readonly number[];
}

/** Checks input/target/weight like PyTorch's nll_loss_nd and resolves every target. */
export function planIndexTarget(
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  ignoreIndex: number,
  fn: string,
): IndexPlan {
  if (input.ndim < 1) throw new RangeError(`${fn}(): Expected 1 or more dimensions (got 0)`);
  const C = input.ndim === 1 ? input.shape[0]! : input.shape[1]!;
  const N = input.ndim === 1 ? 1 : input.shape[0]!;
  const S = input.shape.slice(2).reduce((a, b) => a * b, 1);
  if (input.ndim === 1) {
    if (target.ndim > 1) throw new RangeError(`${fn}(): 0D or 1D target tensor expected, multi-target not supported`);
    if (target.ndim === 1) {
      throw new RangeError(
        `${fn}(): for an unbatched input of shape ${formatShape(input.shape)} the target must be 0-d (a single class index), but got shape ${formatShape(target.shape)}`,
      );
    }
  } else {
    if (target.ndim === 0 || target.shape[0] !== N) {
      throw new RangeError(
        `${fn}(): Expected input batch_size (${N}) to match target batch_size (${target.ndim === 0 ? 0 : target.shape[0]}).`,
      );
    }
    if (input.ndim === 2 && target.ndim !== 1)
      throw new RangeError(`${fn}(): 0D or 1D target tensor expected, multi-target not supported`);
    const want = [N, ...input.shape.slice(2)];
    if (input.ndim > 2 && (target.ndim !== want.length || target.shape.some((s, i) => s !== want[i]))) {
      throw new RangeError(`${fn}(): Expected target size ${formatShape(want)}, got ${formatShape(target.shape)}`);
    }
  }
  let w: ArrayLike<number> | null = null;
  if (weight) {
    if (weight.ndim !== 1 || weight.numel() !== C) {
      throw new RangeError(
        `${fn}(): weight tensor should be defined either for all ${C} classes or no classes but got weight tensor of shape: ${formatShape(weight.shape)}`,
      );
    }
    w = contiguousData(weight, 'float64');
  }
  const t = contiguousData(target);
  const count = N * S;
  const targets = new Int32Array(count);
  const rowWeights = new Float64Array(count);
  let totalWeight = 0;
  for (let i = 0; i < count; i++) {
    const c = t[i]!;
    if (c === ignoreIndex) {
      targets[i] = -1;
      continue;
    }
    if (c < 0 || c >= C) throw new RangeError(`Target ${c} is out of bounds.`);
    targets[i] = c;
    const wi = w ? w[c]! : 1;
    rowWeights[i] = wi;
    totalWeight += wi;
  }
  return { N, C, S, classDim: input.ndim === 1 ? 0 : 1, targets, rowWeights, totalWeight, outShape: target.shape };
}

/** A 0-d or target-shaped tensor from per-row losses, after a reduction. */
export function reducedRows(
  losses: Float64Array,
  plan: IndexPlan,
  reduction: Reduction,
  dtype: 'float32' | 'float64',
): Tensor {
  if (reduction === 'none')
    return new Tensor(dtype === 'float32' ? Float32Array.from(losses) : losses, plan.outShape, dtype);
  let total = 0;
  for (let i = 0; i < losses.length; i++) total += losses[i]!;
  // 'mean' divides by the summed weight of the non-ignored targets: all ignored gives 0/0 = nan.
  const value = reduction === 'mean' ? total / plan.totalWeight : total;
  const out = allocate(dtype, 1);
  out[0] = value;
  return new Tensor(out, [], dtype);
}

/**
 * The output gradient shaped to broadcast against the input: 'none' gives one value per (n, s), so the
 * class dim is inserted; 'mean' and 'sum' give a scalar.
 */
export function gradAgainstInput(g: Tensor, reduction: Reduction, inputNdim: number): Tensor {
  return reduction === 'none' && inputNdim > 1 ? unsqueeze(g, 1) : g;
}

/**
 * The per-row factor w[t]/Σw ('mean') or w[t] of the gradient, shaped like the input with the class dim
 * of size 1: a constant of the graph.
 */
export function rowScale(plan: IndexPlan, reduction: Reduction, input: Tensor): Tensor {
  const scale = reduction === 'mean' ? 1 / plan.totalWeight : 1;
  const data = allocate(input.dtype, plan.rowWeights.length) as FloatStorage;
  // Ignored rows get exactly 0, also when every row is ignored (scale = 1/0): PyTorch's gradient is 0 there.
  for (let i = 0; i < data.length; i++) data[i] = plan.rowWeights[i] === 0 ? 0 : plan.rowWeights[i]! * scale;
  const shape = input.ndim === 1 ? [1] : [plan.N, 1, ...input.shape.slice(2)];
  return new Tensor(data, shape, input.dtype);
}

/**
 * The output gradient `g` times each row's factor w[t] (divided by Σw for 'mean'), as numbers: exactly 0 on
 * ignored rows. Both backward passes (nll's -scale at the target, cross-entropy's scale·(softmax - one-hot)) start here.
 */
export function rowGradScale(plan: IndexPlan, reduction: Reduction, g: Tensor): Float64Array {
  const gData = contiguousData(g, 'float64');
  const factor = reduction === 'mean' ? 1 / plan.totalWeight : 1;
  const scale = new Float64Array(plan.rowWeights.length);
  for (let i = 0; i < scale.length; i++) {
    const w = plan.rowWeights[i]!;
    scale[i] = w === 0 ? 0 : w * factor * (reduction === 'none' ? gData[i]! : gData[0]!);
  }
  return scale;
}

/** One-hot of the targets in the input's layout (0 on ignored rows), as the input's dtype. */
export function oneHot(plan: IndexPlan, input: Tensor): Tensor {
  const { N, C, S, targets } = plan;
  const data = allocate(input.dtype, N * C * S);
  for (let n = 0; n < N; n++) {
    for (let s = 0; s < S; s++) {
      const c = targets[n * S + s]!;
      if (c >= 0) data[n * C * S + c * S + s] = 1;
    }
  }
  return new Tensor(data, input.shape, input.dtype);
}

/**
 * PyTorch's grad_fn for nll_loss_nd: 'NllLossBackward0' for (C) and (N, C); 'NllLoss2DBackward0' for 4-d inputs;
 * other K-d inputs are reshaped to 4-d, so their 'none' output ends in 'ViewBackward0'.
 */
export function nllNodeName(ndim: number, reduction: Reduction): string {
  if (ndim <= 2) return 'NllLossBackward0';
  return ndim === 4 || reduction !== 'none' ? 'NllLoss2DBackward0' : 'ViewBackward0';
}

function nllLossPrimitive(input: Tensor, plan: IndexPlan, reduction: Reduction): Tensor {
  const { N, C, S, targets, rowWeights } = plan;
  const x = contiguousData(input) as FloatStorage;
  const losses = new Float64Array(N * S);
  for (let n = 0; n < N; n++) {
    for (let s = 0; s < S; s++) {
      const i = n * S + s;
      const c = targets[i]!;
      // Ignored rows give 0 (not -0·x, which would be nan for infinite x).
      if (c >= 0) losses[i] = -rowWeights[i]! * x[n * C * S + c * S + s]!;
    }
  }
  const out = reducedRows(losses, plan, reduction, input.dtype as 'float32' | 'float64');
  // ∂loss/∂x[n, t, s] = -w[t] (divided by Σw for 'mean'): linear in the output gradient, constant in x.
  return record(out, nllNodeName(input.ndim, reduction), [input], (g) => {
    if (!isGradEnabled()) {
      // No graph needed: write the N·S non-zero entries straight into a zero tensor.
      const scale = rowGradScale(plan, reduction, g);
      const grad = allocate(input.dtype, N * C * S);
      for (let n = 0; n < N; n++) {
        for (let s = 0; s < S; s++) {
          const i = n * S + s;
          const c = targets[i]!;
          if (c >= 0 && rowWeights[i] !== 0) grad[n * C * S + c * S + s] = -scale[i]!;
        }
      }
      return [new Tensor(grad, input.shape, input.dtype)];
    }
    const coefficient = mul(oneHot(plan, input), mul(rowScale(plan, reduction, input), -1));
    return [mul(coefficient, gradAgainstInput(g, reduction, input.ndim))];
  });
}

/**
 * The negative log-likelihood loss of log-probabilities `input` for class-index `target`:
 * ℓᵢ = -w[tᵢ]·x[i, tᵢ]; 'mean' divides by Σ w[tᵢ] over non-ignored targets (nan when all are ignored).
 *
 *   F.nllLoss(tg.logSoftmax(tg.tensor([[2, 3, 1], [3, 7, 9]]), 1), tg.tensor([1, 2], { dtype: 'int64' }))
 *   // tensor(0.2684)
 */
export function nllLoss(input: Tensor, target: Tensor, options: NllLossOptions = {}): Tensor {
  const fn = 'nll_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkIndices(target, 'target', fn);
  const weight = optionalTensor(options.weight, 'weight', fn);
  const ignoreIndex = checkNumber(options.ignoreIndex, 'ignoreIndex', fn, -100);
  const reduction = checkReduction(options.reduction, fn);
  const plan = planIndexTarget(input, target, weight, ignoreIndex, fn);
  return nllLossPrimitive(input, plan, reduction);
}

export const nllLossSpec: LossSpec<[Tensor, Tensor], NllLossOptions> = {
  kind: 'loss',
  name: 'nllLoss',
  torchName: 'torch.nn.functional.nll_loss',
  moduleName: 'NLLLoss',
  description:
    'Negative log-likelihood of class indices given log-probabilities; pair it with logSoftmax (or use crossEntropy).',
  formula: String.raw`\ell_i = -w_{t_i}\, x_{i, t_i}, \quad \text{mean} = \frac{\sum_i \ell_i}{\sum_{i:\, t_i \ne \text{ignore}} w_{t_i}}`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_{i,c}} = -w_{t_i}\,[c = t_i]`,
  saves: 'input',
  note: "Targets equal to ignoreIndex add no loss, no gradient and no weight to the 'mean' denominator; a batch where every target is ignored gives nan, as in PyTorch.",
  optionKeys: OPTIONS,
  params: [
    { name: 'ignoreIndex', default: -100 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: nllLoss,
};
