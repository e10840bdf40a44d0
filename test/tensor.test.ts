/** The tensor core: creation, dtypes and promotion, views, large sums, and bad input. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';

describe('creation', () => {
  it('infers float32 from numbers, bool from booleans and int64 from integer typed arrays', () => {
    expect(tg.tensor([1, 2]).dtype).toBe('float32');
    expect(tg.tensor([true, false]).dtype).toBe('bool');
    expect(tg.tensor(new Int32Array([1, 2])).dtype).toBe('int64');
    expect(tg.tensor(new Float64Array([1, 2])).dtype).toBe('float64');
  });

  it('rounds to the dtype: float32 values, int64 truncation, bool as nonzero', () => {
    expect(tg.tensor([0.1]).item()).toBe(Math.fround(0.1));
    expect(tg.tensor([2.7, -2.7], { dtype: 'int64' }).toArray()).toEqual([2, -2]);
    expect(tg.tensor([0, 3, NaN], { dtype: 'bool' }).toArray()).toEqual([false, true, true]);
  });

  it('takes a shape for flat data', () => {
    expect(tg.tensor([1, 2, 3, 4, 5, 6], { shape: [2, 3] }).shape).toEqual([2, 3]);
    expect(() => tg.tensor([1, 2, 3], { shape: [2, 2] })).toThrow(RangeError);
  });

  it('arange is int64 for integer arguments and float32 otherwise, as in PyTorch', () => {
    expect(tg.arange(5).dtype).toBe('int64');
    expect(tg.arange(0, 1, 0.25).toArray()).toEqual([0, 0.25, 0.5, 0.75]);
  });
});

describe('the seeded generator', () => {
  const golden = JSON.parse(readFileSync(new URL('./parity/data/random.json', import.meta.url), 'utf8')) as {
    cases: { seed: number; name: string; dtype: string; values: number[] }[];
  };
  const draw: Record<string, () => tg.Tensor> = {
    'rand float32 x7': () => tg.rand([7]),
    'rand float64 x7': () => tg.rand([7], { dtype: 'float64' }),
    'randn float32 x5': () => tg.randn([5]),
    'randn float32 x37': () => tg.randn([37]),
    'randn float64 x5': () => tg.randn([5], { dtype: 'float64' }),
    'randn float64 x40': () => tg.randn([40], { dtype: 'float64' }),
    'randint 0..10 x9': () => tg.randint(0, 10, [9]),
    'randint -5..1000 x9': () => tg.randint(-5, 1000, [9]),
    'rand then randn': () => tg.cat([tg.rand([3]), tg.randn([3]), tg.rand([2])]),
  };
  it('has a golden case for every draw, and only those', () => {
    expect(golden.cases.length).toBeGreaterThan(0);
    expect([...new Set(golden.cases.map((c) => c.name))].sort()).toEqual(Object.keys(draw).sort());
  });

  for (const c of golden.cases) {
    it(`manualSeed(${c.seed}) then ${c.name} draws what torch draws`, () => {
      tg.manualSeed(c.seed);
      const got = draw[c.name]!().contiguousData();
      expect(got.length).toBe(c.values.length);
      // Normals go through log, sin and cos: PyTorch's vectorised float32 versions and glibc's float64 ones
      // round differently from V8's in the last bit. Uniforms and integers must be bit-identical.
      const tolerance = c.name.includes('randn') ? (c.dtype === 'float32' ? 1e-6 : 1e-15) : 0;
      c.values.forEach((want, i) =>
        expect(Math.abs(got[i]! - want)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want))),
      );
    });
  }
});

describe('type promotion', () => {
  it('follows torch.result_type for tensors and JS numbers', () => {
    const i = tg.tensor([1, 2], { dtype: 'int64' });
    expect(tg.add(i, 1).dtype).toBe('int64');
    expect(tg.mul(i, 0.5).dtype).toBe('float32');
    expect(tg.div(i, 2).dtype).toBe('float32');
    expect(tg.add(tg.tensor([1], { dtype: 'float64' }), tg.tensor([1])).dtype).toBe('float64');
    expect(tg.add(tg.tensor([1]), tg.tensor(1, { dtype: 'float64' })).dtype).toBe('float32');
    expect(tg.add(i, tg.tensor(1.5, { dtype: 'float64' })).dtype).toBe('float64');
    expect(tg.gt(i, 1).dtype).toBe('bool');
  });
});

describe('views', () => {
  it('share storage with their base', () => {
    const x = tg.arange(0, 6, 1, { dtype: 'float32' });
    const v = x.view([2, 3]).t();
    expect(v.storage).toBe(x.storage);
    expect(v.isContiguous()).toBe(false);
    expect(v.contiguous().toArray()).toEqual([
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
  });

  it('view refuses a layout it cannot express, reshape copies instead', () => {
    const t = tg.arange(0, 6, 1, { dtype: 'float32' }).view([2, 3]).t();
    expect(() => t.view([6])).toThrow(/view size is not compatible/);
    expect(t.reshape([6]).toArray()).toEqual([0, 3, 1, 4, 2, 5]);
  });
});

describe('float32 sums over millions of elements', () => {
  const golden = JSON.parse(readFileSync(new URL('./parity/data/sums.json', import.meta.url), 'utf8')) as {
    cases: {
      n: number;
      multiplier: number;
      modulus: number;
      shift: number;
      sum: number;
      mean: number;
      rowSums: number[];
    }[];
  };
  it('has golden cases', () => {
    expect(golden.cases.length).toBeGreaterThan(0);
  });

  for (const c of golden.cases) {
    it(`sum and mean of ${c.n} float32 values stay within PyTorch's tolerance of PyTorch's result`, () => {
      const data = new Float32Array(c.n);
      for (let i = 0; i < c.n; i++) data[i] = ((i * c.multiplier) % c.modulus) / c.modulus - c.shift;
      const x = tg.tensor(data);
      const close = (got: number, want: number) =>
        expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-5 + 1.3e-6 * Math.abs(want));
      close(x.sum().item(), c.sum);
      close(x.mean().item(), c.mean);
      const rows = Math.floor(c.n / 1024);
      const rowSums = x
        .narrow(0, 0, rows * 1024)
        .reshape([rows, 1024])
        .sum(1)
        .narrow(0, 0, 16)
        .toArray() as number[];
      expect(rowSums).toHaveLength(c.rowSums.length);
      rowSums.forEach((v, r) => close(v, c.rowSums[r]!));
    });
  }

  it('a float32 sum with heavy cancellation matches the exact (float64) sum, where float32 accumulation cannot', () => {
    // PyTorch's own float32 cascade sum of this tensor is -4.21841, 7e-4 from the exact -4.21772: the case
    // shows tensorgrad accumulates in float64 rather than comparing against PyTorch's rounding error.
    const n = 3_000_001;
    const data = new Float32Array(n);
    let exact = 0;
    for (let i = 0; i < n; i++) {
      data[i] = ((i * 104729) % 1299709) / 1299709 - 0.5;
      exact += data[i]!;
    }
    expect(Math.abs(tg.tensor(data).sum().item() - Math.fround(exact))).toBeLessThanOrEqual(Math.abs(exact) * 2 ** -23);
  });
});

describe('bad input', () => {
  it('ragged nested arrays name where they break', () => {
    expect(() => tg.tensor([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => tg.tensor([[1, 2], 3] as never)).toThrow(RangeError);
  });

  it('non-numeric data is refused', () => {
    expect(() => tg.tensor(['a'] as never)).toThrow(TypeError);
    expect(() => tg.tensor(null as never)).toThrow(TypeError);
  });

  it('sizes must be whole and non-negative', () => {
    expect(() => tg.zeros([2, NaN])).toThrow(/non-negative integers/);
    expect(() => tg.zeros([-1])).toThrow(RangeError);
    expect(() => tg.ones([1.5])).toThrow(RangeError);
    expect(() => tg.linspace(0, 1, NaN)).toThrow(RangeError);
  });

  it('unknown dtypes are named', () => {
    expect(() => tg.zeros([1], { dtype: 'float16' as never })).toThrow(/dtype must be one of/);
  });

  it("dims out of range use PyTorch's message", () => {
    expect(() => tg.ones([2, 3]).sum(2)).toThrow(
      /Dimension out of range \(expected to be in range of \[-2, 1\], but got 2\)/,
    );
    expect(() => tg.ones([2, 3]).transpose(0, -3)).toThrow(RangeError);
  });

  it('shapes that cannot broadcast name both sizes', () => {
    expect(() => tg.add(tg.ones([2, 3]), tg.ones([4]))).toThrow(
      /The size of tensor a \(3\) must match the size of tensor b \(4\)/,
    );
    // PyTorch counts the dimension in the broadcast result: torch.rand(3, 4) - torch.rand(2) says dimension 1.
    expect(() => tg.sub(tg.ones([3, 4]), tg.ones([2]))).toThrow(
      /must match the size of tensor b \(2\) at non-singleton dimension 1$/,
    );
  });

  it('index tensors must be int64', () => {
    expect(() => tg.ones([2, 2]).gather(1, tg.tensor([[0, 1]]))).toThrow(/Expected dtype int64 for index/);
    expect(() => tg.ones([3]).indexSelect(0, tg.tensor([0]))).toThrow(TypeError);
  });

  it('indices out of range are reported, never read past the storage', () => {
    expect(() => tg.ones([2, 2]).gather(1, tg.tensor([[0, 2]], { dtype: 'int64' }))).toThrow(/out of bounds/);
  });

  it('int64 values beyond 2^53 are refused rather than silently rounded', () => {
    expect(() => tg.tensor([2 ** 60], { dtype: 'int64' })).toThrow(/2\^53/);
  });

  it('item() needs exactly one element', () => {
    expect(() => tg.ones([2]).item()).toThrow(/only one element tensors can be converted/);
  });
});
