/**
 * Losses beyond the PyTorch golden cases (test/parity/losses.test.ts): the fused crossEntropy equals the
 * nllLoss(logSoftmax) chain (values, gradients, second derivatives), float64 gradchecks of every loss, the nn
 * modules, the LOSSES registry, and option errors.
 */
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { LOSSES } from '../src/nn/functional/losses/index.js';
import { loadSuite, TOLERANCE } from './parity/harness.js';

const { F, nn } = tg;
type T = tg.Tensor;
const long = (data: number[] | number[][]): T => tg.tensor(data, { dtype: 'int64' });

/** PyTorch's printed values for the note's example (data/losses.json, from PyTorch 1.13). */
const lossCases = new Map(loadSuite('losses').cases.map((c) => [c.id, c]));
const torchRepr = (id: string): string => {
  const repr = lossCases.get(id)?.repr;
  if (repr === undefined) throw new Error(`no repr for parity case ${id}`);
  return repr;
};

/** |a - b| <= atol + rtol·|b|: torch.testing.assert_close's defaults for b's dtype unless `tol` is given. */
function expectClose(a: T, b: T, tol: { rtol: number; atol: number } = TOLERANCE[b.dtype]!): void {
  expect(a.shape).toEqual(b.shape);
  expect(a.dtype).toBe(b.dtype);
  const x = a.contiguousData();
  const y = b.contiguousData();
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(y[i]!)) expect(Number.isNaN(x[i]!)).toBe(true);
    else expect(Math.abs(x[i]! - y[i]!)).toBeLessThanOrEqual(tol.atol + tol.rtol * Math.abs(y[i]!));
  }
}
/** Tighter than assert_close's float64 default; the fused and composed float64 routes agree to ~1e-15. */
const F64_TIGHT = { rtol: 1e-12, atol: 1e-12 };

describe('crossEntropy (fused) equals nllLoss(logSoftmax(x))', () => {
  const settings = [
    { name: '(N, C)', shape: [6, 5], target: () => tg.randint(0, 5, [6]), options: {} },
    {
      name: '(N, C) with weight and ignoreIndex',
      shape: [6, 4],
      target: () => long([0, 3, -100, 1, 2, -100]),
      options: { weight: tg.tensor([0.5, 1, 2, 0]) },
    },
    { name: '(N, C, d1, d2)', shape: [2, 3, 2, 2], target: () => tg.randint(0, 3, [2, 2, 2]), options: {} },
    { name: '(C)', shape: [4], target: () => long(2 as unknown as number[]), options: {} },
  ];
  for (const dtype of ['float32', 'float64'] as const) {
    for (const s of settings) {
      for (const reduction of ['mean', 'sum', 'none'] as const) {
        it(`on ${s.name} ${dtype} logits with reduction ${reduction}, in values and gradients`, () => {
          tg.manualSeed(7);
          const x = tg.randn(s.shape, { dtype }).mul(3).requiresGrad_();
          const target = s.shape.length === 1 ? tg.tensor(2, { dtype: 'int64' }) : s.target();
          const weight = (s.options as { weight?: T }).weight?.to(dtype);
          const options = { ...s.options, weight, reduction };
          const fused = F.crossEntropy(x, target, options);
          const chain = F.nllLoss(tg.logSoftmax(x, s.shape.length === 1 ? 0 : 1), target, options);
          // float32: assert_close's defaults (measured worst: 8e-8 relative); float64: 1e-12 (measured 9e-16).
          const tol = dtype === 'float32' ? TOLERANCE.float32! : F64_TIGHT;
          expectClose(fused, chain, tol);
          const cot = tg.randnLike(fused);
          const [gFused] = tg.grad([fused], [x], { gradOutputs: [cot] });
          const [gChain] = tg.grad([chain], [x], { gradOutputs: [cot] });
          expectClose(gFused!, gChain!, tol);
        });
      }
    }
  }

  it('has second derivatives (createGraph) equal to the chain', () => {
    tg.manualSeed(3);
    const x = tg.randn([3, 4], { dtype: 'float64' }).requiresGrad_();
    const t = long([1, 0, 3]);
    const second = (loss: (x: T) => T): T => {
      const [g] = tg.grad([loss(x)], [x], { createGraph: true });
      const [h] = tg.grad([g!.mul(g!).sum()], [x]);
      return h!;
    };
    expectClose(
      second((v) => F.crossEntropy(v, t)),
      second((v) => F.nllLoss(tg.logSoftmax(v, 1), t)),
      F64_TIGHT,
    );
  });

  it('passes gradgradcheck in float64', () => {
    tg.manualSeed(4);
    const x = tg.randn([3, 4], { dtype: 'float64' }).requiresGrad_();
    const t = long([1, 0, 3]);
    expect(
      tg.gradgradcheck((v) => F.crossEntropy(v, t, { weight: tg.tensor([1, 2, 0.5, 1], { dtype: 'float64' }) }), [x]),
    ).toBe(true);
  });

  it("prints the note's example as PyTorch does (tensor(0.2684)) through both routes", () => {
    const x = tg.tensor([
      [2, 3, 1],
      [3, 7, 9],
    ]);
    const t = long([1, 2]);
    expect(String(F.crossEntropy(x, t))).toBe(torchRepr('crossEntropy/note/float32/0'));
    expect(String(F.nllLoss(tg.logSoftmax(x, 1), t))).toBe(torchRepr('nllOfLogSoftmax/note/float32/0'));
    const xg = tg.tensor(
      [
        [2, 3, 1],
        [3, 7, 9],
      ],
      { requiresGrad: true },
    );
    expect(String(F.crossEntropy(xg, t))).toBe(torchRepr('crossEntropy/note-grad/float32/0'));
  });

  it('stays finite for logits of ±1e4 in float32', () => {
    const x = tg.tensor(
      [
        [1e4, -1e4, 0],
        [-1e4, -1e4, 1e4],
      ],
      { requiresGrad: true },
    );
    const loss = F.crossEntropy(x, long([1, 2]));
    loss.backward();
    expect(Number.isFinite(loss.item())).toBe(true);
    // (softmax(x) - onehot(target)) / N with softmax saturated exactly to 0/1 in float32; PyTorch 1.13 gives the
    // same loss (10000.) and gradient.
    expect(x.grad!.toArray()).toEqual([
      [0.5, -0.5, 0],
      [0, 0, 0],
    ]);
  });
});

