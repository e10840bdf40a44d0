/**
 * The fused loss kernels (crossEntropy, mseLoss, binaryCrossEntropyWithLogits) equal the compositions they
 * replace on every backend: values and gradients, large rows, non-finite rows, a second backward through a
 * retained graph, and the TypeScript and WebAssembly kernels agree with each other.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { availableBackends, getBackend } from '../src/kernels/index.js';
import { tsBackend } from '../src/kernels/ts/backend.js';
import { createWasmBackend } from '../src/kernels/wasm/backend.js';
import type { Tensor } from '../src/tensor/tensor.js';
import { TOLERANCE } from './parity/harness.js';

const F = tg.F;
const initial = getBackend();
afterAll(() => tg.setBackend(initial));

function flat(t: Tensor): number[] {
  const v = t.toArray() as unknown;
  return Array.isArray(v) ? (v.flat(Infinity) as number[]) : [v as number];
}

/**
 * |a - b| <= tol·(1 + |b|) where `tol` is given (all such uses are tighter than the defaults), else
 * torch.testing.assert_close's defaults for b's dtype (float32 rtol 1.3e-6 / atol 1e-5, float64 1e-7 / 1e-7).
 */
function close(a: Tensor, b: Tensor, tol?: number): void {
  expect(a.shape).toEqual(b.shape);
  expect(a.dtype).toBe(b.dtype);
  const { rtol, atol } = tol === undefined ? TOLERANCE[b.dtype]! : { rtol: tol, atol: tol };
  const x = flat(a);
  const y = flat(b);
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(y[i]!)) expect(x[i]).toBeNaN();
    else expect(Math.abs(x[i]! - y[i]!)).toBeLessThanOrEqual(atol + rtol * Math.abs(y[i]!));
  }
}

function logits(rows: number, C: number, scale: number): Tensor {
  tg.manualSeed(rows * 31 + C);
  return tg.randn([rows, C]).mul(scale);
}

for (const backend of availableBackends()) {
  describe(`fused losses on the ${backend} backend`, () => {
    it('crossEntropy equals nllLoss(logSoftmax(x)) on rows wider than a scratch chunk and on odd widths', () => {
      tg.setBackend(backend);
      for (const [rows, C] of [
        [3, 20000],
        [37, 13],
        [5, 1],
      ] as const) {
        const x = logits(rows, C, 4).requiresGrad_();
        const target = tg.randint(0, C, [rows]);
        const fused = F.crossEntropy(x, target);
        const chain = F.nllLoss(tg.logSoftmax(x, 1), target);
        // Measured worst: 4e-9 relative on both backends; assert_close's float32 defaults.
        close(fused, chain);
        const [gf] = tg.grad([fused], [x]);
        const [gc] = tg.grad([chain], [x]);
        close(gf!, gc!);
      }
    });

    it('crossEntropy gives nan rows where a logit is infinite or nan, like the chain', () => {
      tg.setBackend(backend);
      const x = tg
        .tensor([
          [1, 2, Infinity, 0],
          [1, -Infinity, 3, 0],
          [NaN, 0, 0, 0],
          [-Infinity, -Infinity, -Infinity, -Infinity],
        ])
        .requiresGrad_();
      const target = tg.tensor([0, 2, 1, 3], { dtype: 'int64' });
      const fused = F.crossEntropy(x, target, { reduction: 'none' });
      const chain = F.nllLoss(tg.logSoftmax(x, 1), target, { reduction: 'none' });
      close(fused, chain, 1e-6);
      const [gf] = tg.grad([fused.sum()], [x]);
      const [gc] = tg.grad([chain.sum()], [x]);
      close(gf!, gc!, 1e-6);
    });

    it('crossEntropy backward twice through a retained graph gives the same gradient both times', () => {
      tg.setBackend(backend);
      const x = logits(8, 10, 2).requiresGrad_();
      const target = tg.randint(0, 10, [8]);
      const loss = F.crossEntropy(x, target);
      loss.backward(undefined, { retainGraph: true });
      const first = x.grad!.clone();
      x.grad = null;
      loss.backward();
      // Bit for bit, as in PyTorch (torch.equal of the two gradients is True there).
      expect(Array.from(x.grad!.contiguousData())).toEqual(Array.from(first.contiguousData()));
    });

    it('mseLoss and binaryCrossEntropyWithLogits equal their compositions in values and gradients', () => {
      tg.setBackend(backend);
      for (const n of [1, 7, 5000, 40000]) {
        tg.manualSeed(n);
        for (const dtype of ['float32', 'float64'] as const) {
          const x = tg.randn([n], { dtype }).mul(6).requiresGrad_();
          const y = tg.rand([n], { dtype });
          for (const reduction of ['mean', 'sum'] as const) {
            const mse = F.mseLoss(x, y, { reduction });
            const sq = x.sub(y).pow(2);
            const mseRef = reduction === 'mean' ? sq.mean() : sq.sum();
            // assert_close's defaults (was 1e-6, wider than float64's 1e-7); measured worst 1.1e-7 relative in
            // float32 and 1.5e-15 in float64.
            close(mse, mseRef);
            close(tg.grad([mse], [x])[0]!, tg.grad([mseRef], [x])[0]!);
            const bce = F.binaryCrossEntropyWithLogits(x, y, { reduction });
            const m = x.neg().clamp({ min: 0 });
            const terms = tg
              .sub(1, y)
              .mul(x)
              .add(m)
              .add(
                tg
                  .exp(m.neg())
                  .add(tg.exp(x.neg().sub(m)))
                  .log(),
              );
            const bceRef = reduction === 'mean' ? terms.mean() : terms.sum();
            close(bce, bceRef);
            close(tg.grad([bce], [x])[0]!, tg.grad([bceRef], [x])[0]!);
          }
        }
      }
    });
  });
}

