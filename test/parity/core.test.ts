/**
 * PyTorch 1.13 parity for the tensor core: replays test/parity/data/core.json (written by generate.py).
 * Most op names call tg.<op>(...args, kwargs?) directly; this table only covers names that are Tensor
 * methods in PyTorch, and the autograd-misuse programs of the bad-input cases.
 */
import * as tg from '../../src/index.js';
import { defineParitySuite, type OpTable, type TensorLike } from './harness.js';

type Methods = Record<string, (...args: unknown[]) => TensorLike>;
const m = (x: unknown): Methods => x as Methods;
const api = tg as unknown as Record<string, (...args: unknown[]) => TensorLike>;

const table: OpTable = {
  view: (x, shape) => m(x).view!(shape),
  expand: (x, shape) => m(x).expand!(shape),
  contiguous: (x) => m(x).contiguous!(),
  to: (x, dtype) => m(x).to!(dtype),
  // Autograd misuse: the same three programs generate.py runs in PyTorch.
  backwardTwice: (x) => {
    const y = api.sum!(api.mul!(x, x));
    y.backward();
    y.backward();
  },
  backwardNonScalar: (x) => api.mul!(x, 2).backward(),
  backwardNoGrad: (x) => api.sum!(api.mul!(x, 2)).backward(),
};

defineParitySuite('core', table);
