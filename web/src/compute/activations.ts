/**
 * f(x) and f'(x) of an activation over a grid, both from tensorgrad: f from the spec's fn, f' from autograd
 * (tg.grad of Σ f(xᵢ) w.r.t. x, which for an elementwise f is f'(xᵢ) at every point). Nothing here is hand-coded
 * maths, so the plot shows what the library computes, kinks included (relu'(0) = 0 as in PyTorch).
 *
 * Pure: no DOM, so the end-to-end tests can run the same function in Node to get the expected numbers.
 */
import { tg, values, type AnyActivation, type Options } from '../lib.js';

export interface Curve {
  x: number[];
  y: number[];
  dy: number[];
}

export interface CurveRequest {
  lo: number;
  hi: number;
  points: number;
  options?: Options;
}

/**
 * Activations that act on a vector along `dim` rather than elementwise (softmax, logSoftmax, softmin, glu).
 * The explorer plots them on the two-logit slice v = [x, 0] along dim 1: the curve is f(v)₀ and the gradient
 * ∂f(v)₀/∂x, so softmax([x, 0])₀ shows as σ(x) and its derivative as σ'(x).
 */
export function isVectorActivation(spec: AnyActivation): boolean {
  return (spec.params ?? []).some((p) => p.name === 'dim');
}

/** Evaluates spec.fn and autograd's derivative on `points` evenly spaced values in [lo, hi]. */
export function activationCurve(spec: AnyActivation, request: CurveRequest): Curve {
  const { lo, hi, points } = request;
  const options: Options = { ...(request.options ?? {}) };
  const x = tg.linspace(lo, hi, points, { requiresGrad: true });
  let y: ReturnType<typeof spec.fn>;
  if (isVectorActivation(spec)) {
    options.dim = 1;
    const v = tg.stack([x, tg.zerosLike(x)], 1);
    y = tg.select(spec.fn(v, options), 1, 0);
  } else {
    y = spec.fn(x, options);
  }
  const dy = y.requiresGrad ? tg.grad(tg.sum(y), x, { allowUnused: true })[0] : null;
  const xs = values(x.detach());
  return { x: xs, y: values(y.detach()), dy: dy ? values(dy) : xs.map(() => 0) };
}

/** Default options of a spec (the values its sliders start at). */
export function defaultOptions(spec: AnyActivation): Options {
  const out: Options = {};
  for (const p of spec.params ?? []) {
    if (p.name === 'dim' || p.name === 'inplace') continue;
    if (p.default !== null && p.default !== undefined) out[p.name] = p.default;
  }
  return out;
}

/** Intervals [from, to] of the grid where |f'(x)| < threshold (the saturated regions), merged. */
export function saturatedIntervals(curve: Curve, threshold: number): [number, number][] {
  const out: [number, number][] = [];
  let start: number | null = null;
  for (let i = 0; i < curve.x.length; i++) {
    const flat = Math.abs(curve.dy[i]!) < threshold;
    if (flat && start === null) start = curve.x[i]!;
    if (!flat && start !== null) {
      out.push([start, curve.x[i - 1]!]);
      start = null;
    }
  }
  if (start !== null) out.push([start, curve.x[curve.x.length - 1]!]);
  return out;
}
