/**
 * nn modules for the losses (nn.CrossEntropyLoss, nn.MSELoss, ...), each a thin class over its functional:
 * the constructor takes the functional's options, `forward` takes its tensors.
 *
 *   new nn.CrossEntropyLoss({ labelSmoothing: 0.1 }).forward(logits, target)
 */
import type { Tensor } from '../../tensor/tensor.js';
import { Module } from './module.js';
import {
  l1Loss, type L1LossOptions,
  mseLoss, type MseLossOptions,
  crossEntropy, type CrossEntropyOptions,
  ctcLoss, type CtcLossOptions,
  nllLoss, type NllLossOptions,
  poissonNllLoss, type PoissonNllLossOptions,
  gaussianNllLoss, type GaussianNllLossOptions,
  klDiv, type KlDivOptions,
  binaryCrossEntropy, type BinaryCrossEntropyOptions,
  binaryCrossEntropyWithLogits, type BinaryCrossEntropyWithLogitsOptions,
  marginRankingLoss, type MarginRankingLossOptions,
  hingeEmbeddingLoss, type HingeEmbeddingLossOptions,
  multilabelMarginLoss, type MultilabelMarginLossOptions,
  huberLoss, type HuberLossOptions,
  smoothL1Loss, type SmoothL1LossOptions,
  softMarginLoss, type SoftMarginLossOptions,
  multilabelSoftMarginLoss, type MultilabelSoftMarginLossOptions,
  cosineEmbeddingLoss, type CosineEmbeddingLossOptions,
  multiMarginLoss, type MultiMarginLossOptions,
  tripletMarginLoss, type TripletMarginLossOptions,
  tripletMarginWithDistanceLoss, type TripletMarginWithDistanceLossOptions,
  cosineSimilarity, type CosineSimilarityOptions,
  pairwiseDistance, type PairwiseDistanceOptions,
} from '../functional/losses/index.js';

/** torch.nn.L1Loss: see F.l1Loss. */
export class L1Loss extends Module {
  constructor(readonly options: L1LossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return l1Loss(input, target, this.options);
  }
}

/** torch.nn.MSELoss: see F.mseLoss. */
export class MSELoss extends Module {
  constructor(readonly options: MseLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return mseLoss(input, target, this.options);
  }
}

/** torch.nn.CrossEntropyLoss: see F.crossEntropy. */
export class CrossEntropyLoss extends Module {
  constructor(readonly options: CrossEntropyOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return crossEntropy(input, target, this.options);
  }
}

/** torch.nn.CTCLoss: see F.ctcLoss. */
export class CTCLoss extends Module {
  constructor(readonly options: CtcLossOptions = {}) {
    super();
  }

  forward(logProbs: Tensor, targets: Tensor, inputLengths: Tensor | readonly number[], targetLengths: Tensor | readonly number[]): Tensor {
    return ctcLoss(logProbs, targets, inputLengths, targetLengths, this.options);
  }
}

/** torch.nn.NLLLoss: see F.nllLoss. */
export class NLLLoss extends Module {
  constructor(readonly options: NllLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return nllLoss(input, target, this.options);
  }
}

/** torch.nn.PoissonNLLLoss: see F.poissonNllLoss. */
export class PoissonNLLLoss extends Module {
  constructor(readonly options: PoissonNllLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return poissonNllLoss(input, target, this.options);
  }
}

/** torch.nn.GaussianNLLLoss: see F.gaussianNllLoss. */
export class GaussianNLLLoss extends Module {
  constructor(readonly options: GaussianNllLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor, variance: Tensor): Tensor {
    return gaussianNllLoss(input, target, variance, this.options);
  }
}

/** torch.nn.KLDivLoss: see F.klDiv. */
export class KLDivLoss extends Module {
  constructor(readonly options: KlDivOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return klDiv(input, target, this.options);
  }
}

/** torch.nn.BCELoss: see F.binaryCrossEntropy. */
export class BCELoss extends Module {
  constructor(readonly options: BinaryCrossEntropyOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return binaryCrossEntropy(input, target, this.options);
  }
}

