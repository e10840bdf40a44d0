/**
 * A node of the autograd graph: the backward closure of one operation, recorded next to its forward
 * (micrograd's `_backward`). Backward closures are written with differentiable tensor ops, so running them
 * with grad mode on (createGraph) records the graph of the gradient itself: higher-order gradients for free.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { DType } from '../tensor/dtype.js';

/** Given the gradient of the output, returns the gradient for each input (null where none flows). */
export type BackwardFn = (
  gradOutput: Tensor,
  needsInputGrad: readonly boolean[],
) => readonly (Tensor | null | undefined)[];

export type GradHook = (grad: Tensor) => Tensor | void;

const FREED_MESSAGE =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). ' +
  'Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). ' +
  'Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

export class Node {
  /** Inputs that require grad; null marks an input no gradient flows to. */
  readonly inputs: readonly (Tensor | null)[];
  readonly inputShapes: readonly (readonly number[])[];
  readonly inputDTypes: readonly DType[];
  /** Hooks registered on the tensor this node produced (tensor.registerHook on a non-leaf). */
  readonly hooks: GradHook[] = [];
  /** Set by retainGrad(): the non-leaf tensor whose .grad should be filled. */
  retainGradOf: Tensor | null = null;
  private backwardFn: BackwardFn | null;

  constructor(
    readonly name: string,
    inputs: readonly Tensor[],
    backward: BackwardFn,
  ) {
    this.inputs = inputs.map((t) => (t.requiresGrad ? t : null));
    this.inputShapes = inputs.map((t) => t.shape);
    this.inputDTypes = inputs.map((t) => t.dtype);
    this.backwardFn = backward;
  }

  apply(gradOutput: Tensor): readonly (Tensor | null | undefined)[] {
    if (this.backwardFn === null) throw new TypeError(FREED_MESSAGE);
    return this.backwardFn(
      gradOutput,
      this.inputs.map((t) => t !== null),
    );
  }

  /** Drops the closure and the tensors it saved (what retainGraph: false does after a backward pass). */
  release(): void {
    this.backwardFn = null;
  }

  toString(): string {
    return `<${this.name}>`;
  }
}
