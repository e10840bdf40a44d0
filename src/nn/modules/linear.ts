/** nn.Linear: y = x Wᵀ + b, initialised as PyTorch initialises it. */
import { rand } from '../../tensor/create.js';
import type { Tensor } from '../../tensor/tensor.js';
import { noGrad } from '../../autograd/mode.js';
import { add, addmm, matmul, reshape, view } from '../../ops/index.js';
import { Module } from './module.js';

export interface LinearOptions {
  /** Learn an additive bias (default true). */
  bias?: boolean;
  /** Parameter dtype (default 'float32'). */
  dtype?: 'float32' | 'float64';
}

/**
 * A uniform tensor on [-bound, bound) drawn from the global generator exactly as `tensor.uniform_(-bound, bound)`:
 * one draw per element in row-major order, `u * (to - from) + from` in the parameter's precision.
 */
function uniform(shape: readonly number[], bound: number, dtype: 'float32' | 'float64'): Tensor {
  const round = dtype === 'float32' ? Math.fround : (v: number) => v;
  const from = round(-bound);
  const span = round(round(bound) - from);
  const t = rand(shape, { dtype });
  const data = t.storage;
  // PyTorch's compiled kernel fuses this into one multiply-add (a single rounding); the float32 product is exact
  // in double, so one rounding of the double expression reproduces it.
  for (let i = 0; i < data.length; i++) data[i] = round(data[i]! * span + from);
  return t;
}

/**
 * Applies an affine map to the last dimension: `y = x Wᵀ + b` with `W` of shape [outFeatures, inFeatures]
 * (torch.nn.Linear). Initialisation follows PyTorch 1.13's `reset_parameters`: `kaiming_uniform_(W, a=√5)`,
 * which is U(-1/√in, 1/√in), then the bias from U(-1/√in, 1/√in), both from the seeded global generator, so
 * `tg.manualSeed(s); new nn.Linear(i, o)` holds the same numbers as `torch.manual_seed(s); nn.Linear(i, o)`.
 *
 *   tg.manualSeed(0);
 *   const layer = new nn.Linear(3, 2);
 *   layer.forward(tg.ones([4, 3])).shape   // [4, 2]
 */
export class Linear extends Module {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** [outFeatures, inFeatures]; replaceable (e.g. to load weights), must keep its shape. */
  weight: Tensor;
  bias: Tensor | null;

  constructor(inFeatures: number, outFeatures: number, options: LinearOptions = {}) {
    super();
    for (const [name, v] of [
      ['inFeatures', inFeatures],
      ['outFeatures', outFeatures],
    ] as const) {
      if (!Number.isInteger(v) || v < 0) {
        throw new RangeError(`nn.Linear: ${name} must be a non-negative integer, but got ${String(v)}`);
      }
    }
    const dtype = options.dtype ?? 'float32';
    if (dtype !== 'float32' && dtype !== 'float64') {
      throw new TypeError(`nn.Linear: dtype must be 'float32' or 'float64', but got ${String(dtype)}`);
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    // kaiming_uniform_(a=√5): gain = √(2 / (1 + a²)), bound = √3 · gain / √fanIn — computed with the same
    // double-precision steps as torch/nn/init.py, which reduces to 1/√fanIn.
    const a = Math.sqrt(5);
    const gain = Math.sqrt(2 / (1 + a ** 2));
    const weightBound = inFeatures > 0 ? Math.sqrt(3) * (gain / Math.sqrt(inFeatures)) : 0;
    this.weight = noGrad(() => uniform([outFeatures, inFeatures], weightBound, dtype));
    this.weight.requiresGrad = true;
    if (options.bias ?? true) {
      const biasBound = inFeatures > 0 ? 1 / Math.sqrt(inFeatures) : 0;
      this.bias = noGrad(() => uniform([outFeatures], biasBound, dtype));
      this.bias.requiresGrad = true;
    } else {
      this.bias = null;
    }
  }

  forward(input: Tensor): Tensor {
    const last = input.shape[input.shape.length - 1];
    if (input.shape.length === 0 || last !== this.inFeatures) {
      throw new RangeError(
        `nn.Linear: expected input with last dimension ${this.inFeatures}, but got shape [${input.shape.join(', ')}]`,
      );
    }
    // PyTorch's F.linear: addmm for 2-D input, the same on a 2-D view for more dims (so the output's node is
    // AddmmBackward0 or ViewBackward0, as there), matmul + add for a vector.
    const weightT = this.weight.t();
    if (!this.bias) return matmul(input, weightT);
    if (input.ndim === 1) return add(matmul(input, weightT), this.bias);
    if (input.ndim === 2) return addmm(this.bias, input, weightT);
    const flat = addmm(this.bias, reshape(input, [-1, this.inFeatures]), weightT);
    return view(flat, [...input.shape.slice(0, -1), this.outFeatures]);
  }

  protected override ownParameters(): [string, Tensor][] {
    return this.bias
      ? [
          ['weight', this.weight],
          ['bias', this.bias],
        ]
      : [['weight', this.weight]];
  }

  override toString(): string {
    return `Linear(in_features=${this.inFeatures}, out_features=${this.outFeatures}, bias=${this.bias ? 'True' : 'False'})`;
  }
}
