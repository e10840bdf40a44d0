/**
 * Every differentiable core op passes gradcheck (float64 central differences against autograd), and
 * gradgradcheck (second derivatives through createGraph) wherever the op is twice differentiable.
 */
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { addmm } from '../src/ops/linalg.js';

tg.manualSeed(0);
/** Random float64 leaves; `away` keeps values off kinks (|x| >= away). */
function leaf(shape: number[], options: { positive?: boolean; away?: number } = {}): Tensor {
  const x = tg.randn(shape, { dtype: 'float64' });
  const data = x.storage;
  for (let i = 0; i < data.length; i++) {
    let v = data[i]!;
    if (options.away !== undefined && Math.abs(v) < options.away) v = Math.sign(v || 1) * (options.away + Math.abs(v));
    if (options.positive) v = Math.abs(v) + 0.5;
    data[i] = v;
  }
  return x.requiresGrad_();
}
const index = (values: number[], shape?: number[]) =>
  tg.tensor(values, { dtype: 'int64', ...(shape ? { shape } : {}) });

interface Entry {
  name: string;
  inputs: () => Tensor[];
  fn: (...xs: Tensor[]) => Tensor;
  /** false where the op is not twice differentiable (kinks) or its second derivative is 0 by construction. */
  second?: boolean;
}

