/**
 * Information theory on probability tensors (the note's equations 7-10): entropy H(P), cross entropy
 * H(P, Q) and the Kullback-Leibler divergence D_KL(P‖Q), along `dim` (default -1), in any `base`
 * (default e: nats; 2: bits, as the note writes them). 0·log 0 = 0, and each is differentiable in every
 * tensor argument, so H(P, Q) = H(P) + D_KL(P‖Q) holds for values and gradients alike.
 *
 *   const p = tg.tensor([0.5, 0.25, 0.25]);
 *   tg.info.entropy(p, { base: 2 });            // tensor(1.5000)
 */
import { Tensor } from '../tensor/tensor.js';
import { isFloatingDType } from '../tensor/dtype.js';
import { div, neg, sub, sum } from '../ops/index.js';
import { entr, xlogy } from '../nn/functional/losses/common.js';
import { checkOptionsObject, optionKeys } from '../ops/validate.js';

export interface InfoOptions {
  /** The dim holding the distribution (default -1, the last). */
  dim?: number;
  /** The logarithm's base (default Math.E: nats; 2 gives bits). */
  base?: number;
}

const OPTIONS = optionKeys<InfoOptions>({ dim: true, base: true });

function check(p: unknown, argument: string, fn: string): asserts p is Tensor {
  if (!(p instanceof Tensor))
    throw new TypeError(
      `info.${fn}(): argument '${argument}' must be a Tensor, but got ${p === null ? 'null' : typeof p}`,
    );
  if (!isFloatingDType(p.dtype))
    throw new TypeError(
      `info.${fn}(): '${argument}' must be a floating point tensor of probabilities, but got dtype ${p.dtype}`,
    );
}

function optionsOf(options: InfoOptions, fn: string): { dim: number; lnBase: number } {
  checkOptionsObject(options, `info.${fn}`, OPTIONS);
  const dim = options.dim ?? -1;
  const base = options.base ?? Math.E;
  if (typeof dim !== 'number' || !Number.isInteger(dim))
    throw new TypeError(`info.${fn}(): option 'dim' must be an integer, but got ${String(dim)}`);
  if (typeof base !== 'number' || !(base > 0) || base === 1 || !Number.isFinite(base)) {
    throw new RangeError(`info.${fn}(): option 'base' must be a positive number other than 1, but got ${String(base)}`);
  }
  return { dim, lnBase: Math.log(base) };
}

/** Divides by ln(base), skipping the no-op division for nats. */
function inBase(x: Tensor, lnBase: number): Tensor {
  return lnBase === 1 ? x : div(x, lnBase);
}

/**
 * H(P) = -Σ p log p along `dim` (torch.special.entr summed): 0·log 0 = 0; the gradient -(1 + log p) is +inf
 * at p = 0, the true limit.
 */
export function entropy(p: Tensor, options: InfoOptions = {}): Tensor {
  check(p, 'p', 'entropy');
  const { dim, lnBase } = optionsOf(options, 'entropy');
  return inBase(sum(entr(p), dim), lnBase);
}

/** H(P, Q) = -Σ p log q along `dim` (torch.xlogy: terms with p = 0 are 0, even where q = 0). */
export function crossEntropy(p: Tensor, q: Tensor, options: InfoOptions = {}): Tensor {
  check(p, 'p', 'crossEntropy');
  check(q, 'q', 'crossEntropy');
  const { dim, lnBase } = optionsOf(options, 'crossEntropy');
  return inBase(neg(sum(xlogy(p, q), dim)), lnBase);
}

/**
 * D_KL(P‖Q) = Σ p log(p/q) = H(P, Q) - H(P) along `dim`; 0 where p = 0, +inf where p > 0 = q. Not symmetric:
 * D_KL(P‖Q) ≠ D_KL(Q‖P) in general.
 */
export function klDivergence(p: Tensor, q: Tensor, options: InfoOptions = {}): Tensor {
  check(p, 'p', 'klDivergence');
  check(q, 'q', 'klDivergence');
  const { dim, lnBase } = optionsOf(options, 'klDivergence');
  // Σ (-p log q) - Σ (-p log p), summed once so the two terms cancel exactly when P = Q.
  return inBase(sum(sub(neg(xlogy(p, q)), entr(p)), dim), lnBase);
}
