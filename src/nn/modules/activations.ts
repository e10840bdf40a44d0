/**
 * nn modules for the activations (nn.ReLU, nn.Sigmoid, ...), each a thin class over its spec: the constructor
 * takes the functional's options (validated at construction, as PyTorch's constructors do) and forward calls the
 * spec's function. PReLU owns its weight; RReLU follows the module's training flag.
 */
import type { Tensor } from '../../tensor/tensor.js';
import { full } from '../../tensor/create.js';
import type { ActivationSpec } from '../spec.js';
import { Module } from './module.js';
import * as A from '../functional/activations/index.js';
import { checkOptionsObject, checkDim, checkNumber } from '../functional/validate.js';

/** A module that applies one activation spec with fixed options. */
export class ActivationModule<Options extends object> extends Module {
  readonly spec: ActivationSpec<Options>;
  /** The options given to the constructor (PyTorch's module attributes). */
  readonly options: Readonly<Options>;

  constructor(spec: ActivationSpec<Options>, options: Options = {} as Options) {
    super();
    checkOptionsObject(options, spec.moduleName);
    spec.checkOptions?.(options);
    this.spec = spec;
    this.options = Object.freeze({ ...options });
  }

  forward(input: Tensor): Tensor {
    return this.spec.fn(input, this.options);
  }

  /** PyTorch-style summary, e.g. `ELU(alpha=2)`. */
  override toString(): string {
    const parts = Object.entries(this.options).map(([k, v]) => `${k}=${String(v)}`);
    return `${this.spec.moduleName}(${parts.join(', ')})`;
  }
}

export class Sigmoid extends ActivationModule<object> {
  constructor() {
    super(A.sigmoidSpec);
  }
}
export class LogSigmoid extends ActivationModule<object> {
  constructor() {
    super(A.logsigmoidSpec);
  }
}
export class Tanh extends ActivationModule<object> {
  constructor() {
    super(A.tanhSpec);
  }
}
export class Softsign extends ActivationModule<object> {
  constructor() {
    super(A.softsignSpec);
  }
}
export class Tanhshrink extends ActivationModule<object> {
  constructor() {
    super(A.tanhshrinkSpec);
  }
}
export class ReLU extends ActivationModule<A.ReluOptions> {
  constructor(options: A.ReluOptions = {}) {
    super(A.reluSpec, options);
  }
}
export class ReLU6 extends ActivationModule<A.Relu6Options> {
  constructor(options: A.Relu6Options = {}) {
    super(A.relu6Spec, options);
  }
}
export class LeakyReLU extends ActivationModule<A.LeakyReluOptions> {
  constructor(options: A.LeakyReluOptions = {}) {
    super(A.leakyReluSpec, options);
  }
}
export class ELU extends ActivationModule<A.EluOptions> {
  constructor(options: A.EluOptions = {}) {
    super(A.eluSpec, options);
  }
}
export class SELU extends ActivationModule<A.SeluOptions> {
  constructor(options: A.SeluOptions = {}) {
    super(A.seluSpec, options);
  }
}
export class CELU extends ActivationModule<A.CeluOptions> {
  constructor(options: A.CeluOptions = {}) {
    super(A.celuSpec, options);
  }
}
export class GELU extends ActivationModule<A.GeluOptions> {
  constructor(options: A.GeluOptions = {}) {
    super(A.geluSpec, options);
  }
}
export class SiLU extends ActivationModule<A.SiluOptions> {
  constructor(options: A.SiluOptions = {}) {
    super(A.siluSpec, options);
  }
}
export class Mish extends ActivationModule<A.MishOptions> {
  constructor(options: A.MishOptions = {}) {
    super(A.mishSpec, options);
  }
}
export class Softplus extends ActivationModule<A.SoftplusOptions> {
  constructor(options: A.SoftplusOptions = {}) {
    super(A.softplusSpec, options);
  }
}
export class Hardtanh extends ActivationModule<A.HardtanhOptions> {
  constructor(options: A.HardtanhOptions = {}) {
    super(A.hardtanhSpec, options);
  }
}
export class Hardsigmoid extends ActivationModule<A.HardsigmoidOptions> {
  constructor(options: A.HardsigmoidOptions = {}) {
    super(A.hardsigmoidSpec, options);
  }
}
export class Hardswish extends ActivationModule<A.HardswishOptions> {
  constructor(options: A.HardswishOptions = {}) {
    super(A.hardswishSpec, options);
  }
}
export class Softshrink extends ActivationModule<A.SoftshrinkOptions> {
  constructor(options: A.SoftshrinkOptions = {}) {
    super(A.softshrinkSpec, options);
  }
}
export class Hardshrink extends ActivationModule<A.HardshrinkOptions> {
  constructor(options: A.HardshrinkOptions = {}) {
    super(A.hardshrinkSpec, options);
  }
}
export class GLU extends ActivationModule<A.GluOptions> {
  constructor(options: A.GluOptions = {}) {
    super(A.gluSpec, options);
  }
}

