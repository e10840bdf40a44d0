/**
 * The activations the CLI can use, read from the spec registry (tg.F.ACTIVATIONS), and "did you mean" for names.
 * While a spec is not registered yet, the core's sigmoid/relu/tanh stand in (formulas then come from FALLBACK).
 */
import { closest, distance } from 'fastest-levenshtein';
import * as tg from '../src/index.js';
import type { ActivationSpec } from '../src/index.js';

export interface Activation {
  name: string;
  moduleName: string;
  formula: string;
  derivative: string;
  description: string;
  note?: string;
  fn: (x: tg.Tensor) => tg.Tensor;
  /** A fresh layer for nn.Sequential: the registered nn module when there is one. */
  makeModule: () => tg.nn.Module;
  fromSpec: boolean;
}

/** Used only for names the registry does not have yet. */
const FALLBACK: Omit<Activation, 'makeModule' | 'fromSpec'>[] = [
  {
    name: 'sigmoid',
    moduleName: 'Sigmoid',
    fn: (x) => tg.sigmoid(x),
    formula: String.raw`\sigma(x) = \frac{1}{1+e^{-x}}`,
    derivative: String.raw`\sigma'(x) = \sigma(x)(1-\sigma(x))`,
    description: 'Squashes to (0, 1); saturates for large |x|.',
  },
  {
    name: 'relu',
    moduleName: 'ReLU',
    fn: (x) => tg.relu(x),
    formula: String.raw`\mathrm{ReLU}(x) = \max(x, 0)`,
    derivative: String.raw`\mathrm{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`,
    description: 'Zero for x < 0, identity above.',
  },
  {
    name: 'tanh',
    moduleName: 'Tanh',
    fn: (x) => tg.tanh(x),
    formula: String.raw`\tanh(x) = \frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}`,
    derivative: String.raw`\tanh'(x) = 1-\tanh^2(x)`,
    description: 'Squashes to (-1, 1); zero-centred; saturates for large |x|.',
  },
];

class FunctionLayer extends tg.nn.Module {
  constructor(
    private readonly fn: (x: tg.Tensor) => tg.Tensor,
    private readonly label: string,
  ) {
    super();
  }
  forward(x: tg.Tensor): tg.Tensor {
    return this.fn(x);
  }
  override toString(): string {
    return `${this.label}()`;
  }
}

function moduleFor(moduleName: string, fn: (x: tg.Tensor) => tg.Tensor): () => tg.nn.Module {
  const ctor = (tg.nn as unknown as Record<string, unknown>)[moduleName];
  if (typeof ctor === 'function' && (ctor as { prototype?: unknown }).prototype instanceof tg.nn.Module) {
    return () => new (ctor as new () => tg.nn.Module)();
  }
  return () => new FunctionLayer(fn, moduleName);
}

let cache: Map<string, Activation> | null = null;

export function activations(): Map<string, Activation> {
  if (cache) return cache;
  cache = new Map();
  const specs = (tg.F as unknown as { ACTIVATIONS?: readonly ActivationSpec<never>[] }).ACTIVATIONS ?? [];
  for (const spec of specs) {
    const fn = (x: tg.Tensor) => (spec.fn as (x: tg.Tensor) => tg.Tensor)(x);
    cache.set(spec.name, {
      name: spec.name,
      moduleName: spec.moduleName,
      formula: spec.formula,
      derivative: spec.derivative,
      description: spec.description,
      ...(spec.note !== undefined ? { note: spec.note } : {}),
      fn,
      makeModule: moduleFor(spec.moduleName, fn),
      fromSpec: true,
    });
  }
  for (const f of FALLBACK) {
    if (!cache.has(f.name)) cache.set(f.name, { ...f, makeModule: moduleFor(f.moduleName, f.fn), fromSpec: false });
  }
  return cache;
}

/** A usage error: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The closest valid name, if it is close enough to be a plausible typo. */
export function suggest(name: string, valid: readonly string[]): string | null {
  if (valid.length === 0) return null;
  const lower = name.toLowerCase();
  const exact = valid.find((v) => v.toLowerCase() === lower);
  if (exact) return exact;
  const best = closest(
    lower,
    valid.map((v) => v.toLowerCase()),
  );
  const match = valid.find((v) => v.toLowerCase() === best)!;
  return distance(lower, best) <= Math.max(2, Math.floor(best.length / 2)) ? match : null;
}

/**
 * An activation usable where a function of one variable is needed (a hidden layer, a 1-d plot): it must accept
 * a [2, n] tensor and keep its shape. glu halves a dimension and normalize needs a dim, so they are refused here.
 */
export function getElementwiseActivation(name: string, use: string): Activation {
  const act = getActivation(name);
  let problem: string | null = null;
  try {
    const x = tg.linspace(-1, 1, 8).reshape([2, 4]);
    const y = act.makeModule().forward(x);
    if (y.shape.length !== 2 || y.shape[0] !== 2 || y.shape[1] !== 4) {
      problem = `it changes the shape of its input ([2, 4] -> [${y.shape.join(', ')}])`;
    }
  } catch (e) {
    problem = e instanceof Error ? e.message : String(e);
  }
  if (problem !== null) throw new UsageError(`'${name}' cannot be used ${use}: ${problem}`);
  return act;
}

export function getActivation(name: string): Activation {
  const all = activations();
  const found = all.get(name);
  if (found) return found;
  const names = [...all.keys()];
  const hint = suggest(name, names);
  throw new UsageError(
    `unknown activation '${name}'.` + (hint ? ` Did you mean '${hint}'?` : '') + ` Valid names: ${names.join(', ')}.`,
  );
}
