/**
 * H(P), H(Q), H(P,Q), D_KL(P‖Q) and D_KL(Q‖P) from tg.info, in bits (base 2) or nats (base e). Pure, shared
 * with the end-to-end tests. D_KL is +∞ when one distribution puts mass where the other has none; that is the
 * library's answer and the page shows it as ∞, not as a NaN.
 */
import { messageOf, tg } from '../lib.js';

export type Unit = 'bits' | 'nats';

export interface InformationResult {
  hP: number;
  hQ: number;
  hPQ: number;
  klPQ: number;
  klQP: number;
}

export function information(
  p: number[],
  q: number[],
  unit: Unit,
): { ok: true; value: InformationResult } | { ok: false; error: string } {
  try {
    const options = { base: unit === 'bits' ? 2 : Math.E };
    const P = tg.tensor(p);
    const Q = tg.tensor(q);
    return {
      ok: true,
      value: {
        hP: tg.info.entropy(P, options).item(),
        hQ: tg.info.entropy(Q, options).item(),
        hPQ: tg.info.crossEntropy(P, Q, options).item(),
        klPQ: tg.info.klDivergence(P, Q, options).item(),
        klQP: tg.info.klDivergence(Q, P, options).item(),
      },
    };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/**
 * Sets outcome `index` of a distribution to `value` and rescales the others so it still sums to 1
 * (what dragging one bar means). If the others are all zero, the remaining mass is shared evenly.
 */
export function setProbability(dist: readonly number[], index: number, value: number): number[] {
  const v = Math.min(1, Math.max(0, value));
  const rest = dist.reduce((s, x, i) => (i === index ? s : s + x), 0);
  const others = dist.length - 1;
  return dist.map((x, i) => {
    if (i === index) return v;
    if (others === 0) return 1;
    return rest > 0 ? (x / rest) * (1 - v) : (1 - v) / others;
  });
}
