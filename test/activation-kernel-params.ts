/**
 * Parameter sets (p0, p1, p2 of Backend.activation / activationBackward) for every parametric activation kernel:
 * PyTorch's defaults and non-default values, shared by the kernel tests (ts vs wasm) and the thread tests.
 */
import { SELU_ALPHA, SELU_SCALE } from '../src/nn/functional/activations/selu.js';

export const ACTIVATION_KERNEL_PARAMS: Record<string, [number, number, number][]> = {
  leakyRelu: [
    [0.01, 0, 0],
    [-0.3, 0, 0],
  ],
  hardtanh: [
    [-1, 1, 0],
    [0, 6, 0],
  ],
  elu: [
    [1, 1, 1],
    [SELU_ALPHA, SELU_SCALE, 1],
    [0.7, 1, 1 / 0.7],
  ],
  threshold: [
    [0.5, -2, 0],
    [-1, NaN, 0],
  ],
  softplus: [
    [1, 20, 0],
    [2.5, 3, 0],
  ],
  hardsigmoid: [[0, 0, 0]],
  hardswish: [[0, 0, 0]],
  gelu: [[0, 0, 0]],
  geluTanh: [[0, 0, 0]],
  silu: [[0, 0, 0]],
  mish: [[0, 0, 0]],
  softshrink: [
    [0.5, 0, 0],
    [1.2, 0, 0],
  ],
  hardshrink: [
    [0.5, 0, 0],
    [-1, 0, 0],
  ],
};
