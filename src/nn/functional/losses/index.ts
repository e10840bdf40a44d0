/** Every loss spec, and the functional forms (F.crossEntropy, F.mseLoss, ...). One file per loss. */
import type { LossSpec } from '../../spec.js';
import { l1LossSpec } from './l1Loss.js';
import { mseLossSpec } from './mseLoss.js';
import { crossEntropySpec } from './crossEntropy.js';
import { nllLossSpec } from './nllLoss.js';
import { binaryCrossEntropySpec } from './binaryCrossEntropy.js';
import { binaryCrossEntropyWithLogitsSpec } from './binaryCrossEntropyWithLogits.js';
import { klDivSpec } from './klDiv.js';
import { huberLossSpec } from './huberLoss.js';
import { smoothL1LossSpec } from './smoothL1Loss.js';
import { softMarginLossSpec } from './softMarginLoss.js';
import { multilabelSoftMarginLossSpec } from './multilabelSoftMarginLoss.js';
import { multiMarginLossSpec } from './multiMarginLoss.js';
import { multilabelMarginLossSpec } from './multilabelMarginLoss.js';
import { hingeEmbeddingLossSpec } from './hingeEmbeddingLoss.js';
import { cosineEmbeddingLossSpec } from './cosineEmbeddingLoss.js';
import { marginRankingLossSpec } from './marginRankingLoss.js';
import { tripletMarginLossSpec } from './tripletMarginLoss.js';
import { tripletMarginWithDistanceLossSpec } from './tripletMarginWithDistanceLoss.js';
import { poissonNllLossSpec } from './poissonNllLoss.js';
import { gaussianNllLossSpec } from './gaussianNllLoss.js';
import { ctcLossSpec } from './ctcLoss.js';
import { cosineSimilaritySpec } from './cosineSimilarity.js';
import { pairwiseDistanceSpec } from './pairwiseDistance.js';

export { l1Loss, l1LossSpec, type L1LossOptions } from './l1Loss.js';
export { mseLoss, mseLossSpec, type MseLossOptions } from './mseLoss.js';
export { crossEntropy, crossEntropySpec, type CrossEntropyOptions } from './crossEntropy.js';
export { nllLoss, nllLossSpec, type NllLossOptions } from './nllLoss.js';
export { binaryCrossEntropy, binaryCrossEntropySpec, type BinaryCrossEntropyOptions } from './binaryCrossEntropy.js';
export {
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyWithLogitsSpec,
  type BinaryCrossEntropyWithLogitsOptions,
} from './binaryCrossEntropyWithLogits.js';
export { klDiv, klDivSpec, type KlDivOptions } from './klDiv.js';
export { huberLoss, huberLossSpec, type HuberLossOptions } from './huberLoss.js';
export { smoothL1Loss, smoothL1LossSpec, type SmoothL1LossOptions } from './smoothL1Loss.js';
export { softMarginLoss, softMarginLossSpec, type SoftMarginLossOptions } from './softMarginLoss.js';
export {
  multilabelSoftMarginLoss,
  multilabelSoftMarginLossSpec,
  type MultilabelSoftMarginLossOptions,
} from './multilabelSoftMarginLoss.js';
export { multiMarginLoss, multiMarginLossSpec, type MultiMarginLossOptions } from './multiMarginLoss.js';
export {
  multilabelMarginLoss,
  multilabelMarginLossSpec,
  type MultilabelMarginLossOptions,
} from './multilabelMarginLoss.js';
export { hingeEmbeddingLoss, hingeEmbeddingLossSpec, type HingeEmbeddingLossOptions } from './hingeEmbeddingLoss.js';
export {
  cosineEmbeddingLoss,
  cosineEmbeddingLossSpec,
  type CosineEmbeddingLossOptions,
} from './cosineEmbeddingLoss.js';
export { marginRankingLoss, marginRankingLossSpec, type MarginRankingLossOptions } from './marginRankingLoss.js';
export { tripletMarginLoss, tripletMarginLossSpec, type TripletMarginLossOptions } from './tripletMarginLoss.js';
export {
  tripletMarginWithDistanceLoss,
  tripletMarginWithDistanceLossSpec,
  type TripletMarginWithDistanceLossOptions,
} from './tripletMarginWithDistanceLoss.js';
export { poissonNllLoss, poissonNllLossSpec, type PoissonNllLossOptions } from './poissonNllLoss.js';
export { gaussianNllLoss, gaussianNllLossSpec, type GaussianNllLossOptions } from './gaussianNllLoss.js';
export { ctcLoss, ctcLossSpec, type CtcLossOptions } from './ctcLoss.js';
export { cosineSimilarity, cosineSimilaritySpec, type CosineSimilarityOptions } from './cosineSimilarity.js';
export { pairwiseDistance, pairwiseDistanceSpec, type PairwiseDistanceOptions } from './pairwiseDistance.js';
export type { Reduction } from './reduction.js';

/** Every loss (and the two distances the losses build on), in torch.nn's documentation order. */
// The registry forgets each spec's argument and option types (docs, tour and explorer read only the metadata).
const erase = <A extends unknown[], O extends object>(spec: LossSpec<A, O>): LossSpec<never[]> =>
  spec as unknown as LossSpec<never[]>;

export const LOSSES: readonly LossSpec<never[]>[] = [
  erase(l1LossSpec),
  erase(mseLossSpec),
  erase(crossEntropySpec),
  erase(ctcLossSpec),
  erase(nllLossSpec),
  erase(poissonNllLossSpec),
  erase(gaussianNllLossSpec),
  erase(klDivSpec),
  erase(binaryCrossEntropySpec),
  erase(binaryCrossEntropyWithLogitsSpec),
  erase(marginRankingLossSpec),
  erase(hingeEmbeddingLossSpec),
  erase(multilabelMarginLossSpec),
  erase(huberLossSpec),
  erase(smoothL1LossSpec),
  erase(softMarginLossSpec),
  erase(multilabelSoftMarginLossSpec),
  erase(cosineEmbeddingLossSpec),
  erase(multiMarginLossSpec),
  erase(tripletMarginLossSpec),
  erase(tripletMarginWithDistanceLossSpec),
  erase(cosineSimilaritySpec),
  erase(pairwiseDistanceSpec),
];
