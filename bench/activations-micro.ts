/**
 * Parametric activation kernels (Backend.activation / activationBackward) vs the compositions they replaced
 * (kept only here), forward + backward on 2^22 float32, on each kernel backend, one thread.
 *
 *   npx tsx bench/activations-micro.ts [ts|wasm ...]
 *
 * "fused" is the public path: y = F.act(x), then its gradient for a given incoming gradient g. "composed" is the
 * former forward composition and the former backward composition of g·f'(x) (what the backward closure ran).
 * Prints medians (tinybench, via bench/timing.ts) and the speed-up; no assertion (timings belong here, not in tests).
 */
import * as tg from '../src/index.js';
import { uniform, STREAMS } from './data.js';
import { medianMs } from './timing.js';
import type { Tensor } from '../src/tensor/tensor.js';
import { availableBackends } from '../src/kernels/index.js';
import { SELU_ALPHA, SELU_SCALE } from '../src/nn/functional/activations/selu.js';

const N = 2 ** 22;
const F = tg.F;
const x = tg.tensor(uniform(N, STREAMS.x, -4, 4));
const g = tg.tensor(uniform(N, STREAMS.y, -1, 1));

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5;
const KAPPA = 0.044715;

function formerElu(alpha: number, scale: number, inputScale: number) {
  const neg = (t: Tensor): Tensor => tg.mul(tg.clamp(t, { max: 0 }), inputScale);
  return {
    fwd: (t: Tensor) => tg.where(tg.le(t, 0), tg.mul(tg.sub(tg.exp(neg(t)), 1), alpha * scale), tg.mul(t, scale)),
    bwd: (d: Tensor, t: Tensor) =>
      tg.where(tg.le(t, 0), tg.mul(d, tg.mul(tg.exp(neg(t)), inputScale * alpha * scale)), tg.mul(d, scale)),
  };
}

