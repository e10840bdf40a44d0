// Scalar float64 versions of every unary and binary kernel. They serve float64 tensors, and float32 kernels
// that are not vectorised (sin, cos, pow, atan2), which evaluate in float64 and round once to float32.
// Math here is AssemblyScript's NativeMath (a port of musl: exp, log, sin, ... within 1 ulp).

const SQRT1_2: f64 = 0.7071067811865476;
const TWO_OVER_SQRT_PI: f64 = 1.1283791670955126;

/** erf by its all-positive series (no cancellation), used for |x| < 2.5. */
function erfSeries(x: f64): f64 {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 0; n < 200; n++) {
    term *= (2.0 * x2) / <f64>(2 * n + 3);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** erfc for x >= 2.5 by its continued fraction (modified Lentz), relative error a few ulp. */
function erfcFraction(x: f64): f64 {
  if (x > 27.3) return 0.0; // erfc underflows float64
  // erfc(x) = e^{-x^2} / sqrt(pi) * 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + 2 / (x + ...)))))
  const tiny: f64 = 1e-300;
  let f: f64 = x;
  let c: f64 = x;
  let d: f64 = 0.0;
  for (let n = 1; n < 500; n++) {
    const an = <f64>n * 0.5;
    d = x + an * d;
    if (d == 0.0) d = tiny;
    c = x + an / c;
    if (c == 0.0) c = tiny;
    d = 1.0 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1.0) < 1e-16) break;
  }
  return (Math.exp(-x * x) * 0.5641895835477563) / f;
}

export function erf64(x: f64): f64 {
  if (isNaN(x)) return x;
  const a = Math.abs(x);
  if (a < 2.5) return erfSeries(x);
  const r = 1.0 - erfcFraction(a);
  return x < 0 ? -r : r;
}

export function erfc64(x: f64): f64 {
  if (isNaN(x)) return x;
  if (x >= 2.5) return erfcFraction(x);
  if (x <= -2.5) return 2.0 - erfcFraction(-x);
  return 1.0 - erfSeries(x);
}

export function sigmoid64(x: f64): f64 {
  return 1.0 / (1.0 + Math.exp(-x));
}

export function unary64(op: i32, x: f64): f64 {
  switch (op) {
    case 0: return -x;
    case 1: return Math.abs(x);
    case 2: return x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0; // sign(nan) = 0 and sign(-0) = 0, as PyTorch
    case 3: return Math.exp(x);
    case 4: return Math.expm1(x);
    case 5: return Math.log(x);
    case 6: return Math.log1p(x);
    case 7: return Math.log2(x);
    case 8: return Math.log10(x);
    case 9: return Math.sqrt(x);
    case 10: return 1.0 / Math.sqrt(x);
    case 11: return Math.sin(x);
    case 12: return Math.cos(x);
    case 13: return Math.tanh(x);
    case 14: return erf64(x);
    case 15: return erfc64(x);
    case 16: return 1.0 / x;
    case 17: return x * x;
    case 18: return sigmoid64(x);
    case 19: return Math.min(x, 0.0) - Math.log1p(Math.exp(-Math.abs(x)));
    case 20: return x < 0 ? 0.0 : x; // keeps nan and -0, as PyTorch
    case 21: return x > 20.0 ? x : Math.log1p(Math.exp(x));
    case 22: {
      // x/2 (1 + erf(x / sqrt 2)); erfc form on the negative side avoids the cancellation.
      const u = x * SQRT1_2;
      return x < 0 ? 0.5 * x * erfc64(-u) : 0.5 * x * (1.0 + erf64(u));
    }
    case 23: {
      const y = 0.7978845608028654 * (x + 0.044715 * x * x * x);
      return x / (1.0 + Math.exp(-2.0 * y));
    }
    case 24: return x / (1.0 + Math.exp(-x));
    default: return NaN;
  }
}

/**
 * C's pow (and PyTorch's): pow(x, ±0) = 1 and pow(1, y) = 1 even for NaN, pow(-1, ±inf) = 1; JS-flavoured
 * Math.pow gives NaN for the last two.
 */
// @ts-ignore: decorator
@inline export function powC(a: f64, b: f64): f64 {
  if (b == 0 || a == 1 || (a == -1 && Math.abs(b) == Infinity)) return 1.0;
  return Math.pow(a, b);
}

export function binary64(op: i32, a: f64, b: f64): f64 {
  switch (op) {
    case 0: return a + b;
    case 1: return a - b;
    case 2: return a * b;
    case 3: return a / b;
    case 4: return powC(a, b);
    case 5: return Math.max(a, b);
    case 6: return Math.min(a, b);
    case 7: return Math.atan2(a, b);
    case 8: return a == b ? 1.0 : 0.0;
    case 9: return a != b ? 1.0 : 0.0;
    case 10: return a < b ? 1.0 : 0.0;
    case 11: return a <= b ? 1.0 : 0.0;
    case 12: return a > b ? 1.0 : 0.0;
    case 13: return a >= b ? 1.0 : 0.0;
    case 14: return a * (1.0 - b) * b; // sigmoidBackward
    case 15: return a * (1.0 - b * b); // tanhBackward
    case 16: return b <= 0 ? 0.0 : a; // reluBackward
    default: return NaN;
  }
}
