/**
 * nn.Linear and nn.Sequential against PyTorch 1.13 (test/parity/data/nn.json, from test/parity/cases_nn.py):
 * forward values and gradients of x Wᵀ + b, and the default initialisation drawn from the seeded generator.
 */
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { nn } from '../src/index.js';
import { compareTensor, decodeCall, loadSuite, makeTensor, type TensorJson } from './parity/harness.js';

const suite = loadSuite('nn');

/** F.linear(x, W, b) run through a real nn.Linear whose parameters are the case's leaves. */
function linearModule(x: tg.Tensor, w: tg.Tensor, b?: tg.Tensor): tg.Tensor {
  const layer = new nn.Linear(w.shape[1]!, w.shape[0]!, { bias: b !== undefined, dtype: w.dtype as 'float32' });
  layer.weight = w;
  if (b !== undefined) layer.bias = b;
  return layer.forward(x);
}

describe('nn.Linear matches PyTorch', () => {
  it('has F.linear and nnLinearInit cases in data/nn.json (a filter that matches nothing must not pass)', () => {
    expect(suite.cases.filter((x) => x.op === 'F.linear').length).toBeGreaterThan(0);
    expect(suite.cases.filter((x) => x.op === 'nnLinearInit').length).toBeGreaterThan(0);
  });

  for (const c of suite.cases.filter((x) => x.op === 'F.linear')) {
    it(`${c.id}: forward values and the gradients of x, W and b`, () => {
      const d = decodeCall(c);
      const [x, w, b] = d.args as [tg.Tensor, tg.Tensor, tg.Tensor | undefined];
      const out = linearModule(x, w, b ?? undefined);
      expect(compareTensor(out, c.out as TensorJson, 'output')).toBeNull();
      expect(out.gradFn?.name, 'grad_fn').toBe(c.gradFn);
      out.backward(makeTensor(c.cotangent!, false) as unknown as tg.Tensor);
      c.grads!.forEach((want, j) => {
        expect(compareTensor(d.leaves[j]!.grad, want!, `grad ${j}`)).toBeNull();
      });
    });
  }

  for (const c of suite.cases.filter((x) => x.op === 'nnLinearInit')) {
    it(`${c.id}: manualSeed + new nn.Linear draws the same weight and bias as PyTorch`, () => {
      const [seed, nIn, nOut] = c.args as number[];
      tg.manualSeed(seed!);
      const layer = new nn.Linear(nIn!, nOut!);
      const flat = tg.cat([layer.weight.detach().reshape([-1]), layer.bias!.detach()], 0);
      expect(compareTensor(flat, c.out as TensorJson, 'weight ++ bias')).toBeNull();
      // Bit-identical, not merely close: PyTorch's MT19937 stream and uniform_ rounding are reproduced.
      expect(Array.from(flat.storage)).toEqual((c.out as TensorJson).data);
    });
  }
});

describe('nn.Linear', () => {
  it('weights and bias lie in [-1/√in, 1/√in] and require grad', () => {
    tg.manualSeed(3);
    const layer = new nn.Linear(16, 8);
    const bound = 1 / Math.sqrt(16);
    for (const p of layer.parameters()) {
      expect(p.requiresGrad).toBe(true);
      for (const v of p.storage) expect(Math.abs(v)).toBeLessThanOrEqual(bound);
    }
    expect(layer.namedParameters().map(([n]) => n)).toEqual(['weight', 'bias']);
  });

  it('bias: false has no bias parameter', () => {
    const layer = new nn.Linear(4, 2, { bias: false });
    expect(layer.bias).toBeNull();
    expect(layer.parameters()).toHaveLength(1);
  });

  it('rejects bad sizes and mismatched inputs with a RangeError naming the argument', () => {
    expect(() => new nn.Linear(-1, 2)).toThrow(/inFeatures.*-1/);
    expect(() => new nn.Linear(2, 1.5)).toThrow(RangeError);
    expect(() => new nn.Linear(3, 2).forward(tg.ones([4, 5]))).toThrow(/last dimension 3.*\[4, 5\]/);
  });

  it('prints like PyTorch', () => {
    // str(torch.nn.Linear(3, 2)) in PyTorch 1.13 (checked when this test was audited; also in data/modules.json).
    expect(String(new nn.Linear(3, 2))).toBe('Linear(in_features=3, out_features=2, bias=True)');
  });
});

describe('nn.Sequential', () => {
  it('applies its modules in order and names parameters by position like PyTorch', () => {
    tg.manualSeed(0);
    const a = new nn.Linear(3, 4);
    const b = new nn.Linear(4, 2);
    const net = new nn.Sequential(a, b);
    const x = tg.rand([5, 3]);
    const want = b.forward(a.forward(x));
    expect(net.forward(x).toArray()).toEqual(want.toArray());
    expect(net.namedParameters().map(([n]) => n)).toEqual(['0.weight', '0.bias', '1.weight', '1.bias']);
    expect(net.length).toBe(2);
    expect(net.at(-1)).toBe(b);
  });

  it('rejects non-modules', () => {
    expect(() => new nn.Sequential({} as unknown as nn.Module)).toThrow(TypeError);
  });
});