// Float64 arguments for a gradcheck of each loss; the first entries are the differentiable inputs.
const d = (shape: number[], lo = -1, hi = 1): T =>
  tg
    .rand(shape, { dtype: 'float64' })
    .mul(hi - lo)
    .add(lo);
const probs = (shape: number[]): T => {
  const p = d(shape, 0.1, 1);
  return p.div(p.sum(-1, { keepdim: true }));
};
const sign = (shape: number[]): T => tg.rand(shape).gt(0.5).to('float64').mul(2).sub(1);

interface GradcheckCase {
  name: string;
  inputs: () => T[];
  constant?: () => unknown[];
  call: (inputs: T[], constant: unknown[], reduction: string) => T;
}

const GRADCHECKS: GradcheckCase[] = [
  {
    name: 'l1Loss',
    inputs: () => [d([3, 4]), d([3, 4])],
    call: ([a, b], _, r) => F.l1Loss(a!, b!, { reduction: r as never }),
  },
  {
    name: 'mseLoss',
    inputs: () => [d([3, 4]), d([3, 4])],
    call: ([a, b], _, r) => F.mseLoss(a!, b!, { reduction: r as never }),
  },
  {
    name: 'huberLoss',
    inputs: () => [d([3, 4], -3, 3), d([3, 4])],
    call: ([a, b], _, r) => F.huberLoss(a!, b!, { delta: 0.7, reduction: r as never }),
  },
  {
    name: 'smoothL1Loss',
    inputs: () => [d([3, 4], -3, 3), d([3, 4])],
    call: ([a, b], _, r) => F.smoothL1Loss(a!, b!, { beta: 0.5, reduction: r as never }),
  },
  {
    name: 'softMarginLoss',
    inputs: () => [d([3, 4], -3, 3)],
    constant: () => [sign([3, 4])],
    call: ([a], [y], r) => F.softMarginLoss(a!, y as T, { reduction: r as never }),
  },
  {
    name: 'crossEntropy',
    inputs: () => [d([4, 5], -3, 3)],
    constant: () => [long([1, 0, 4, -100])],
    call: ([a], [t], r) => F.crossEntropy(a!, t as T, { reduction: r as never }),
  },
  {
    name: 'crossEntropy (label smoothing)',
    inputs: () => [d([4, 5], -3, 3)],
    constant: () => [long([1, 0, 4, 2])],
    call: ([a], [t], r) => F.crossEntropy(a!, t as T, { labelSmoothing: 0.2, reduction: r as never }),
  },
  {
    name: 'crossEntropy (probabilities)',
    inputs: () => [d([4, 5], -3, 3), probs([4, 5])],
    call: ([a, p], _, r) => F.crossEntropy(a!, p!, { reduction: r as never }),
  },
  {
    name: 'crossEntropy (K-d)',
    inputs: () => [d([2, 3, 2], -3, 3)],
    constant: () => [
      long([
        [0, 2],
        [1, 1],
      ]),
    ],
    call: ([a], [t], r) => F.crossEntropy(a!, t as T, { reduction: r as never }),
  },
  {
    name: 'nllLoss',
    inputs: () => [d([4, 5])],
    constant: () => [long([1, 0, 4, 2])],
    call: ([a], [t], r) =>
      F.nllLoss(a!, t as T, { weight: tg.tensor([1, 2, 3, 4, 5], { dtype: 'float64' }), reduction: r as never }),
  },
  {
    name: 'binaryCrossEntropy',
    inputs: () => [d([3, 4], 0.1, 0.9), d([3, 4], 0, 1)],
    call: ([a, b], _, r) => F.binaryCrossEntropy(a!, b!, { reduction: r as never }),
  },
  {
    name: 'binaryCrossEntropyWithLogits',
    inputs: () => [d([3, 4], -3, 3), d([3, 4], 0, 1)],
    call: ([a, b], _, r) =>
      F.binaryCrossEntropyWithLogits(a!, b!, {
        posWeight: tg.tensor([1, 2, 0.5, 3], { dtype: 'float64' }),
        reduction: r as never,
      }),
  },
  {
    name: 'klDiv',
    inputs: () => [probs([3, 4]).log(), probs([3, 4])],
    call: ([a, b], _, r) => F.klDiv(a!, b!, { reduction: (r === 'mean' ? 'batchmean' : r) as never }),
  },
  {
    name: 'klDiv (logTarget)',
    inputs: () => [probs([3, 4]).log(), probs([3, 4]).log()],
    call: ([a, b], _, r) => F.klDiv(a!, b!, { logTarget: true, reduction: r as never }),
  },
  {
    name: 'multilabelSoftMarginLoss',
    inputs: () => [d([3, 4], -3, 3), d([3, 4], 0, 1)],
    call: ([a, b], _, r) => F.multilabelSoftMarginLoss(a!, b!, { reduction: r as never }),
  },
  {
    name: 'multiMarginLoss',
    inputs: () => [d([3, 4])],
    constant: () => [long([0, 3, 1])],
    call: ([a], [t], r) => F.multiMarginLoss(a!, t as T, { p: 2, margin: 0.7, reduction: r as never }),
  },
  {
    name: 'multilabelMarginLoss',
    inputs: () => [d([3, 4])],
    constant: () => [
      long([
        [3, 0, -1, 1],
        [1, 2, 3, 0],
        [2, -1, 0, 0],
      ]),
    ],
    call: ([a], [t], r) => F.multilabelMarginLoss(a!, t as T, { reduction: r as never }),
  },
  {
    name: 'hingeEmbeddingLoss',
    inputs: () => [d([3, 4], -1, 2)],
    constant: () => [sign([3, 4])],
    call: ([a], [y], r) => F.hingeEmbeddingLoss(a!, y as T, { reduction: r as never }),
  },
  {
    name: 'cosineEmbeddingLoss',
    inputs: () => [d([4, 3]), d([4, 3])],
    constant: () => [tg.tensor([1, -1, 1, -1], { dtype: 'float64' })],
    call: ([a, b], [y], r) => F.cosineEmbeddingLoss(a!, b!, y as T, { margin: -0.5, reduction: r as never }),
  },
  {
    name: 'marginRankingLoss',
    inputs: () => [d([5]), d([5])],
    constant: () => [sign([5])],
    call: ([a, b], [y], r) => F.marginRankingLoss(a!, b!, y as T, { margin: 0.3, reduction: r as never }),
  },
  {
    name: 'tripletMarginLoss',
    inputs: () => [d([4, 3]), d([4, 3]), d([4, 3])],
    call: ([a, p, n], _, r) => F.tripletMarginLoss(a!, p!, n!, { margin: 2, swap: true, reduction: r as never }),
  },
  {
    name: 'tripletMarginWithDistanceLoss',
    inputs: () => [d([4, 3]), d([4, 3]), d([4, 3])],
    call: ([a, p, n], _, r) =>
      F.tripletMarginWithDistanceLoss(a!, p!, n!, {
        margin: 2,
        distanceFunction: (x, y) => F.pairwiseDistance(x, y, { p: 1 }),
        reduction: r as never,
      }),
  },
  {
    name: 'poissonNllLoss',
    inputs: () => [d([3, 4]), d([3, 4], 1.5, 4)],
    call: ([a, b], _, r) => F.poissonNllLoss(a!, b!, { full: true, reduction: r as never }),
  },
  {
    name: 'poissonNllLoss (rates)',
    inputs: () => [d([3, 4], 0.5, 2), d([3, 4], 0, 4)],
    call: ([a, b], _, r) => F.poissonNllLoss(a!, b!, { logInput: false, reduction: r as never }),
  },
  {
    name: 'gaussianNllLoss',
    inputs: () => [d([3, 4]), d([3, 4]), d([3], 0.5, 2)],
    call: ([a, b, v], _, r) => F.gaussianNllLoss(a!, b!, v!, { full: true, reduction: r as never }),
  },
  {
    name: 'ctcLoss',
    inputs: () => [tg.noGrad(() => tg.logSoftmax(d([5, 2, 4], -2, 2), 2))],
    constant: () => [
      long([
        [1, 2],
        [3, 0],
      ]),
      long([5, 4]),
      long([2, 1]),
    ],
    // PyTorch's CTC gradient assumes log-softmax inputs, so check it through logSoftmax.
    call: ([a], [t, il, tl], r) => F.ctcLoss(tg.logSoftmax(a!, 2), t as T, il as T, tl as T, { reduction: r as never }),
  },
  { name: 'cosineSimilarity', inputs: () => [d([3, 4]), d([3, 4])], call: ([a, b]) => F.cosineSimilarity(a!, b!) },
  {
    name: 'pairwiseDistance',
    inputs: () => [d([3, 4]), d([3, 4])],
    call: ([a, b]) => F.pairwiseDistance(a!, b!, { p: 3 }),
  },
];

