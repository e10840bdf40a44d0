/**
 * crossEntropy: logSoftmax + nllLoss in one numerically stable primitive for class-index targets, and the
 * composition PyTorch uses for probability targets and label smoothing.
 *
 * The fused path: forward computes each row's max-shifted log-sum-exp once and ℓ = w[t]·(lse - x[t]);
 * backward is softmax(x) - onehot(t), scaled by w[t]·g, in one pass over the logits. The two loops are plain
 * functions over typed arrays (`crossEntropyForwardKernel`, `crossEntropyBackwardKernel`) so a kernel
 * backend can take them over. When the backward itself must be differentiable (createGraph), the same
 * formula is built from differentiable ops instead.
 */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate, type FloatStorage } from '../../../tensor/dtype.js';
import { contiguousData } from '../../../tensor/storage.js';
import { isGradEnabled } from '../../../autograd/mode.js';
import { kernels, type Backend } from '../../../kernels/index.js';
import { record } from '../../../ops/record.js';
import { add, div, logSoftmax, mul, neg, softmax, sub, sum, where, eq, gather } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { checkFloat, checkNumber, formatShape, named, optionalTensor, sameShape } from './common.js';
import { checkReduction, type Reduction } from './reduction.js';
import {
  gradAgainstInput,
  nllLoss,
  nllNodeName,
  oneHot,
  planIndexTarget,
  reducedRows,
  rowScale,
  type IndexPlan,
} from './nllLoss.js';

