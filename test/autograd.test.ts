/** Autograd behaviour: accumulation, retained graphs, hooks, grad(), higher order, noGrad, custom functions. */
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';

const values = (t: tg.Tensor | null) => (t === null ? null : Array.from(t.contiguousData()));

describe('backward', () => {
  it('accumulates into .grad across calls, as PyTorch does', () => {
    const x = tg.tensor([1, 2, 3], { requiresGrad: true });
    tg.mul(x, x).sum().backward();
    expect(values(x.grad)).toEqual([2, 4, 6]);
    tg.mul(x, x).sum().backward();
    expect(values(x.grad)).toEqual([4, 8, 12]);
  });

  it('sums gradients of a tensor used twice', () => {
    const x = tg.tensor([3], { requiresGrad: true });
    tg.add(tg.mul(x, 2), tg.mul(x, x)).sum().backward();
    expect(values(x.grad)).toEqual([2 + 6]);
  });

  it('un-broadcasts gradients to each input shape', () => {
    const a = tg.ones([2, 3], { requiresGrad: true });
    const b = tg.ones([3], { requiresGrad: true });
    const c = tg.ones([2, 1], { requiresGrad: true });
    tg.add(tg.add(a, b), c).sum().backward();
    expect(b.grad!.shape).toEqual([3]);
    expect(values(b.grad)).toEqual([2, 2, 2]);
    expect(values(c.grad)).toEqual([3, 3]);
  });

  it("refuses a second backward through a freed graph, with PyTorch's message", () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const y = x.exp().sum();
    y.backward();
    expect(() => y.backward()).toThrow(/Trying to backward through the graph a second time/);
  });

  it('allows a second backward with retainGraph', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const y = tg.mul(x, x).sum();
    y.backward(undefined, { retainGraph: true });
    y.backward();
    expect(values(x.grad)).toEqual([4, 8]);
  });

  it('needs a gradient for a non-scalar output', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    expect(() => tg.mul(x, 2).backward()).toThrow(/grad can be implicitly created only for scalar outputs/);
    tg.mul(x, 2).backward(tg.tensor([1, 10]));
    expect(values(x.grad)).toEqual([2, 20]);
  });

  it('checks the shape of an explicit gradient', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    expect(() => tg.mul(x, 2).backward(tg.tensor([1, 2, 3]))).toThrow(RangeError);
  });

  it('refuses backward on a tensor that does not require grad', () => {
    expect(() => tg.tensor([1, 2]).sum().backward()).toThrow(/does not require grad and does not have a grad_fn/);
  });

  it('flows gradients through views into the base tensor', () => {
    const x = tg.arange(0, 6, 1, { dtype: 'float32', requiresGrad: true });
    x.reshape([2, 3])
      .t()
      .select(0, 1)
      .mul(tg.tensor([10, 100]))
      .sum()
      .backward();
    expect(values(x.grad)).toEqual([0, 10, 0, 0, 100, 0]);
  });

  it('keeps the gradient of a non-leaf only with retainGrad', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const y = tg.mul(x, 3);
    const z = tg.mul(x, 4);
    y.retainGrad();
    tg.mul(y, z).sum().backward();
    expect(values(y.grad)).toEqual([4, 8]);
    expect(z.grad).toBeNull();
  });

  it('runs hooks, which may replace the gradient', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const seen: number[][] = [];
    const y = tg.mul(x, 2);
    y.registerHook((g) => {
      seen.push(Array.from(g.contiguousData()));
      return tg.mul(g, 10);
    });
    const remove = x.registerHook((g) => {
      seen.push(Array.from(g.contiguousData()));
    });
    y.sum().backward();
    expect(seen).toEqual([
      [1, 1],
      [20, 20],
    ]);
    expect(values(x.grad)).toEqual([20, 20]);
    remove();
  });
});

