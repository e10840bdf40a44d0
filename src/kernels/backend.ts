/**
 * The kernel boundary: every inner loop of tensorgrad runs behind this interface, over contiguous typed
 * arrays, so a backend (plain TypeScript, WebAssembly SIMD, worker threads) can be swapped without touching
 * the ops. Kernels never allocate per element and never see shapes beyond what their signature names.
 */
import type { FloatStorage, Storage } from '../tensor/dtype.js';

export type BackendName = 'ts' | 'wasm';

/** Elementwise functions of one float argument: out[i] = f(x[i]). */
export type UnaryKernel =
  | 'neg'
  | 'abs'
  | 'sign'
  | 'exp'
  | 'expm1'
  | 'log'
  | 'log1p'
  | 'log2'
  | 'log10'
  | 'sqrt'
  | 'rsqrt'
  | 'sin'
  | 'cos'
  | 'tanh'
  | 'erf'
  | 'erfc'
  | 'reciprocal'
  | 'square'
  | 'sigmoid'
  | 'logSigmoid'
  | 'relu'
  | 'softplus'
  | 'gelu'
  | 'geluTanh'
  | 'silu';

/**
 * Elementwise functions of two arguments: out[i] = f(a[i], b[i]); a scalar side is broadcast by the op.
 * The *Backward kernels are fused gradient formulas over (a = incoming gradient, b = saved output), with
 * PyTorch's float32 rounding order (each intermediate rounded, as its vectorised kernels do):
 * sigmoidBackward = (a·(1 − b))·b, tanhBackward = a·(1 − b·b), reluBackward = b <= 0 ? 0 : a (threshold_backward;
 * a nan output passes the gradient).
 */
export type BinaryKernel =
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'maximum'
  | 'minimum'
  | 'atan2'
  | 'eq'
  | 'ne'
  | 'lt'
  | 'le'
  | 'gt'
  | 'ge'
  | 'sigmoidBackward'
  | 'tanhBackward'
  | 'reluBackward';

/**
 * Activations with parameters, forward and backward, each one pass (PyTorch's dedicated CPU kernels in
 * aten/src/ATen/native/cpu/Activation.cpp, with their float32 rounding order). p0, p1, p2 are the parameters,
 * rounded to the dtype by the kernel (as PyTorch's `Scalar::to<scalar_t>()`); unused ones are ignored.
 * Forward out[i] = f(x[i]):
 * 'leakyRelu' x > 0 ? x : x·p0 (p0 = negative slope);
 * 'hardtanh' x < p0 ? p0 : x > p1 ? p1 : x (clamp into [p0, p1]; nan and −0 pass);
 * 'elu' x <= 0 ? (e^{x·p2} − 1)·(p0·p1) : x·p1 (ATen's elu_kernel: p0 = alpha, p1 = scale, p2 = input scale;
 * e^{…} − 1, not expm1, as 1.13; p0·p1 rounded to the dtype);
 * 'threshold' x <= p0 ? p1 : x (p0 = threshold, p1 = value);
 * 'softplus' x·p0 > p1 ? x : log1p(e^{x·p0})/p0 (p0 = beta, p1 = threshold);
 * 'hardsigmoid' min(max(x + 3, 0), 6)/6; 'hardswish' (x·min(max(x + 3, 0), 6))/6 (no parameters; nan passes);
 * 'geluTanh' (0.5·x)·(1 + tanh(β·(x + κ·((x·x)·x)))), β = √(2/π), κ = 0.044715 (GeluKernelImpl, approximate
 * 'tanh'; no parameters); 'mish' x·tanh(log1p(e^x)) (mish_kernel, no softplus threshold);
 * 'softshrink' x > p0 ? x − p0 : x < −p0 ? x + p0 : 0 (p0 = lambda; nan and −0 give +0);
 * 'hardshrink' −p0 <= x <= p0 ? 0 : x (p0 = lambda; nan passes).
 */
export type ActivationKernel =
  | 'leakyRelu'
  | 'hardtanh'
  | 'elu'
  | 'threshold'
  | 'softplus'
  | 'hardsigmoid'
  | 'hardswish'
  | 'geluTanh'
  | 'mish'
  | 'softshrink'
  | 'hardshrink';

