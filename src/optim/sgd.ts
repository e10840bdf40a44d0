/** torch.optim.SGD. */
import { noGrad } from '../autograd/mode.js';
import { add, clone, mul, neg } from '../ops/index.js';
import type { Tensor } from '../tensor/tensor.js';
import { assign, checkNumber, Optimizer } from './optimizer.js';

export interface SGDOptions {
  lr?: number;
  momentum?: number;
  dampening?: number;
  weightDecay?: number;
  nesterov?: boolean;
  maximize?: boolean;
}

/**
 * Stochastic gradient descent with optional momentum, in PyTorch 1.13's exact order of operations
 * (`_single_tensor_sgd`):
 *
 *   g ← ∇θ (+ weightDecay · θ)
 *   b ← g on the first step, else momentum · b + (1 − dampening) · g
 *   g ← g + momentum · b (nesterov) or b
 *   θ ← θ − lr · g
 *
 * Differs from PyTorch: `lr` defaults to 0.001 because tensorgrad has no "required" sentinel; pass it.
 */
export class SGD extends Optimizer {
  readonly lr: number;
  readonly momentum: number;
  readonly dampening: number;
  readonly weightDecay: number;
  readonly nesterov: boolean;
  readonly maximize: boolean;
  private readonly buffers: (Tensor | null)[];

  constructor(params: Iterable<Tensor>, options: SGDOptions = {}) {
    super(params, 'optim.SGD');
    this.lr = checkNumber('optim.SGD', 'learning rate', options.lr ?? 1e-3);
    this.momentum = checkNumber('optim.SGD', 'momentum', options.momentum ?? 0);
    this.dampening = checkNumber('optim.SGD', 'dampening', options.dampening ?? 0, -Infinity);
    this.weightDecay = checkNumber('optim.SGD', 'weight_decay', options.weightDecay ?? 0);
    this.nesterov = options.nesterov ?? false;
    this.maximize = options.maximize ?? false;
    if (this.nesterov && (this.momentum <= 0 || this.dampening !== 0)) {
      throw new RangeError('optim.SGD: Nesterov momentum requires a momentum and zero dampening');
    }
    this.buffers = this.params.map(() => null);
  }

  step(): void {
    noGrad(() => {
      this.params.forEach((p, i) => {
        if (p.grad === null) return;
        let d = this.maximize ? neg(p.grad) : p.grad;
        if (this.weightDecay !== 0) d = add(d, p, { alpha: this.weightDecay });
        if (this.momentum !== 0) {
          let buf = this.buffers[i]!;
          if (buf === null) buf = clone(d);
          else buf = add(mul(buf, this.momentum), d, { alpha: 1 - this.dampening });
          this.buffers[i] = buf;
          d = this.nesterov ? add(d, buf, { alpha: this.momentum }) : buf;
        }
        assign(p, add(p, d, { alpha: -this.lr }));
      });
    });
  }
}
