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

  /** The class name String(module) prints (subclasses made by a factory name their spec's module). */
  protected reprName(): string {
    return this.constructor.name;
  }

  /** What String(module) prints inside the parentheses, PyTorch's extra_repr (e.g. `negative_slope=0.01`). */
  protected extraRepr(): string {
    return '';
  }

  /** PyTorch's repr: `Name(extra)`, or with submodules one `(name): child` line each, indented. */
  toString(): string {
    const extra = this.extraRepr();
    const children = this.children().map(([name, m]) => `(${name}): ${String(m).replace(/\n/g, '\n  ')}`);
    const lines = [...(extra === '' ? [] : extra.split('\n')), ...children];
    if (lines.length === 0) return `${this.reprName()}()`;
    if (lines.length === 1 && children.length === 0) return `${this.reprName()}(${extra})`;
    return `${this.reprName()}(\n  ${lines.join('\n  ')}\n)`;
  }

  /** Clears the .grad of every parameter. */
  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }
}

/**
 * A value as Python's repr prints it, for extra_repr: numbers as Python writes them (`1e-05`, `1e+20`, `inf`;
 * integers without a point: a JS number does not know whether it was written 1 or 1.0, so a given option
 * prints the way a PyTorch user who wrote the same literal would see it), strings quoted, booleans
 * True/False, null and undefined None.
 */
export function pyRepr(value: unknown): string {
  if (value === undefined || value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value !== 'number') return String(value);
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0.0';
  // Python's float repr: the shortest round-trip digits (as JS), in exponent form below 1e-4 and from 1e16.
  const [mantissa, exp] = value.toExponential().split('e') as [string, string];
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return String(value);
}

/** `name=value` of an extra_repr, the name in PyTorch's snake_case (negativeSlope -> negative_slope). */
export function reprField(name: string, value: string): string {
  return `${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}=${value}`;
}
