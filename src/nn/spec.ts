/**
 * The single definition of an activation or a loss. The functional form, the nn module, the docs tables,
 * the tour and the explorer all read from one spec, so a function is described in exactly one place.
 */
import type { Tensor } from '../tensor/tensor.js';

/** A numeric or choice option that the explorer can turn into a control. */
export interface ParamSpec {
  /** The camelCase option name, e.g. 'negativeSlope'. */
  name: string;
  default: number | boolean | string | null;
  /** For numbers: a sensible slider range. */
  min?: number;
  max?: number;
  step?: number;
  /** For string options: the allowed values (e.g. gelu's approximate: ['none', 'tanh']). */
  choices?: readonly string[];
  description?: string;
}

interface CommonSpec {
  /** tensorgrad's functional name (`F.<name>`), camelCase per API.md. */
  name: string;
  /** PyTorch's functional, e.g. 'torch.nn.functional.leaky_relu'. */
  torchName: string;
  /** The nn module class name, e.g. 'LeakyReLU' (PyTorch's). */
  moduleName: string;
  /** One line: what it is for, its range and where it saturates. */
  description: string;
  /** The forward formula in LaTeX. */
  formula: string;
  /** The derivative (or gradient) in LaTeX. */
  derivative: string;
  /** What backward keeps from the forward pass. */
  saves: 'input' | 'output' | 'input and output' | 'composition';
  /** Where tensorgrad knowingly differs from PyTorch or from the study note; shown in docs. */
  note?: string;
  /**
   * Every key the options object takes (the functional's, plus any the spec's `fn` takes in place of a
   * positional argument, such as softmax's dim). Anything else is refused with a TypeError naming it.
   */
  optionKeys: readonly string[];
  /** The options the explorer turns into controls; each name is one of optionKeys. */
  params?: readonly ParamSpec[];
}

export interface ActivationSpec<Options extends object = object> extends CommonSpec {
  kind: 'activation';
  /** The output range, in LaTeX, e.g. '(0, 1)'. */
  range: string;
  fn: (input: Tensor, options?: Options) => Tensor;
  /**
   * Validates options without a tensor (nn module constructors call it, so `new nn.Hardtanh({ minVal: 2, maxVal: 1 })`
   * throws at construction as in PyTorch). Throws the same TypeError/RangeError as `fn` would.
   */
  checkOptions?: (options: Options) => void;
}

export interface LossSpec<Args extends unknown[] = Tensor[], Options extends object = object> extends CommonSpec {
  kind: 'loss';
  fn: (...args: [...Args, Options?]) => Tensor;
}