/**
 * Backward kernels: out[i] = ∂f/∂x(x[i])·g[i] from the incoming gradient g and the saved input x, as ATen's
 * *_backward kernels (parameters as in ActivationKernel):
 * 'leakyRelu' x > 0 ? g : g·p0; 'hardtanh' (x <= p0 || x >= p1) ? 0 : g (0 at both bounds, nan passes g);
 * 'elu' x <= 0 ? ((g·p2)·(p0·p1))·e^{x·p2} : g·p1 (elu_backward with is_result = false);
 * 'threshold' x <= p0 ? 0 : g; 'softplus' x·p0 > p1 ? g : (g·z)/(z + 1), z = e^{x·p0};
 * 'hardsigmoid' −3 < x < 3 ? g·(1/6) : 0 (1/6 rounded to the dtype); 'hardswish' x < −3 ? 0 : x <= 3 ?
 * g·(x/3 + 0.5) : g (the scalar form: 3/2 at x = 3, nan passes g);
 * 'gelu' g·(Φ + x·φ), Φ = 0.5·(1 + erf(x·√½)), φ = (e^{(x·x)·−0.5})·(1/√(2π)) (GeluBackward, approximate 'none');
 * 'geluTanh' GeluBackward for approximate 'tanh', term by term as ATen's vectorised kernel;
 * 'silu' (g·s)·(1 + x·(1 − s)), s = 1/(1 + e^{−x});
 * 'mish' g·(t + (x·s)·(1 − t·t)), t = tanh(log1p(e^x)), s = 1/(1 + e^{−x}) (mish_backward_kernel);
 * 'softshrink' and 'hardshrink' (shrink_backward_kernel, one kernel) −p0 <= x <= p0 ? 0 : g (0 at ±p0; the
 * scalar form: a nan input passes g).
 */
export type ActivationBackwardKernel = ActivationKernel | 'gelu' | 'silu';

/** Reductions over the last axis of a (rows x rowLength) contiguous block. */
export type ReduceKernel = 'sum' | 'prod' | 'amax' | 'amin' | 'logsumexp';

/** Row-wise maps over the last axis of a (rows x rowLength) block: each row in, a row out. */
export type RowKernel = 'softmax' | 'logSoftmax' | 'cumsum';

/**
 * Pointwise losses with a fused kernel, d = x − y, p the loss's parameter (see `pointwiseLossSum`):
 * 'mse' ℓ = d²; 'l1' ℓ = |d|; 'smoothL1' ℓ = ½d²/p if |d| < p, else |d| − ½p (p = beta ≥ 0; p = 0 is l1);
 * 'huber' ℓ = ½d² if |d| < p, else p(|d| − ½p) (p = delta > 0); 'bce' on probabilities
 * ℓ = (y − 1)·max(log(1 − x), −100) − y·max(log x, −100); 'bceWithLogits' ℓ = (1 − y)·x + m + log(e^{−m} +
 * e^{−x−m}), m = max(−x, 0) (PyTorch's stable form).
 */
export type PointwiseLossKernel = 'mse' | 'l1' | 'smoothL1' | 'huber' | 'bce' | 'bceWithLogits';

