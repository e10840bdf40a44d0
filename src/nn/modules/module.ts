/** The base of nn modules: named parameters, submodules, train/eval mode (torch.nn.Module). */
import type { Tensor } from '../../tensor/tensor.js';

export abstract class Module {
  /** True in training mode (dropout, rrelu and batch statistics depend on it). */
  training = true;

  /** Runs the module. */
  abstract forward(...inputs: Tensor[]): Tensor;

  /** Direct parameters, by name (subclasses with weights override). */
  protected ownParameters(): [string, Tensor][] {
    return [];
  }

  /** Direct submodules, by name. */
  protected children(): [string, Module][] {
    return [];
  }

  /** Every parameter, depth first, with dotted names like PyTorch's named_parameters(). */
  namedParameters(prefix = ''): [string, Tensor][] {
    const own = this.ownParameters().map(([name, p]): [string, Tensor] => [prefix + name, p]);
    const nested = this.children().flatMap(([name, child]) => child.namedParameters(`${prefix}${name}.`));
    return [...own, ...nested];
  }

  parameters(): Tensor[] {
    return this.namedParameters().map(([, p]) => p);
  }

  /** Sets training mode on this module and every submodule. */
  train(mode = true): this {
    this.training = mode;
    for (const [, child] of this.children()) child.train(mode);
    return this;
  }

  eval(): this {
    return this.train(false);
  }

  /** Clears the .grad of every parameter. */
  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }
}
