/**
 * Every activation spec, and the functional forms (F.relu, F.sigmoid, ...). One file per activation holds its
 * forward, backward, formulas and description; this file only lists them. Adding an activation = one file here,
 * one line in ACTIVATIONS and one export line.
 */
import type { ActivationSpec } from '../../spec.js';
import { sigmoidSpec } from './sigmoid.js';
import { logsigmoidSpec } from './logsigmoid.js';
import { reluSpec } from './relu.js';
import { relu6Spec } from './relu6.js';
import { leakyReluSpec } from './leakyRelu.js';
import { eluSpec } from './elu.js';
import { seluSpec } from './selu.js';
import { celuSpec } from './celu.js';
import { geluSpec } from './gelu.js';
import { siluSpec } from './silu.js';
import { mishSpec } from './mish.js';
import { softplusSpec } from './softplus.js';
import { softsignSpec } from './softsign.js';
import { tanhSpec } from './tanh.js';
import { tanhshrinkSpec } from './tanhshrink.js';
import { hardtanhSpec } from './hardtanh.js';
import { hardsigmoidSpec } from './hardsigmoid.js';
import { hardswishSpec } from './hardswish.js';
import { softshrinkSpec } from './softshrink.js';
import { hardshrinkSpec } from './hardshrink.js';
import { thresholdSpec } from './threshold.js';
import { preluSpec } from './prelu.js';
import { rreluSpec } from './rrelu.js';
import { gluSpec } from './glu.js';
import { softmaxSpec } from './softmax.js';
import { logSoftmaxSpec } from './logSoftmax.js';
import { softminSpec } from './softmin.js';
import { normalizeSpec } from './normalize.js';

/** Every activation, in the order of the docs table. */
export const ACTIVATIONS: readonly ActivationSpec<never>[] = [
  sigmoidSpec,
  logsigmoidSpec,
  tanhSpec,
  reluSpec,
  relu6Spec,
  leakyReluSpec,
  preluSpec,
  rreluSpec,
  eluSpec,
  seluSpec,
  celuSpec,
  geluSpec,
  siluSpec,
  mishSpec,
  softplusSpec,
  softsignSpec,
  tanhshrinkSpec,
  hardtanhSpec,
  hardsigmoidSpec,
  hardswishSpec,
  softshrinkSpec,
  hardshrinkSpec,
  thresholdSpec,
  gluSpec,
  softmaxSpec,
  logSoftmaxSpec,
  softminSpec,
  normalizeSpec,
];

export { sigmoid, sigmoidSpec } from './sigmoid.js';
export { logsigmoid, logsigmoidSpec } from './logsigmoid.js';
export { relu, reluSpec, type ReluOptions } from './relu.js';
export { relu6, relu6Spec, type Relu6Options } from './relu6.js';
export { leakyRelu, leakyReluSpec, type LeakyReluOptions } from './leakyRelu.js';
export { elu, eluSpec, type EluOptions } from './elu.js';
export { selu, seluSpec, type SeluOptions } from './selu.js';
export { celu, celuSpec, type CeluOptions } from './celu.js';
export { gelu, geluSpec, type GeluOptions } from './gelu.js';
export { silu, siluSpec, type SiluOptions } from './silu.js';
export { mish, mishSpec, type MishOptions } from './mish.js';
export { softplus, softplusSpec, type SoftplusOptions } from './softplus.js';
export { softsign, softsignSpec } from './softsign.js';
export { tanh, tanhSpec } from './tanh.js';
export { tanhshrink, tanhshrinkSpec } from './tanhshrink.js';
export { hardtanh, hardtanhSpec, type HardtanhOptions } from './hardtanh.js';
export { hardsigmoid, hardsigmoidSpec, type HardsigmoidOptions } from './hardsigmoid.js';
export { hardswish, hardswishSpec, type HardswishOptions } from './hardswish.js';
export { softshrink, softshrinkSpec, type SoftshrinkOptions } from './softshrink.js';
export { hardshrink, hardshrinkSpec, type HardshrinkOptions } from './hardshrink.js';
export { threshold, thresholdSpec, type ThresholdOptions } from './threshold.js';
export { prelu, preluSpec } from './prelu.js';
export { rrelu, rreluSpec, type RreluOptions } from './rrelu.js';
export { glu, gluSpec, type GluOptions } from './glu.js';
export { softmax, softmaxSpec, type SoftmaxOptions } from './softmax.js';
export { logSoftmax, logSoftmaxSpec } from './logSoftmax.js';
export { softmin, softminSpec } from './softmin.js';
export { normalize, normalizeSpec, type NormalizeOptions } from './normalize.js';
