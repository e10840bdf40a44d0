/** The activations the CLI can use, read from the spec registry (tg.F.ACTIVATIONS), and "did you mean" for names. */
import { closest, distance } from 'fastest-levenshtein';
import * as tg from '../src/index.js';
import type { ActivationSpec } from '../src/index.js';

const byName = new Map(tg.F.ACTIVATIONS.map((spec) => [spec.name, spec]));

/** A fresh layer for nn.Sequential: the spec's nn module (PReLU with its own weight), or the spec itself. */
export function makeModule(spec: ActivationSpec<never>): tg.nn.Module {
  const ctor = (tg.nn as unknown as Record<string, (new () => tg.nn.Module) | undefined>)[spec.moduleName];
  return ctor ? new ctor() : new tg.nn.ActivationModule(spec);
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
export function getElementwiseActivation(name: string, use: string): ActivationSpec<never> {
  const act = getActivation(name);
  let problem: string | null = null;
  try {
    const x = tg.linspace(-1, 1, 8).reshape([2, 4]);
    const y = makeModule(act).forward(x);
    if (y.shape.length !== 2 || y.shape[0] !== 2 || y.shape[1] !== 4) {
      problem = `it changes the shape of its input ([2, 4] -> [${y.shape.join(', ')}])`;
    }
  } catch (e) {
    problem = e instanceof Error ? e.message : String(e);
  }
  if (problem !== null) throw new UsageError(`'${name}' cannot be used ${use}: ${problem}`);
  return act;
}

export function getActivation(name: string): ActivationSpec<never> {
  const found = byName.get(name);
  if (found) return found;
  const names = [...byName.keys()];
  const hint = suggest(name, names);
  throw new UsageError(
    `unknown activation '${name}'.` + (hint ? ` Did you mean '${hint}'?` : '') + ` Valid names: ${names.join(', ')}.`,
  );
}
