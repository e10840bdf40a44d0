/**
 * PyTorch 1.13 parity for the losses, F.cosineSimilarity, F.pairwiseDistance and tg.info: replays
 * test/parity/data/losses.json (written by generate.py from cases_losses.py).
 */
import * as tg from '../../src/index.js';
import { defineParitySuite, type OpTable } from './harness.js';

const table: OpTable = {
  // The note's second route to cross entropy.
  nllOfLogSoftmax: (x, target, options) =>
    tg.F.nllLoss(tg.logSoftmax(x as tg.Tensor, 1), target as tg.Tensor, options as tg.F.NllLossOptions | undefined),
};

defineParitySuite('losses', table);