const table: Entry[] = [
  { name: 'add with broadcasting', inputs: () => [leaf([2, 3]), leaf([3])], fn: (a, b) => tg.add(a, b, { alpha: 2 }) },
  { name: 'sub with broadcasting', inputs: () => [leaf([2, 1]), leaf([1, 3])], fn: (a, b) => tg.sub(a, b) },
  { name: 'mul', inputs: () => [leaf([2, 3]), leaf([2, 3])], fn: (a, b) => tg.mul(a, b) },
  { name: 'div', inputs: () => [leaf([2, 3]), leaf([2, 3], { away: 0.5 })], fn: (a, b) => tg.div(a, b) },
  { name: 'neg', inputs: () => [leaf([4])], fn: (a) => tg.neg(a) },
  { name: 'pow with a scalar exponent', inputs: () => [leaf([4], { positive: true })], fn: (a) => tg.pow(a, 2.5) },
  {
    name: 'pow with a tensor exponent',
    inputs: () => [leaf([4], { positive: true }), leaf([4])],
    fn: (a, b) => tg.pow(a, b),
  },
  { name: 'exp', inputs: () => [leaf([4])], fn: (a) => tg.exp(a) },
  { name: 'expm1', inputs: () => [leaf([4])], fn: (a) => tg.expm1(a) },
  { name: 'log', inputs: () => [leaf([4], { positive: true })], fn: (a) => tg.log(a) },
  { name: 'log1p', inputs: () => [leaf([4], { positive: true })], fn: (a) => tg.log1p(a) },
  { name: 'log2', inputs: () => [leaf([4], { positive: true })], fn: (a) => tg.log2(a) },
  { name: 'log10', inputs: () => [leaf([4], { positive: true })], fn: (a) => tg.log10(a) },
  { name: 'sqrt', inputs: () => [leaf([4], { positive: true })], fn: (a) => tg.sqrt(a) },
  { name: 'rsqrt', inputs: () => [leaf([4], { positive: true })], fn: (a) => tg.rsqrt(a) },
  { name: 'abs', inputs: () => [leaf([4], { away: 0.1 })], fn: (a) => tg.abs(a), second: false },
  { name: 'sin', inputs: () => [leaf([4])], fn: (a) => tg.sin(a) },
  { name: 'cos', inputs: () => [leaf([4])], fn: (a) => tg.cos(a) },
  { name: 'tanh', inputs: () => [leaf([4])], fn: (a) => tg.tanh(a) },
  { name: 'sigmoid', inputs: () => [leaf([4])], fn: (a) => tg.sigmoid(a) },
  { name: 'erf', inputs: () => [leaf([4])], fn: (a) => tg.erf(a) },
  { name: 'erfc', inputs: () => [leaf([4])], fn: (a) => tg.erfc(a) },
  { name: 'reciprocal', inputs: () => [leaf([4], { away: 0.5 })], fn: (a) => tg.reciprocal(a) },
  { name: 'relu', inputs: () => [leaf([5], { away: 0.1 })], fn: (a) => tg.relu(a), second: false },
  {
    name: 'clamp with scalar bounds',
    inputs: () => [leaf([6], { away: 0.1 })],
    fn: (a) => tg.clamp(a, { min: -0.05, max: 0.05 }),
    second: false,
  },
  {
    name: 'clamp with tensor bounds',
    inputs: () => [leaf([6]), leaf([6]), leaf([6])],
    fn: (a, lo, hi) => tg.clamp(a, { min: tg.minimum(lo, hi), max: tg.maximum(lo, hi) }),
    second: false,
  },
  { name: 'maximum', inputs: () => [leaf([5]), leaf([5])], fn: (a, b) => tg.maximum(a, b), second: false },
  { name: 'minimum', inputs: () => [leaf([5]), leaf([5])], fn: (a, b) => tg.minimum(a, b), second: false },
  { name: 'where', inputs: () => [leaf([5]), leaf([5])], fn: (a, b) => tg.where(tg.gt(a, b), tg.mul(a, a), b) },
  {
    name: 'sum over dims with keepdim',
    inputs: () => [leaf([2, 3, 4])],
    fn: (a) => tg.sum(tg.mul(a, a), [0, 2], { keepdim: true }),
  },
  { name: 'mean over a dim', inputs: () => [leaf([2, 3])], fn: (a) => tg.mean(tg.mul(a, a), 1) },
  { name: 'prod over a dim', inputs: () => [leaf([2, 4])], fn: (a) => tg.prod(a, 1) },
  { name: 'prod over everything', inputs: () => [leaf([5])], fn: (a) => tg.prod(a) },
  { name: 'amax over a dim', inputs: () => [leaf([3, 4])], fn: (a) => tg.amax(a, 1), second: false },
  { name: 'amin over everything', inputs: () => [leaf([3, 4])], fn: (a) => tg.amin(a), second: false },
  { name: 'max with a dim', inputs: () => [leaf([3, 4])], fn: (a) => tg.max(a, 1).values, second: false },
  { name: 'min over everything', inputs: () => [leaf([3, 4])], fn: (a) => tg.min(a), second: false },
  { name: 'logsumexp', inputs: () => [leaf([3, 4])], fn: (a) => tg.logsumexp(a, 1) },
  { name: 'var (unbiased)', inputs: () => [leaf([3, 4])], fn: (a) => tg.var(a, 1) },
  { name: 'std (biased)', inputs: () => [leaf([3, 4])], fn: (a) => tg.std(a, 0, { unbiased: false }) },
  { name: 'vector 2-norm', inputs: () => [leaf([3, 4])], fn: (a) => tg.linalg.vectorNorm(a, { dim: 1 }) },
  { name: 'vector 1-norm', inputs: () => [leaf([5], { away: 0.1 })], fn: (a) => a.norm({ p: 1 }), second: false },
  { name: 'vector 3-norm', inputs: () => [leaf([5], { away: 0.1 })], fn: (a) => a.norm({ p: 3 }) },
  { name: 'vector inf-norm', inputs: () => [leaf([5])], fn: (a) => a.norm({ p: Infinity }), second: false },
  { name: 'cumsum', inputs: () => [leaf([3, 4])], fn: (a) => tg.cumsum(tg.mul(a, a), 1) },
  { name: 'matmul 2-D by 2-D', inputs: () => [leaf([2, 3]), leaf([3, 4])], fn: (a, b) => tg.matmul(a, b) },
  { name: 'matmul 1-D by 1-D', inputs: () => [leaf([3]), leaf([3])], fn: (a, b) => tg.matmul(a, b) },
  { name: 'matmul 2-D by 1-D', inputs: () => [leaf([2, 3]), leaf([3])], fn: (a, b) => tg.matmul(a, b) },
  { name: 'matmul 1-D by 3-D', inputs: () => [leaf([3]), leaf([2, 3, 2])], fn: (a, b) => tg.matmul(a, b) },
  {
    name: 'matmul batched with broadcasting',
    inputs: () => [leaf([2, 1, 2, 3]), leaf([3, 3, 2])],
    fn: (a, b) => tg.matmul(a, b),
  },
  {
    name: 'addmm (nn.Linear on 2-D input), bias broadcast over rows',
    inputs: () => [leaf([4]), leaf([2, 3]), leaf([3, 4])],
    fn: (b, m1, m2) => addmm(b, m1, m2),
  },
  { name: 'gather', inputs: () => [leaf([2, 3])], fn: (a) => tg.gather(a, 1, index([0, 2, 2, 1], [2, 2])) },
  {
    name: 'scatter',
    inputs: () => [leaf([2, 3]), leaf([2, 2])],
    fn: (a, s) => tg.scatter(a, 1, index([0, 2, 1, 0], [2, 2]), s),
  },
  {
    name: 'scatterAdd',
    inputs: () => [leaf([2, 3]), leaf([2, 2])],
    fn: (a, s) => tg.scatterAdd(a, 1, index([0, 0, 1, 1], [2, 2]), s),
  },
  { name: 'indexSelect', inputs: () => [leaf([3, 2])], fn: (a) => tg.indexSelect(a, 0, index([2, 0, 2])) },
  { name: 'cat', inputs: () => [leaf([2, 2]), leaf([2, 3])], fn: (a, b) => tg.cat([a, b], 1) },
  { name: 'stack', inputs: () => [leaf([2, 2]), leaf([2, 2])], fn: (a, b) => tg.stack([a, b], 1) },
  { name: 'softmax', inputs: () => [leaf([2, 4])], fn: (a) => tg.softmax(a, 1) },
  { name: 'logSoftmax', inputs: () => [leaf([2, 4])], fn: (a) => tg.logSoftmax(a, 0) },
  {
    name: 'reshape, transpose, permute, squeeze, unsqueeze and expand',
    inputs: () => [leaf([2, 3])],
    fn: (a) => a.reshape([3, 2]).t().permute([1, 0]).unsqueeze(0).expand([2, 3, 2]).squeeze(),
  },
  {
    name: 'narrow, select, slice and flip',
    inputs: () => [leaf([4, 5])],
    fn: (a) => tg.flip(a.narrow(0, 1, 2).slice(1, 0, 5, 2), 1).select(0, 1),
  },
  { name: 'to and clone', inputs: () => [leaf([3])], fn: (a) => a.to('float64').clone().contiguous() },
];

describe('gradcheck', () => {
  for (const entry of table) {
    it(`${entry.name} has gradients equal to float64 finite differences`, () => {
      expect(tg.gradcheck(entry.fn, entry.inputs())).toBe(true);
    });
    if (entry.second !== false) {
      it(`${entry.name} has second derivatives equal to finite differences of its gradient`, () => {
        expect(tg.gradgradcheck(entry.fn, entry.inputs())).toBe(true);
      });
    }
  }

  it('gradcheck reports a wrong backward rule', () => {
    const wrong = tg.defineFunction({
      name: 'WrongSquare',
      forward: (_save, x) => tg.mul(x!, x!),
      backward: (_saved, g) => [g],
    });
    expect(() => tg.gradcheck((x) => wrong(x), [leaf([3])])).toThrow(/Jacobian mismatch/);
    expect(tg.gradcheck((x) => wrong(x), [leaf([3])], { raiseException: false })).toBe(false);
  });

  it('gradcheck refuses float32 inputs, which are too coarse for finite differences', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    expect(() => tg.gradcheck((a) => a.exp(), [x])).toThrow(TypeError);
  });
});
