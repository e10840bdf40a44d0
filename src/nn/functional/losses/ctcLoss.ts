/** ctcLoss: Connectionist Temporal Classification (torch.nn.functional.ctc_loss). */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate, isFloatingDType } from '../../../tensor/dtype.js';
import { contiguousData } from '../../../tensor/storage.js';
import { record } from '../../../ops/record.js';
import { clamp, div, mean, mul, reshape, squeeze, sum } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { formatShape } from '../../../tensor/shape.js';
import { named } from './common.js';
import { checkBoolean, checkFloat, checkNumber, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, type Reduction } from './reduction.js';

export interface CtcLossOptions {
  /** The blank label (default 0). */
  blank?: number;
  reduction?: Reduction;
  /** Replace infinite losses (impossible alignments) and their gradients by 0 (default false). */
  zeroInfinity?: boolean;
}

const OPTIONS = optionKeys<CtcLossOptions>({ blank: true, reduction: true, zeroInfinity: true });

type Lengths = Tensor | readonly number[];

function lengthsOf(value: Lengths, argument: string, fn: string): number[] {
  if (value instanceof Tensor) {
    if (isFloatingDType(value.dtype))
      throw new TypeError(`${fn}(): ${argument} must be an integer tensor, but got dtype ${value.dtype}`);
    return Array.from(contiguousData(value));
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'number' || !Number.isInteger(v))) {
    throw new TypeError(`${fn}(): ${argument} must be an int64 tensor or an array of integers`);
  }
  return [...value];
}

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/**
 * The CTC forward-backward recursions for one sample, in log space (float64). Returns the negative log
 * likelihood and writes PyTorch's gradient factor exp(lp) - exp(log(αβ)_c + nll - lp) into `grad` for t < T.
 */
function ctcSample(
  lp: Float64Array | Float32Array,
  N: number,
  C: number,
  n: number,
  labels: readonly number[],
  inputLength: number,
  blank: number,
  grad: Float64Array,
): number {
  const L = labels.length;
  const S = 2 * L + 1;
  const label = (s: number): number => (s % 2 === 0 ? blank : labels[(s - 1) >> 1]!);
  const at = (t: number, c: number): number => lp[(t * N + n) * C + c]!;
  const alpha = new Float64Array(inputLength * S).fill(-Infinity);
  const beta = new Float64Array(inputLength * S).fill(-Infinity);
  if (inputLength === 0) return L === 0 ? 0 : Infinity;
  alpha[0] = at(0, blank);
  if (L > 0) alpha[1] = at(0, label(1));
  for (let t = 1; t < inputLength; t++) {
    for (let s = 0; s < S; s++) {
      const c = label(s);
      let a = alpha[(t - 1) * S + s]!;
      if (s > 0) a = logAddExp(a, alpha[(t - 1) * S + s - 1]!);
      if (s > 1 && c !== blank && c !== label(s - 2)) a = logAddExp(a, alpha[(t - 1) * S + s - 2]!);
      alpha[t * S + s] = a === -Infinity ? -Infinity : a + at(t, c);
    }
  }
  const last = inputLength - 1;
  const nll = -(L > 0 ? logAddExp(alpha[last * S + S - 1]!, alpha[last * S + S - 2]!) : alpha[last * S + S - 1]!);
  beta[last * S + S - 1] = at(last, blank);
  if (L > 0) beta[last * S + S - 2] = at(last, label(S - 2));
  for (let t = last - 1; t >= 0; t--) {
    for (let s = 0; s < S; s++) {
      const c = label(s);
      let b = beta[(t + 1) * S + s]!;
      if (s < S - 1) b = logAddExp(b, beta[(t + 1) * S + s + 1]!);
      if (s < S - 2 && c !== blank && c !== label(s + 2)) b = logAddExp(b, beta[(t + 1) * S + s + 2]!);
      beta[t * S + s] = b === -Infinity ? -Infinity : b + at(t, c);
    }
  }
  // PyTorch's ctc_loss_backward: d/d lp[t, c] = exp(lp) - exp(logsumexp_{s: l'(s) = c}(α + β) + nll - lp).
  // (β includes lp[t] as α does, hence the extra -lp.) This is the gradient PyTorch returns; it assumes
  // log_probs come from log_softmax.
  const lcab = new Float64Array(C);
  for (let t = 0; t < inputLength; t++) {
    lcab.fill(-Infinity);
    for (let s = 0; s < S; s++) {
      const c = label(s);
      lcab[c] = logAddExp(lcab[c]!, alpha[t * S + s]! + beta[t * S + s]!);
    }
    for (let c = 0; c < C; c++) {
      const l = at(t, c);
      grad[(t * N + n) * C + c] = Math.exp(l) - Math.exp(lcab[c]! + nll - l);
    }
  }
  return nll;
}

/**
 * The CTC loss of log-probabilities `logProbs` (T, N, C) (or unbatched (T, C)) against `targets`, either
 * padded (N, S) or concatenated 1-d, with per-sample `inputLengths` and `targetLengths`.
 * 'mean' divides each loss by its target length, then averages over the batch (PyTorch's definition).
 */
