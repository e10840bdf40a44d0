import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DType } from '../src/tensor/dtype.js';
import { formatTensor } from '../src/tensor/format.js';

/** One golden case written by test/parity/gen_repr.py from PyTorch 1.13. */
interface ReprCase {
  name: string;
  dtype: DType;
  shape: number[];
  values: (number | string)[];
  suffixes: string[];
  repr: string;
}

const cases = JSON.parse(readFileSync(new URL('./parity/data/repr.json', import.meta.url), 'utf8')) as ReprCase[];

/** The generator writes non-finite numbers and negative zero as strings, since JSON has no spelling for them. */
function decode(value: number | string): number {
  if (typeof value === 'number') return value;
  switch (value) {
    case 'nan':
      return NaN;
    case 'inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case '-0':
      return -0;
    default:
      throw new Error(`unknown encoded value ${value}`);
  }
}

describe('formatTensor', () => {
  it('has several hundred golden cases', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  for (const c of cases) {
    it(`formats ${c.name} like PyTorch`, () => {
      const values = c.values.map(decode);
      // float32 cases go through a Float32Array, as a tensor's storage would hold them.
      const storage = c.dtype === 'float32' ? Float32Array.from(values) : values;
      expect(formatTensor(storage, c.shape, c.dtype, c.suffixes)).toBe(c.repr);
    });
  }

  it('rejects values whose length does not match the shape, naming both', () => {
    expect(() => formatTensor([1, 2, 3], [2, 2], 'float32')).toThrow(RangeError);
    expect(() => formatTensor([1, 2, 3], [2, 2], 'float32')).toThrow(/3 elements.*\[2, 2\].*4/);
  });

  it('rejects a negative or fractional size in the shape', () => {
    expect(() => formatTensor([], [-1], 'float32')).toThrow(RangeError);
    expect(() => formatTensor([1], [0.5], 'float32')).toThrow(/bad size 0\.5/);
  });

  it('rejects an unknown dtype', () => {
    expect(() => formatTensor([1], [1], 'int32' as DType)).toThrow(TypeError);
    expect(() => formatTensor([1], [1], 'int32' as DType)).toThrow(/int32/);
  });

  it('rejects a fractional int64 value', () => {
    expect(() => formatTensor([1, 2.5], [2], 'int64')).toThrow(/values\[1\] is 2\.5/);
  });
});
