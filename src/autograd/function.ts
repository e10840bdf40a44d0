/**
 * User-defined differentiable functions with their own backward (torch.autograd.Function): the forward
 * runs without recording; the backward receives the output gradient and what forward saved.
 */
import { Tensor } from '../tensor/tensor.js';
import { noGrad } from './mode.js';
import { record } from '../ops/record.js';

export interface FunctionDefinition<Saved> {
  /** PyTorch names custom nodes after the class: `${name}Backward`. */
  name: string;
  /** Computes the output from the inputs; `save` keeps values for backward. */
  forward(save: (value: Saved) => void, ...inputs: Tensor[]): Tensor;
  /** Returns one gradient per input (null for none) from the output gradient and the saved value. */
  backward(saved: Saved, gradOutput: Tensor): (Tensor | null)[];
}

/** Wraps a definition into a callable differentiable function. */
export function defineFunction<Saved = undefined>(
  definition: FunctionDefinition<Saved>,
): (...inputs: Tensor[]) => Tensor {
  return (...inputs: Tensor[]): Tensor => {
    inputs.forEach((t, i) => {
      if (!(t instanceof Tensor)) throw new TypeError(`${definition.name}: input ${i} must be a Tensor`);
    });
    let saved: Saved | undefined;
    const output = noGrad(() => definition.forward((value) => (saved = value), ...inputs.map((t) => t.detach())));
    if (!(output instanceof Tensor)) throw new TypeError(`${definition.name}.forward must return a Tensor`);
    const result = output.gradFn === null && !output.requiresGrad ? output : output.detach();
    return record(result, `${definition.name}Backward`, inputs, (g) => {
      const grads = definition.backward(saved as Saved, g);
      if (!Array.isArray(grads) || grads.length !== inputs.length) {
        throw new RangeError(
          `function ${definition.name}Backward returned an incorrect number of gradients (expected ${inputs.length}, got ${Array.isArray(grads) ? grads.length : 'a non-array'})`,
        );
      }
      return grads;
    });
  };
}
