/** GELU, exact (erf) or with PyTorch's tanh approximation; one GeluBackward0 node for both. */
import type { Tensor } from '../../../tensor/tensor.js';
import type { ActivationSpec } from '../../spec.js';
import { add, erf, exp, mul, sub, tanh } from '../../../ops/index.js';
import { activationKernel, recordActivation } from '../../../ops/fused.js';
import { unaryKernel } from '../../../ops/elementwise.js';
import { checkFloat, checkOptionsObject, describe, optionKeys } from '../../../ops/validate.js';

export interface GeluOptions {
  /** 'none' (exact, via erf; default) or 'tanh' (the approximation of Hendrycks & Gimpel). */
  approximate?: 'none' | 'tanh';
}

const OPTIONS = optionKeys<GeluOptions>({ approximate: true });

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
// PyTorch's kBeta = M_SQRT2 * M_2_SQRTPI * 0.5 = sqrt(2/pi), and kKappa.
const BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5;
const KAPPA = 0.044715;

function resolve(options: GeluOptions): 'none' | 'tanh' {
  checkOptionsObject(options, 'gelu', OPTIONS);
  const approximate = options.approximate ?? 'none';
  if (approximate !== 'none' && approximate !== 'tanh') {
    throw new RangeError(`gelu(): approximate argument must be either none or tanh, but got ${describe(approximate)}`);
  }
  return approximate;
}

// The derivatives below are the createGraph path (differentiable compositions); a plain backward runs the
// 'gelu' / 'geluTanh' backward kernels, one pass in PyTorch's rounding order (GeluBackwardKernelImpl).

/** Φ(x) + x·φ(x), PyTorch's GeluBackward formula for approximate='none'. */
function exactDerivative(x: Tensor): Tensor {
  const cdf = mul(add(erf(mul(x, SQRT1_2)), 1), 0.5);
  const pdf = mul(exp(mul(mul(x, x), -0.5)), INV_SQRT_2PI);
  return add(cdf, mul(x, pdf));
}

/** PyTorch's GeluBackward formula for approximate='tanh', term by term. */
function tanhDerivative(x: Tensor): Tensor {
  const xSq = mul(x, x);
  const inner = mul(add(x, mul(mul(xSq, x), KAPPA)), BETA);
  const t = tanh(inner);
  const left = mul(x, 0.5);
  const right = add(t, 1);
  const leftDerivative = mul(right, 0.5);
  const rightDerivative = mul(mul(mul(left, sub(1, mul(t, t))), BETA), add(mul(xSq, 3 * KAPPA), 1));
  return add(leftDerivative, rightDerivative);
}

/**
 * gelu(x) = x·Φ(x) = x/2·(1 + erf(x/√2)) (F.gelu), or with approximate 'tanh'
 * x/2·(1 + tanh(√(2/π)(x + 0.044715x³))). GeluBackward0 in both cases.
 */
export function gelu(input: Tensor, options: GeluOptions = {}): Tensor {
  checkFloat(input, 'input', 'gelu', 'GeluKernelImpl');
  const approximate = resolve(options);
  // 'none': the fused gelu kernel, one pass (the composition x/2·(1 + erf(x/√2)) streams five full-size
  // temporaries: W4 of npm run bench 54 -> 2x faster). It is accurate to a few ulp on both sides (no cancellation
  // of 1 + erf for x ≪ 0), within the parity tolerance of PyTorch's own float32 kernel, whose 1 + erf cancels.
  // 'tanh': the 'geluTanh' activation kernel, one pass in PyTorch's order and rounding (GeluKernelImpl), bit for bit
  // the former seven-op composition (0.5·x)·(1 + tanh(β·(x + κ·x³))). Not the 'geluTanh' unary kernel, whose
  // x·σ(2β(x + κx³)) form rounds differently.
  const out = approximate === 'tanh' ? activationKernel(input, 'geluTanh') : unaryKernel(input, 'gelu');
  const derivative = approximate === 'tanh' ? tanhDerivative : exactDerivative;
  return recordActivation(out, 'GeluBackward0', input, approximate === 'tanh' ? 'geluTanh' : 'gelu', [], (g) =>
    mul(g, derivative(input)),
  );
}

export const geluSpec: ActivationSpec<GeluOptions> = {
  kind: 'activation',
  name: 'gelu',
  torchName: 'torch.nn.functional.gelu',
  moduleName: 'GELU',
  description:
    'x weighted by the Gaussian CDF: smooth ReLU with a small negative dip (min ≈ -0.17); transformers (BERT, GPT).',
  formula: String.raw`\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left(1+\operatorname{erf}\left(\frac{x}{\sqrt{2}}\right)\right)`,
  derivative: String.raw`\mathrm{GELU}'(x) = \Phi(x) + x\,\varphi(x),\ \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}`,
  range: '[-0.17, \\infty)',
  saves: 'input',
  note: "approximate: 'tanh' uses x/2 (1 + tanh(√(2/π)(x + 0.044715x³))) and its exact derivative, as PyTorch does.",
  optionKeys: OPTIONS,
  params: [{ name: 'approximate', default: 'none', choices: ['none', 'tanh'] }],
  fn: gelu,
  checkOptions: (options) => void resolve(options),
};
