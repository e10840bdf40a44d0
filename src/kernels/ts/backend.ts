/**
 * The reference backend: plain loops over typed arrays. Every other backend is tested against it.
 *
 * Float32 kernels round where PyTorch's float32 kernels round (e.g. sigmoid computes exp(-x) in float32,
 * so sigmoid(-100) is exactly 0 as in PyTorch, not the float64 value 3.8e-44).
 */
import type { FloatStorage, Storage } from '../../tensor/dtype.js';
import type {
  ActivationBackwardKernel,
  ActivationKernel,
  Backend,
  BinaryKernel,
  PointwiseLossKernel,
  ReduceKernel,
  RowKernel,
  UnaryKernel,
} from '../backend.js';
import { erf, erfc, geluF32 } from './math.js';

const fround = Math.fround;
const SQRT1_2 = Math.SQRT1_2;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

function unary(op: UnaryKernel, x: FloatStorage, out: FloatStorage): void {
  const n = out.length;
  const f32 = out instanceof Float32Array;
  // One loop per op keeps closures and switches out of the inner loop.
  switch (op) {
    case 'neg':
      for (let i = 0; i < n; i++) out[i] = -x[i]!;
      return;
    case 'abs':
      for (let i = 0; i < n; i++) out[i] = Math.abs(x[i]!);
      return;
    case 'sign':
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        out[i] = v > 0 ? 1 : v < 0 ? -1 : 0;
      }
      return;
    case 'exp':
      for (let i = 0; i < n; i++) out[i] = Math.exp(x[i]!);
      return;
    case 'expm1':
      for (let i = 0; i < n; i++) out[i] = Math.expm1(x[i]!);
      return;
    case 'log':
      for (let i = 0; i < n; i++) out[i] = Math.log(x[i]!);
      return;
    case 'log1p':
      for (let i = 0; i < n; i++) out[i] = Math.log1p(x[i]!);
      return;
    case 'log2':
      for (let i = 0; i < n; i++) out[i] = Math.log2(x[i]!);
      return;
    case 'log10':
      for (let i = 0; i < n; i++) out[i] = Math.log10(x[i]!);
      return;
    case 'sqrt':
      for (let i = 0; i < n; i++) out[i] = Math.sqrt(x[i]!);
      return;
    case 'rsqrt':
      if (f32) for (let i = 0; i < n; i++) out[i] = 1 / fround(Math.sqrt(x[i]!));
      else for (let i = 0; i < n; i++) out[i] = 1 / Math.sqrt(x[i]!);
      return;
    case 'sin':
      for (let i = 0; i < n; i++) out[i] = Math.sin(x[i]!);
      return;
    case 'cos':
      for (let i = 0; i < n; i++) out[i] = Math.cos(x[i]!);
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) out[i] = Math.tanh(x[i]!);
      return;
    case 'erf':
      for (let i = 0; i < n; i++) out[i] = erf(x[i]!);
      return;
    case 'erfc':
      for (let i = 0; i < n; i++) out[i] = erfc(x[i]!);
      return;
    case 'reciprocal':
      for (let i = 0; i < n; i++) out[i] = 1 / x[i]!;
      return;
    case 'square':
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        out[i] = v * v;
      }
      return;
    case 'sigmoid':
      if (f32) for (let i = 0; i < n; i++) out[i] = 1 / fround(1 + fround(Math.exp(-x[i]!)));
      else for (let i = 0; i < n; i++) out[i] = 1 / (1 + Math.exp(-x[i]!));
      return;
    case 'logSigmoid':
      // log(sigmoid(x)) = min(x, 0) - log1p(exp(-|x|)): never overflows.
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        out[i] = Math.min(v, 0) - Math.log1p(Math.exp(-Math.abs(v)));
      }
      return;
    case 'relu':
      // PyTorch's clamp_min(x, 0): NaN propagates (NaN < 0 is false) and relu(-0) = -0.
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        out[i] = v < 0 ? 0 : v;
      }
      return;
    case 'softplus':
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        out[i] = v > 20 ? v : Math.log1p(Math.exp(v));
      }
      return;
    case 'gelu':
      // PyTorch's float32 kernel gives +0 where the product underflows or x = -0 (it adds x/2 and x/2·erf);
      // adding +0 turns -0 into +0 and changes nothing else. Its float64 kernel keeps -0.
      if (f32)
        for (let i = 0; i < n; i++) {
          out[i] = geluF32(x[i]!) + 0;
        }
      else
        for (let i = 0; i < n; i++) {
          const v = x[i]!;
          out[i] = v * 0.5 * (1 + erf(v * SQRT1_2));
        }
      return;
    case 'geluTanh':
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        out[i] = 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v)));
      }
      return;
    case 'silu':
      // float32: e^{-x} and 1 + e^{-x} round to float32 as in PyTorch's kernel, so silu(-89) = -0.
      if (f32)
        for (let i = 0; i < n; i++) {
          const v = x[i]!;
          out[i] = v / fround(1 + fround(Math.exp(-v)));
        }
      else
        for (let i = 0; i < n; i++) {
          const v = x[i]!;
          out[i] = v / (1 + Math.exp(-v));
        }
      return;
  }
}

