/**
 * nn modules for the losses (nn.CrossEntropyLoss, nn.MSELoss, ...), each a class over its spec made by one
 * factory: the constructor takes the functional's options, `forward` takes its tensors.
 *
 *   new nn.CrossEntropyLoss({ labelSmoothing: 0.1 }).forward(logits, target)
 */
import type { Tensor } from '../../tensor/tensor.js';
import type { LossSpec } from '../spec.js';
import { Module } from './module.js';
import * as L from '../functional/losses/index.js';
import { checkOptionsObject } from '../../ops/validate.js';

/**
 * A module applying one loss spec with fixed options (tensor arguments only; CTCLoss below takes lengths too).
 * The constructor refuses a non-object or an unknown option, as PyTorch's constructors raise; option values
 * are checked by the functional on the first forward, as in PyTorch (`nn.MSELoss(reduction='avg')` builds).
 * String(module) is `Name()`: PyTorch's loss modules print no arguments.
 */
export class LossModule<Args extends Tensor[], Options extends object> extends Module {
  /** The options given to the constructor (PyTorch's module attributes). */
  readonly options: Readonly<Options>;

  constructor(
    readonly spec: LossSpec<Args, Options>,
    options: Options = {} as Options,
  ) {
    super();
    checkOptionsObject(options, spec.moduleName, spec.optionKeys);
    this.options = Object.freeze({ ...options });
  }

  forward(...inputs: Args): Tensor {
    return this.spec.fn(...inputs, this.options);
  }

  protected override reprName(): string {
    return this.spec.moduleName;
  }
}

/** The class of a loss module: `new nn.HuberLoss(options?)`. */
type LossModuleClass<Args extends Tensor[], Options extends object> = new (
  options?: Options,
) => LossModule<Args, Options>;

function lossModule<Args extends Tensor[], Options extends object>(
  spec: LossSpec<Args, Options>,
): LossModuleClass<Args, Options> {
  return class extends LossModule<Args, Options> {
    constructor(options?: Options) {
      super(spec, options);
    }
  };
}

/** torch.nn.L1Loss: see F.l1Loss. */
export class L1Loss extends lossModule(L.l1LossSpec) {}
/** torch.nn.MSELoss: see F.mseLoss. */
export class MSELoss extends lossModule(L.mseLossSpec) {}
/** torch.nn.CrossEntropyLoss: see F.crossEntropy. */
export class CrossEntropyLoss extends lossModule(L.crossEntropySpec) {}
/** torch.nn.CTCLoss: see F.ctcLoss. */
export class CTCLoss extends Module {
  readonly options: Readonly<L.CtcLossOptions>;

  constructor(options: L.CtcLossOptions = {}) {
    super();
    checkOptionsObject(options, 'CTCLoss', L.ctcLossSpec.optionKeys);
    this.options = Object.freeze({ ...options });
  }

  forward(
    logProbs: Tensor,
    targets: Tensor,
    inputLengths: Tensor | readonly number[],
    targetLengths: Tensor | readonly number[],
  ): Tensor {
    return L.ctcLoss(logProbs, targets, inputLengths, targetLengths, this.options);
  }
}
/** torch.nn.NLLLoss: see F.nllLoss. */
export class NLLLoss extends lossModule(L.nllLossSpec) {}
/** torch.nn.PoissonNLLLoss: see F.poissonNllLoss. */
export class PoissonNLLLoss extends lossModule(L.poissonNllLossSpec) {}
/** torch.nn.GaussianNLLLoss: see F.gaussianNllLoss. */
export class GaussianNLLLoss extends lossModule(L.gaussianNllLossSpec) {}
/** torch.nn.KLDivLoss: see F.klDiv. */
export class KLDivLoss extends lossModule(L.klDivSpec) {}
/** torch.nn.BCELoss: see F.binaryCrossEntropy. */
export class BCELoss extends lossModule(L.binaryCrossEntropySpec) {}
/** torch.nn.BCEWithLogitsLoss: see F.binaryCrossEntropyWithLogits. */
export class BCEWithLogitsLoss extends lossModule(L.binaryCrossEntropyWithLogitsSpec) {}
/** torch.nn.MarginRankingLoss: see F.marginRankingLoss. */
export class MarginRankingLoss extends lossModule(L.marginRankingLossSpec) {}
/** torch.nn.HingeEmbeddingLoss: see F.hingeEmbeddingLoss. */
export class HingeEmbeddingLoss extends lossModule(L.hingeEmbeddingLossSpec) {}
/** torch.nn.MultiLabelMarginLoss: see F.multilabelMarginLoss. */
export class MultiLabelMarginLoss extends lossModule(L.multilabelMarginLossSpec) {}
/** torch.nn.HuberLoss: see F.huberLoss. */
export class HuberLoss extends lossModule(L.huberLossSpec) {}
/** torch.nn.SmoothL1Loss: see F.smoothL1Loss. */
export class SmoothL1Loss extends lossModule(L.smoothL1LossSpec) {}
/** torch.nn.SoftMarginLoss: see F.softMarginLoss. */
export class SoftMarginLoss extends lossModule(L.softMarginLossSpec) {}
/** torch.nn.MultiLabelSoftMarginLoss: see F.multilabelSoftMarginLoss. */
export class MultiLabelSoftMarginLoss extends lossModule(L.multilabelSoftMarginLossSpec) {}
/** torch.nn.CosineEmbeddingLoss: see F.cosineEmbeddingLoss. */
export class CosineEmbeddingLoss extends lossModule(L.cosineEmbeddingLossSpec) {}
/** torch.nn.MultiMarginLoss: see F.multiMarginLoss. */
export class MultiMarginLoss extends lossModule(L.multiMarginLossSpec) {}
/** torch.nn.TripletMarginLoss: see F.tripletMarginLoss. */
export class TripletMarginLoss extends lossModule(L.tripletMarginLossSpec) {}
/** torch.nn.CosineSimilarity: see F.cosineSimilarity. */
export class CosineSimilarity extends lossModule(L.cosineSimilaritySpec) {}
/** torch.nn.PairwiseDistance: see F.pairwiseDistance. */
export class PairwiseDistance extends lossModule(L.pairwiseDistanceSpec) {}
/**
 * torch.nn.TripletMarginWithDistanceLoss: see F.tripletMarginWithDistanceLoss. Without a distanceFunction it
 * holds an nn.PairwiseDistance child, as PyTorch does (so it prints the same).
 */
export class TripletMarginWithDistanceLoss extends lossModule(L.tripletMarginWithDistanceLossSpec) {
  protected override children(): [string, Module][] {
    return this.options.distanceFunction == null ? [['distance_function', new PairwiseDistance()]] : [];
  }
}
