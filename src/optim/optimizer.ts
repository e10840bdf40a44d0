/** The base of the optimizers: parameter list, zeroGrad, and the one place that writes new values into a parameter. */
import type { Tensor } from '../tensor/tensor.js';
import { writeInto } from '../ops/views.js';

export abstract class Optimizer {
  readonly params: readonly Tensor[];

  constructor(params: Iterable<Tensor>, who: string) {
    this.params = [...params];
    if (this.params.length === 0) throw new RangeError(`${who}: got an empty parameter list`);
    this.params.forEach((p, i) => {
      if (typeof p !== 'object' || p === null || !('storage' in p)) {
        throw new TypeError(`${who}: params[${i}] must be a Tensor, but got ${typeof p}`);
      }
      if (!p.isLeaf)
        throw new RangeError(`${who}: params[${i}] is not a leaf tensor; optimizers can only update leaves`);
    });
  }

  /** Clears every parameter's gradient (PyTorch ≥ 2.0's default `set_to_none=True`). */
  zeroGrad(): void {
    for (const p of this.params) p.grad = null;
  }

  /** Applies one update using each parameter's `.grad`; parameters whose grad is null are skipped. */
  abstract step(): void;
}

/** Writes `value` into the parameter's own storage (PyTorch's in-place `param.add_`), so every holder sees it. */
export function assign(param: Tensor, value: Tensor): void {
  writeInto(param, value);
}

export function checkNumber(who: string, name: string, value: unknown, min = 0, max = Infinity): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new RangeError(`${who}: invalid ${name} value: ${String(value)} (expected a number ${range})`);
  }
  return value;
}
