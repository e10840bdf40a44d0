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

/** `new nn.ReLU(options?)`; `new nn.Sigmoid()` for an activation without options. */
type ActivationModuleClass<Options extends object> = [keyof Options] extends [never]
  ? new () => ActivationModule<Options>
  : new (options?: Options) => ActivationModule<Options>;

/** The class of the nn module of one spec (the modules below that only fix options). */
function activationModule<Options extends object>(spec: ActivationSpec<Options>): ActivationModuleClass<Options> {
  return class extends ActivationModule<Options> {
    constructor(options?: Options) {
      super(spec, options);
    }
  } as ActivationModuleClass<Options>;
}

export class Sigmoid extends activationModule(A.sigmoidSpec) {}
export class LogSigmoid extends activationModule(A.logsigmoidSpec) {}
export class Tanh extends activationModule(A.tanhSpec) {}
export class Softsign extends activationModule(A.softsignSpec) {}
export class Tanhshrink extends activationModule(A.tanhshrinkSpec) {}
export class ReLU extends activationModule(A.reluSpec) {}
export class ReLU6 extends activationModule(A.relu6Spec) {}
export class LeakyReLU extends activationModule(A.leakyReluSpec) {}
export class ELU extends activationModule(A.eluSpec) {}
export class SELU extends activationModule(A.seluSpec) {}
export class CELU extends activationModule(A.celuSpec) {}
export class GELU extends activationModule(A.geluSpec) {}
export class SiLU extends activationModule(A.siluSpec) {}
export class Mish extends activationModule(A.mishSpec) {}
export class Softplus extends activationModule(A.softplusSpec) {}
export class Hardtanh extends activationModule(A.hardtanhSpec) {}
export class Hardsigmoid extends activationModule(A.hardsigmoidSpec) {}
export class Hardswish extends activationModule(A.hardswishSpec) {}
export class Softshrink extends activationModule(A.softshrinkSpec) {}
export class Hardshrink extends activationModule(A.hardshrinkSpec) {}
export class GLU extends activationModule(A.gluSpec) {}

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

type SoftmaxModuleClass = new (
  dimOrOptions?: number | SoftmaxModuleOptions,
) => ActivationModule<SoftmaxModuleOptions> & {
  readonly dim: number | undefined;
};

/**
 * nn.Softmax, nn.LogSoftmax and nn.Softmin: `new nn.Softmax(dim)` or `new nn.Softmax({ dim })`; without a dim,
 * PyTorch's deprecated implicit choice (which the spec's own default, -1, would not give).
 */
function softmaxModule(
  spec: ActivationSpec<SoftmaxModuleOptions>,
  fn: (input: Tensor, dim?: number) => Tensor,
): SoftmaxModuleClass {
  return class extends ActivationModule<SoftmaxModuleOptions> {
    readonly dim: number | undefined;
    constructor(dimOrOptions?: number | SoftmaxModuleOptions) {
      const dim = softmaxDim(dimOrOptions, spec.moduleName);
      super(spec, dim === undefined ? {} : { dim });
      this.dim = dim;
    }
    override forward(input: Tensor): Tensor {
      return fn(input, this.dim);
    }
  };
}

export class Softmax extends softmaxModule(A.softmaxSpec, A.softmax) {}
export class LogSoftmax extends softmaxModule(A.logSoftmaxSpec, A.logSoftmax) {}
export class Softmin extends softmaxModule(A.softminSpec, A.softmin) {}