export function ctcLoss(
  logProbs: Tensor,
  targets: Tensor,
  inputLengths: Lengths,
  targetLengths: Lengths,
  options: CtcLossOptions = {},
): Tensor {
  const fn = 'ctc_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(logProbs, 'logProbs', fn);
  if (!(targets instanceof Tensor) || isFloatingDType(targets.dtype)) {
    throw new TypeError(
      `${fn}(): targets must be an int64 tensor of class indices${targets instanceof Tensor ? `, but got dtype ${targets.dtype}` : ''}`,
    );
  }
  const blank = checkNumber(options.blank, 'blank', fn, 0);
  const zeroInfinity = checkBoolean(options.zeroInfinity, 'zeroInfinity', fn, false);
  const reduction = checkReduction(options.reduction, fn);
  const unbatched = logProbs.ndim === 2;
  if (logProbs.ndim !== 3 && !unbatched)
    throw new RangeError(
      `${fn}(): log_probs must be 3-D (T, N, C) or 2-D (T, C), but got shape ${formatShape(logProbs.shape)}`,
    );
  const T = logProbs.shape[0]!;
  const N = unbatched ? 1 : logProbs.shape[1]!;
  const C = logProbs.shape[logProbs.ndim - 1]!;
  if (!(blank >= 0 && blank < C))
    throw new RangeError(`${fn}(): blank must be in label range [0, ${C - 1}], but got ${blank}`);
  const inLens = lengthsOf(inputLengths, 'input_lengths', fn);
  const tgLens = lengthsOf(targetLengths, 'target_lengths', fn);
  if (inLens.length !== N)
    throw new RangeError(`${fn}(): input_lengths must be of size batch_size ${N}, but got ${inLens.length}`);
  if (tgLens.length !== N)
    throw new RangeError(`${fn}(): target_lengths must be of size batch_size ${N}, but got ${tgLens.length}`);
  const tgData = contiguousData(targets);
  const padded = unbatched || targets.ndim === 2;
  const stride = padded ? (targets.shape[targets.ndim - 1] ?? 0) : 0;
  let offset = 0;
  const labels: number[][] = [];
  for (let n = 0; n < N; n++) {
    const il = inLens[n]!;
    const tl = tgLens[n]!;
    if (il < 0 || il > T)
      throw new RangeError(
        `${fn}(): Expected input_lengths to have value at most ${T}, but got value ${il} (while checking arguments for ctc_loss_cpu)`,
      );
    if (tl < 0 || (padded && tl > stride))
      throw new RangeError(
        `${fn}(): Expected tensor to have size at least ${tl} at dimension 1, but got size ${stride} for argument #2 'targets' (while checking arguments for ctc_loss_cpu)`,
      );
    const start = padded ? n * stride : offset;
    if (!padded && start + tl > tgData.length)
      throw new RangeError(`${fn}(): targets has ${tgData.length} labels, fewer than the sum of target_lengths`);
    const row = Array.from(tgData.subarray(start, start + tl));
    for (const c of row)
      if (!(c >= 0 && c < C)) throw new RangeError(`${fn}(): target label ${c} is out of range [0, ${C - 1}]`);
    labels.push(row);
    offset += tl;
  }
  const lp = contiguousData(logProbs, 'float64') as Float64Array;
  const grad = new Float64Array(T * N * C);
  const nll = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    nll[n] = ctcSample(lp, N, C, n, labels[n]!, inLens[n]!, blank, grad);
    if (zeroInfinity && nll[n] === Infinity) {
      nll[n] = 0;
      for (let t = 0; t < T; t++) for (let c = 0; c < C; c++) grad[(t * N + n) * C + c] = 0;
    }
  }
  const dtype = logProbs.dtype;
  // Unbatched input runs as a batch of one, squeezed at the end (PyTorch's node for reduction 'none' is Squeeze).
  const perSample = new Tensor(dtype === 'float32' ? Float32Array.from(nll) : nll, [N], dtype);
  const gradData = allocate(dtype, grad.length);
  gradData.set(grad);
  const factor = new Tensor(gradData, logProbs.shape, dtype);
  // Linear in the output gradient; PyTorch does not differentiate ctc_loss twice either.
  let loss = record(perSample, 'CtcLossBackward0', [logProbs], (g) => [
    mul(factor, reshape(g, unbatched ? [1, 1] : [1, N, 1])),
  ]);
  // PyTorch applies zero_infinity with at::where(loss == inf, 0, loss).
  if (zeroInfinity) loss = named(loss, 'WhereBackward0');
  if (reduction === 'none') return unbatched ? squeeze(loss, 0) : loss;
  if (reduction === 'sum') return sum(loss);
  const lengths = new Tensor(
    allocate(dtype, N).map((_, i) => tgLens[i]!),
    [N],
    dtype,
  );
  return mean(div(loss, clamp(lengths, { min: 1 })));
}

export const ctcLossSpec: LossSpec<[Tensor, Tensor, Lengths, Lengths], CtcLossOptions> = {
  kind: 'loss',
  name: 'ctcLoss',
  torchName: 'torch.nn.functional.ctc_loss',
  moduleName: 'CTCLoss',
  description:
    'Sequence loss summed over every alignment of an unsegmented target to the input frames (speech, handwriting).',
  formula: String.raw`\ell_n = -\log \sum_{\pi \in \mathcal{B}^{-1}(y_n)} \prod_{t=1}^{T_n} p_t(\pi_t)`,
  derivative: String.raw`\frac{\partial \ell_n}{\partial \log p_t(c)} = p_t(c) - \frac{1}{p(y_n)\,p_t(c)} \sum_{s:\, y'_s = c} \alpha_t(s)\beta_t(s)`,
  saves: 'input and output',
  note: "The gradient is PyTorch's: it includes the +p_t(c) term that assumes log_probs come from logSoftmax. Not twice differentiable (neither is PyTorch's).",
  optionKeys: OPTIONS,
  params: [
    { name: 'blank', default: 0 },
    { name: 'zeroInfinity', default: false },
    { name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] },
  ],
  fn: ctcLoss,
};