describe('every loss passes a float64 gradcheck', () => {
  for (const c of GRADCHECKS) {
    for (const reduction of ['mean', 'sum', 'none']) {
      it(`${c.name} with reduction ${reduction}`, () => {
        tg.manualSeed(11);
        const inputs = c.inputs().map((x) => x.detach().requiresGrad_());
        const constant = c.constant?.() ?? [];
        expect(tg.gradcheck((...xs) => c.call(xs, constant, reduction), inputs)).toBe(true);
      });
    }
  }
});

describe('bad options', () => {
  for (const c of GRADCHECKS.filter((g) => !g.name.startsWith('cosineSimilarity') && !g.name.startsWith('pairwise'))) {
    it(`${c.name} with reduction 'avg' throws a RangeError naming the value`, () => {
      const inputs = c.inputs();
      const constant = c.constant?.() ?? [];
      expect(() => c.call(inputs, constant, 'avg')).toThrow(/avg is not a valid value for reduction/);
      expect(() => c.call(inputs, constant, 'avg')).toThrow(RangeError);
    });
  }

  it('crossEntropy with a non-Tensor target throws a TypeError', () => {
    expect(() => F.crossEntropy(tg.rand([2, 3]), [1, 2] as never)).toThrow(TypeError);
  });

  it('crossEntropy with float class indices throws a TypeError', () => {
    expect(() => F.crossEntropy(tg.rand([2, 3]), tg.tensor([1, 2]))).toThrow(
      /expected scalar type Long but found Float/,
    );
  });

  it('nllLoss on an all-ignored batch gives nan for mean, 0 for sum (as PyTorch 1.13: 0/0 and an empty sum)', () => {
    const x = tg.rand([2, 3]);
    const t = long([-100, -100]);
    expect(Number.isNaN(F.nllLoss(x, t).item())).toBe(true);
    expect(F.nllLoss(x, t, { reduction: 'sum' }).item()).toBe(0);
  });
});

