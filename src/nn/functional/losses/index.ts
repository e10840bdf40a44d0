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

export { l1Loss, type L1LossOptions } from './l1Loss.js';
export { mseLoss, type MseLossOptions } from './mseLoss.js';
export { crossEntropy, type CrossEntropyOptions } from './crossEntropy.js';
export { nllLoss, type NllLossOptions } from './nllLoss.js';
export { binaryCrossEntropy, type BinaryCrossEntropyOptions } from './binaryCrossEntropy.js';
export { binaryCrossEntropyWithLogits, type BinaryCrossEntropyWithLogitsOptions } from './binaryCrossEntropyWithLogits.js';
export { klDiv, type KlDivOptions } from './klDiv.js';
export { huberLoss, type HuberLossOptions } from './huberLoss.js';
export { smoothL1Loss, type SmoothL1LossOptions } from './smoothL1Loss.js';
export { softMarginLoss, type SoftMarginLossOptions } from './softMarginLoss.js';
export { multilabelSoftMarginLoss, type MultilabelSoftMarginLossOptions } from './multilabelSoftMarginLoss.js';
export { multiMarginLoss, type MultiMarginLossOptions } from './multiMarginLoss.js';
export { multilabelMarginLoss, type MultilabelMarginLossOptions } from './multilabelMarginLoss.js';
export { hingeEmbeddingLoss, type HingeEmbeddingLossOptions } from './hingeEmbeddingLoss.js';
export { cosineEmbeddingLoss, type CosineEmbeddingLossOptions } from './cosineEmbeddingLoss.js';
export { marginRankingLoss, type MarginRankingLossOptions } from './marginRankingLoss.js';
export { tripletMarginLoss, type TripletMarginLossOptions } from './tripletMarginLoss.js';
export { tripletMarginWithDistanceLoss, type TripletMarginWithDistanceLossOptions } from './tripletMarginWithDistanceLoss.js';
export { poissonNllLoss, type PoissonNllLossOptions } from './poissonNllLoss.js';
export { gaussianNllLoss, type GaussianNllLossOptions } from './gaussianNllLoss.js';
export { ctcLoss, type CtcLossOptions } from './ctcLoss.js';
export { cosineSimilarity, type CosineSimilarityOptions } from './cosineSimilarity.js';
export { pairwiseDistance, type PairwiseDistanceOptions } from './pairwiseDistance.js';
export type { Reduction } from './reduction.js';

/** Every loss (and the two distances the losses build on), in torch.nn's documentation order. */
// The registry forgets each spec's argument and option types (docs, tour and explorer read only the metadata).
const erase = <A extends unknown[], O extends object>(spec: LossSpec<A, O>): LossSpec<never[]> => spec as unknown as LossSpec<never[]>;

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
