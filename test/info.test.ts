/**
 * tg.info: entropy, crossEntropy and klDivergence. Expected numbers come from PyTorch (the info.* cases of
 * test/parity/data/losses.json, computed with torch.special.entr / torch.xlogy); the identities are checked on
 * tensorgrad's own results.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';

interface Case {
  id: string;
  out?: { data: (number | string)[] };
}
const cases = (
  JSON.parse(readFileSync(new URL('./parity/data/losses.json', import.meta.url), 'utf8')) as { cases: Case[] }
).cases;
const torchValue = (id: string): number => {
  const c = cases.find((x) => x.id === id);
  if (!c?.out) throw new Error(`no parity case ${id}`);
  return Number(c.out.data[0]);
};

// The note's kind of example: P skewed, Q uniform over four outcomes.
const P = tg.tensor([0.8, 0.1, 0.05, 0.05], { dtype: 'float64' });
const Q = tg.tensor([0.25, 0.25, 0.25, 0.25], { dtype: 'float64' });

describe('tg.info on the note example (bits)', () => {
  const bits = { base: 2 };
  const H = tg.info.entropy(P, bits).item();
  const HPQ = tg.info.crossEntropy(P, Q, bits).item();
  const DPQ = tg.info.klDivergence(P, Q, bits).item();
  const DQP = tg.info.klDivergence(Q, P, bits).item();

  it("gives PyTorch's H(P), H(P, Q), D_KL(P‖Q) and D_KL(Q‖P)", () => {
    expect(H).toBeCloseTo(torchValue('info.entropy/note-bits/float64/0'), 12);
    expect(HPQ).toBeCloseTo(torchValue('info.crossEntropy/note-bits/float64/0'), 12);
    expect(DPQ).toBeCloseTo(torchValue('info.klDivergence/note-pq-bits/float64/0'), 12);
    expect(DQP).toBeCloseTo(torchValue('info.klDivergence/note-qp-bits/float64/0'), 12);
  });

  it('satisfies H(P, Q) = H(P) + D_KL(P‖Q)', () => {
    expect(HPQ).toBeCloseTo(H + DPQ, 12);
  });

  it('has D_KL(P‖Q) ≠ D_KL(Q‖P): KL divergence is not symmetric', () => {
    expect(Math.abs(DPQ - DQP)).toBeGreaterThan(0.01);
    expect(torchValue('info.klDivergence/note-pq-bits/float64/0')).not.toBeCloseTo(
      torchValue('info.klDivergence/note-qp-bits/float64/0'),
      2,
    );
  });

  it('the identity holds in nats too, and bits = nats / ln 2', () => {
    const h = tg.info.entropy(P).item();
    expect(tg.info.crossEntropy(P, Q).item()).toBeCloseTo(h + tg.info.klDivergence(P, Q).item(), 12);
    expect(H).toBeCloseTo(h / Math.LN2, 12);
  });
});

describe('tg.info conventions', () => {
  it('treats 0·log 0 as 0', () => {
    expect(tg.info.entropy(tg.tensor([0, 0.5, 0.5, 0]), { base: 2 }).item()).toBe(1);
    expect(tg.info.crossEntropy(tg.tensor([0, 1]), tg.tensor([0, 1])).item() + 0).toBe(0);
    expect(tg.info.klDivergence(tg.tensor([0, 1]), tg.tensor([0, 1])).item() + 0).toBe(0);
  });

  it('gives D_KL(P‖P) = 0 exactly and +inf where q = 0 < p', () => {
    expect(tg.info.klDivergence(P, P).item() + 0).toBe(0);
    expect(tg.info.klDivergence(tg.tensor([0.5, 0.5]), tg.tensor([1, 0])).item()).toBe(Infinity);
  });

  it('reduces along dim (default -1) and keeps the other dims', () => {
    const p = tg.tensor([
      [0.5, 0.5],
      [1, 0],
    ]);
    expect(tg.info.entropy(p, { base: 2 }).toArray()).toEqual([1, 0]);
    expect(tg.info.entropy(p.t(), { dim: 0, base: 2 }).toArray()).toEqual([1, 0]);
  });

  it('is differentiable in every argument (float64 gradcheck)', () => {
    const p = tg.tensor([0.2, 0.3, 0.5], { dtype: 'float64', requiresGrad: true });
    const q = tg.tensor([0.4, 0.4, 0.2], { dtype: 'float64', requiresGrad: true });
    expect(tg.gradcheck((a) => tg.info.entropy(a, { base: 2 }), [p])).toBe(true);
    expect(tg.gradcheck((a, b) => tg.info.crossEntropy(a!, b!), [p, q])).toBe(true);
    expect(tg.gradcheck((a, b) => tg.info.klDivergence(a!, b!, { base: 10 }), [p, q])).toBe(true);
  });

  it('rejects a bad base or a non-float tensor with a clear error', () => {
    expect(() => tg.info.entropy(P, { base: 1 })).toThrow(RangeError);
    expect(() => tg.info.entropy(P, { base: -2 })).toThrow(/base/);
    expect(() => tg.info.entropy(tg.tensor([1, 0], { dtype: 'int64' }))).toThrow(TypeError);
    expect(() => tg.info.klDivergence(P, [0.5, 0.5] as never)).toThrow(TypeError);
  });

  it('refuses an unknown option, naming it, the function and the valid options, with a hint for a slip', () => {
    expect(() => tg.info.entropy(P, { dims: 0 } as never)).toThrow(TypeError);
    expect(() => tg.info.entropy(P, { dims: 0 } as never)).toThrow(
      "info.entropy(): unknown option 'dims' (did you mean 'dim'?); valid options: dim, base",
    );
    expect(() => tg.info.klDivergence(P, P, { Base: 2 } as never)).toThrow(
      "info.klDivergence(): unknown option 'Base' (did you mean 'base'?)",
    );
    expect(() => tg.info.crossEntropy(P, P, { reduction: 'sum' } as never)).toThrow(
      "info.crossEntropy(): unknown option 'reduction'; valid options: dim, base",
    );
  });

  it('refuses options that are not an object (a base given positionally) with a TypeError', () => {
    expect(() => tg.info.entropy(P, 2 as never)).toThrow(TypeError);
    expect(() => tg.info.entropy(P, 2 as never)).toThrow(/expected an options object like \{ dim\?, base\? \}/);
    expect(() => tg.info.crossEntropy(P, P, null as never)).toThrow(/but got null/);
  });
});