function binary(op: BinaryKernel, a: Storage, b: Storage, out: Storage): void {
  const n = out.length;
  const sa = a.length === 1 && n !== 1 ? 0 : 1;
  const sb = b.length === 1 && n !== 1 ? 0 : 1;
  let i = 0,
    ia = 0,
    ib = 0;
  switch (op) {
    case 'add':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! + b[ib]!;
      return;
    case 'sub':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! - b[ib]!;
      return;
    case 'mul':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! * b[ib]!;
      return;
    case 'div':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! / b[ib]!;
      return;
    case 'pow':
      // C's pow (and PyTorch) give 1 for pow(1, y) and pow(-1, ±inf); JS's Math.pow gives NaN.
      for (; i < n; i++, ia += sa, ib += sb) {
        const base = a[ia]!;
        const e = b[ib]!;
        out[i] = base === 1 || (base === -1 && (e === Infinity || e === -Infinity)) ? 1 : Math.pow(base, e);
      }
      return;
    case 'atan2':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = Math.atan2(a[ia]!, b[ib]!);
      return;
    case 'maximum':
      // NaN wins, as in PyTorch (Math.max does the same).
      for (; i < n; i++, ia += sa, ib += sb) out[i] = Math.max(a[ia]!, b[ib]!);
      return;
    case 'minimum':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = Math.min(a[ia]!, b[ib]!);
      return;
    case 'eq':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! === b[ib]! ? 1 : 0;
      return;
    case 'ne':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! !== b[ib]! ? 1 : 0;
      return;
    case 'lt':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! < b[ib]! ? 1 : 0;
      return;
    case 'le':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! <= b[ib]! ? 1 : 0;
      return;
    case 'gt':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! > b[ib]! ? 1 : 0;
      return;
    case 'ge':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = a[ia]! >= b[ib]! ? 1 : 0;
      return;
    case 'sigmoidBackward':
      if (out instanceof Float32Array) {
        for (; i < n; i++, ia += sa, ib += sb) {
          const y = b[ib]!;
          out[i] = fround(a[ia]! * fround(1 - y)) * y;
        }
      } else
        for (; i < n; i++, ia += sa, ib += sb) {
          const y = b[ib]!;
          out[i] = a[ia]! * (1 - y) * y;
        }
      return;
    case 'tanhBackward':
      if (out instanceof Float32Array) {
        for (; i < n; i++, ia += sa, ib += sb) {
          const y = b[ib]!;
          out[i] = a[ia]! * fround(1 - fround(y * y));
        }
      } else
        for (; i < n; i++, ia += sa, ib += sb) {
          const y = b[ib]!;
          out[i] = a[ia]! * (1 - y * y);
        }
      return;
    case 'reluBackward':
      for (; i < n; i++, ia += sa, ib += sb) out[i] = b[ib]! <= 0 ? 0 : a[ia]!;
      return;
  }
}

