/** Every loss spec, and the functional forms (F.crossEntropy, F.mseLoss, ...). */
import type { LossSpec } from '../../spec.js';

export const LOSSES: readonly LossSpec<never[]>[] = [];
