/** torch.optim.Adam. */
import { noGrad } from '../autograd/mode.js';
import { add, div, maximum, mul, neg, sqrt } from '../ops/index.js';
import { zerosLike } from '../tensor/create.js';
import type { Tensor } from '../tensor/tensor.js';
import { assign, checkNumber, Optimizer } from './optimizer.js';

export interface AdamOptions {
  lr?: number;
  betas?: readonly [number, number];
  eps?: number;
  weightDecay?: number;
  amsgrad?: boolean;
  maximize?: boolean;
}

interface AdamState {
  step: number;
  expAvg: Tensor;
  expAvgSq: Tensor;
  maxExpAvgSq: Tensor | null;
}

/**
 * Adam (Kingma & Ba), in PyTorch 1.13's exact order of operations (`_single_tensor_adam`):
 *
 *   g ← ∇θ (+ weightDecay · θ)
 *   m ← β₁ m + (1 − β₁) g;   v ← β₂ v + (1 − β₂) g²;   (amsgrad: v̂ ← max(v̂, v))
 *   θ ← θ − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + eps)
 *
 * Defaults are PyTorch's: lr 1e-3, betas [0.9, 0.999], eps 1e-8, weightDecay 0 (L2, not AdamW's decoupled decay).
 */
export class Adam extends Optimizer {
  readonly lr: number;
  readonly betas: readonly [number, number];
  readonly eps: number;
  readonly weightDecay: number;
  readonly amsgrad: boolean;
  readonly maximize: boolean;
  private readonly state: (AdamState | null)[];

  constructor(params: Iterable<Tensor>, options: AdamOptions = {}) {
    super(params, 'optim.Adam');
    this.lr = checkNumber('optim.Adam', 'learning rate', options.lr ?? 1e-3);
    this.eps = checkNumber('optim.Adam', 'epsilon', options.eps ?? 1e-8);
    const betas = options.betas ?? [0.9, 0.999];
    if (!Array.isArray(betas) || betas.length !== 2) {
      throw new TypeError(`optim.Adam: betas must be a pair of numbers, but got ${String(betas)}`);
    }
    checkNumber('optim.Adam', 'beta parameter at index 0', betas[0], 0, 1 - Number.EPSILON / 2);
    checkNumber('optim.Adam', 'beta parameter at index 1', betas[1], 0, 1 - Number.EPSILON / 2);
    this.betas = [betas[0], betas[1]];
    this.weightDecay = checkNumber('optim.Adam', 'weight_decay value', options.weightDecay ?? 0);
    this.amsgrad = options.amsgrad ?? false;
    this.maximize = options.maximize ?? false;
    this.state = this.params.map(() => null);
  }

  step(): void {
    const [beta1, beta2] = this.betas;
    noGrad(() => {
      this.params.forEach((p, i) => {
        if (p.grad === null) return;
        let g = this.maximize ? neg(p.grad) : p.grad;
        let s = this.state[i]!;
        if (s === null) {
          s = {
            step: 0,
            expAvg: zerosLike(p),
            expAvgSq: zerosLike(p),
            maxExpAvgSq: this.amsgrad ? zerosLike(p) : null,
          };
          this.state[i] = s;
        }
        s.step += 1;
        if (this.weightDecay !== 0) g = add(g, p, { alpha: this.weightDecay });
        s.expAvg = add(mul(s.expAvg, beta1), g, { alpha: 1 - beta1 });
        s.expAvgSq = add(mul(s.expAvgSq, beta2), mul(mul(g, g), 1 - beta2)); // addcmul_(g, g, value=1-β₂)
        const biasCorrection1 = 1 - beta1 ** s.step;
        const biasCorrection2 = 1 - beta2 ** s.step;
        const stepSize = this.lr / biasCorrection1;
        const biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        let second = s.expAvgSq;
        if (s.maxExpAvgSq !== null) {
          s.maxExpAvgSq = maximum(s.maxExpAvgSq, s.expAvgSq);
          second = s.maxExpAvgSq;
        }
        const denom = add(div(sqrt(second), biasCorrection2Sqrt), this.eps);
        assign(p, add(p, div(s.expAvg, denom), { alpha: -stepSize })); // addcdiv_(m, denom, value=-stepSize)
      });
    });
  }
}