function reduceRows(op: ReduceKernel, x: Storage, rows: number, rowLength: number, out: Storage): void {
  for (let r = 0; r < rows; r++) {
    const start = r * rowLength;
    const end = start + rowLength;
    switch (op) {
      case 'sum': {
        // JS numbers are float64, so float32 sums accumulate in float64: as close to exact as PyTorch's
        // cascade sum, and far closer than a float32 running sum.
        let s = 0;
        for (let i = start; i < end; i++) s += x[i]!;
        out[r] = s;
        break;
      }
      case 'prod': {
        let p = 1;
        for (let i = start; i < end; i++) p *= x[i]!;
        out[r] = p;
        break;
      }
      case 'amax': {
        let m = -Infinity;
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          if (v > m || v !== v) {
            m = v;
            if (v !== v) break;
          }
        }
        out[r] = m;
        break;
      }
      case 'amin': {
        let m = Infinity;
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          if (v < m || v !== v) {
            m = v;
            if (v !== v) break;
          }
        }
        out[r] = m;
        break;
      }
      case 'logsumexp': {
        let m = -Infinity;
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          if (v > m || v !== v) m = v;
        }
        if (m !== m) {
          out[r] = NaN;
          break;
        }
        // An infinite max would turn x - m into nan; PyTorch shifts by 0 then.
        const shift = Number.isFinite(m) ? m : 0;
        let s = 0;
        for (let i = start; i < end; i++) s += Math.exp(x[i]! - shift);
        out[r] = Math.log(s) + shift;
        break;
      }
    }
  }
}

function rowwise(op: RowKernel, x: Storage, rows: number, rowLength: number, out: Storage): void {
  for (let r = 0; r < rows; r++) {
    const start = r * rowLength;
    const end = start + rowLength;
    if (op === 'cumsum') {
      let s = 0;
      for (let i = start; i < end; i++) out[i] = s += x[i]!;
      continue;
    }
    let m = -Infinity;
    for (let i = start; i < end; i++) {
      const v = x[i]!;
      if (v > m || v !== v) m = v;
    }
    // PyTorch subtracts the max as it is: a +inf max gives inf - inf, an all -inf row -inf - -inf, so the
    // whole row is nan (unlike logsumexp, which shifts by 0 then).
    if (!Number.isFinite(m)) {
      out.fill(NaN, start, end);
      continue;
    }
    const shift = m;
    let s = 0;
    for (let i = start; i < end; i++) s += Math.exp(x[i]! - shift);
    if (op === 'softmax') {
      for (let i = start; i < end; i++) out[i] = Math.exp(x[i]! - shift) / s;
    } else {
      const logSum = Math.log(s);
      for (let i = start; i < end; i++) out[i] = x[i]! - shift - logSum;
    }
  }
}

function matmul(
  a: FloatStorage,
  b: FloatStorage,
  out: FloatStorage,
  batch: number,
  m: number,
  k: number,
  n: number,
): void {
  // i-p-j loop order streams rows of b; a float64 row accumulator keeps float32 products exact-ish.
  const row = new Float64Array(n);
  for (let t = 0; t < batch; t++) {
    const aBase = t * m * k;
    const bBase = t * k * n;
    const oBase = t * m * n;
    for (let i = 0; i < m; i++) {
      row.fill(0);
      for (let p = 0; p < k; p++) {
        const av = a[aBase + i * k + p]!;
        const bRow = bBase + p * n;
        for (let j = 0; j < n; j++) row[j]! += av * b[bRow + j]!;
      }
      const o = oBase + i * n;
      for (let j = 0; j < n; j++) out[o + j] = row[j]!;
    }
  }
}

