/**
 * The backward pass: a topological sort of the graph above the roots, then one sweep that calls each
 * node's closure and adds up gradients. Broadcast gradients are summed back to their input's shape here,
 * in this one place, so no op's backward rule has to un-broadcast.
 */
import type { Tensor } from '../tensor/tensor.js';
import { shapesEqual } from '../tensor/shape.js';
import { isFloatingDType } from '../tensor/dtype.js';
import { onesLike } from '../tensor/create.js';
import { setGradEnabled } from './mode.js';
import type { Node } from './node.js';
import { add } from '../ops/elementwise.js';
import { sum } from '../ops/reduce.js';
import { reshape } from '../ops/views.js';
import { clone, to } from '../ops/convert.js';

export interface BackwardOptions {
  retainGraph?: boolean;
  createGraph?: boolean;
}

/** Sums `grad` over the dims that broadcasting added or stretched, giving `shape`. */
export function sumToShape(grad: Tensor, shape: readonly number[]): Tensor {
  if (shapesEqual(grad.shape, shape)) return grad;
  const lead = grad.ndim - shape.length;
  const dims: number[] = [];
  for (let d = 0; d < grad.ndim; d++) {
    if (d < lead || (shape[d - lead] === 1 && grad.shape[d] !== 1)) dims.push(d);
  }
  const summed = dims.length > 0 ? sum(grad, dims, { keepdim: true }) : grad;
  return reshape(summed, shape);
}

/** Nodes reachable from `roots`, ordered so every node comes before the nodes it feeds gradients to. */
function topologicalOrder(roots: readonly Node[]): Node[] {
  const order: Node[] = [];
  const visited = new Set<Node>();
  // Iterative post-order DFS: deep graphs (long training loops, cumulative chains) must not overflow the stack.
  const stack: [Node, number][] = roots.map((n) => [n, 0]);
  for (const root of roots) visited.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, i] = top;
    if (i < node.inputs.length) {
      top[1]++;
      const next = node.inputs[i]?.gradFn;
      if (next && !visited.has(next)) {
        visited.add(next);
        stack.push([next, 0]);
      }
    } else {
      stack.pop();
      order.push(node);
    }
  }
  return order.reverse();
}

function runHooks(hooks: readonly ((g: Tensor) => Tensor | void)[], grad: Tensor): Tensor {
  let g = grad;
  for (const hook of hooks) g = hook(g) ?? g;
  return g;
}

/**
 * Runs backward from `roots` seeded with `seeds`. With `capture`, gradients reaching those tensors are
 * returned instead of being accumulated into leaves' .grad (torch.autograd.grad).
 */
export function runBackward(
  roots: readonly Tensor[],
  seeds: readonly Tensor[],
  options: BackwardOptions,
  capture?: readonly Tensor[],
): Map<Tensor, Tensor> {
  const createGraph = options.createGraph ?? false;
  const retainGraph = options.retainGraph ?? createGraph;
  const captured = new Map<Tensor, Tensor>();
  const captureSet = new Set(capture ?? []);
  const nodeGrads = new Map<Node, Tensor>();
  const captureByNode = new Map<Node, Tensor>();
  for (const t of captureSet) if (t.gradFn) captureByNode.set(t.gradFn, t);

  const seedStorages = new Set(seeds.map((seed) => seed.storage));
  const accumulate = (target: Tensor | null, grad: Tensor): void => {
    if (target === null) return;
    if (target.gradFn) {
      const previous = nodeGrads.get(target.gradFn);
      nodeGrads.set(target.gradFn, previous ? add(previous, grad) : grad);
      return;
    }
    const g = runHooks(target.leafHooks, grad);
    if (captureSet.has(target)) {
      const previous = captured.get(target);
      captured.set(target, previous ? add(previous, g) : g);
    } else if (!capture) {
      // Gradients made during this pass are new tensors nobody else holds, so a leaf keeps them as they are
      // (PyTorch's AccumulateGrad steals them too); only one that shares storage with a caller-provided seed or
      // with the leaf itself is copied, so a later in-place parameter update cannot change it.
      const aliased = g.storage === target.storage || seedStorages.has(g.storage);
      target.grad = target.grad ? add(target.grad, g) : createGraph ? g : aliased ? clone(g) : g.detach();
    }
  };

  setGradEnabled(createGraph, () => {
    roots.forEach((root, i) => accumulate(root, seeds[i]!));
    const order = topologicalOrder([...new Set(roots.map((r) => r.gradFn).filter((n): n is Node => n !== null))]);
    for (const node of order) {
      let grad = nodeGrads.get(node);
      if (grad === undefined) continue;
      nodeGrads.delete(node);
      grad = runHooks(node.hooks, grad);
      const capturedTensor = captureByNode.get(node);
      if (capturedTensor) captured.set(capturedTensor, grad);
      if (node.retainGradOf && !capture) node.retainGradOf.grad = createGraph ? grad : grad.detach();
      const inputGrads = node.apply(grad);
      if (!retainGraph) node.release();
      node.inputs.forEach((input, i) => {
        const g = inputGrads[i];
        if (input === null || g === null || g === undefined) return;
        let shaped = sumToShape(g, node.inputShapes[i]!);
        if (shaped.dtype !== node.inputDTypes[i]) shaped = to(shaped, node.inputDTypes[i]!);
        accumulate(input, shaped);
      });
    }
  });
  return captured;
}