describe('unknown and misspelt options', () => {
  // Every loss checks its options object before its tensors, so placeholder tensors reach the check; the
  // positional arity is fn.length (the options parameter has a default, so it is not counted).
  const call = (spec: (typeof LOSSES)[number], options: unknown): unknown =>
    (spec.fn as unknown as (...args: unknown[]) => unknown)(
      ...Array.from({ length: spec.fn.length }, () => tg.rand([2, 3])),
      options,
    );
  const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

  it('every loss refuses an unknown option with a TypeError naming the key, the function and the valid keys', () => {
    for (const spec of LOSSES) {
      expect(() => call(spec, { notAnOption: 1 }), spec.name).toThrow(TypeError);
      expect(() => call(spec, { notAnOption: 1 }), spec.name).toThrow(
        `(): unknown option 'notAnOption'; valid options: ${spec.optionKeys.join(', ')}`,
      );
    }
  });

  it("every loss suggests the camelCase option for PyTorch's snake_case spelling of it", () => {
    for (const spec of LOSSES) {
      for (const key of spec.optionKeys.filter((k) => /[A-Z]/.test(k))) {
        expect(() => call(spec, { [snake(key)]: 1 }), `${spec.name} ${key}`).toThrow(`(did you mean '${key}'?)`);
      }
    }
  });

  it('F.crossEntropy(x, t, { ignore_index: 1 }) throws instead of ignoring index -100', () => {
    expect(() => F.crossEntropy(tg.rand([2, 3]), long([1, 2]), { ignore_index: 1 } as never)).toThrow(
      "cross_entropy(): unknown option 'ignore_index' (did you mean 'ignoreIndex'?); valid options: weight, ignoreIndex, reduction, labelSmoothing",
    );
  });

  it("F.pairwiseDistance suggests keepdim for PyTorch's keep_dim and for keepDim", () => {
    const a = tg.rand([2, 3]);
    expect(() => F.pairwiseDistance(a, a, { keep_dim: true } as never)).toThrow("(did you mean 'keepdim'?)");
    expect(() => F.pairwiseDistance(a, a, { keepDim: true } as never)).toThrow("(did you mean 'keepdim'?)");
  });

  it("a reduction passed where the options go (F.mseLoss(a, b, 'sum')) throws a TypeError asking for an object", () => {
    for (const spec of LOSSES) {
      expect(() => call(spec, 'sum'), spec.name).toThrow(TypeError);
      expect(() => call(spec, 'sum'), spec.name).toThrow(
        /expected an options object like \{ .* \} as the last argument, but got 'sum'/,
      );
      expect(() => call(spec, tg.rand([2, 3])), spec.name).toThrow(/but got a Tensor/);
      expect(() => call(spec, null), spec.name).toThrow(/but got null/);
    }
  });

  it("each spec's explorer params are options the loss accepts", () => {
    for (const spec of LOSSES) {
      for (const p of spec.params ?? []) expect(spec.optionKeys, `${spec.name}.${p.name}`).toContain(p.name);
    }
  });
});