function crossEntropyForward(x: FloatStorage, rows: number, C: number, c: Float64Array, softmax?: FloatStorage): void {
  const f = x instanceof Float32Array ? fround : (v: number) => v;
  for (let r = 0; r < rows; r++) {
    const start = r * C;
    const end = start + C;
    let m = -Infinity;
    for (let i = start; i < end; i++) {
      const v = x[i]!;
      if (v > m || v !== v) m = v;
    }
    if (!Number.isFinite(m)) {
      c[r] = NaN; // logSoftmax's inf - inf
      softmax?.fill(NaN, start, end);
      continue;
    }
    let s = 0;
    if (softmax) {
      for (let i = start; i < end; i++) s += softmax[i] = f(Math.exp(f(x[i]! - m)));
      const inv = f(1 / s);
      for (let i = start; i < end; i++) softmax[i] = softmax[i]! * inv;
    } else {
      for (let i = start; i < end; i++) s += Math.exp(x[i]! - m);
    }
    c[r] = m + Math.log(s);
  }
}

function crossEntropyBackwardFromSoftmax(
  p: FloatStorage,
  targets: Int32Array,
  scale: Float64Array,
  rows: number,
  C: number,
  grad: FloatStorage,
): void {
  const f32 = grad instanceof Float32Array;
  for (let r = 0, q = 0; r < rows; r++, q += C) {
    const k = f32 ? fround(scale[r]!) : scale[r]!;
    if (k === 0) {
      grad.fill(0, q, q + C);
      continue;
    }
    for (let j = q; j < q + C; j++) grad[j] = p[j]! * k;
    const t = targets[r]!;
    if (t >= 0) grad[q + t] = grad[q + t]! - k;
  }
}

/** PyTorch's EPSILON in binary_cross_entropy_backward's denominator max((1 − x)·x, EPSILON). */
const BCE_EPSILON = 1e-12;

/** std::max(v, −100) as PyTorch's BCE writes it: nan stays nan. */
const clampLog = (v: number): number => (v < -100 ? -100 : v);

type Round = (v: number) => number;
const identity: Round = (v) => v;

// One small function per loss (sum and backward), dispatched by table: a single function with a switch over
// every loss measured 3–10× slower once several losses had run through it (V8's feedback for the shared loop
// sites goes polymorphic), e.g. smoothL1's backward 19 → 143 ms per 2^22 float32.

/** Σ ℓ(x, y) for one loss, each term rounded by f where PyTorch's kernel rounds; p already rounded. */
const LOSS_SUM: Record<PointwiseLossKernel, (x: FloatStorage, y: FloatStorage, f: Round, p: number) => number> = {
  mse(x, y, f) {
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      const d = f(x[i]! - y[i]!);
      s += f(d * d);
    }
    return s;
  },
  l1(x, y, f) {
    let s = 0;
    for (let i = 0; i < x.length; i++) s += Math.abs(f(x[i]! - y[i]!));
    return s;
  },
  // smooth_l1_kernel: z < beta ? 0.5·z·z / beta : z − 0.5·beta (nan takes the second branch).
  smoothL1(x, y, f, p) {
    const half = f(0.5 * p);
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      const z = Math.abs(f(x[i]! - y[i]!));
      s += z < p ? f(f(f(0.5 * z) * z) / p) : f(z - half);
    }
    return s;
  },
  // huber_kernel: z < delta ? 0.5·z·z : delta·(z − 0.5·delta).
  huber(x, y, f, p) {
    const half = f(0.5 * p);
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      const z = Math.abs(f(x[i]! - y[i]!));
      s += z < p ? f(f(0.5 * z) * z) : f(p * f(z - half));
    }
    return s;
  },
  // binary_cross_entropy_out_cpu: (y − 1)·max(log1p(−x), −100) − y·max(log x, −100), x checked by the caller.
  bce(x, y, f) {
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      const t = y[i]!;
      s += f(f(f(t - 1) * clampLog(f(Math.log1p(-v)))) - f(t * clampLog(f(Math.log(v)))));
    }
    return s;
  },
  bceWithLogits(x, y, f) {
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      const m = v !== v ? v : Math.max(-v, 0);
      const linear = f(f(f(1 - y[i]!) * v) + m);
      const e = f(f(Math.exp(-m)) + f(Math.exp(f(-v - m))));
      s += f(linear + f(Math.log(e)));
    }
    return s;
  },
};