describe('grad', () => {
  it('returns gradients without touching .grad', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const [g] = tg.grad(tg.mul(x, x).sum(), [x]);
    expect(values(g!)).toEqual([2, 4]);
    expect(x.grad).toBeNull();
  });

  it('gives third derivatives with createGraph: d³/dx³ x⁴ = 24x', () => {
    const x = tg.tensor([1, -2], { dtype: 'float64', requiresGrad: true });
    const [g1] = tg.grad(tg.pow(x, 4).sum(), x, { createGraph: true });
    const [g2] = tg.grad(g1!.sum(), x, { createGraph: true });
    const [g3] = tg.grad(g2!.sum(), x);
    expect(values(g3!)).toEqual([24, -48]);
  });

  it('differentiates w.r.t. a non-leaf tensor', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const y = tg.mul(x, 3);
    const [g] = tg.grad(tg.mul(y, y).sum(), [y]);
    expect(values(g!)).toEqual([6, 12]);
  });

  it('complains about an unused input unless allowUnused', () => {
    const x = tg.tensor([1], { requiresGrad: true });
    const unused = tg.tensor([1], { requiresGrad: true });
    expect(() => tg.grad(x.sum(), [x, unused])).toThrow(/appears to not have been used/);
    expect(tg.grad(x.sum(), [x, unused], { allowUnused: true })[1]).toBeNull();
  });
});

describe('grad mode', () => {
  it('noGrad records nothing', () => {
    const x = tg.tensor([1], { requiresGrad: true });
    const y = tg.noGrad(() => tg.mul(x, 2));
    expect(y.requiresGrad).toBe(false);
    expect(y.gradFn).toBeNull();
    expect(tg.isGradEnabled()).toBe(true);
  });

  it('restores grad mode when the callback throws', () => {
    expect(() =>
      tg.noGrad(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(tg.isGradEnabled()).toBe(true);
  });

  it('detach shares storage and cuts the graph', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const d = tg.mul(x, 2).detach();
    expect(d.requiresGrad).toBe(false);
    expect(d.gradFn).toBeNull();
  });

  it('names nodes as PyTorch does', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    expect(tg.mul(x, 2).gradFn!.name).toBe('MulBackward0');
    expect(x.sum().gradFn!.name).toBe('SumBackward0');
  });
});

describe('requiresGrad', () => {
  it('is only allowed on floating point tensors', () => {
    expect(() => tg.tensor([1, 2], { dtype: 'int64', requiresGrad: true })).toThrow(
      /only Tensors of floating point dtype can require gradients/,
    );
    expect(() => tg.tensor([true]).requiresGrad_()).toThrow(TypeError);
  });

  it('cannot be switched off on a non-leaf', () => {
    const y = tg.mul(tg.tensor([1], { requiresGrad: true }), 2);
    expect(() => (y.requiresGrad = false)).toThrow(/only change requires_grad flags of leaf variables/);
  });
});

describe('defineFunction', () => {
  const cube = tg.defineFunction<tg.Tensor>({
    name: 'Cube',
    forward: (save, x) => {
      save(x!);
      return tg.pow(x!, 3);
    },
    backward: (x, g) => [tg.mul(g, tg.mul(tg.pow(x, 2), 3))],
  });

  it('uses its own backward and names the node after it', () => {
    const x = tg.tensor([2], { requiresGrad: true });
    const y = cube(x);
    expect(y.gradFn!.name).toBe('CubeBackward');
    y.sum().backward();
    expect(values(x.grad)).toEqual([12]);
  });

  it('passes gradcheck', () => {
    expect(tg.gradcheck(cube, [tg.tensor([0.5, -1.5], { dtype: 'float64', requiresGrad: true })])).toBe(true);
  });

  it('checks the number of gradients its backward returns', () => {
    const bad = tg.defineFunction({ name: 'Bad', forward: (_s, x) => tg.mul(x!, 1), backward: () => [] });
    expect(() =>
      bad(tg.tensor([1], { requiresGrad: true }))
        .sum()
        .backward(),
    ).toThrow(/incorrect number of gradients/);
  });
});

describe('leaf gradients', () => {
  it('never alias the gradient a caller passed to backward', () => {
    const x = tg.tensor([1, 2], { requiresGrad: true });
    const seed = tg.tensor([3, 4]);
    tg.add(x, 0).backward(seed);
    expect(x.grad!.storage).not.toBe(seed.storage);
    expect(values(x.grad)).toEqual([3, 4]);
  });

  it('never alias the leaf itself', () => {
    const w = tg.tensor([1, 2], { requiresGrad: true });
    w.backward(w.detach());
    expect(w.grad!.storage).not.toBe(w.storage);
  });
});