/** nn.Threshold(threshold, value, options?): both required and positional, as in PyTorch and F.threshold. */
export class Threshold extends ActivationModule<{ threshold?: number; value?: number; inplace?: boolean }> {
  constructor(threshold: number, value: number, options: A.ThresholdOptions = {}) {
    if (typeof threshold !== 'number' || typeof value !== 'number') {
      throw new TypeError(
        `Threshold(): arguments 'threshold' and 'value' must be numbers, but got ${typeof threshold} and ${typeof value}`,
      );
    }
    super(A.thresholdSpec, { ...options, threshold, value });
  }
}

/** nn.RReLU: random slopes while `training` (the module's flag, true after construction), the mean slope in eval. */
export class RReLU extends ActivationModule<A.RreluOptions> {
  constructor(options: Omit<A.RreluOptions, 'training'> = {}) {
    super(A.rreluSpec, options);
  }

  override forward(input: Tensor): Tensor {
    return A.rrelu(input, { ...this.options, training: this.training });
  }
}

export interface PReLUOptions {
  /** 1 (one shared slope) or the number of input channels; default 1. */
  numParameters?: number;
  /** The initial slope, default 0.25. */
  init?: number;
}

/** nn.PReLU: a learnable float32 `weight` of numParameters slopes, initialised to `init`. */
export class PReLU extends ActivationModule<PReLUOptions> {
  readonly weight: Tensor;

  constructor(options: PReLUOptions = {}) {
    super(A.preluSpec as unknown as ActivationSpec<PReLUOptions>, options);
    const n = options.numParameters ?? 1;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      throw new RangeError(`PReLU(): option 'numParameters' must be a positive integer, but got ${String(n)}`);
    }
    const init = checkNumber(options.init, 'init', 'PReLU', 0.25);
    this.weight = full([n], init, { requiresGrad: true });
  }

  override forward(input: Tensor): Tensor {
    return A.prelu(input, this.weight);
  }

  protected override ownParameters(): [string, Tensor][] {
    return [['weight', this.weight]];
  }
}

/** Options of nn.Softmax / nn.LogSoftmax / nn.Softmin: the dim (PyTorch's only argument). */
export interface SoftmaxModuleOptions {
  dim?: number;
}

function softmaxDim(dimOrOptions: number | SoftmaxModuleOptions | undefined, name: string): number | undefined {
  if (dimOrOptions === undefined || typeof dimOrOptions === 'number') {
    return dimOrOptions === undefined ? undefined : checkDim(dimOrOptions, 'dim', name);
  }
  if (typeof dimOrOptions !== 'object' || dimOrOptions === null) checkDim(dimOrOptions, 'dim', name);
  checkOptionsObject(dimOrOptions, name);
  return dimOrOptions.dim === undefined ? undefined : checkDim(dimOrOptions.dim, 'dim', name);
}

/** nn.Softmax(dim) or nn.Softmax({ dim }); without a dim, PyTorch's deprecated implicit choice. */
export class Softmax extends ActivationModule<SoftmaxModuleOptions> {
  readonly dim: number | undefined;
  constructor(dimOrOptions?: number | SoftmaxModuleOptions) {
    const dim = softmaxDim(dimOrOptions, 'Softmax');
    super(A.softmaxSpec, dim === undefined ? {} : { dim });
    this.dim = dim;
  }
  override forward(input: Tensor): Tensor {
    return A.softmax(input, this.dim);
  }
}

export class LogSoftmax extends ActivationModule<SoftmaxModuleOptions> {
  readonly dim: number | undefined;
  constructor(dimOrOptions?: number | SoftmaxModuleOptions) {
    const dim = softmaxDim(dimOrOptions, 'LogSoftmax');
    super(A.logSoftmaxSpec, dim === undefined ? {} : { dim });
    this.dim = dim;
  }
  override forward(input: Tensor): Tensor {
    return A.logSoftmax(input, this.dim);
  }
}

export class Softmin extends ActivationModule<SoftmaxModuleOptions> {
  readonly dim: number | undefined;
  constructor(dimOrOptions?: number | SoftmaxModuleOptions) {
    const dim = softmaxDim(dimOrOptions, 'Softmin');
    super(A.softminSpec, dim === undefined ? {} : { dim });
    this.dim = dim;
  }
  override forward(input: Tensor): Tensor {
    return A.softmin(input, this.dim);
  }
}