/** out = ∂ℓ/∂x for one loss (formulas at Backend.pointwiseLossBackward); a, b, p already rounded. */
const LOSS_BACKWARD: Record<
  PointwiseLossKernel,
  (x: FloatStorage, y: FloatStorage, a: number, b: number, p: number, out: FloatStorage, f: Round) => void
> = {
  mse(x, y, a, b, _p, out, f) {
    for (let i = 0; i < out.length; i++) out[i] = f(f(x[i]! - y[i]!) * a) * b;
  },
  l1(x, y, a, b, _p, out, f) {
    const k = f(a / b);
    for (let i = 0; i < out.length; i++) {
      const d = x[i]! - y[i]!; // only its sign is used: the same before and after rounding
      out[i] = (d > 0 ? 1 : d < 0 ? -1 : 0) * k;
    }
  },
  smoothL1(x, y, a, b, p, out, f) {
    for (let i = 0; i < out.length; i++) {
      const d = f(x[i]! - y[i]!);
      const deriv = Math.abs(d) >= p ? (d > 0 ? 1 : -1) : f(d / p);
      out[i] = f(f(deriv * a) * b);
    }
  },
  huber(x, y, a, b, p, out, f) {
    for (let i = 0; i < out.length; i++) {
      const d = f(x[i]! - y[i]!);
      const deriv = Math.abs(d) >= p ? (d > 0 ? p : -p) : d;
      out[i] = f(f(deriv * a) * b);
    }
  },
  bce(x, y, a, b, _p, out, f) {
    const eps = f(BCE_EPSILON);
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      const w = f(f(1 - v) * v);
      out[i] = f(f(f(a * f(v - y[i]!)) / (w < eps ? eps : w)) / b);
    }
  },
  bceWithLogits(x, y, a, b, _p, out, f) {
    const f32 = out instanceof Float32Array;
    for (let i = 0; i < out.length; i++) {
      const sig = f32 ? fround(1 / fround(1 + fround(Math.exp(-x[i]!)))) : 1 / (1 + Math.exp(-x[i]!));
      out[i] = f(f(sig - y[i]!) * a) / b;
    }
  },
};

function pointwiseLossSum(op: PointwiseLossKernel, x: FloatStorage, y: FloatStorage, p = 0): number {
  const f = x instanceof Float32Array ? fround : identity;
  return LOSS_SUM[op](x, y, f, f(p));
}

function pointwiseLossBackward(
  op: PointwiseLossKernel,
  x: FloatStorage,
  y: FloatStorage,
  a: number,
  b: number,
  out: FloatStorage,
  p = 0,
): void {
  const f = out instanceof Float32Array ? fround : identity;
  LOSS_BACKWARD[op](x, y, f(a), f(b), f(p), out, f);
}

// Parametric activations (Backend.activation / activationBackward): one small function per kernel, as the losses
// above, each rounding by f (fround for float32) wherever ATen's float32 kernel rounds. p0, p1, p2 arrive rounded
// to the dtype. The transcendental steps (Math.exp, Math.log1p, Math.tanh, erf) are float64 rounded once, i.e.
// correctly rounded where PyTorch's Sleef / glibc float32 functions are within an ulp.

type ActivationFn = (x: FloatStorage, out: FloatStorage, f: Round, p0: number, p1: number, p2: number) => void;
type ActivationBackwardFn = (
  g: FloatStorage,
  x: FloatStorage,
  out: FloatStorage,
  f: Round,
  p0: number,
  p1: number,
  p2: number,
) => void;

const GELU_ALPHA = Math.SQRT1_2; // kAlpha = M_SQRT1_2
const GELU_PDF = 1.1283791670955126 * Math.SQRT1_2 * 0.5; // kBeta = M_2_SQRTPI·M_SQRT1_2·0.5 = 1/√(2π)
const GELU_TANH_BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5; // √(2/π)
const GELU_TANH_KAPPA = 0.044715;