/** torch.nn.BCEWithLogitsLoss: see F.binaryCrossEntropyWithLogits. */
export class BCEWithLogitsLoss extends Module {
  constructor(readonly options: BinaryCrossEntropyWithLogitsOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return binaryCrossEntropyWithLogits(input, target, this.options);
  }
}

/** torch.nn.MarginRankingLoss: see F.marginRankingLoss. */
export class MarginRankingLoss extends Module {
  constructor(readonly options: MarginRankingLossOptions = {}) {
    super();
  }

  forward(input1: Tensor, input2: Tensor, target: Tensor): Tensor {
    return marginRankingLoss(input1, input2, target, this.options);
  }
}

/** torch.nn.HingeEmbeddingLoss: see F.hingeEmbeddingLoss. */
export class HingeEmbeddingLoss extends Module {
  constructor(readonly options: HingeEmbeddingLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return hingeEmbeddingLoss(input, target, this.options);
  }
}

/** torch.nn.MultiLabelMarginLoss: see F.multilabelMarginLoss. */
export class MultiLabelMarginLoss extends Module {
  constructor(readonly options: MultilabelMarginLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return multilabelMarginLoss(input, target, this.options);
  }
}

/** torch.nn.HuberLoss: see F.huberLoss. */
export class HuberLoss extends Module {
  constructor(readonly options: HuberLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return huberLoss(input, target, this.options);
  }
}

/** torch.nn.SmoothL1Loss: see F.smoothL1Loss. */
export class SmoothL1Loss extends Module {
  constructor(readonly options: SmoothL1LossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return smoothL1Loss(input, target, this.options);
  }
}

/** torch.nn.SoftMarginLoss: see F.softMarginLoss. */
export class SoftMarginLoss extends Module {
  constructor(readonly options: SoftMarginLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return softMarginLoss(input, target, this.options);
  }
}

/** torch.nn.MultiLabelSoftMarginLoss: see F.multilabelSoftMarginLoss. */
export class MultiLabelSoftMarginLoss extends Module {
  constructor(readonly options: MultilabelSoftMarginLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return multilabelSoftMarginLoss(input, target, this.options);
  }
}

/** torch.nn.CosineEmbeddingLoss: see F.cosineEmbeddingLoss. */
export class CosineEmbeddingLoss extends Module {
  constructor(readonly options: CosineEmbeddingLossOptions = {}) {
    super();
  }

  forward(input1: Tensor, input2: Tensor, target: Tensor): Tensor {
    return cosineEmbeddingLoss(input1, input2, target, this.options);
  }
}

/** torch.nn.MultiMarginLoss: see F.multiMarginLoss. */
export class MultiMarginLoss extends Module {
  constructor(readonly options: MultiMarginLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return multiMarginLoss(input, target, this.options);
  }
}

/** torch.nn.TripletMarginLoss: see F.tripletMarginLoss. */
export class TripletMarginLoss extends Module {
  constructor(readonly options: TripletMarginLossOptions = {}) {
    super();
  }

  forward(anchor: Tensor, positive: Tensor, negative: Tensor): Tensor {
    return tripletMarginLoss(anchor, positive, negative, this.options);
  }
}

/** torch.nn.TripletMarginWithDistanceLoss: see F.tripletMarginWithDistanceLoss. */
export class TripletMarginWithDistanceLoss extends Module {
  constructor(readonly options: TripletMarginWithDistanceLossOptions = {}) {
    super();
  }

  forward(anchor: Tensor, positive: Tensor, negative: Tensor): Tensor {
    return tripletMarginWithDistanceLoss(anchor, positive, negative, this.options);
  }
}

/** torch.nn.CosineSimilarity: see F.cosineSimilarity. */
export class CosineSimilarity extends Module {
  constructor(readonly options: CosineSimilarityOptions = {}) {
    super();
  }

  forward(x1: Tensor, x2: Tensor): Tensor {
    return cosineSimilarity(x1, x2, this.options);
  }
}

/** torch.nn.PairwiseDistance: see F.pairwiseDistance. */
export class PairwiseDistance extends Module {
  constructor(readonly options: PairwiseDistanceOptions = {}) {
    super();
  }

  forward(x1: Tensor, x2: Tensor): Tensor {
    return pairwiseDistance(x1, x2, this.options);
  }
}
