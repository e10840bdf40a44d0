/**
 * nn modules for the activations (nn.ReLU, nn.Sigmoid, ...), each a thin class over its spec: the constructor
 * takes the functional's options (validated at construction, as PyTorch's constructors do) and forward calls the
 * spec's function. PReLU owns its weight; RReLU follows the module's training flag.
 */
import type { Tensor } from '../../tensor/tensor.js';
import { full } from '../../tensor/create.js';
import type { ActivationSpec } from '../spec.js';
import { Module, pyRepr, reprField } from './module.js';
import * as A from '../functional/activations/index.js';
import { THRESHOLD_OPTIONS } from '../functional/activations/threshold.js';
import { checkDim, checkNumber, checkOptionsObject, optionKeys } from '../../ops/validate.js';

/** A module that applies one activation spec with fixed options. */
export class ActivationModule<Options extends object> extends Module {
  readonly spec: ActivationSpec<Options>;
  /** The options given to the constructor (PyTorch's module attributes). */
  readonly options: Readonly<Options>;

  /** `keys`: the options the constructor takes, when they are not the spec's (nn.PReLU, nn.RReLU). */
  constructor(spec: ActivationSpec<Options>, options: Options = {} as Options, keys = spec.optionKeys) {
    super();
    checkOptionsObject(options, spec.moduleName, keys);
    spec.checkOptions?.(options);
    this.spec = spec;
    this.options = Object.freeze({ ...options });
  }

  forward(input: Tensor): Tensor {
    return this.spec.fn(input, this.options);
  }

  protected override reprName(): string {
    return this.spec.moduleName || this.spec.name; // F.normalize has no PyTorch module
  }
}

/** `name=value`: the option as given, else PyTorch's default as PyTorch prints it. */
const field = (name: string, value: unknown, pytorchDefault: string): string =>
  reprField(name, value === undefined ? pytorchDefault : pyRepr(value));

/** `new nn.ReLU(options?)`; `new nn.Sigmoid()` for an activation without options. */
type ActivationModuleClass<Options extends object> = [keyof Options] extends [never]
  ? new () => ActivationModule<Options>
  : new (options?: Options) => ActivationModule<Options>;

/**
 * The class of the nn module of one spec (the modules below that only fix options). `extraRepr` gives what
 * String(module) prints in the parentheses, PyTorch's extra_repr; none prints `Name()`. PyTorch's
 * `inplace=True` never shows: tensorgrad refuses inplace: true.
 */