const ACTIVATION: Record<ActivationKernel, ActivationFn> = {
  leakyRelu(x, out, _f, slope) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v > 0 ? v : v * slope;
    }
  },
  hardtanh(x, out, _f, min, max) {
    // two selects, not Math.min/max: nan and −0 pass unchanged, as PyTorch's scalar clamp
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v < min ? min : v > max ? max : v;
    }
  },
  elu(x, out, f, alpha, scale, inputScale) {
    const neg = f(alpha * scale);
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v <= 0 ? f(f(Math.exp(f(v * inputScale))) - 1) * neg : v * scale;
    }
  },
  threshold(x, out, _f, threshold, value) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v <= threshold ? value : v;
    }
  },
  softplus(x, out, f, beta, threshold) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      const b = f(v * beta);
      out[i] = b > threshold ? v : f(Math.log1p(f(Math.exp(b)))) / beta;
    }
  },
  hardsigmoid(x, out, f) {
    for (let i = 0; i < out.length; i++) {
      const t = f(x[i]! + 3);
      out[i] = (t < 0 ? 0 : t > 6 ? 6 : t) / 6;
    }
  },
  hardswish(x, out, f) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      const t = f(v + 3);
      out[i] = f(v * (t < 0 ? 0 : t > 6 ? 6 : t)) / 6;
    }
  },
  geluTanh(x, out, f) {
    const beta = f(GELU_TANH_BETA);
    const kappa = f(GELU_TANH_KAPPA);
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      const cube = f(f(v * v) * v);
      const t = f(Math.tanh(f(beta * f(v + f(kappa * cube)))));
      out[i] = f(0.5 * v) * f(1 + t);
    }
  },
  mish(x, out) {
    const t = mishScratch(out);
    for (let start = 0; start < out.length; start += MISH_BLOCK) {
      const n = Math.min(MISH_BLOCK, out.length - start);
      mishTanhSoftplus(x, start, n, t);
      for (let j = 0; j < n; j++) out[start + j] = x[start + j]! * t[j]!;
    }
  },
  softshrink(x, out, _f, lambd) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v > lambd ? v - lambd : v < -lambd ? v + lambd : 0;
    }
  },
  hardshrink(x, out, _f, lambd) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v >= -lambd && v <= lambd ? 0 : v;
    }
  },
};

// mish runs its transcendental steps one pass each over blocks of MISH_BLOCK elements (scratch of the output's
// type, so each store rounds to the dtype as PyTorch's float32 kernel does): three Math calls in one loop measured
// ~25% slower in V8 than one loop per call.
const MISH_BLOCK = 2048;
const mishScratches = new Map<string, FloatStorage>();
function mishScratch(like: FloatStorage, which = 0): FloatStorage {
  const key = `${like instanceof Float32Array ? 32 : 64}:${which}`;
  let s = mishScratches.get(key);
  if (!s) {
    s = like instanceof Float32Array ? new Float32Array(MISH_BLOCK) : new Float64Array(MISH_BLOCK);
    mishScratches.set(key, s);
  }
  return s;
}

/** t[j] = tanh(log1p(e^{x[start + j]})) for j < n, rounded to t's type after each step. */
function mishTanhSoftplus(x: FloatStorage, start: number, n: number, t: FloatStorage): void {
  for (let j = 0; j < n; j++) t[j] = Math.exp(x[start + j]!);
  for (let j = 0; j < n; j++) t[j] = Math.log1p(t[j]!);
  for (let j = 0; j < n; j++) t[j] = Math.tanh(t[j]!);
}

/** shrink_backward_kernel, scalar form (a nan input passes g; its vectorised form gives 0). */
function shrinkBackward(g: FloatStorage, x: FloatStorage, out: FloatStorage, _f: Round, lambd: number): void {
  for (let i = 0; i < out.length; i++) {
    const v = x[i]!;
    out[i] = v >= -lambd && v <= lambd ? 0 : g[i]!;
  }
}