type Case = [string, (t: Tensor) => Tensor, { fwd: (t: Tensor) => Tensor; bwd: (d: Tensor, t: Tensor) => Tensor }];
const CASES: Case[] = [
  [
    'leakyRelu',
    (t) => F.leakyRelu(t),
    {
      fwd: (t) => tg.where(tg.gt(t, 0), t, tg.mul(t, 0.01)),
      bwd: (d, t) => tg.where(tg.gt(t, 0), d, tg.mul(d, 0.01)),
    },
  ],
  [
    'hardtanh',
    (t) => F.hardtanh(t),
    {
      fwd: (t) => tg.to(tg.where(tg.lt(t, -1), -1, tg.where(tg.gt(t, 1), 1, t)), t.dtype),
      bwd: (d, t) => tg.where(tg.logicalOr(tg.le(t, -1), tg.ge(t, 1)), 0, d),
    },
  ],
  [
    'relu6',
    (t) => F.relu6(t),
    {
      fwd: (t) => tg.to(tg.where(tg.lt(t, 0), 0, tg.where(tg.gt(t, 6), 6, t)), t.dtype),
      bwd: (d, t) => tg.where(tg.logicalOr(tg.le(t, 0), tg.ge(t, 6)), 0, d),
    },
  ],
  ['elu', (t) => F.elu(t), formerElu(1, 1, 1)],
  ['selu', (t) => F.selu(t), formerElu(SELU_ALPHA, SELU_SCALE, 1)],
  ['celu (alpha 0.7)', (t) => F.celu(t, { alpha: 0.7 }), formerElu(0.7, 1, 1 / 0.7)],
  [
    'threshold (0.5, -2)',
    (t) => F.threshold(t, 0.5, -2),
    { fwd: (t) => tg.where(tg.le(t, 0.5), -2, t), bwd: (d, t) => tg.where(tg.le(t, 0.5), 0, d) },
  ],
  [
    'hardsigmoid',
    (t) => F.hardsigmoid(t),
    {
      fwd: (t) => tg.div(tg.clamp(tg.add(t, 3), { min: 0, max: 6 }), 6),
      bwd: (d, t) => tg.where(tg.logicalAnd(tg.gt(t, -3), tg.lt(t, 3)), tg.div(d, 6), 0),
    },
  ],
  [
    'hardswish',
    (t) => F.hardswish(t),
    {
      fwd: (t) => tg.div(tg.mul(t, tg.clamp(tg.add(t, 3), { min: 0, max: 6 })), 6),
      bwd: (d, t) => tg.where(tg.lt(t, -3), 0, tg.where(tg.le(t, 3), tg.mul(d, tg.add(tg.div(t, 3), 0.5)), d)),
    },
  ],
  [
    'gelu',
    (t) => F.gelu(t),
    {
      fwd: (t) => F.gelu(t),
      bwd: (d, t) => {
        const cdf = tg.mul(tg.add(tg.erf(tg.mul(t, Math.SQRT1_2)), 1), 0.5);
        const pdf = tg.mul(tg.exp(tg.mul(tg.mul(t, t), -0.5)), INV_SQRT_2PI);
        return tg.mul(d, tg.add(cdf, tg.mul(t, pdf)));
      },
    },
  ],
  [
    "gelu ('tanh')",
    (t) => F.gelu(t, { approximate: 'tanh' }),
    {
      fwd: (t) =>
        tg.mul(tg.mul(t, 0.5), tg.add(tg.tanh(tg.mul(tg.add(t, tg.mul(tg.mul(tg.mul(t, t), t), KAPPA)), BETA)), 1)),
      bwd: (d, t) => {
        const xSq = tg.mul(t, t);
        const th = tg.tanh(tg.mul(tg.add(t, tg.mul(tg.mul(xSq, t), KAPPA)), BETA));
        const left = tg.mul(t, 0.5);
        const leftDerivative = tg.mul(tg.add(th, 1), 0.5);
        const rightDerivative = tg.mul(
          tg.mul(tg.mul(left, tg.sub(1, tg.mul(th, th))), BETA),
          tg.add(tg.mul(xSq, 3 * KAPPA), 1),
        );
        return tg.mul(d, tg.add(leftDerivative, rightDerivative));
      },
    },
  ],
  [
    'silu',
    (t) => F.silu(t),
    {
      fwd: (t) => F.silu(t),
      bwd: (d, t) => {
        const s = tg.sigmoid(t);
        return tg.mul(d, tg.mul(s, tg.add(tg.mul(t, tg.sub(1, s)), 1)));
      },
    },
  ],
  [
    'softplus',
    (t) => F.softplus(t),
    {
      fwd: (t) => F.softplus(t),
      bwd: (d, t) => tg.where(tg.gt(t, 20), d, tg.mul(d, tg.sigmoid(t))),
    },
  ],
  [
    'softplus (beta 2, threshold 10)',
    (t) => F.softplus(t, { beta: 2, threshold: 10 }),
    {
      fwd: (t) => {
        const s = tg.mul(t, 2);
        return tg.where(tg.gt(s, 10), t, tg.div(tg.log1p(tg.exp(s)), 2));
      },
      bwd: (d, t) => {
        const s = tg.mul(t, 2);
        return tg.where(tg.gt(s, 10), d, tg.mul(d, tg.sigmoid(s)));
      },
    },
  ],
  [
    'mish',
    (t) => F.mish(t),
    {
      fwd: (t) => tg.mul(t, tg.tanh(tg.log1p(tg.exp(t)))),
      bwd: (d, t) => {
        const th = tg.tanh(F.softplus(t));
        return tg.mul(d, tg.add(th, tg.mul(tg.mul(t, tg.sigmoid(t)), tg.sub(1, tg.mul(th, th)))));
      },
    },
  ],
  [
    'softshrink',
    (t) => F.softshrink(t),
    {
      fwd: (t) => tg.where(tg.gt(t, 0.5), tg.sub(t, 0.5), tg.where(tg.lt(t, -0.5), tg.add(t, 0.5), 0)),
      bwd: (d, t) => tg.where(tg.logicalNot(tg.logicalAnd(tg.ge(t, -0.5), tg.le(t, 0.5))), d, 0),
    },
  ],
  [
    'hardshrink',
    (t) => F.hardshrink(t),
    {
      fwd: (t) => tg.where(tg.logicalNot(tg.logicalAnd(tg.ge(t, -0.5), tg.le(t, 0.5))), t, 0),
      bwd: (d, t) => tg.where(tg.logicalNot(tg.logicalAnd(tg.ge(t, -0.5), tg.le(t, 0.5))), d, 0),
    },
  ],
];

// ACT_ONLY=name,name (substrings of the case names) runs a subset.
const only = process.env.ACT_ONLY?.split(',');
const selected = only ? CASES.filter(([name]) => only.some((o) => name.includes(o))) : CASES;

const TIMING = { iterations: 15, warmup: 3 };
const backends = process.argv.slice(2).length ? process.argv.slice(2) : availableBackends();
const rows: string[] = [];
for (const backend of backends) {
  tg.setBackend(backend as 'ts' | 'wasm');
  const leaf = x.clone().requiresGrad_();
  for (const [name, fn, former] of selected) {
    const f = await medianMs(() => tg.grad([fn(leaf)], [leaf], { gradOutputs: g }), TIMING);
    const c = await medianMs(
      () =>
        tg.noGrad(() => {
          former.fwd(x);
          former.bwd(g, x);
        }),
      TIMING,
    );
    rows.push(`| ${backend} | ${name} | ${f.toFixed(1)} | ${c.toFixed(1)} | ${(c / f).toFixed(1)}x |`);
  }
}
console.log(`fwd+bwd, 2^22 float32 uniform on [-4, 4], median ms (Node ${process.versions.node}), one thread`);
console.log('| backend | activation | fused | composed | speed-up |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(r);
