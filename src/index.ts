/**
 * tensorgrad: PyTorch's tensors, autograd, activations and losses for TypeScript.
 *
 *   import * as tg from 'tensorgrad';
 *   const x = tg.linspace(-100, 100, 10, { requiresGrad: true });
 *   String(x.sigmoid());
 */
export { Tensor, type NestedArray } from './tensor/tensor.js';
export type { DType } from './tensor/dtype.js';
export { promoteTypes } from './tensor/dtype.js';
export { broadcastShapes } from './tensor/shape.js';
export {
  tensor,
  zeros,
  ones,
  full,
  zerosLike,
  onesLike,
  fullLike,
  arange,
  linspace,
  eye,
  rand,
  randn,
  randint,
  randLike,
  randnLike,
  type CreationOptions,
} from './tensor/create.js';
export { manualSeed } from './tensor/random.js';
export { formatTensor } from './tensor/format.js';

export { noGrad, enableGrad, setGradEnabled, isGradEnabled } from './autograd/mode.js';
export { grad, type BackwardOptions } from './autograd/engine.js';
export { gradcheck, gradgradcheck, type GradcheckOptions } from './autograd/gradcheck.js';
export { defineFunction, type FunctionDefinition } from './autograd/function.js';

export {
  add,
  sub,
  mul,
  div,
  pow,
  neg,
  abs,
  sign,
  exp,
  expm1,
  log,
  log1p,
  log2,
  log10,
  sqrt,
  rsqrt,
  sin,
  cos,
  tanh,
  erf,
  erfc,
  reciprocal,
  square,
  sigmoid,
  relu,
  maximum,
  minimum,
  clamp,
  where,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  logicalAnd,
  logicalOr,
  logicalNot,
  isnan,
  reshape,
  view,
  flatten,
  transpose,
  t,
  permute,
  squeeze,
  unsqueeze,
  expand,
  narrow,
  select,
  slice,
  flip,
  sum,
  mean,
  prod,
  amax,
  amin,
  max,
  min,
  argmax,
  argmin,
  logsumexp,
  std,
  norm,
  cumsum,
  variance as var,
  variance,
  gather,
  scatter,
  scatterAdd,
  indexSelect,
  indexAdd,
  cat,
  stack,
  matmul,
  to,
  clone,
  contiguous,
  softmax,
  logSoftmax,
} from './ops/index.js';
export * as linalg from './linalg.js';
export * as info from './info/index.js';

export { initWasm, setBackend, getBackend, type BackendName } from './kernels/index.js';
export { setNumThreads, getNumThreads } from './kernels/index.js';

export * as F from './nn/functional/index.js';
// The activations torch also has at top level (torch.selu, torch.threshold, ...).
export { selu, celu, hardshrink, threshold, prelu, rrelu } from './nn/functional/index.js';
export * as nn from './nn/index.js';
export type { ActivationSpec, LossSpec, ParamSpec } from './nn/spec.js';
export * as optim from './optim/index.js';