describe('fused loss kernels: TypeScript and WebAssembly agree', () => {
  const wasm = createWasmBackend();
  // Not skipped when wasm is missing: Node has WebAssembly SIMD (backends.test.ts asserts it), so a missing
  // backend is a failure here.
  it('on cross-entropy constants, saved softmax and gradients (float32)', () => {
    expect(wasm, 'the wasm backend').not.toBeNull();
    const rows = 64;
    const C = 257;
    const x = flat(logits(rows, C, 5));
    const xs = Float32Array.from(x);
    const targets = Int32Array.from({ length: rows }, (_, r) => (r % 5 === 0 ? -1 : (r * 7) % C));
    const scale = Float64Array.from({ length: rows }, (_, r) => (r % 5 === 0 ? 0 : 1 / rows));
    const c1 = new Float64Array(rows);
    const c2 = new Float64Array(rows);
    const p1 = new Float32Array(rows * C);
    const p2 = new Float32Array(rows * C);
    tsBackend.crossEntropyForward!(xs, rows, C, c1, p1);
    wasm!.crossEntropyForward!(xs, rows, C, c2, p2);
    // c is float64: assert_close's float64 defaults (was 1e-6 relative); measured worst 1.7e-9 relative.
    for (let r = 0; r < rows; r++)
      expect(Math.abs(c1[r]! - c2[r]!)).toBeLessThanOrEqual(1e-7 + 1e-7 * Math.abs(c1[r]!));
    for (let i = 0; i < p1.length; i++) expect(Math.abs(p1[i]! - p2[i]!)).toBeLessThanOrEqual(4e-7 * p1[i]! + 1e-30);
    const g1 = new Float32Array(rows * C);
    const g2 = new Float32Array(rows * C);
    tsBackend.crossEntropyBackwardFromSoftmax!(p1, targets, scale, rows, C, g1);
    wasm!.crossEntropyBackwardFromSoftmax!(p1, targets, scale, rows, C, g2);
    expect(Array.from(g2)).toEqual(Array.from(g1));
  });
});