function checkGradient(root: Tensor, gradient: Tensor | undefined, what: string): Tensor {
  if (gradient === undefined || gradient === null) {
    if (root.numel() !== 1) throw new RangeError('grad can be implicitly created only for scalar outputs');
    return onesLike(root);
  }
  if (!shapesEqual(gradient.shape, root.shape)) {
    throw new RangeError(
      `Mismatch in shape: ${what} has a shape of [${gradient.shape.join(', ')}] and output has a shape of [${root.shape.join(', ')}].`,
    );
  }
  return gradient.dtype === root.dtype ? gradient : to(gradient, root.dtype);
}

/** tensor.backward(): accumulates d(root)/d(leaf) into every leaf's .grad. */
export function backward(root: Tensor, gradient?: Tensor, options: BackwardOptions = {}): void {
  if (!root.requiresGrad) throw new TypeError('element 0 of tensors does not require grad and does not have a grad_fn');
  runBackward([root], [checkGradient(root, gradient, 'grad')], options);
}

/**
 * Gradients of `outputs` w.r.t. `inputs`, returned rather than accumulated (torch.autograd.grad).
 * `createGraph` records the gradient computation so it can be differentiated again.
 */
export function grad(
  outputs: Tensor | readonly Tensor[],
  inputs: Tensor | readonly Tensor[],
  options: BackwardOptions & { gradOutputs?: Tensor | readonly (Tensor | undefined)[]; allowUnused?: boolean } = {},
): Tensor[] {
  const outs = Array.isArray(outputs) ? (outputs as Tensor[]) : [outputs as Tensor];
  const ins = Array.isArray(inputs) ? (inputs as Tensor[]) : [inputs as Tensor];
  const gradOutputs =
    options.gradOutputs === undefined
      ? []
      : Array.isArray(options.gradOutputs)
        ? options.gradOutputs
        : [options.gradOutputs as Tensor];
  outs.forEach((o, i) => {
    if (!o.requiresGrad)
      throw new TypeError(`element ${i} of tensors does not require grad and does not have a grad_fn`);
  });
  ins.forEach((t, i) => {
    if (!t.requiresGrad) throw new TypeError(`One of the differentiated Tensors (inputs[${i}]) does not require grad`);
    if (!isFloatingDType(t.dtype)) throw new TypeError(`inputs[${i}] must be a floating point tensor`);
  });
  const seeds = outs.map((o, i) => checkGradient(o, gradOutputs[i] as Tensor | undefined, `grad_outputs[${i}]`));
  const captured = runBackward(outs, seeds, options, ins);
  return ins.map((t, i) => {
    const g = captured.get(t);
    if (g !== undefined) return g;
    if (!options.allowUnused) {
      throw new TypeError(
        `One of the differentiated Tensors (inputs[${i}]) appears to not have been used in the graph. Set allowUnused: true if this is the desired behavior.`,
      );
    }
    return null as unknown as Tensor;
  });
}