export interface Backend {
  readonly name: BackendName;
  /** out[i] = op(x[i]) for i < out.length. `out` may alias `x`. */
  unary(op: UnaryKernel, x: FloatStorage, out: FloatStorage): void;
  /**
   * out[i] = op(a[i], b[i]). Either side may have length 1 and is then broadcast. Comparison kernels write
   * 0/1 into a Uint8Array.
   */
  binary(op: BinaryKernel, a: Storage, b: Storage, out: Storage): void;
  /** out[i] = op(x[i]; p0, p1, p2) (see ActivationKernel). `out` may alias `x`. */
  activation(op: ActivationKernel, x: FloatStorage, out: FloatStorage, p0: number, p1: number, p2: number): void;
  /** out[i] = op'(x[i]; p0, p1, p2)·g[i] (see ActivationBackwardKernel); g, x and out have one length and dtype. */
  activationBackward(
    op: ActivationBackwardKernel,
    g: FloatStorage,
    x: FloatStorage,
    out: FloatStorage,
    p0: number,
    p1: number,
    p2: number,
  ): void;
  /** out[r] = reduce(x[r * rowLength .. (r + 1) * rowLength)); accumulates in float64. */
  reduceRows(op: ReduceKernel, x: Storage, rows: number, rowLength: number, out: Storage): void;
  /** out[row] = op(x[row]) for each row; computes in float64 and rounds once. */
  rowwise(op: RowKernel, x: Storage, rows: number, rowLength: number, out: Storage): void;
  /**
   * out (batch x m x n) = a (batch x m x k) @ b (batch x k x n), all contiguous. Float32 accumulates in
   * float32 (as PyTorch's sgemm does; error within k·ε·Σ|a·b|), float64 in float64. The ts backend's float32
   * matmul accumulates in float64 (more accurate, well inside that bound).
   */
  matmul(a: FloatStorage, b: FloatStorage, out: FloatStorage, batch: number, m: number, k: number, n: number): void;

  // Fused loss kernels: one pass over the operands forward, one backward (the compositions stream 5–20
  // full-size temporaries). Each rounds per element where PyTorch's own float32 kernel rounds. Optional so a
  // wrapping backend (the thread pool) may leave them out; src/ops/lossKernels.ts then uses the wrapped
  // backend's.

  /**
   * Cross-entropy forward over (rows x C) logits: c[r] = max + log Σ e^{x − max} (float64 sum), the constant
   * logSoftmax subtracts; nan where the row max is not finite (logSoftmax's inf − inf). With `softmax`, also
   * writes softmax(x) there (e^{x − max}·(1/Σ), rounded as PyTorch's softmax), saved for backward so it needs no
   * exp of its own.
   */
  crossEntropyForward?(x: FloatStorage, rows: number, C: number, c: Float64Array, softmax?: FloatStorage): void;
  /** grad[r, j] = p[r, j]·k − [j = targets[r]]·k from a saved softmax p, k = scale[r] rounded; grad may be p. */
  crossEntropyBackwardFromSoftmax?(
    p: FloatStorage,
    targets: Int32Array,
    scale: Float64Array,
    rows: number,
    C: number,
    grad: FloatStorage,
  ): void;
  /**
   * Σᵢ ℓ(x[i], y[i]) in float64, each term rounded to the dtype as the loss's own kernel does. `p` is the
   * loss's parameter, rounded to the dtype (smoothL1's beta, huber's delta; ignored by the others, default 0).
   */
  pointwiseLossSum?(op: PointwiseLossKernel, x: FloatStorage, y: FloatStorage, p?: number): number;
  /**
   * out = ∂ℓ/∂x with PyTorch's backward rounding order (a, b and p rounded to the dtype), d = x − y:
   * 'mse' ((x − y)·a)·b (mse_loss_backward: a = 2/N or 2, b = the incoming gradient);
   * 'l1' sgn(d)·(a/b) (abs backward after mean's: a = the incoming gradient, b = N or 1; sgn(nan) = 0);
   * 'smoothL1' (∂·a)·b, ∂ = |d| ≥ p ? ±1 : d/p (smooth_l1_backward's vectorised form: a = 1/N or 1,
   * b = the incoming gradient; ±1 is +1 only for d > 0, so d = 0 gives −1 when p = 0, nan gives nan);
   * 'huber' (∂·a)·b, ∂ = |d| ≥ p ? ±p : d (huber_backward's vectorised form, a and b as smoothL1's);
   * 'bce' ((a·(x − y)) / max((1 − x)·x, 1e-12)) / b (binary_cross_entropy_backward: a = the incoming
   * gradient, b = N or 1); 'bceWithLogits' ((σ(x) − y)·a) / b (a = the incoming gradient, b = N or 1).
   */
  pointwiseLossBackward?(
    op: PointwiseLossKernel,
    x: FloatStorage,
    y: FloatStorage,
    a: number,
    b: number,
    out: FloatStorage,
    p?: number,
  ): void;
}
