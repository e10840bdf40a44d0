/**
 * The parametric activation kernels (Backend.activation / activationBackward) against the compositions they
 * replaced, on every backend: forward values and gradients, edge values (0, −0, the kinks, ±inf, nan), empty
 * tensors, float32 and float64; the ts and wasm kernels against each other; PyTorch's node names and double
 * backward (createGraph composes). Threads: test/threads.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { availableBackends, getBackend } from '../src/kernels/index.js';
import { tsBackend } from '../src/kernels/ts/backend.js';
import { ACTIVATION_BACKWARD_OPS, ACTIVATION_OPS, createWasmBackend } from '../src/kernels/wasm/backend.js';
import { SELU_ALPHA, SELU_SCALE } from '../src/nn/functional/activations/selu.js';
import type { Tensor } from '../src/tensor/tensor.js';
import { ACTIVATION_KERNEL_PARAMS } from './activation-kernel-params.js';

const { F } = tg;
type DType = 'float32' | 'float64';

const EDGES = [0, -0, 1e-45, -1e-45, 1e-8, -1e-8, 0.5, -0.5, 1, -1, 3, -3, 6, 6.5, 20, 21, -88, -104, 1e30, -1e30];
const SPECIALS = [Infinity, -Infinity, NaN];

/** Edge values, the given kinks, then a fixed pseudo-random spread over [−8, 8]. */
function values(n: number, seed: number, kinks: number[] = [], specials = true): number[] {
  const out = [...EDGES, ...kinks, ...(specials ? SPECIALS : [])];
  let s = seed;
  while (out.length < n) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push((s / 2 ** 32) * 16 - 8);
  }
  return out;
}

const noGradOps = <T>(f: () => T): T => tg.noGrad(f);