function activationModule<Options extends object>(
  spec: ActivationSpec<Options>,
  extraRepr?: (options: Readonly<Options>) => string,
): ActivationModuleClass<Options> {
  return class extends ActivationModule<Options> {
    constructor(options?: Options) {
      super(spec, options);
    }
    protected override extraRepr(): string {
      return extraRepr?.(this.options) ?? '';
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
export class LeakyReLU extends activationModule(A.leakyReluSpec, (o) =>
  field('negativeSlope', o.negativeSlope, '0.01'),
) {}
export class ELU extends activationModule(A.eluSpec, (o) => field('alpha', o.alpha, '1.0')) {}
export class SELU extends activationModule(A.seluSpec) {}
export class CELU extends activationModule(A.celuSpec, (o) => field('alpha', o.alpha, '1.0')) {}
export class GELU extends activationModule(A.geluSpec, (o) => field('approximate', o.approximate, "'none'")) {}
export class SiLU extends activationModule(A.siluSpec) {}
export class Mish extends activationModule(A.mishSpec) {}
export class Softplus extends activationModule(
  A.softplusSpec,
  (o) => `${field('beta', o.beta, '1')}, ${field('threshold', o.threshold, '20')}`,
) {}
export class Hardtanh extends activationModule(
  A.hardtanhSpec,
  (o) => `${field('minVal', o.minVal, '-1.0')}, ${field('maxVal', o.maxVal, '1.0')}`,
) {}
export class Hardsigmoid extends activationModule(A.hardsigmoidSpec) {}
export class Hardswish extends activationModule(A.hardswishSpec) {}
export class Softshrink extends activationModule(A.softshrinkSpec, (o) =>
  o.lambd === undefined ? '0.5' : pyRepr(o.lambd),
) {}
export class Hardshrink extends activationModule(A.hardshrinkSpec, (o) =>
  o.lambd === undefined ? '0.5' : pyRepr(o.lambd),
) {}
export class GLU extends activationModule(A.gluSpec, (o) => field('dim', o.dim, '-1')) {}

/** nn.Threshold(threshold, value, options?): both required and positional, as in PyTorch and F.threshold. */
export class Threshold extends ActivationModule<{ threshold?: number; value?: number; inplace?: boolean }> {
  constructor(threshold: number, value: number, options: A.ThresholdOptions = {}) {
    if (typeof threshold !== 'number' || typeof value !== 'number') {
      throw new TypeError(
        `Threshold(): arguments 'threshold' and 'value' must be numbers, but got ${typeof threshold} and ${typeof value}`,
      );
    }
    checkOptionsObject(options, 'Threshold', THRESHOLD_OPTIONS);
    super(A.thresholdSpec, { ...options, threshold, value });
  }

  protected override extraRepr(): string {
    return `${field('threshold', this.options.threshold, '')}, ${field('value', this.options.value, '')}`;
  }
}

/**
 * nn.RReLU: random slopes while the module's `training` flag is set, the mean slope in eval. The constructor
 * takes F.rrelu's options; its `training` sets the initial mode (default true: modules start in training mode,
 * as in PyTorch, whose nn.RReLU has no such argument); train() and eval() change it.
 */
export class RReLU extends ActivationModule<A.RreluOptions> {
  constructor(options: A.RreluOptions = {}) {
    super(A.rreluSpec, options);
    if (options.training !== undefined) this.training = options.training;
  }

  protected override extraRepr(): string {
    const { lower, upper } = this.options;
    return `${field('lower', lower, '0.125')}, ${field('upper', upper, '0.3333333333333333')}`;
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

const PRELU_OPTIONS = optionKeys<PReLUOptions>({ numParameters: true, init: true });

/** nn.PReLU: a learnable float32 `weight` of numParameters slopes, initialised to `init`. */
export class PReLU extends ActivationModule<PReLUOptions> {
  readonly weight: Tensor;

  constructor(options: PReLUOptions = {}) {
    super(A.preluSpec as unknown as ActivationSpec<PReLUOptions>, options, PRELU_OPTIONS);
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

  protected override extraRepr(): string {
    return field('numParameters', this.options.numParameters, '1');
  }

  protected override ownParameters(): [string, Tensor][] {
    return [['weight', this.weight]];
  }
}

/** Options of nn.Softmax / nn.LogSoftmax / nn.Softmin: the dim (PyTorch's only argument). */
export interface SoftmaxModuleOptions {
  dim?: number;
}

const SOFTMAX_MODULE_OPTIONS = optionKeys<SoftmaxModuleOptions>({ dim: true });

function softmaxDim(dimOrOptions: number | SoftmaxModuleOptions | undefined, name: string): number | undefined {
  if (dimOrOptions === undefined || typeof dimOrOptions === 'number') {
    return dimOrOptions === undefined ? undefined : checkDim(dimOrOptions, 'dim', name);
  }
  if (typeof dimOrOptions !== 'object' || dimOrOptions === null) checkDim(dimOrOptions, 'dim', name);
  checkOptionsObject(dimOrOptions, name, SOFTMAX_MODULE_OPTIONS);
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
    protected override extraRepr(): string {
      return `dim=${pyRepr(this.dim)}`;
    }
  };
}

export class Softmax extends softmaxModule(A.softmaxSpec, A.softmax) {}
export class LogSoftmax extends softmaxModule(A.logSoftmaxSpec, A.logSoftmax) {}
export class Softmin extends softmaxModule(A.softminSpec, A.softmin) {}