export interface CrossEntropyOptions {
  /** A rescaling weight per class, shape (C). */
  weight?: Tensor | null;
  /** A class-index target value that is ignored (default -100); not allowed with probability targets. */
  ignoreIndex?: number;
  reduction?: Reduction;
  /** Mixes the target with the uniform distribution: (1 - ε)·target + ε/C (default 0). */
  labelSmoothing?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Fused kernels: loops over typed arrays. Layout: logits (N, C, S) row-major, class stride S. For the common
// S = 1 case the exp-heavy inner loops run on the kernel backend (its row log-sum-exp and elementwise exp,
// WebAssembly SIMD by default); the rest are single passes here. Measured: Math.exp in a JS loop costs about
// as much as the whole generic chain, so the exps must go through the backend for the fusion to pay.

/**
 * For each row (n, s): lse = log Σ_c e^{x_c} (max-shifted, stored in `lse`) and loss = w·(lse - x[t])
 * (0 where the target is ignored, t < 0).
 */
export function crossEntropyForwardKernel(
  backend: Backend,
  x: FloatStorage,
  targets: Int32Array,
  rowWeights: Float64Array,
  N: number,
  C: number,
  S: number,
  lse: Float64Array,
  losses: Float64Array,
  logp: FloatStorage | null,
): void {
  if (S === 1) {
    // One backend pass writes the log-probabilities (kept for backward); lse_n = x[n, t] - logp[n, t].
    if (N * C > 0) backend.rowwise('logSoftmax', x, N, C, logp!);
    for (let n = 0; n < N; n++) {
      const t = targets[n]!;
      if (t >= 0) losses[n] = -rowWeights[n]! * logp![n * C + t]!;
    }
    return;
  } else {
    for (let n = 0; n < N; n++) {
      for (let s = 0; s < S; s++) {
        const start = n * C * S + s;
        let max = -Infinity;
        for (let c = 0, p = start; c < C; c++, p += S) {
          const v = x[p]!;
          if (v > max || v !== v) max = v;
        }
        // An all ±inf row: shifting by an infinite max would give nan; shift by 0 instead.
        const shift = max === Infinity || max === -Infinity ? 0 : max;
        let total = 0;
        for (let c = 0, p = start; c < C; c++, p += S) total += Math.exp(x[p]! - shift);
        lse[n * S + s] = shift + Math.log(total);
      }
    }
  }
  for (let n = 0; n < N; n++) {
    for (let s = 0; s < S; s++) {
      const i = n * S + s;
      const t = targets[i]!;
      if (t >= 0) losses[i] = rowWeights[i]! * (lse[i]! - x[n * C * S + t * S + s]!);
    }
  }
}

/**
 * grad[n, c, s] = scale[n, s]·(e^{x - lse} - [c = t]): softmax minus one-hot, in one pass over the logits
 * (plus the backend's exp). Rows with scale 0 (ignored targets) get exactly 0.
 */
export function crossEntropyBackwardKernel(
  backend: Backend,
  x: FloatStorage,
  targets: Int32Array,
  lse: Float64Array,
  logp: FloatStorage | null,
  scale: Float64Array,
  N: number,
  C: number,
  S: number,
  grad: FloatStorage,
): void {
  if (S === 1) {
    // softmax = e^{logp}, on the backend; then one pass scales each row and subtracts the one-hot.
    if (grad.length > 0) backend.unary('exp', logp!, grad);
    for (let n = 0, p = 0; n < N; n++, p += C) {
      const k = scale[n]!;
      if (k === 0) {
        grad.fill(0, p, p + C);
        continue;
      }
      for (let c = 0; c < C; c++) grad[p + c] = grad[p + c]! * k;
      const t = targets[n]!;
      if (t >= 0) grad[p + t] = grad[p + t]! - k;
    }
    return;
  }
  for (let n = 0; n < N; n++) {
    for (let s = 0; s < S; s++) {
      const i = n * S + s;
      const k = scale[i]!;
      if (k === 0) continue; // the array is zero-filled
      const start = n * C * S + s;
      const l = lse[i]!;
      for (let c = 0, p = start; c < C; c++, p += S) grad[p] = k * Math.exp(x[p]! - l);
      const t = targets[i]!;
      if (t >= 0) grad[start + t * S] = grad[start + t * S]! - k;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

function fusedCrossEntropy(input: Tensor, plan: IndexPlan, reduction: Reduction): Tensor {
  const { N, C, S, targets, rowWeights } = plan;
  const x = contiguousData(input) as FloatStorage;
  const lse = new Float64Array(N * S);
  const losses = new Float64Array(N * S);
  // S = 1 saves the log-probabilities (like the chain's logSoftmax); K-d layouts save one lse per row.
  const logp = S === 1 ? (allocate(input.dtype, x.length) as FloatStorage) : null;
  crossEntropyForwardKernel(kernels(), x, targets, rowWeights, N, C, S, lse, losses, logp);
  const out = reducedRows(losses, plan, reduction, input.dtype as 'float32' | 'float64');
  // PyTorch's graph ends in nll_loss, so the node carries its name.
  return record(out, nllNodeName(input.ndim, reduction), [input], (g) => {
    if (isGradEnabled()) {
      // createGraph: the same gradient from differentiable ops, so it can be differentiated again.
      const rowFactor = mul(gradAgainstInput(g, reduction, input.ndim), rowScale(plan, reduction, input));
      return [mul(sub(softmax(input, plan.classDim), oneHot(plan, input)), rowFactor)];
    }
    const gData = contiguousData(g, 'float64');
    const factor = reduction === 'mean' ? 1 / plan.totalWeight : 1;
    const scale = new Float64Array(N * S);
    for (let i = 0; i < scale.length; i++) {
      const w = rowWeights[i]!;
      scale[i] = w === 0 ? 0 : w * factor * (reduction === 'none' ? gData[i]! : gData[0]!);
    }
    const grad = allocate(input.dtype, x.length) as FloatStorage;
    crossEntropyBackwardKernel(kernels(), x, targets, lse, logp, scale, N, C, S, grad);
    return [new Tensor(grad, input.shape, input.dtype)];
  });
}

/** Class weights shaped to broadcast along the class dim of `input`. */
function weightAlongClassDim(weight: Tensor, input: Tensor, classDim: number): Tensor {
  const shape = input.shape.map((s, d) => (d === classDim ? s : 1));
  return weight.reshape(shape);
}

/** PyTorch's cross_entropy_loss_label_smoothing (class-index targets with ε > 0). */
function labelSmoothed(
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  ignoreIndex: number,
  reduction: Reduction,
  epsilon: number,
  plan: IndexPlan,
): Tensor {
  const classDim = plan.classDim;
  const logp = logSoftmax(input, classDim);
  const nll = nllLoss(logp, target, { weight, ignoreIndex, reduction });
  const ignored = eq(target, ignoreIndex);
  let smooth = neg(sum(weight ? mul(logp, weightAlongClassDim(weight, input, classDim)) : logp, classDim));
  smooth = where(ignored, 0, smooth);
  let ret: Tensor;
  if (reduction === 'mean') {
    if (weight) {
      // Normalised by the summed weight of the kept targets, consistent with nll_loss.
      const safeTarget = where(ignored, 0, target);
      const kept = where(ignored, 0, gather(weight, 0, safeTarget.reshape([-1])).reshape(target.shape));
      ret = div(sum(smooth), sum(kept));
    } else {
      // Averaged over the non-ignored targets.
      ret = div(
        sum(smooth),
        plan.targets.reduce((n, c) => n + (c >= 0 ? 1 : 0), 0),
      );
    }
  } else ret = reduction === 'sum' ? sum(smooth) : smooth;
  return add(mul(nll, 1 - epsilon), mul(ret, epsilon / plan.C));
}

/** PyTorch's cross_entropy_loss_prob_target: targets are class probabilities shaped like the input. */
function probabilityTarget(
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  reduction: Reduction,
  epsilon: number,
): Tensor {
  const classDim = input.ndim === 1 ? 0 : 1;
  const C = input.shape[classDim]!;
  if (weight && (weight.ndim !== 1 || weight.numel() !== C)) {
    throw new RangeError(
      `cross_entropy(): weight tensor should be defined either for all ${C} classes or no classes but got weight tensor of shape: ${formatShape(weight.shape)}`,
    );
  }
  const logp = logSoftmax(input, classDim);
  const q = epsilon > 0 ? add(mul(target, 1 - epsilon), epsilon / C) : target;
  let terms = mul(logp, q);
  if (weight) terms = mul(terms, weightAlongClassDim(weight, input, classDim));
  switch (reduction) {
    case 'none':
      return neg(sum(terms, classDim));
    case 'sum':
      return neg(sum(terms));
    case 'mean':
      // Divided by the number of rows (N·d1···dK), not of elements. PyTorch divides by a Python number.
      return named(div(neg(sum(terms)), input.numel() / C), 'DivBackward1');
  }
}

/**
 * Cross entropy between logits `input` and a target of class indices (int64) or class probabilities
 * (float, shaped like the input): ℓᵢ = -w[tᵢ]·log softmax(xᵢ)[tᵢ] = w[tᵢ]·(log Σ_c e^{x_{i,c}} - x_{i,tᵢ}).
 * Input (C), (N, C) or (N, C, d1, ..., dK); the class dim is 1 (0 for (C)).
 *
 *   String(F.crossEntropy(tg.tensor([[2, 3, 1], [3, 7, 9]]), tg.tensor([1, 2], { dtype: 'int64' })))
 *   // 'tensor(0.2684)'
 */
export function crossEntropy(input: Tensor, target: Tensor, options: CrossEntropyOptions = {}): Tensor {
  const fn = 'cross_entropy';
  checkFloat(input, 'input', fn);
  if (!(target instanceof Tensor))
    throw new TypeError(
      `${fn}(): argument 'target' must be a Tensor, but got ${target === null ? 'null' : typeof target}`,
    );
  const weight = optionalTensor(options.weight, 'weight', fn);
  const ignoreIndex = checkNumber(options.ignoreIndex, 'ignoreIndex', fn, -100);
  const reduction = checkReduction(options.reduction, fn);
  const epsilon = checkNumber(options.labelSmoothing, 'labelSmoothing', fn, 0);
  if (!(epsilon >= 0 && epsilon <= 1))
    throw new RangeError(`${fn}(): label_smoothing must be between 0.0 and 1.0. Got: ${epsilon}`);
  if (target.dtype === 'float32' || target.dtype === 'float64') {
    if (!sameShape(input.shape, target.shape)) {
      throw new TypeError(
        `${fn}(): expected scalar type Long but found ${target.dtype === 'float32' ? 'Float' : 'Double'}: class-index targets must be int64; probability targets must have the input's shape ${formatShape(input.shape)}, but got ${formatShape(target.shape)}`,
      );
    }
    if (ignoreIndex !== -100) throw new RangeError(`${fn}(): ignore_index is not supported for floating point target`);
    if (input.ndim < 1) throw new RangeError(`${fn}(): Expected 1 or more dimensions (got 0)`);
    return probabilityTarget(input, target, weight, reduction, epsilon);
  }
  if (target.dtype !== 'int64') throw new TypeError(`${fn}(): expected scalar type Long but found Bool for 'target'`);
  const plan = planIndexTarget(input, target, weight, ignoreIndex, fn);
  if (epsilon > 0) return labelSmoothed(input, target, weight, ignoreIndex, reduction, epsilon, plan);
  return fusedCrossEntropy(input, plan, reduction);
}

export const crossEntropySpec: LossSpec<[Tensor, Tensor], CrossEntropyOptions> = {
  kind: 'loss',
  name: 'crossEntropy',
  torchName: 'torch.nn.functional.cross_entropy',
  moduleName: 'CrossEntropyLoss',
  description:
    'Softmax cross entropy of logits against class indices or class probabilities: the classification workhorse.',
  formula: String.raw`\ell_i = w_{t_i}\Big(\log \sum_c e^{x_{i,c}} - x_{i,t_i}\Big) \;\;\text{or}\;\; \ell_i = -\sum_c w_c\, p_{i,c} \log \operatorname{softmax}(x_i)_c`,
  derivative: String.raw`\frac{\partial \ell_i}{\partial x_{i,c}} = w_{t_i}\big(\operatorname{softmax}(x_i)_c - [c = t_i]\big)`,
  saves: 'input',
  note: 'Class-index targets without label smoothing run one fused primitive (log-sum-exp forward, softmax-minus-one-hot backward); it equals nllLoss(logSoftmax(x)) and records NllLossBackward0 like PyTorch. Label smoothing and probability targets are compositions, as in PyTorch.',
  params: [
    { name: 'ignoreIndex', default: -100 },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
    { name: 'labelSmoothing', default: 0, min: 0, max: 1, step: 0.05 },
  ],
  fn: crossEntropy,
};