const ACTIVATION_BACKWARD: Record<ActivationBackwardKernel, ActivationBackwardFn> = {
  leakyRelu(g, x, out, _f, slope) {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! > 0 ? g[i]! : g[i]! * slope;
  },
  hardtanh(g, x, out, _f, min, max) {
    // PyTorch's scalar form: a nan input passes the gradient (its vectorised form would give 0)
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v <= min || v >= max ? 0 : g[i]!;
    }
  },
  elu(g, x, out, f, alpha, scale, inputScale) {
    const neg = f(alpha * scale);
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v <= 0 ? f(f(g[i]! * inputScale) * neg) * f(Math.exp(f(v * inputScale))) : g[i]! * scale;
    }
  },
  threshold(g, x, out, _f, threshold) {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! <= threshold ? 0 : g[i]!;
  },
  softplus(g, x, out, f, beta, threshold) {
    for (let i = 0; i < out.length; i++) {
      const b = f(x[i]! * beta);
      const z = f(Math.exp(b));
      out[i] = b > threshold ? g[i]! : f(g[i]! * z) / f(z + 1);
    }
  },
  hardsigmoid(g, x, out, f) {
    const sixth = f(1 / 6);
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v > -3 && v < 3 ? g[i]! * sixth : 0;
    }
  },
  hardswish(g, x, out, f) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v < -3 ? 0 : v <= 3 ? g[i]! * f(f(v / 3) + 0.5) : g[i]!;
    }
  },
  gelu(g, x, out, f) {
    const alpha = f(GELU_ALPHA);
    const beta = f(GELU_PDF);
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      const cdf = f(0.5 * f(1 + f(erf(f(v * alpha)))));
      const pdf = f(beta * f(Math.exp(f(f(v * v) * -0.5))));
      out[i] = g[i]! * f(cdf + f(v * pdf));
    }
  },
  geluTanh(g, x, out, f) {
    const beta = f(GELU_TANH_BETA);
    const kappa = f(GELU_TANH_KAPPA);
    const kappa3 = f(3 * kappa);
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      const sq = f(v * v);
      const cube = f(sq * v);
      const t = f(Math.tanh(f(beta * f(v + f(kappa * cube)))));
      const leftDerivative = f(0.5 * f(1 + t));
      const rightDerivative = f(f(f(0.5 * v) * f(1 - f(t * t))) * f(beta * f(1 + f(kappa3 * sq))));
      out[i] = g[i]! * f(leftDerivative + rightDerivative);
    }
  },
  silu(g, x, out, f) {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      const s = f(1 / f(1 + f(Math.exp(-v))));
      out[i] = f(g[i]! * s) * f(1 + f(v * f(1 - s)));
    }
  },
  mish(g, x, out, f) {
    const t = mishScratch(out);
    const e = mishScratch(out, 1);
    for (let start = 0; start < out.length; start += MISH_BLOCK) {
      const n = Math.min(MISH_BLOCK, out.length - start);
      mishTanhSoftplus(x, start, n, t);
      for (let j = 0; j < n; j++) e[j] = Math.exp(-x[start + j]!);
      for (let j = 0; j < n; j++) {
        const i = start + j;
        const v = x[i]!;
        const s = f(1 / f(1 + e[j]!));
        const tj = t[j]!;
        out[i] = g[i]! * f(tj + f(f(v * s) * f(1 - f(tj * tj))));
      }
    }
  },
  softshrink: shrinkBackward,
  hardshrink: shrinkBackward,
};

function activation(op: ActivationKernel, x: FloatStorage, out: FloatStorage, p0: number, p1: number, p2: number) {
  const f = out instanceof Float32Array ? fround : identity;
  ACTIVATION[op](x, out, f, f(p0), f(p1), f(p2));
}

function activationBackward(
  op: ActivationBackwardKernel,
  g: FloatStorage,
  x: FloatStorage,
  out: FloatStorage,
  p0: number,
  p1: number,
  p2: number,
): void {
  const f = out instanceof Float32Array ? fround : identity;
  ACTIVATION_BACKWARD[op](g, x, out, f, f(p0), f(p1), f(p2));
}

export const tsBackend: Backend = {
  name: 'ts',
  unary,
  binary,
  reduceRows,
  rowwise,
  matmul,
  crossEntropyForward,
  crossEntropyBackwardFromSoftmax,
  pointwiseLossSum,
  pointwiseLossBackward,
  activation,
  activationBackward,
};