interface Case {
  name: string;
  /** The activation through the public API. */
  fn: (x: Tensor) => Tensor;
  /** The composition it used to be (forward). */
  former: (x: Tensor) => Tensor;
  /** The former backward composition g·f'(x). */
  formerGrad: (g: Tensor, x: Tensor) => Tensor;
  /** Values where the derivative jumps. */
  kinks: number[];
  /** The kernel rounds in the composition's order (bit-identical); otherwise in PyTorch's, within a few ulps. */
  exactForward: boolean;
  exactBackward: boolean;
  gradFn: string;
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5;
const KAPPA = 0.044715;

function eluCase(name: string, fn: (x: Tensor) => Tensor, alpha: number, scale: number, inputScale: number) {
  const neg = (x: Tensor): Tensor => tg.mul(tg.clamp(x, { max: 0 }), inputScale);
  return {
    name,
    fn,
    former: (x: Tensor) => tg.where(tg.le(x, 0), tg.mul(tg.sub(tg.exp(neg(x)), 1), alpha * scale), tg.mul(x, scale)),
    formerGrad: (g: Tensor, x: Tensor) =>
      tg.where(tg.le(x, 0), tg.mul(g, tg.mul(tg.exp(neg(x)), inputScale * alpha * scale)), tg.mul(g, scale)),
    kinks: [],
    exactForward: true,
    // PyTorch's order ((g·inputScale)·(alpha·scale))·e^{…}; the composition multiplied e^{…} by the constant first
    exactBackward: false,
    gradFn: name === 'celu' ? 'CeluBackward0' : 'EluBackward0',
  };
}

const CASES: Case[] = [
  ...[0.01, 0.2, -0.5].map((slope) => ({
    name: `leakyRelu(${slope})`,
    fn: (x: Tensor) => F.leakyRelu(x, { negativeSlope: slope }),
    former: (x: Tensor) => tg.where(tg.gt(x, 0), x, tg.mul(x, slope)),
    formerGrad: (g: Tensor, x: Tensor) => tg.where(tg.gt(x, 0), g, tg.mul(g, slope)),
    kinks: [],
    exactForward: true,
    exactBackward: true,
    gradFn: 'LeakyReluBackward0',
  })),
  ...[
    [-1, 1],
    [0, 6],
    [-0.5, 0.5],
    [2, 2],
  ].map(([minVal, maxVal]) => ({
    name: `hardtanh(${minVal}, ${maxVal})`,
    fn: (x: Tensor) => F.hardtanh(x, { minVal, maxVal }),
    former: (x: Tensor) => tg.where(tg.lt(x, minVal!), minVal!, tg.where(tg.gt(x, maxVal!), maxVal!, x)),
    formerGrad: (g: Tensor, x: Tensor) => tg.where(tg.logicalOr(tg.le(x, minVal!), tg.ge(x, maxVal!)), 0, g),
    kinks: [minVal!, maxVal!],
    exactForward: true,
    exactBackward: true,
    gradFn: 'HardtanhBackward0',
  })),
  {
    name: 'relu6',
    fn: (x: Tensor) => F.relu6(x),
    former: (x: Tensor) => tg.where(tg.lt(x, 0), 0, tg.where(tg.gt(x, 6), 6, x)),
    formerGrad: (g: Tensor, x: Tensor) => tg.where(tg.logicalOr(tg.le(x, 0), tg.ge(x, 6)), 0, g),
    kinks: [0, 6],
    exactForward: true,
    exactBackward: true,
    gradFn: 'HardtanhBackward0',
  },
  eluCase('elu', (x) => F.elu(x), 1, 1, 1),
  eluCase('elu(alpha 0.3)', (x) => F.elu(x, { alpha: 0.3 }), 0.3, 1, 1),
  eluCase('selu', (x) => F.selu(x), SELU_ALPHA, SELU_SCALE, 1),
  eluCase('celu', (x) => F.celu(x, { alpha: 0.7 }), 0.7, 1, 1 / 0.7),
  ...[
    [0.5, -2],
    [-1, NaN],
    [0, 0],
  ].map(([th, v]) => ({
    name: `threshold(${th}, ${v})`,
    fn: (x: Tensor) => F.threshold(x, th!, v!),
    former: (x: Tensor) => tg.where(tg.le(x, th!), v!, x),
    formerGrad: (g: Tensor, x: Tensor) => tg.where(tg.le(x, th!), 0, g),
    kinks: [th!],
    exactForward: true,
    exactBackward: true,
    gradFn: 'ThresholdBackward0',
  })),
  ...[
    [1, 20],
    [2.5, 3],
    [0.5, 10],
  ].map(([beta, threshold]) => ({
    name: `softplus(${beta}, ${threshold})`,
    fn: (x: Tensor) => F.softplus(x, { beta, threshold }),
    former: (x: Tensor) => {
      const scaled = tg.mul(x, beta!);
      // the defaults keep the (more accurate) 'softplus' unary kernel forward
      return beta === 1 && threshold === 20
        ? F.softplus(x)
        : tg.where(tg.gt(scaled, threshold!), x, tg.div(tg.log1p(tg.exp(scaled)), beta!));
    },
    formerGrad: (g: Tensor, x: Tensor) => {
      const scaled = tg.mul(x, beta!);
      return tg.where(tg.gt(scaled, threshold!), g, tg.mul(g, tg.sigmoid(scaled)));
    },
    kinks: [threshold! / beta!],
    exactForward: true,
    // PyTorch's (g·z)/(z + 1), z = e^{βx}; the composition wrote g·σ(βx)
    exactBackward: false,
    gradFn: 'SoftplusBackward0',
  })),
  {
    name: 'hardsigmoid',
    fn: (x: Tensor) => F.hardsigmoid(x),
    former: (x: Tensor) => tg.div(tg.clamp(tg.add(x, 3), { min: 0, max: 6 }), 6),
    formerGrad: (g: Tensor, x: Tensor) => tg.where(tg.logicalAnd(tg.gt(x, -3), tg.lt(x, 3)), tg.div(g, 6), 0),
    kinks: [-3, 3],
    exactForward: true,
    exactBackward: false, // PyTorch's g·(1/6), 1/6 rounded; the composition divided by 6
    gradFn: 'HardsigmoidBackward0',
  },
  {
    name: 'hardswish',
    fn: (x: Tensor) => F.hardswish(x),
    former: (x: Tensor) => tg.div(tg.mul(x, tg.clamp(tg.add(x, 3), { min: 0, max: 6 })), 6),
    formerGrad: (g: Tensor, x: Tensor) =>
      tg.where(tg.lt(x, -3), 0, tg.where(tg.le(x, 3), tg.mul(g, tg.add(tg.div(x, 3), 0.5)), g)),
    kinks: [-3, 3],
    exactForward: true,
    exactBackward: true,
    gradFn: 'HardswishBackward0',
  },
  {
    name: 'gelu',
    fn: (x: Tensor) => F.gelu(x),
    former: (x: Tensor) => F.gelu(x),
    formerGrad: (g: Tensor, x: Tensor) => {
      const cdf = tg.mul(tg.add(tg.erf(tg.mul(x, Math.SQRT1_2)), 1), 0.5);
      const pdf = tg.mul(tg.exp(tg.mul(tg.mul(x, x), -0.5)), INV_SQRT_2PI);
      return tg.mul(g, tg.add(cdf, tg.mul(x, pdf)));
    },
    kinks: [],
    exactForward: true,
    exactBackward: true, // same operations in the same order, same erf and exp
    gradFn: 'GeluBackward0',
  },
  {
    name: "gelu('tanh')",
    fn: (x: Tensor) => F.gelu(x, { approximate: 'tanh' }),
    // the former forward: PyTorch's GeluKernelImpl order op by op, each rounded to the dtype
    former: (x: Tensor) =>
      tg.mul(tg.mul(x, 0.5), tg.add(tg.tanh(tg.mul(tg.add(x, tg.mul(tg.mul(tg.mul(x, x), x), KAPPA)), BETA)), 1)),
    formerGrad: (g: Tensor, x: Tensor) => {
      const xSq = tg.mul(x, x);
      const t = tg.tanh(tg.mul(tg.add(x, tg.mul(tg.mul(xSq, x), KAPPA)), BETA));
      const left = tg.mul(x, 0.5);
      const right = tg.add(t, 1);
      const leftDerivative = tg.mul(right, 0.5);
      const rightDerivative = tg.mul(
        tg.mul(tg.mul(left, tg.sub(1, tg.mul(t, t))), BETA),
        tg.add(tg.mul(xSq, 3 * KAPPA), 1),
      );
      return tg.mul(g, tg.add(leftDerivative, rightDerivative));
    },
    kinks: [],
    exactForward: true,
    exactBackward: false, // PyTorch's order: (left·tanh')·(β·(1 + 3κ·x²)), 3κ rounded to float32
    gradFn: 'GeluBackward0',
  },
  {
    name: 'mish',
    fn: (x: Tensor) => F.mish(x),
    former: (x: Tensor) => tg.mul(x, tg.tanh(tg.log1p(tg.exp(x)))),
    formerGrad: (g: Tensor, x: Tensor) => {
      const t = tg.tanh(F.softplus(x));
      return tg.mul(g, tg.add(t, tg.mul(tg.mul(x, tg.sigmoid(x)), tg.sub(1, tg.mul(t, t)))));
    },
    kinks: [],
    exactForward: true,
    // PyTorch's t = tanh(log1p(e^x)) and σ = 1/(1 + e^{−x}) in float32 steps; the composition took
    // tanh(softplus(x)) (another log1p) and the sigmoid kernel
    exactBackward: false,
    gradFn: 'MishBackward0',
  },
  ...[0.5, 0, 1.7].map((lambd) => ({
    name: `softshrink(${lambd})`,
    fn: (x: Tensor) => F.softshrink(x, { lambd }),
    former: (x: Tensor) => tg.where(tg.gt(x, lambd), tg.sub(x, lambd), tg.where(tg.lt(x, -lambd), tg.add(x, lambd), 0)),
    formerGrad: (g: Tensor, x: Tensor) =>
      tg.where(tg.logicalNot(tg.logicalAnd(tg.ge(x, -lambd), tg.le(x, lambd))), g, 0),
    kinks: [lambd, -lambd],
    exactForward: true,
    exactBackward: true,
    gradFn: 'SoftshrinkBackward0',
  })),
  ...[0.5, 0, 2, -1].map((lambd) => ({
    name: `hardshrink(${lambd})`,
    fn: (x: Tensor) => F.hardshrink(x, { lambd }),
    former: (x: Tensor) => tg.where(tg.logicalNot(tg.logicalAnd(tg.ge(x, -lambd), tg.le(x, lambd))), x, 0),
    formerGrad: (g: Tensor, x: Tensor) =>
      tg.where(tg.logicalNot(tg.logicalAnd(tg.ge(x, -lambd), tg.le(x, lambd))), g, 0),
    kinks: [lambd, -lambd],
    exactForward: true,
    exactBackward: true,
    gradFn: 'HardshrinkBackward0',
  })),
  {
    name: 'silu',
    fn: (x: Tensor) => F.silu(x),
    former: (x: Tensor) => F.silu(x),
    formerGrad: (g: Tensor, x: Tensor) => {
      const s = tg.sigmoid(x);
      return tg.mul(g, tg.mul(s, tg.add(tg.mul(x, tg.sub(1, s)), 1)));
    },
    kinks: [],
    exactForward: true,
    exactBackward: false, // PyTorch's (g·σ)·(1 + x·(1 − σ))
    gradFn: 'SiluBackward0',
  },
];

/**
 * Same bits (nan equals nan, −0 differs from 0), or within atol·max(1, |scale|) + rtol·|b| when not `exact`
 * (`scale`: the incoming gradient, whose size multiplies an absolute error where the derivative cancels).
 */
function expectClose(a: Tensor, b: Tensor, exact: boolean, dtype: DType, what: string, scale?: Tensor): void {
  expect(a.shape).toEqual(b.shape);
  const x = a.contiguousData();
  const y = b.contiguousData();
  const s = scale?.contiguousData();
  const [rtol, atol] = dtype === 'float32' ? [4e-6, 1e-6] : [1e-12, 1e-13];
  for (let i = 0; i < x.length; i++) {
    const u = x[i]!;
    const v = y[i]!;
    if (Object.is(u, v)) continue;
    if (!exact && u === v) continue; // −0 vs 0 from a different rounding order
    const ok =
      !exact &&
      Number.isFinite(u) &&
      Number.isFinite(v) &&
      Math.abs(u - v) <= atol * Math.max(1, Math.abs(s?.[i] ?? 1)) + rtol * Math.abs(v);
    if (!ok) expect.fail(`${what}: element ${i} is ${u}, expected ${v}`);
  }
}

const initial = getBackend();
afterAll(() => tg.setBackend(initial));

for (const backend of availableBackends()) {
  describe(`activation kernels on the ${backend} backend equal the compositions they replaced`, () => {
    for (const c of CASES) {
      for (const dtype of ['float32', 'float64'] as const) {
        // 1000 elements: longer than a SIMD tail; 70000 crosses a scratch chunk of the wasm backend
        for (const n of [1000, 70000]) {
          it(`${c.name}: forward and gradient (${dtype}, ${n} elements)`, () => {
            tg.setBackend(backend);
            const data = values(n, 3, c.kinks);
            const x = tg.tensor(data, { dtype, requiresGrad: true });
            const g = tg.tensor(values(n, 4, [], false).reverse(), { dtype });
            const y = c.fn(x);
            expect(String(y.gradFn?.name)).toBe(c.gradFn);
            const [gx] = tg.grad([y], [x], { gradOutputs: g });
            const xd = x.detach();
            // float64 kernels of the wasm backend run the ts loops (Math.exp, Cody's erf), while the compositions'
            // exp and erf run the module's scalar float64 routines: equal to ~1 ulp there, not bit for bit.
            const same = dtype === 'float32' || backend === 'ts';
            const [fwd, bwd] = [c.exactForward && same, c.exactBackward && same];
            expectClose(
              y.detach(),
              noGradOps(() => c.former(xd)),
              fwd,
              dtype,
              `${c.name} forward`,
            );
            expectClose(
              gx!,
              noGradOps(() => c.formerGrad(g, xd)),
              bwd,
              dtype,
              `${c.name} gradient`,
              g,
            );
          });
        }
      }
      it(`${c.name}: an empty tensor gives an empty result and gradient`, () => {
        tg.setBackend(backend);
        const x = tg.zeros([0, 3], { requiresGrad: true });
        const y = c.fn(x);
        expect(y.shape).toEqual([0, 3]);
        const [gx] = tg.grad([y.sum()], [x]);
        expect(gx!.shape).toEqual([0, 3]);
      });
      it(`${c.name}: under createGraph the gradient is composed (differentiable) and equals the kernel's`, () => {
        tg.setBackend(backend);
        const x = tg.tensor(values(200, 5, c.kinks), { dtype: 'float64', requiresGrad: true });
        const [plain] = tg.grad([c.fn(x).sum()], [x]);
        const [graph] = tg.grad([c.fn(x).sum()], [x], { createGraph: true });
        const exact = c.exactBackward && backend === 'ts'; // see the float64 note above
        expectClose(graph!.detach(), plain!, exact, 'float64', `${c.name} createGraph gradient`);
      });
    }

    it('every parametric activation stays twice differentiable (gradgradcheck, float64)', () => {
      tg.setBackend(backend);
      // away from the kinks, where finite differences are meaningful
      const x = tg.tensor([-2.1, -0.7, -0.3, 0.2, 0.9, 2.6, 7.3], { dtype: 'float64', requiresGrad: true });
      for (const c of CASES.filter((c) => !c.name.includes('NaN'))) {
        expect(
          tg.gradgradcheck((t: Tensor) => tg.mul(c.fn(t), t), [x]),
          c.name,
        ).toBe(true);
      }
    });
  });
}

describe("shrinks and mish at ±lambda, −0, ±inf and nan give PyTorch's values and gradients", () => {
  // Produced by PyTorch 1.13 (/usr/bin/python3): F.softshrink / F.hardshrink (lambd 0.5) and F.mish on float32
  // [nan, 0.5, -0.5, -0, 0.6, -0.6, inf, -inf], gradient of y.sum().
  const X = [NaN, 0.5, -0.5, -0, 0.6, -0.6, Infinity, -Infinity];
  const f = Math.fround;
  const TABLE: [string, (x: Tensor) => Tensor, number[], number[]][] = [
    [
      'softshrink',
      (x) => F.softshrink(x, { lambd: 0.5 }),
      [0, 0, 0, 0, f(0.10000002384185791), f(-0.10000002384185791), Infinity, -Infinity],
      [1, 0, 0, 0, 1, 1, 1, 1],
    ],
    [
      'hardshrink',
      (x) => F.hardshrink(x, { lambd: 0.5 }),
      [NaN, 0, 0, 0, f(0.6), f(-0.6), Infinity, -Infinity],
      [1, 0, 0, 0, 1, 1, 1, 1],
    ],
  ];
  for (const backend of availableBackends()) {
    for (const [name, fn, want, wantGrad] of TABLE) {
      it(`${name} (${backend})`, () => {
        tg.setBackend(backend);
        // long enough for whole SIMD vectors and a tail
        const x = tg.tensor([...X, ...X, ...X], { requiresGrad: true });
        const y = fn(x);
        const [gx] = tg.grad([y.sum()], [x]);
        expect(Array.from(y.detach().contiguousData())).toEqual([...want, ...want, ...want]);
        expect(Array.from(gx!.contiguousData())).toEqual([...wantGrad, ...wantGrad, ...wantGrad]);
      });
    }
    it(`mish at the specials (${backend}): nan, −0 and inf pass, mish(−inf) = nan, nan gradients at ±inf`, () => {
      tg.setBackend(backend);
      const x = tg.tensor([...X, ...X, ...X], { requiresGrad: true });
      const y = F.mish(x);
      const [gx] = tg.grad([y.sum()], [x]);
      const [v, d] = [y.detach().contiguousData(), gx!.contiguousData()];
      for (const k of [0, 8, 16]) {
        expect([v[k], v[k + 3], v[k + 6], v[k + 7]]).toEqual([NaN, -0, Infinity, NaN]);
        expect([d[k], d[k + 6], d[k + 7]]).toEqual([NaN, NaN, NaN]);
        expect(d[k + 3]).toBe(f(0.6000000238418579));
      }
    });
  }
});

describe('ts and wasm activation kernels agree', () => {
  const wasm = createWasmBackend();
  const piecewiseLinear = new Set([
    'leakyRelu',
    'hardtanh',
    'threshold',
    'hardsigmoid',
    'hardswish',
    'softshrink',
    'hardshrink',
  ]);
  const n = 5003;
  const x = Float32Array.from(values(n, 11, [-1, 1, 6, 0.5, -2, 1.2]));
  const g = Float32Array.from(values(n, 12, [], false));
  for (const op of ACTIVATION_BACKWARD_OPS) {
    it(`${op}: float32 results agree (bit for bit where no transcendental function is involved)`, () => {
      expect(wasm).not.toBeNull();
      const check = (a: Float32Array, b: Float32Array, what: string): void => {
        const exact = piecewiseLinear.has(op);
        expectClose(tg.tensor(a), tg.tensor(b), exact, 'float32', what);
      };
      for (const [p0, p1, p2] of ACTIVATION_KERNEL_PARAMS[op]!) {
        if ((ACTIVATION_OPS as readonly string[]).includes(op)) {
          const fwd = op as (typeof ACTIVATION_OPS)[number];
          const [a, b] = [new Float32Array(n), new Float32Array(n)];
          tsBackend.activation(fwd, x, a, p0, p1, p2);
          wasm!.activation(fwd, x, b, p0, p1, p2);
          check(b, a, `${op}(${p0}, ${p1}, ${p2}) forward`);
        }
        const [a, b] = [new Float32Array(n), new Float32Array(n)];
        tsBackend.activationBackward(op, g, x, a, p0, p1, p2);
        wasm!.activationBackward(op, g, x, b, p0, p1, p2);
        check(b, a, `${op}(${p0}, ${p1}, ${p2}) backward`);
      }
    });
  }

  it("the ts kernels round in PyTorch's float32 order (elu, softplus and silu backward, restated)", () => {
    const f = Math.fround;
    const [alpha, scale, inputScale] = [f(SELU_ALPHA), f(SELU_SCALE), f(1)];
    const neg = f(alpha * scale);
    const out = new Float32Array(n);
    tsBackend.activationBackward('elu', g, x, out, SELU_ALPHA, SELU_SCALE, 1);
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      const e = v <= 0 ? f(f(f(g[i]! * inputScale) * neg) * f(Math.exp(f(v * inputScale)))) : f(g[i]! * scale);
      expect(Object.is(out[i], e) || (out[i] !== out[i] && e !== e)).toBe(true);
    }
    tsBackend.activationBackward('softplus', g, x, out, 2.5, 3, 0);
    for (let i = 0; i < n; i++) {
      const b = f(x[i]! * 2.5);
      const z = f(Math.exp(b));
      const e = b > 3 ? g[i]! : f(f(g[i]! * z) / f(z + 1));
      expect(Object.is(out[i], e) || (out[i] !== out[i] && e !== e)).toBe(true);
    }
    tsBackend.activationBackward('silu', g, x, out, 0, 0, 0);
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      const s = f(1 / f(1 + f(Math.exp(-v))));
      const e = f(f(g[i]! * s) * f(1 + f(v * f(1 - s))));
      expect(Object.is(out[i], e) || (out[i] !== out[i] && e !== e)).toBe(true);
    }
  });
});
