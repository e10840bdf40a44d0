/**
 * Checks analytic gradients against central finite differences in float64 (torch.autograd.gradcheck),
 * and second derivatives the same way (gradgradcheck).
 */
import { Tensor } from '../tensor/tensor.js';
import { enableGrad, noGrad } from './mode.js';
import { grad } from './engine.js';
import { randnLike, zerosLike } from '../tensor/create.js';
import { mul } from '../ops/elementwise.js';
import { sum } from '../ops/reduce.js';

export interface GradcheckOptions {
  eps?: number;
  atol?: number;
  rtol?: number;
  /** Throw with the first mismatch (default) rather than return false. */
  raiseException?: boolean;
}

function outputsOf(value: Tensor | readonly Tensor[]): Tensor[] {
  return Array.isArray(value) ? [...(value as Tensor[])] : [value as Tensor];
}

/** Σ over outputs of <output, weight>: a scalar whose gradient is the vector-Jacobian product. */
function project(outputs: Tensor[], weights: Tensor[]): Tensor {
  return outputs.map((o, i) => sum(mul(o, weights[i]!))).reduce((a, b) => a.add(b));
}

/**
 * Compares d(fn)/d(inputs) from autograd with (f(x + eps) - f(x - eps)) / 2eps, input element by input
 * element. Inputs that require grad must be float64. Returns true, or throws naming the worst mismatch.
 */
export function gradcheck(
  fn: (...inputs: Tensor[]) => Tensor | readonly Tensor[],
  inputs: readonly Tensor[],
  options: GradcheckOptions = {},
): boolean {
  const eps = options.eps ?? 1e-6;
  const atol = options.atol ?? 1e-5;
  const rtol = options.rtol ?? 1e-3;
  const raise = options.raiseException ?? true;
  const diffInputs = inputs.filter((t) => t.requiresGrad);
  if (diffInputs.length === 0)
    throw new TypeError(
      'gradcheck expects at least one input tensor to require gradient, but none of them have requires_grad=True.',
    );
  for (const t of diffInputs) {
    if (t.dtype !== 'float64')
      throw new TypeError(
        `gradcheck: inputs that require grad must be float64 for precise finite differences, but got ${t.dtype}`,
      );
  }
  const outputs = outputsOf(fn(...inputs));
  const weights = noGrad(() => outputs.map((o) => randnLike(o, { dtype: o.dtype })));
  const analytic = grad(project(outputs, weights), diffInputs, { allowUnused: true, retainGraph: true }).map(
    (g, i) => g ?? zerosLike(diffInputs[i]!),
  );
  for (let k = 0; k < diffInputs.length; k++) {
    const x = diffInputs[k]!;
    const expected = analytic[k]!.contiguousData('float64');
    const positions = x.numel();
    for (let e = 0; e < positions; e++) {
      const numeric = noGrad(() => {
        const at = (delta: number): number => {
          const location = offsetOfElement(x, e);
          const original = x.storage[location]!;
          x.storage[location] = original + delta;
          const value = project(outputsOf(fn(...inputs)), weights).item();
          x.storage[location] = original;
          return value;
        };
        return (at(eps) - at(-eps)) / (2 * eps);
      });
      const a = expected[e]!;
      const bothNan = Number.isNaN(a) && Number.isNaN(numeric);
      if (!bothNan && !(Math.abs(a - numeric) <= atol + rtol * Math.abs(numeric))) {
        if (!raise) return false;
        throw new Error(
          `Jacobian mismatch for output 0 with respect to input ${k}, element ${e}: numerical ${numeric} vs analytical ${a}`,
        );
      }
    }
  }
  return true;
}

/** The storage offset of the e-th element (row-major) of a strided tensor. */
function offsetOfElement(x: Tensor, e: number): number {
  let offset = x.offset;
  for (let d = x.ndim - 1; d >= 0; d--) {
    const size = x.shape[d]!;
    offset += (e % size) * x.strides[d]!;
    e = Math.floor(e / size);
  }
  return offset;
}

/**
 * Checks second derivatives (torch's gradgradcheck): gradcheck of the vector-Jacobian product
 * v ↦ vᵀ ∂fn/∂x, differentiated w.r.t. both the inputs and the random vector v, as PyTorch does, so even a
 * linear op (whose gradient does not depend on x) is checked.
 */
export function gradgradcheck(
  fn: (...inputs: Tensor[]) => Tensor | readonly Tensor[],
  inputs: readonly Tensor[],
  options: GradcheckOptions = {},
): boolean {
  const outputs = outputsOf(fn(...inputs));
  const weights = noGrad(() => outputs.map((o) => randnLike(o, { dtype: o.dtype }).requiresGrad_()));
  const count = inputs.length;
  // The finite differences run under noGrad; the first-order gradient needs recording back on.
  const firstOrder = (...all: Tensor[]): Tensor[] =>
    enableGrad(() => {
      const xs = all.slice(0, count);
      const out = outputsOf(fn(...xs));
      const diff = xs.filter((t) => t.requiresGrad);
      return grad(project(out, all.slice(count)), diff, { createGraph: true, allowUnused: true }).map(
        (g, i) => g ?? zerosLike(diff[i]!),
      );
    });
  return gradcheck(firstOrder, [...inputs, ...weights], options);
}
