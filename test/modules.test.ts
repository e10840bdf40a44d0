/**
 * nn modules print what PyTorch prints: String(new nn.X(...)) against str(torch.nn.X(...)) from PyTorch 1.13
 * (test/parity/gen_modules.py -> data/modules.json), and every constructor refuses a non-object or an unknown
 * option the way the functionals do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nn } from '../src/index.js';
import { ACTIVATIONS } from '../src/nn/functional/activations/index.js';
import { LOSSES } from '../src/nn/functional/losses/index.js';

interface ModuleCase {
  module: string;
  args?: unknown[];
  options?: Record<string, unknown>;
  children?: ModuleCase[];
  repr: string;
}

const cases = JSON.parse(readFileSync(new URL('./parity/data/modules.json', import.meta.url), 'utf8')) as ModuleCase[];

/** The specs that have an nn module (F.normalize has none). */
const withModule = [...ACTIVATIONS, ...LOSSES].filter((spec) => spec.moduleName !== '');

const classes = nn as unknown as Record<string, new (...args: unknown[]) => nn.Module>;

function build(c: Omit<ModuleCase, 'repr'>): nn.Module {
  if (c.children) return new nn.Sequential(...c.children.map(build));
  const options = Object.keys(c.options ?? {}).length ? [c.options] : [];
  return new classes[c.module]!(...(c.args ?? []), ...options);
}

describe('String(module) is PyTorch 1.13 str(module)', () => {
  it('covers the default construction of every activation and loss module', () => {
    const defaults = new Set(
      cases.filter((c) => !c.args?.length && !Object.keys(c.options ?? {}).length).map((c) => c.module),
    );
    const needArgs = new Set(['Threshold']);
    for (const spec of withModule) {
      if (!needArgs.has(spec.moduleName)) expect(defaults.has(spec.moduleName), spec.moduleName).toBe(true);
    }
  });

  for (const c of cases) {
    const label = `new nn.${c.module}(${[...(c.args ?? []), ...(Object.keys(c.options ?? {}).length ? [c.options] : [])]
      .map((a) => JSON.stringify(a))
      .join(', ')}) prints ${JSON.stringify(c.repr)}`;
    it(label, () => {
      expect(String(build(c))).toBe(c.repr);
    });
  }

  it('a module without its own repr prints its class name, and its submodules on indented lines', () => {
    class Block extends nn.Module {
      readonly inner = new nn.Sequential(new nn.Linear(2, 2), new nn.ReLU());
      forward(x: Parameters<nn.Module['forward']>[0]): ReturnType<nn.Module['forward']> {
        return this.inner.forward(x);
      }
      protected override children(): [string, nn.Module][] {
        return [['inner', this.inner]];
      }
    }
    class Empty extends nn.Module {
      forward(x: Parameters<nn.Module['forward']>[0]): ReturnType<nn.Module['forward']> {
        return x;
      }
    }
    // The same classes in PyTorch 1.13 print these two strings (checked when the test suite was audited).
    expect(String(new Empty())).toBe('Empty()');
    expect(String(new Block())).toBe(
      'Block(\n  (inner): Sequential(\n    (0): Linear(in_features=2, out_features=2, bias=True)\n    (1): ReLU()\n  )\n)',
    );
  });
});

describe('module constructors check their options object', () => {
  it('every activation and loss module refuses an unknown option with a TypeError naming the module', () => {
    for (const spec of withModule) {
      const Cls = classes[spec.moduleName]!;
      const args = spec.moduleName === 'Threshold' ? [0, 0] : [];
      expect(() => new Cls(...args, { notAnOption: 1 }), spec.moduleName).toThrow(TypeError);
      expect(() => new Cls(...args, { notAnOption: 1 }), spec.moduleName).toThrow(
        new RegExp(`^${spec.moduleName}\\(\\): unknown option 'notAnOption'`),
      );
    }
  });

  it('loss modules refuse a non-object options argument at construction, as PyTorch raises', () => {
    for (const spec of LOSSES) {
      const Cls = classes[spec.moduleName]!;
      expect(() => new Cls(5), spec.moduleName).toThrow(TypeError);
      expect(() => new Cls('sum'), spec.moduleName).toThrow(/expected an options object/);
    }
  });

  it("suggests the camelCase name for PyTorch's snake_case spelling", () => {
    expect(() => new nn.CrossEntropyLoss({ ignore_index: 1 } as never)).toThrow(
      "CrossEntropyLoss(): unknown option 'ignore_index' (did you mean 'ignoreIndex'?); valid options: weight, ignoreIndex, reduction, labelSmoothing",
    );
    expect(() => new nn.LeakyReLU({ negative_slope: 0.2 } as never)).toThrow(/did you mean 'negativeSlope'\?/);
    expect(() => new nn.PReLU({ num_parameters: 3 } as never)).toThrow(/did you mean 'numParameters'\?/);
  });

  it('nn.Threshold and nn.Softmax take only their own options (not the positional threshold, value or a dtype)', () => {
    expect(() => new nn.Threshold(0.1, 20, { value: 3 } as never)).toThrow(/unknown option 'value'/);
    expect(() => new nn.Softmax({ dim: 1, dtype: 'float64' } as never)).toThrow(/unknown option 'dtype'/);
  });

  it("nn.RReLU takes F.rrelu's training option as its initial mode", () => {
    expect(new nn.RReLU().training).toBe(true);
    expect(new nn.RReLU({ training: false }).training).toBe(false);
  });
});
