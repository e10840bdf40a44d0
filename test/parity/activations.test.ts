/**
 * PyTorch 1.13 parity for the activations: replays test/parity/data/activations.json (cases_activations.py).
 * Ops are F.<name>; the only special entry is rrelu in training mode, which seeds the global generator first,
 * as the generator does in PyTorch.
 */
import * as tg from '../../src/index.js';
import { defineParitySuite, type OpTable } from './harness.js';

const table: OpTable = {
  rreluTrain: (x, seed, options) => {
    tg.manualSeed(seed as number);
    return tg.F.rrelu(x as tg.Tensor, { ...(options as object), training: true });
  },
};

defineParitySuite('activations', table);
