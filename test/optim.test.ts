/**
 * optim.SGD and optim.Adam against PyTorch 1.13 trajectories (test/parity/data/nn.json, cases_nn.py): the same
 * loss minimised for 12 steps from the same start, compared after every step.
 */
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { compareTensor, decodeCall, loadSuite, type TensorJson } from './parity/harness.js';

const suite = loadSuite('nn');

/** Same expression and op order as trajectory_loss in cases_nn.py. */
function trajectoryLoss(p: tg.Tensor, a: tg.Tensor, b: tg.Tensor): tg.Tensor {
  const r = a.matmul(p).sub(b);
  return r.mul(r).sum().add(p.mul(p).mul(p).mul(p).sum().mul(0.1));
}

function runTrajectory(
  name: 'SGD' | 'Adam',
  p0: tg.Tensor,
  a: tg.Tensor,
  b: tg.Tensor,
  steps: number,
  options: object,
) {
  const p = p0.detach().clone();
  p.requiresGrad = true;
  const opt = name === 'SGD' ? new tg.optim.SGD([p], options) : new tg.optim.Adam([p], options);
  const out: tg.Tensor[] = [];
  for (let i = 0; i < steps; i++) {
    opt.zeroGrad();
    trajectoryLoss(p, a, b).backward();
    opt.step();
    out.push(p.detach().clone());
  }
  return tg.stack(out, 0);
}

describe('optimizers follow PyTorch step by step', () => {
  it('has SGD and Adam trajectories in data/nn.json (a filter that matches nothing must not pass)', () => {
    const names = suite.cases.filter((x) => x.op === 'optimTrajectory').map((x) => x.args[0]);
    expect(names).toContain('SGD');
    expect(names).toContain('Adam');
  });

  for (const c of suite.cases.filter((x) => x.op === 'optimTrajectory')) {
    it(`${c.id} ${JSON.stringify(c.kwargs)}`, () => {
      const d = decodeCall(c);
      const [name, p0, a, b, steps] = d.args as ['SGD' | 'Adam', tg.Tensor, tg.Tensor, tg.Tensor, number];
      const got = runTrajectory(name, p0, a, b, steps, d.kwargs ?? {});
      expect(compareTensor(got, c.out as TensorJson, 'trajectory')).toBeNull();
    });
  }
});

describe('optimizer behaviour', () => {
  it('step() writes into the parameter in place and leaves it a leaf that requires grad', () => {
    const p = tg.tensor([1, 2], { requiresGrad: true });
    const storage = p.storage;
    const opt = new tg.optim.SGD([p], { lr: 0.5 });
    p.mul(p).sum().backward();
    opt.step();
    expect(p.storage).toBe(storage);
    expect(p.toArray()).toEqual([0, 0]);
    expect(p.requiresGrad && p.isLeaf).toBe(true);
  });

  it('zeroGrad() clears gradients and step() skips parameters without one', () => {
    const p = tg.tensor([1], { requiresGrad: true });
    const q = tg.tensor([1], { requiresGrad: true });
    const opt = new tg.optim.Adam([p, q], { lr: 0.1 });
    p.sum().backward();
    opt.step();
    expect(q.toArray()).toEqual([1]);
    expect(p.item()).toBeCloseTo(0.9, 6);
    opt.zeroGrad();
    expect(p.grad).toBeNull();
  });

  it('bad hyperparameters throw RangeError naming the option', () => {
    const p = tg.tensor([1], { requiresGrad: true });
    expect(() => new tg.optim.SGD([p], { lr: -1 })).toThrow(/learning rate.*-1/);
    expect(() => new tg.optim.SGD([p], { lr: 0.1, nesterov: true })).toThrow(/Nesterov/);
    expect(() => new tg.optim.Adam([p], { betas: [1.5, 0.9] })).toThrow(/beta parameter at index 0.*1.5/);
    expect(() => new tg.optim.Adam([], {})).toThrow(/empty parameter list/);
  });
});