describe('nn loss modules', () => {
  it('new nn.CrossEntropyLoss(options).forward(input, target) equals F.crossEntropy', () => {
    const x = tg.randn([4, 3]);
    const t = long([0, 2, 1, 1]);
    const options = { labelSmoothing: 0.1, reduction: 'sum' as const };
    expect(new nn.CrossEntropyLoss(options).forward(x, t).item()).toBe(F.crossEntropy(x, t, options).item());
  });

  it('every spec has a module class of that name', () => {
    const modules = nn as unknown as Record<string, unknown>;
    for (const spec of LOSSES) expect(typeof modules[spec.moduleName], spec.moduleName).toBe('function');
  });

  it('three-input modules take their tensors in PyTorch order', () => {
    const a = tg.randn([4, 3]);
    const p = tg.randn([4, 3]);
    const n = tg.randn([4, 3]);
    expect(new nn.TripletMarginLoss({ margin: 0.5 }).forward(a, p, n).item()).toBe(
      F.tripletMarginLoss(a, p, n, { margin: 0.5 }).item(),
    );
    const v = tg.rand([4, 3]);
    expect(new nn.GaussianNLLLoss().forward(a, p, v).item()).toBe(F.gaussianNllLoss(a, p, v).item());
  });
});

describe('the LOSSES registry', () => {
  it('describes every loss with the fields the docs generator reads', () => {
    expect(LOSSES.length).toBe(23);
    const names = new Set<string>();
    for (const spec of LOSSES) {
      expect(spec.kind).toBe('loss');
      for (const field of [
        'name',
        'torchName',
        'moduleName',
        'description',
        'formula',
        'derivative',
        'saves',
      ] as const) {
        expect(typeof spec[field], `${spec.name}.${field}`).toBe('string');
        expect((spec[field] as string).length, `${spec.name}.${field}`).toBeGreaterThan(0);
      }
      expect(spec.torchName).toMatch(/^torch\.nn\.functional\./);
      expect((F as unknown as Record<string, unknown>)[spec.name], `F.${spec.name}`).toBe(spec.fn);
      names.add(spec.name);
    }
    expect(names.size).toBe(LOSSES.length);
  });

  it('follows the naming rule: F.<camelCase of the torch name>', () => {
    for (const spec of LOSSES) {
      const torch = spec.torchName.split('.').pop()!;
      expect(
        torch.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase()),
        spec.name,
      ).toBe(spec.name);
    }
  });
});
