/**
 * Activations beyond the PyTorch replay (test/parity/activations.test.ts): the spec registry is complete and
 * consistent, modules agree with functionals on every parity case, float64 gradcheck and gradgradcheck pass for
 * every activation, the study note's examples print what PyTorch prints, and bad input throws clearly.
 * Expected numbers and strings come from the PyTorch golden data, never typed by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { F, nn, type Tensor } from '../src/index.js';
import { ACTIVATIONS } from '../src/nn/functional/activations/index.js';
import type { CaseJson, SuiteJson, TensorJson } from './parity/harness.js';
import { decodeArg, decodeValues, makeTensor, type TensorLike } from './parity/harness.js';

const suite = JSON.parse(readFileSync(new URL('./parity/data/activations.json', import.meta.url), 'utf8')) as SuiteJson;
const byId = new Map(suite.cases.map((c) => [c.id, c]));

function golden(id: string): CaseJson {
  const c = byId.get(id);
  if (!c) throw new Error(`no parity case ${id}`);
  return c;
}

const fns = F as unknown as Record<string, (...args: unknown[]) => Tensor>;
const modules = nn as unknown as Record<
  string,
  new (...args: unknown[]) => { forward(x: Tensor): Tensor; training: boolean; eval(): unknown }
>;

function values(t: Tensor): number[] {
  return [t.toArray()].flat(9) as number[];
}

describe('the activation specs', () => {
  it('each spec is reachable as F.<name> and its module as nn.<moduleName>', () => {
    for (const spec of ACTIVATIONS) {
      expect(typeof fns[spec.name], spec.name).toBe('function');
      if (spec.moduleName) expect(typeof modules[spec.moduleName], spec.moduleName).toBe('function');
    }
  });

  it('each spec carries a one-line description, LaTeX formula and derivative, range and PyTorch name', () => {
    const names = new Set<string>();
    for (const spec of ACTIVATIONS) {
      expect(names.has(spec.name), `duplicate ${spec.name}`).toBe(false);
      names.add(spec.name);
      expect(spec.kind).toBe('activation');
      expect(spec.torchName).toMatch(/^torch\./);
      expect(spec.description.length).toBeGreaterThan(10);
      expect(spec.description).not.toContain('\n');
      expect(spec.formula.length).toBeGreaterThan(3);
      expect(spec.derivative.length).toBeGreaterThan(3);
      expect(spec.range.length).toBeGreaterThan(0);
      for (const p of spec.params ?? []) expect(typeof p.name).toBe('string');
    }
  });

  it('covers every activation the issue lists', () => {
    const wanted = [
      'sigmoid',
      'logsigmoid',
      'relu',
      'relu6',
      'leakyRelu',
      'elu',
      'selu',
      'celu',
      'gelu',
      'silu',
      'mish',
      'softplus',
      'softsign',
      'tanh',
      'tanhshrink',
      'hardtanh',
      'hardsigmoid',
      'hardswish',
      'softshrink',
      'hardshrink',
      'threshold',
      'prelu',
      'rrelu',
      'glu',
      'softmax',
      'logSoftmax',
      'softmin',
      'normalize',
    ];
    expect(ACTIVATIONS.map((s) => s.name).sort()).toEqual([...wanted].sort());
  });

  it("a spec's fn with its params' defaults equals the functional", () => {
    const x = tg.tensor(
      [
        [-2.5, -0.7, 0.3, 0.9],
        [1.1, 2.9, 4.2, -6.5],
      ],
      { dtype: 'float64' },
    );
    for (const spec of ACTIVATIONS) {
      const defaults = Object.fromEntries((spec.params ?? []).map((p) => [p.name, p.default])) as never;
      const viaSpec = spec.fn(x, defaults);
      const direct =
        spec.name === 'threshold'
          ? F.threshold(x, 0, 0)
          : spec.name === 'prelu'
            ? F.prelu(x, tg.tensor([0.25], { dtype: 'float64' }))
            : spec.name === 'softmax' || spec.name === 'logSoftmax' || spec.name === 'softmin'
              ? fns[spec.name]!(x, -1)
              : fns[spec.name]!(x);
      expect(values(viaSpec), spec.name).toEqual(values(direct));
    }
  });
});

describe("the study note's examples print exactly what PyTorch prints", () => {
  for (const op of ['sigmoid', 'relu', 'tanh', 'softplus', 'elu', 'leakyRelu', 'silu', 'hardswish']) {
    it(`F.${op}(tg.linspace(-100, 100, 10))`, () => {
      const plain = golden(`${op}/note-linspace/float32/0`);
      expect(String(fns[op]!(tg.linspace(-100, 100, 10)))).toBe(plain.repr);
      const withGrad = golden(`${op}/note-linspace-grad/float32/0`);
      expect(String(fns[op]!(tg.linspace(-100, 100, 10, { requiresGrad: true })))).toBe(withGrad.repr);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Modules agree with functionals on every parity case that has a module.

const MODULE_OF: Record<string, string> = Object.fromEntries(
  ACTIVATIONS.filter((s) => s.moduleName).map((s) => [`F.${s.name}`, s.moduleName]),
);

function moduleFor(c: CaseJson, args: unknown[]): { forward(x: Tensor): Tensor } {
  const name = MODULE_OF[c.op]!;
  const Ctor = modules[name]!;
  const options = c.kwargs as Record<string, unknown>;
  if (name === 'Threshold') return new Ctor(args[1], args[2], options);
  if (name === 'Softmax' || name === 'LogSoftmax' || name === 'Softmin') return new Ctor(args[1]);
  if (name === 'RReLU') return (new Ctor(options) as unknown as { eval(): { forward(x: Tensor): Tensor } }).eval();
  return new Ctor(options);
}

describe('nn modules agree with their functionals', () => {
  const cases = suite.cases.filter(
    (c) => c.error === undefined && MODULE_OF[c.op] && c.op !== 'F.prelu' && c.kwargs.dtype === undefined,
  );
  it(`on ${cases.length} parity inputs, values and grad_fn`, () => {
    expect(cases.length).toBeGreaterThan(300);
    for (const c of cases) {
      const leaves: TensorLike[] = [];
      const args = c.args.map((a) => decodeArg(a, leaves));
      const x = args[0] as Tensor;
      const viaModule = moduleFor(c, args).forward(x);
      const viaFunction = fns[c.op.slice(2)]!(
        ...args,
        ...(Object.keys(c.kwargs).length && !['F.softmax', 'F.logSoftmax', 'F.softmin'].includes(c.op)
          ? [c.kwargs]
          : []),
      );
      expect(values(viaModule), c.id).toEqual(values(viaFunction));
      expect(viaModule.gradFn?.name ?? null, c.id).toBe(viaFunction.gradFn?.name ?? null);
    }
  });

  it('nn.PReLU owns a float32 weight of numParameters slopes that receives the gradient', () => {
    const m = new nn.PReLU({ numParameters: 3, init: 0.1 });
    expect(m.parameters()).toHaveLength(1);
    expect(m.namedParameters()[0]![0]).toBe('weight');
    const c = golden('prelu/2d-channels/float32/0');
    const x = makeTensor(c.args[0] as TensorJson) as unknown as Tensor;
    const out = m.forward(x);
    expect(values(out)).toEqual(values(F.prelu(x, tg.full([3], 0.1))));
    out.sum().backward();
    expect(m.weight.grad?.shape).toEqual([3]);
  });

  it('nn.RReLU draws slopes in training mode like F.rrelu with training: true, and uses the mean slope in eval', () => {
    const x = tg.tensor([-1, -2, 3, -4, 0.5, -6], { dtype: 'float64' });
    const m = new nn.RReLU({ lower: 0.1, upper: 0.3 });
    expect(m.training).toBe(true);
    tg.manualSeed(11);
    const trained = values(m.forward(x));
    tg.manualSeed(11);
    expect(trained).toEqual(values(F.rrelu(x, { lower: 0.1, upper: 0.3, training: true })));
    const xs = values(x);
    trained.forEach((v, i) => {
      if (xs[i]! > 0) expect(v).toBe(xs[i]);
      else {
        expect(v / xs[i]!).toBeGreaterThanOrEqual(0.1);
        expect(v / xs[i]!).toBeLessThanOrEqual(0.3);
      }
    });
    m.eval();
    expect(values(m.forward(x))).toEqual(values(F.leakyRelu(x, { negativeSlope: (0.1 + 0.3) / 2 })));
  });

  it('nn.Softmax takes dim positionally or as { dim }', () => {
    const x = tg.tensor([
      [1, 2, 3],
      [0, -1, 5],
    ]);
    expect(values(new nn.Softmax(0).forward(x))).toEqual(values(F.softmax(x, 0)));
    expect(values(new nn.Softmax({ dim: 0 }).forward(x))).toEqual(values(F.softmax(x, 0)));
    expect(values(new nn.LogSoftmax(-1).forward(x))).toEqual(values(F.logSoftmax(x, -1)));
    expect(values(new nn.Softmin({ dim: 1 }).forward(x))).toEqual(values(F.softmin(x, 1)));
  });
});

// ---------------------------------------------------------------------------------------------------------
// float64 gradcheck and gradgradcheck for every activation (inputs avoid every kink, so the piecewise ones are
// differentiable there too).

const KINK_FREE = [-3.7, -2.2, -1.3, -0.9, -0.3, 0.4, 0.8, 1.3, 2.6, 4.1, 5.3, 6.4];

function input(shape: number[] = [2, 6]): Tensor {
  return tg.tensor(KINK_FREE, { dtype: 'float64', shape, requiresGrad: true });
}

const SMOOTH_CASES: [string, (x: Tensor) => Tensor][] = [
  ['sigmoid', (x) => F.sigmoid(x)],
  ['logsigmoid', (x) => F.logsigmoid(x)],
  ['tanh', (x) => F.tanh(x)],
  ['elu', (x) => F.elu(x)],
  ['elu alpha 2', (x) => F.elu(x, { alpha: 2 })],
  ['selu', (x) => F.selu(x)],
  ['celu alpha 0.5', (x) => F.celu(x, { alpha: 0.5 })],
  ['gelu', (x) => F.gelu(x)],
  ["gelu approximate 'tanh'", (x) => F.gelu(x, { approximate: 'tanh' })],
  ['silu', (x) => F.silu(x)],
  ['mish', (x) => F.mish(x)],
  ['softplus', (x) => F.softplus(x)],
  ['softplus beta 2 threshold 5', (x) => F.softplus(x, { beta: 2, threshold: 5 })],
  ['softsign', (x) => F.softsign(x)],
  ['tanhshrink', (x) => F.tanhshrink(x)],
  ['glu dim 1', (x) => F.glu(x, { dim: 1 })],
  ['glu dim 0', (x) => F.glu(x, { dim: 0 })],
  ['softmax', (x) => F.softmax(x, 1)],
  ['logSoftmax', (x) => F.logSoftmax(x, 0)],
  ['softmin', (x) => F.softmin(x, 1)],
  ['normalize', (x) => F.normalize(x)],
  ['normalize p 3 dim 0', (x) => F.normalize(x, { p: 3, dim: 0 })],
  ['relu', (x) => F.relu(x)],
  ['relu6', (x) => F.relu6(x)],
  ['leakyRelu', (x) => F.leakyRelu(x, { negativeSlope: 0.2 })],
  ['rrelu (eval)', (x) => F.rrelu(x)],
  ['hardtanh', (x) => F.hardtanh(x, { minVal: -2, maxVal: 3 })],
  ['hardsigmoid', (x) => F.hardsigmoid(x)],
  ['hardswish', (x) => F.hardswish(x)],
  ['softshrink', (x) => F.softshrink(x)],
  ['hardshrink', (x) => F.hardshrink(x)],
  ['threshold', (x) => F.threshold(x, 0.1, -2)],
];

describe('float64 gradcheck and gradgradcheck', () => {
  for (const [name, fn] of SMOOTH_CASES) {
    it(`${name} passes gradcheck and gradgradcheck`, () => {
      expect(tg.gradcheck(fn, [input()])).toBe(true);
      expect(tg.gradgradcheck(fn, [input()])).toBe(true);
    });
  }

  it('prelu passes gradcheck and gradgradcheck in both the input and a per-channel weight', () => {
    const w = tg.tensor([0.1, 0.3, 0.2, 0.25, 0.05, 0.4], { dtype: 'float64', requiresGrad: true });
    const fn = (x: Tensor, weight: Tensor): Tensor => F.prelu(x, weight);
    expect(tg.gradcheck(fn, [input(), w])).toBe(true);
    expect(tg.gradgradcheck(fn, [input(), w])).toBe(true);
  });

  it('rrelu in training mode passes gradcheck with a fixed seed', () => {
    const fn = (x: Tensor): Tensor => {
      tg.manualSeed(3);
      return F.rrelu(x, { training: true });
    };
    expect(tg.gradcheck(fn, [input()])).toBe(true);
  });

  it('second derivatives exist through tg.grad with createGraph for every smooth activation', () => {
    // The table lists the smooth activations first; from relu on they are piecewise linear (second derivative 0,
    // so the gradient carries no graph).
    const smooth = SMOOTH_CASES.slice(
      0,
      SMOOTH_CASES.findIndex(([name]) => name === 'relu'),
    );
    expect(smooth.length).toBeGreaterThanOrEqual(21);
    for (const [name, fn] of smooth) {
      const x = input();
      const [g] = tg.grad([fn(x).sum()], [x], { createGraph: true });
      expect(g!.requiresGrad, name).toBe(true);
      const [gg] = tg.grad([g!.sum()], [x]);
      expect(values(gg!).every(Number.isFinite), name).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Numerics that the issue names, checked against the golden data.

describe('stable forms', () => {
  it('softplus is exactly the identity past its threshold, with gradient 1', () => {
    const x = tg.tensor([20.5, 25, 100, 1e4], { dtype: 'float64', requiresGrad: true });
    const y = F.softplus(x);
    expect(values(y)).toEqual(values(x));
    y.sum().backward();
    expect(values(x.grad!)).toEqual([1, 1, 1, 1]);
  });

  it('logsigmoid(-1e4) is -1e4 and sigmoid(±1e4) is 0 and 1, as PyTorch gives (golden edge cases)', () => {
    const edges = suite.cases.filter((k) => /^(logsigmoid|sigmoid)\/default_edge\//.test(k.id));
    // Both ops must be present, and the inputs must include the ±1e4 the title names (an empty filter must fail).
    expect(new Set(edges.map((c) => c.op))).toEqual(new Set(['F.logsigmoid', 'F.sigmoid']));
    for (const op of ['F.logsigmoid', 'F.sigmoid']) {
      const inputs = edges.filter((c) => c.op === op).flatMap((c) => decodeValues(c.args[0] as TensorJson));
      expect(inputs, op).toEqual(expect.arrayContaining([1e4, -1e4]));
    }
    for (const c of edges) {
      const x = makeTensor(c.args[0] as TensorJson, false) as unknown as Tensor;
      const got = values(fns[c.op.slice(2)]!(x));
      const want = decodeValues(c.out as TensorJson);
      want.forEach((w, i) =>
        Number.isNaN(w) ? expect(got[i]).toBeNaN() : expect(got[i], `${c.id}[${i}]`).toBeCloseTo(w, 5),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Bad input (the PyTorch-raised ones are also replayed by the parity suite).

function throwsNaming(fn: () => unknown, kind: typeof TypeError | typeof RangeError, ...words: string[]): void {
  let thrown: unknown = null;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a throw').toBeInstanceOf(kind);
  for (const w of words) expect((thrown as Error).message).toContain(w);
}

describe('bad input throws a TypeError or RangeError naming the argument', () => {
  const x = tg.tensor([
    [1, -2, 3],
    [0.5, -0.5, 2],
  ]);
  const ints = tg.tensor([1, -2, 3], { dtype: 'int64' });

  it('wrong dim', () => {
    throwsNaming(() => F.softmax(x, 2), RangeError, 'Dimension out of range', '2');
    throwsNaming(() => F.logSoftmax(x, -3), RangeError, 'Dimension out of range');
    throwsNaming(() => F.softmin(x, 1.5 as number), TypeError, 'dim');
    throwsNaming(() => F.glu(x, { dim: 7 }), RangeError, 'Dimension out of range');
    throwsNaming(() => F.glu(x, { dim: 1 }), RangeError, 'Halving dimension must be even');
    throwsNaming(() => F.normalize(x, { dim: 2 }), RangeError, 'Dimension out of range');
    throwsNaming(() => new nn.Softmax('1' as unknown as number), TypeError, 'dim');
  });

  it('non-positive beta (PyTorch computes inf or a negated curve; tensorgrad refuses)', () => {
    throwsNaming(() => F.softplus(x, { beta: 0 }), RangeError, "'beta'", 'positive');
    throwsNaming(() => F.softplus(x, { beta: -1 }), RangeError, "'beta'");
    throwsNaming(() => new nn.Softplus({ beta: 0 }), RangeError, "'beta'");
  });

  it('minVal > maxVal (PyTorch: F.hardtanh silently returns maxVal, nn.Hardtanh asserts)', () => {
    throwsNaming(() => F.hardtanh(x, { minVal: 2, maxVal: 1 }), RangeError, "'minVal'", "'maxVal'");
    throwsNaming(() => new nn.Hardtanh({ minVal: 2, maxVal: 1 }), RangeError, "'minVal'");
  });

  it('prelu weight of the wrong size, dtype or rank', () => {
    throwsNaming(
      () => F.prelu(x, tg.full([2], 0.25)),
      RangeError,
      "'weight'",
      'parameter numbers = 2',
      'channel size = 3',
    );
    throwsNaming(() => F.prelu(x, tg.full([3], 0.25, { dtype: 'float64' })), TypeError, "'weight'", 'float64');
    throwsNaming(() => F.prelu(x, tg.full([3, 1], 0.25)), RangeError, "'weight'", 'ndim = 2');
    throwsNaming(() => F.prelu(x, 0.25 as unknown as Tensor), TypeError, "'weight'");
    throwsNaming(() => new nn.PReLU({ numParameters: 0 }), RangeError, 'numParameters');
  });

  it('integer inputs where PyTorch refuses them', () => {
    for (const name of [
      'logsigmoid',
      'leakyRelu',
      'elu',
      'selu',
      'celu',
      'gelu',
      'silu',
      'mish',
      'softplus',
      'hardsigmoid',
      'hardswish',
      'softshrink',
      'hardshrink',
      'rrelu',
      'glu',
    ]) {
      throwsNaming(() => fns[name]!(ints), TypeError, "'input'", 'int64', 'Long');
    }
    throwsNaming(() => F.softmax(ints, 0), TypeError, "'input'", 'Long');
    throwsNaming(() => F.normalize(tg.tensor([[1, 2]], { dtype: 'int64' })), TypeError, 'floating point');
  });

  it('integer inputs where PyTorch accepts them keep its dtypes', () => {
    expect(F.relu(ints).dtype).toBe('int64');
    expect(F.relu6(ints).dtype).toBe('int64');
    expect(F.hardtanh(ints).dtype).toBe('int64');
    expect(F.threshold(ints, 0, 5).dtype).toBe('int64');
    expect(F.sigmoid(ints).dtype).toBe('float32');
    expect(F.softmin(ints, 0, { dtype: 'float64' }).dtype).toBe('float64');
  });

  it('inplace: true is refused with a clear error; inplace: false is accepted', () => {
    for (const name of [
      'relu',
      'relu6',
      'leakyRelu',
      'elu',
      'selu',
      'celu',
      'silu',
      'mish',
      'hardtanh',
      'hardsigmoid',
      'hardswish',
      'rrelu',
    ]) {
      throwsNaming(() => fns[name]!(x, { inplace: true }), RangeError, 'inplace', 'never modify');
      expect(() => fns[name]!(x, { inplace: false })).not.toThrow();
    }
    throwsNaming(() => F.threshold(x, 0, 0, { inplace: true }), RangeError, 'inplace');
    throwsNaming(() => new nn.ReLU({ inplace: true }), RangeError, 'inplace');
  });

  it('options of the wrong type, and non-tensor inputs', () => {
    throwsNaming(() => F.elu(x, { alpha: '1' as unknown as number }), TypeError, "'alpha'", 'number');
    throwsNaming(() => F.leakyRelu(x, { negativeSlope: NaN }), TypeError, "'negativeSlope'");
    throwsNaming(() => F.gelu(x, { approximate: 'fast' as 'tanh' }), RangeError, 'approximate', 'none', 'tanh');
    throwsNaming(() => F.celu(x, { alpha: 0 }), RangeError, "'alpha'", 'alpha cannot be 0');
    throwsNaming(() => F.softshrink(x, { lambd: -1 }), RangeError, "'lambd'");
    throwsNaming(
      () => F.rrelu(x, { lower: 0.5, upper: 0.1 }),
      RangeError,
      'Lower bound should be less than or equal to the upper bound',
    );
    throwsNaming(() => F.relu([1, 2] as unknown as Tensor), TypeError, "'input'", 'Tensor');
    throwsNaming(() => F.sigmoid(null as unknown as Tensor), TypeError, "'input'");
    throwsNaming(() => F.relu(x, 3 as unknown as object), TypeError, 'options');
    throwsNaming(
      () => F.relu(tg.tensor([true], { dtype: 'bool' })),
      TypeError,
      'Boolean inputs not supported for relu',
    );
  });

  // F.<name>(x, ...positional, options) for every activation that takes an options object.
  const withOptions = ACTIVATIONS.filter((spec) => spec.optionKeys.length > 0 && spec.name !== 'prelu');
  const POSITIONAL: Record<string, unknown[]> = { softmax: [1], logSoftmax: [1], softmin: [1], threshold: [0, 0] };
  const callF = (name: string, options: unknown): unknown => fns[name]!(x, ...(POSITIONAL[name] ?? []), options);
  const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

  it('every activation refuses an unknown option with a TypeError naming the key, the function and the valid keys', () => {
    expect(withOptions.length).toBeGreaterThan(20);
    for (const spec of withOptions) {
      throwsNaming(
        () => callF(spec.name, { notAnOption: 1 }),
        TypeError,
        "unknown option 'notAnOption'",
        'valid options: ',
      );
      expect(() => callF(spec.name, { notAnOption: 1 }), spec.name).toThrow(new RegExp(`^${spec.name}\\(\\)`));
    }
  });

  it('an activation without options refuses any argument after the input instead of ignoring it', () => {
    const without = ACTIVATIONS.filter((spec) => spec.optionKeys.length === 0);
    expect(without.map((spec) => spec.name).sort()).toEqual([
      'logsigmoid',
      'sigmoid',
      'softsign',
      'tanh',
      'tanhshrink',
    ]);
    for (const spec of without) {
      throwsNaming(
        () => fns[spec.name]!(x, { inplace: true }),
        TypeError,
        `${spec.name}() takes 1 argument (input) and no options, but got options { inplace }`,
      );
      throwsNaming(
        () => fns[spec.name]!(x, 1, 2),
        TypeError,
        `${spec.name}() takes 1 argument (input)`,
        'got 3 arguments',
      );
      expect(() => fns[spec.name]!(x), spec.name).not.toThrow();
      expect(() => fns[spec.name]!(x, {}), `${spec.name} with an empty options object`).not.toThrow();
    }
  });

  it("every activation suggests the camelCase option for PyTorch's snake_case spelling of it", () => {
    for (const spec of withOptions) {
      for (const key of spec.optionKeys.filter((k) => /[A-Z]/.test(k))) {
        throwsNaming(() => callF(spec.name, { [snake(key)]: 1 }), TypeError, `(did you mean '${key}'?)`);
      }
    }
    throwsNaming(
      () => F.leakyRelu(x, { negative_slope: 0.2 } as never),
      TypeError,
      "leakyRelu(): unknown option 'negative_slope' (did you mean 'negativeSlope'?); valid options: negativeSlope, inplace",
    );
  });

  it("F.softmax's dim is positional: { dim } in its options is refused rather than ignored", () => {
    throwsNaming(() => F.softmax(x, 0, { dim: 1 } as never), TypeError, "unknown option 'dim'", 'valid options: dtype');
  });

  it('the spec form fn(x, options) refuses unknown options too (the explorer and the modules call it)', () => {
    for (const spec of withOptions) {
      const fn = spec.fn as unknown as (input: Tensor, options: object) => Tensor;
      throwsNaming(() => fn(x, { notAnOption: 1 }), TypeError, "unknown option 'notAnOption'");
    }
  });

  it("each spec's explorer params are options its fn accepts, and fn runs on all of their defaults", () => {
    for (const spec of ACTIVATIONS) {
      const defaults: Record<string, unknown> = {};
      for (const p of spec.params ?? []) {
        expect(spec.optionKeys, `${spec.name}.${p.name}`).toContain(p.name);
        defaults[p.name] = p.default;
      }
      const fn = spec.fn as unknown as (input: Tensor, options: object) => Tensor;
      const input = spec.name === 'glu' ? tg.rand([2, 4]) : x;
      expect(() => fn(input, defaults), spec.name).not.toThrow();
    }
  });
});

describe('tensor methods', () => {
  it('x.hardshrink(options) and x.prelu(weight) are F.hardshrink and F.prelu, as Tensor.hardshrink/prelu in PyTorch', () => {
    const x = tg.randn([2, 3, 4], { requiresGrad: true });
    const weight = tg.tensor([0.1, 0.2, 0.3], { requiresGrad: true });
    const a = x.hardshrink({ lambd: 0.3 });
    const b = tg.F.hardshrink(x, { lambd: 0.3 });
    expect(a.toArray()).toEqual(b.toArray());
    expect(a.gradFn!.name).toBe(b.gradFn!.name);
    const c = x.prelu(weight);
    const d = tg.F.prelu(x, weight);
    expect(c.toArray()).toEqual(d.toArray());
    expect(c.gradFn!.name).toBe('PreluBackward0');
    expect(() => x.hardshrink({ lambda: 0.3 } as never)).toThrow(/did you mean 'lambd'/);
  });
});
