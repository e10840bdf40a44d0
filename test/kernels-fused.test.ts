/**
 * The fused backward primitives (src/ops/fused.ts) and their kernels equal the compositions they replace,
 * bit for bit, on every backend, and stay twice differentiable.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { availableBackends, getBackend } from '../src/kernels/index.js';
import { reluBackward, sigmoidBackward, tanhBackward } from '../src/ops/fused.js';
import type { Tensor } from '../src/tensor/tensor.js';

const EDGES = [
  0,
  -0,
  1e-45,
  -1e-45,
  1e-8,
  0.25,
  0.5,
  1 - 2 ** -24,
  1,
  2,
  -1,
  -7.5,
  1e30,
  -1e30,
  Infinity,
  -Infinity,
  NaN,
];

function values(n: number, seed: number): number[] {
  const out = [...EDGES];
  let s = seed;
  for (let i = 0; out.length < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push((s / 2 ** 32) * 4 - 2);
  }
  return out;
}

const sameBits = (a: Tensor, b: Tensor): void => {
  expect(a.shape).toEqual(b.shape);
  expect(Array.from(a.contiguousData())).toEqual(Array.from(b.contiguousData()));
};

const initial = getBackend();
afterAll(() => tg.setBackend(initial));

for (const backend of availableBackends()) {
  describe(`fused backward kernels on the ${backend} backend`, () => {
    for (const dtype of ['float32', 'float64'] as const) {
      // 1000 elements: longer than a SIMD tail, shorter than a scratch chunk; 70000 crosses a chunk boundary.
      for (const n of [1000, 70000]) {
        const y = (): Tensor => tg.tensor(values(n, 1), { dtype });
        const g = (): Tensor => tg.tensor(values(n, 2).reverse(), { dtype });
        it(`sigmoidBackward(g, y) equals (g·(1 − y))·y bit for bit (${dtype}, ${n} elements)`, () => {
          tg.setBackend(backend);
          sameBits(sigmoidBackward(g(), y()), tg.mul(tg.mul(g(), tg.sub(1, y())), y()));
        });
        it(`tanhBackward(g, y) equals g·(1 − y·y) bit for bit (${dtype}, ${n} elements)`, () => {
          tg.setBackend(backend);
          sameBits(tanhBackward(g(), y()), tg.mul(g(), tg.sub(1, tg.mul(y(), y()))));
        });
        it(`reluBackward(g, y) equals where(y <= 0, 0, g) bit for bit (${dtype}, ${n} elements)`, () => {
          tg.setBackend(backend);
          sameBits(reluBackward(g(), y()), tg.where(tg.le(y(), 0), 0, g()));
        });
      }
    }

    it('sigmoid, tanh and relu stay twice differentiable through the fused backward (gradgradcheck)', () => {
      tg.setBackend(backend);
      const x = tg.tensor([-1.5, -0.3, 0.2, 0.9, 2.1], { dtype: 'float64', requiresGrad: true });
      expect(tg.gradgradcheck((t: Tensor) => tg.sigmoid(t), [x])).toBe(true);
      expect(tg.gradgradcheck((t: Tensor) => tg.tanh(t), [x])).toBe(true);
      expect(tg.gradgradcheck((t: Tensor) => tg.mul(tg.relu(t), t), [x])).toBe(true);
    });

    it('the backward of sigmoid records SigmoidBackwardBackward0 under createGraph, as PyTorch', () => {
      tg.setBackend(backend);
      const x = tg.tensor([0.5, -1], { requiresGrad: true });
      const [gx] = tg.grad([tg.sigmoid(x).sum()], [x], { createGraph: true });
      expect(String(gx)).toContain('grad_fn=<SigmoidBackwardBackward0>');
    });
  });
}
