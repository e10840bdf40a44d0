/** nn.Sequential: modules applied in order. */
import type { Tensor } from '../../tensor/tensor.js';
import { Module } from './module.js';

/**
 * Chains modules: `forward(x)` is `mN(...m1(m0(x)))` (torch.nn.Sequential). Parameters are named by position,
 * `0.weight`, `0.bias`, `2.weight`, ... as in PyTorch.
 *
 *   const net = new nn.Sequential(new nn.Linear(2, 16), new nn.ReLU(), new nn.Linear(16, 2));
 */
export class Sequential extends Module {
  readonly modules: readonly Module[];

  constructor(...modules: Module[]) {
    super();
    modules.forEach((m, i) => {
      if (!(m instanceof Module)) {
        throw new TypeError(`nn.Sequential: argument ${i} must be an nn.Module, but got ${describe(m)}`);
      }
    });
    this.modules = modules;
  }

  get length(): number {
    return this.modules.length;
  }

  /** The i-th module (negative counts from the end). */
  at(index: number): Module {
    const m = this.modules[index < 0 ? this.modules.length + index : index];
    if (!m) throw new RangeError(`nn.Sequential: index ${index} is out of range for ${this.modules.length} modules`);
    return m;
  }

  forward(input: Tensor): Tensor {
    let x = input;
    for (const m of this.modules) x = m.forward(x);
    return x;
  }

  protected override children(): [string, Module][] {
    return this.modules.map((m, i): [string, Module] => [String(i), m]);
  }

  override toString(): string {
    const lines = this.modules.map((m, i) => `  (${i}): ${String(m)}`);
    return `Sequential(\n${lines.join('\n')}\n)`;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
