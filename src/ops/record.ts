/** Recording an op in the autograd graph. */
import { Node, type BackwardFn } from '../autograd/node.js';
import { isGradEnabled } from '../autograd/mode.js';
import type { Tensor } from '../tensor/tensor.js';

/**
 * Attaches a backward closure to `out` when grad mode is on and some input requires grad. The closure
 * returns one gradient per input, in the input's broadcast shape or its own: the engine un-broadcasts.
 */
export function record(out: Tensor, name: string, inputs: readonly Tensor[], backward: BackwardFn): Tensor {
  if (!isGradEnabled()) return out;
  let needed = false;
  for (const input of inputs) if (input.requiresGrad) needed = true;
  if (!needed) return out;
  out.attachGradFn(new Node(name, inputs, backward));
  return out;
}
