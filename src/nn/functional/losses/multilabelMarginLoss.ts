/** multilabelMarginLoss: multi-label hinge loss (torch.nn.functional.multilabel_margin_loss). */
import { Tensor } from '../../../tensor/tensor.js';
import { allocate } from '../../../tensor/dtype.js';
import { contiguousData } from '../../../tensor/storage.js';
import { add, div, mul, relu, reshape, sub, sum, unsqueeze } from '../../../ops/index.js';
import type { LossSpec } from '../../spec.js';
import { formatShape } from '../../../tensor/shape.js';
import { named } from './common.js';
import { checkFloat, checkIndices, checkOptionsObject, optionKeys } from '../../../ops/validate.js';
import { checkReduction, reduce, type Reduction } from './reduction.js';

export interface MultilabelMarginLossOptions {
  reduction?: Reduction;
}

const OPTIONS = optionKeys<MultilabelMarginLossOptions>({ reduction: true });

/**
 * ℓₙ = (1/C) Σ_{j ∈ targets} Σ_{i ∉ targets} max(0, 1 - (x_{n,j} - x_{n,i})). The target row lists class
 * indices and ends at the first -1.
 *
 *   F.multilabelMarginLoss(tg.tensor([[0.1, 0.2, 0.4, 0.8]]), tg.tensor([[3, 0, -1, 1]], { dtype: 'int64' }))
 *   // tensor(0.8500)
 */
export function multilabelMarginLoss(input: Tensor, target: Tensor, options: MultilabelMarginLossOptions = {}): Tensor {
  const fn = 'multilabel_margin_loss';
  checkOptionsObject(options, fn, OPTIONS);
  checkFloat(input, 'input', fn);
  checkIndices(target, 'target', fn);
  const reduction = checkReduction(options.reduction, fn);
  if (input.ndim > 2 || (input.ndim > 0 && input.numel() === 0)) {
    throw new RangeError(
      `${fn}(): Expected non-empty vector or matrix with optional 0-dim batch size, but got: ${formatShape(input.shape)}`,
    );
  }
  const N = input.ndim <= 1 ? 1 : input.shape[0]!;
  const C = input.ndim === 0 ? 1 : input.shape[input.ndim - 1]!;
  if (target.ndim !== input.ndim || target.shape.some((s, i) => s !== input.shape[i])) {
    throw new RangeError(
      `${fn}(): inconsistent size ${formatShape(target.shape)} for argument #2 'target' (expected the input's shape ${formatShape(input.shape)})`,
    );
  }
  const t = contiguousData(target);
  // pairs[n, j, i] counts how often target j is paired with non-target i (a repeated target counts twice, as in PyTorch).
  const pairs = allocate(input.dtype, N * C * C);
  for (let n = 0; n < N; n++) {
    const isTarget = new Uint8Array(C);
    const list: number[] = [];
    for (let k = 0; k < C; k++) {
      const c = t[n * C + k]!;
      if (c < -1 || c >= C)
        throw new RangeError(
          `${fn}(): argument #2 'target' is out of range (got ${c}, expected -1 or a class in [0, ${C - 1}])`,
        );
      if (c === -1) break;
      list.push(c);
      isTarget[c] = 1;
    }
    for (const j of list) for (let i = 0; i < C; i++) if (!isTarget[i]) pairs[n * C * C + j * C + i]! += 1;
  }
  const x = reshape(input, [N, C]);
  // z[n, j, i] = 1 - x[n, j] + x[n, i]; relu'(0) = 0 matches PyTorch's strict `z > 0`.
  const z = add(sub(1, unsqueeze(x, 2)), unsqueeze(x, 1));
  let loss = div(sum(mul(relu(z), new Tensor(pairs, [N, C, C], input.dtype)), [1, 2]), C);
  if (input.ndim <= 1) loss = reshape(loss, []);
  return named(reduce(loss, reduction), 'MultilabelMarginLossBackward0');
}

export const multilabelMarginLossSpec: LossSpec<[Tensor, Tensor], MultilabelMarginLossOptions> = {
  kind: 'loss',
  name: 'multilabelMarginLoss',
  torchName: 'torch.nn.functional.multilabel_margin_loss',
  moduleName: 'MultiLabelMarginLoss',
  description: 'Multi-label hinge loss: each target class should outscore each non-target class by 1.',
  formula: String.raw`\ell_n = \frac1C \sum_{j \in Y_n} \sum_{i \notin Y_n} \max\big(0,\ 1 - (x_{n,j} - x_{n,i})\big)`,
  derivative: String.raw`\frac{\partial \ell_n}{\partial x_{n,i}} = \frac1C\Big(\sum_{j \in Y_n} [z_{ji} > 0]\,[i \notin Y_n] - [i \in Y_n]\sum_{k \notin Y_n} [z_{ik} > 0]\Big)`,
  saves: 'composition',
  note: 'Target rows list class indices and stop at the first -1; builds an (N, C, C) pair table, so it is meant for moderate C.',
  optionKeys: OPTIONS,
  params: [{ name: 'reduction', default: 'mean', choices: ['none', 'mean', 'sum'] }],
  fn: multilabelMarginLoss,
};
