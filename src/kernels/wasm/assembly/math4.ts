// Vectorised float32 transcendental functions on f32x4 lanes (AssemblyScript, compiled with --enable simd).
//
// Every function takes and returns four float32 lanes and handles NaN, ±inf, ±0 and denormals the way
// Math.* (and PyTorch) do, without branches per lane: both sides of a split are computed and blended with
// v128.bitselect; where a side is expensive and rarely needed, v128.any_true skips it for the whole vector.
// Accuracy (measured in test/kernels-wasm.test.ts against a float64 reference, see docs/dev/wasm.md):
// exp and log within 1 ulp, the rest within a few ulp. WASM SIMD has no FMA, so every polynomial here was
// chosen to be stable under plain multiply-add rounding.

@inline export function splat(v: f32): v128 {
  return f32x4.splat(v);
}

const SIGN: v128 = i32x4.splat(0x80000000);
const ABS: v128 = i32x4.splat(0x7fffffff);

@inline export function copysign4(magnitude: v128, signOf: v128): v128 {
  return v128.or(v128.and(magnitude, ABS), v128.and(signOf, SIGN));
}

/**
 * exp(x). Cody–Waite reduction x = k ln2 + r with ln2 split in a 9-bit head (k * head is exact for |k| <= 150)
 * and a tail, a degree-6 polynomial for e^r (Cephes expf coefficients), and 2^k applied as two factors
 * 2^(k>>1) * 2^(k - k>>1) so that results in the denormal range (x < -87.3) are rounded once, correctly.
 * x is clamped to [-104, 89] first: below -104 the result rounds to 0, above 88.72 it overflows to inf.
 */
@inline export function exp4(x: v128): v128 {
  x = f32x4.max(f32x4.min(x, splat(89.0)), splat(-104.0)); // NaN propagates through min/max
  const kf = f32x4.nearest(f32x4.mul(x, splat(1.44269504088896341)));
  let r = f32x4.sub(x, f32x4.mul(kf, splat(0.693359375)));
  r = f32x4.sub(r, f32x4.mul(kf, splat(-2.12194440e-4)));
  const z = f32x4.mul(r, r);
  let p = f32x4.add(f32x4.mul(splat(1.9875691500e-4), r), splat(1.3981999507e-3));
  p = f32x4.add(f32x4.mul(p, r), splat(8.3334519073e-3));
  p = f32x4.add(f32x4.mul(p, r), splat(4.1665795894e-2));
  p = f32x4.add(f32x4.mul(p, r), splat(1.6666665459e-1));
  p = f32x4.add(f32x4.mul(p, r), splat(5.0000001201e-1));
  p = f32x4.add(f32x4.add(f32x4.mul(p, z), r), splat(1.0));
  const k = i32x4.trunc_sat_f32x4_s(kf);
  const k1 = i32x4.shr_s(k, 1);
  const k2 = i32x4.sub(k, k1);
  const s1 = i32x4.shl(i32x4.add(k1, i32x4.splat(127)), 23);
  const s2 = i32x4.shl(i32x4.add(k2, i32x4.splat(127)), 23);
  return f32x4.mul(f32x4.mul(p, s1), s2);
}

const SQRTHF: f32 = 0.707106781186547524;

/**
 * log, log2 or log10 (base = 0, 2, 10, a compile-time constant once inlined) for finite x > 0, normal or
 * denormal; specials are patched by logSpecials. x = 2^e m with m in [sqrt(1/2), sqrt 2), f = m - 1,
 * log(1 + f) = f + y with y from the Cephes logf polynomial; the base constants are split in an exact head
 * and a tail (Cephes log2f/log10f) so the e term adds no rounding error.
 */
@inline function logCore(x: v128, base: i32): v128 {
  // Denormals: scale by 2^25 and subtract 25 from the exponent.
  const tiny = f32x4.lt(x, splat(1.17549435e-38));
  x = v128.bitselect(f32x4.mul(x, splat(33554432.0)), x, tiny);
  let e = i32x4.sub(i32x4.shr_u(x, 23), i32x4.splat(126));
  e = i32x4.sub(e, v128.and(tiny, i32x4.splat(25)));
  let m = v128.or(v128.and(x, i32x4.splat(0x007fffff)), i32x4.splat(0x3f000000)); // [0.5, 1)
  const lo = f32x4.lt(m, splat(SQRTHF));
  e = i32x4.add(e, lo); // lo lanes are -1
  m = f32x4.sub(f32x4.add(m, v128.and(m, lo)), splat(1.0)); // 2m - 1 or m - 1
  const z = f32x4.mul(m, m);
  let y = f32x4.add(f32x4.mul(splat(7.0376836292e-2), m), splat(-1.1514610310e-1));
  y = f32x4.add(f32x4.mul(y, m), splat(1.1676998740e-1));
  y = f32x4.add(f32x4.mul(y, m), splat(-1.2420140846e-1));
  y = f32x4.add(f32x4.mul(y, m), splat(1.4249322787e-1));
  y = f32x4.add(f32x4.mul(y, m), splat(-1.6668057665e-1));
  y = f32x4.add(f32x4.mul(y, m), splat(2.0000714765e-1));
  y = f32x4.add(f32x4.mul(y, m), splat(-2.4999993993e-1));
  y = f32x4.add(f32x4.mul(y, m), splat(3.3333331174e-1));
  y = f32x4.mul(f32x4.mul(y, m), z);
  y = f32x4.sub(y, f32x4.mul(splat(0.5), z));
  const fe = f32x4.convert_i32x4_s(e);
  if (base == 2) {
    const A = splat(0.44269504088896340736);
    let r = f32x4.mul(y, A);
    r = f32x4.add(r, f32x4.mul(m, A));
    r = f32x4.add(r, y);
    r = f32x4.add(r, m);
    return f32x4.add(r, fe);
  }
  if (base == 10) {
    let r = f32x4.mul(y, splat(7.00731903251827651129e-4));
    r = f32x4.add(r, f32x4.mul(m, splat(7.00731903251827651129e-4)));
    r = f32x4.add(r, f32x4.mul(fe, splat(2.48745663981195213739e-4)));
    r = f32x4.add(r, f32x4.mul(y, splat(4.3359375e-1)));
    r = f32x4.add(r, f32x4.mul(m, splat(4.3359375e-1)));
    return f32x4.add(r, f32x4.mul(fe, splat(3.0078125e-1)));
  }
  const r = f32x4.add(m, f32x4.add(y, f32x4.mul(fe, splat(-2.12194440e-4))));
  return f32x4.add(r, f32x4.mul(fe, splat(0.693359375)));
}

/** log(0) = -inf, log(inf) = inf, log(x < 0) = log(nan) = nan, applied over a finite-positive result. */
@inline function logSpecials(x: v128, r: v128): v128 {
  const ok = v128.and(f32x4.gt(x, splat(0.0)), f32x4.lt(x, splat(Infinity)));
  const special = v128.bitselect(
    splat(-Infinity),
    v128.bitselect(splat(Infinity), splat(NaN), f32x4.eq(x, splat(Infinity))),
    f32x4.eq(x, splat(0.0)),
  );
  return v128.bitselect(r, special, ok);
}

@inline export function log4(x: v128): v128 {
  return logSpecials(x, logCore(x, 0));
}

@inline export function log2_4(x: v128): v128 {
  return logSpecials(x, logCore(x, 2));
}

@inline export function log10_4(x: v128): v128 {
  return logSpecials(x, logCore(x, 10));
}

/**
 * log1p(x) by Goldberg's trick: u = 1 + x rounded; log1p(x) = log(u) * x / (u - 1), which cancels the rounding
 * of u to first order (a few ulp). u == 1 gives x itself (keeps -0 and denormals); x = inf gives inf.
 */
@inline export function log1p4(x: v128): v128 {
  const u = f32x4.add(x, splat(1.0));
  const d = f32x4.sub(u, splat(1.0));
  let r = f32x4.mul(log4(u), f32x4.div(x, d));
  r = v128.bitselect(x, r, f32x4.eq(d, splat(0.0)));
  return v128.bitselect(x, r, f32x4.eq(x, splat(Infinity)));
}

/** log1p for z in [0, 1] (softplus, logSigmoid): the same trick with no specials to patch besides z == 0. */
@inline function log1pUnit(z: v128): v128 {
  const u = f32x4.add(z, splat(1.0));
  const d = f32x4.sub(u, splat(1.0));
  const lu = logCore(u, 0);
  return v128.bitselect(z, f32x4.mul(lu, f32x4.div(z, d)), f32x4.eq(d, splat(0.0)));
}

/**
 * expm1(x) by Kahan's trick: u = exp(x); (u - 1) * x / log(u), exact to first order in the rounding of u.
 * u == 1 gives x, u - 1 == -1 gives -1, overflow gives inf.
 */
@inline export function expm1_4(x: v128): v128 {
  const u = exp4(x);
  const um1 = f32x4.sub(u, splat(1.0));
  let r = f32x4.mul(um1, f32x4.div(x, log4(u)));
  r = v128.bitselect(x, r, f32x4.eq(um1, splat(0.0)));
  r = v128.bitselect(splat(-1.0), r, f32x4.eq(um1, splat(-1.0)));
  return v128.bitselect(splat(Infinity), r, f32x4.eq(u, splat(Infinity)));
}

/**
 * tanh: odd polynomial for |x| < 0.625 (Cephes tanhf), 1 - 2 / (e^{2|x|} + 1) with the sign restored above.
 * e^{2|x|} = inf (|x| > 44) gives exactly 1.
 */
@inline export function tanh4(x: v128): v128 {
  const a = f32x4.abs(x);
  const small = f32x4.lt(a, splat(0.625));
  const z = f32x4.mul(x, x);
  let p = f32x4.add(f32x4.mul(splat(-5.70498872745e-3), z), splat(2.06390887954e-2));
  p = f32x4.add(f32x4.mul(p, z), splat(-5.37397155531e-2));
  p = f32x4.add(f32x4.mul(p, z), splat(1.33314422036e-1));
  p = f32x4.add(f32x4.mul(p, z), splat(-3.33332819422e-1));
  // copysign: (p z) x + x rounds tanh(-0) to +0 (p < 0, so the product is +0); tanh is odd.
  const ps = copysign4(f32x4.add(f32x4.mul(f32x4.mul(p, z), a), a), x);
  if (!v128.any_true(v128.not(small))) return ps;
  const e = exp4(f32x4.add(a, a));
  const big = f32x4.sub(splat(1.0), f32x4.div(splat(2.0), f32x4.add(e, splat(1.0))));
  return v128.bitselect(ps, copysign4(big, x), small);
}

/** 1 / (1 + e^{-x}): e^{-x} = inf gives 0, e^{-x} = 0 gives 1. */
@inline export function sigmoid4(x: v128): v128 {
  return f32x4.div(splat(1.0), f32x4.add(splat(1.0), exp4(f32x4.neg(x))));
}

/** x / (1 + e^{-x}), PyTorch's formula (silu(-inf) = nan, as in PyTorch). */
@inline export function silu4(x: v128): v128 {
  return f32x4.div(x, f32x4.add(splat(1.0), exp4(f32x4.neg(x))));
}

/** PyTorch softplus with beta 1, threshold 20: x where x > 20, else log1p(e^x). */
@inline export function softplus4(x: v128): v128 {
  const r = log1pUnit(exp4(f32x4.min(x, splat(20.0))));
  return v128.bitselect(x, r, f32x4.gt(x, splat(20.0)));
}

/** log sigmoid(x) = min(x, 0) - log1p(e^{-|x|}), PyTorch's stable form. */
@inline export function logSigmoid4(x: v128): v128 {
  const m = f32x4.min(x, splat(0.0));
  return f32x4.sub(m, log1pUnit(exp4(f32x4.neg(f32x4.abs(x)))));
}

// erf(x) / x = P(x^2) on |x| < 0.75; minimax fit (docs/dev/wasm.md), relative error 1.4e-9.
@inline function erfSmall(x: v128): v128 {
  const z = f32x4.mul(x, x);
  let p = f32x4.add(f32x4.mul(splat(-0.0006749294116161764), z), splat(0.005114312749356031));
  p = f32x4.add(f32x4.mul(p, z), splat(-0.026834607124328613));
  p = f32x4.add(f32x4.mul(p, z), splat(0.11283376067876816));
  p = f32x4.add(f32x4.mul(p, z), splat(-0.3761261999607086));
  p = f32x4.add(f32x4.mul(p, z), splat(1.1283791065216064));
  return f32x4.mul(p, x);
}

/**
 * erfc(u) for u = a * c >= 0.75, where c^2 = c2 is 1 or 1/2 (gelu's u = x / sqrt 2). erfc(u) = h(s) e^{-u^2} with
 * s = 1 / (1 + u / 2) and h a degree-9 fit (relative error 1.1e-9 on u in [0.7, 10]). e^{-u^2} is computed from
 * a exactly: a = ah + al with ah holding 12 bits, so ah^2 is exact and e^{-u^2} = e^{-c2 ah^2} e^{-c2 al (a + ah)},
 * the small second factor by its Taylor series. Without the split, rounding u^2 costs 2u^2 ulp.
 */
@inline function erfcLarge(a: v128, u: v128, c2: f32, uMax: f32): v128 {
  u = f32x4.min(u, splat(uMax));
  a = f32x4.min(a, splat(uMax * (c2 == 1.0 ? 1.0 : 1.41421356237)));
  const s = f32x4.div(splat(1.0), f32x4.add(splat(1.0), f32x4.mul(u, splat(0.5))));
  let h = f32x4.add(f32x4.mul(splat(-0.0727309137582779), s), splat(0.34502410888671875));
  h = f32x4.add(f32x4.mul(h, s), splat(-0.6010857224464417));
  h = f32x4.add(f32x4.mul(h, s), splat(0.39755958318710327));
  h = f32x4.add(f32x4.mul(h, s), splat(-0.10327855497598648));
  h = f32x4.add(f32x4.mul(h, s), splat(0.23373809456825256));
  h = f32x4.add(f32x4.mul(h, s), splat(0.23519186675548553));
  h = f32x4.add(f32x4.mul(h, s), splat(0.2835937738418579));
  h = f32x4.add(f32x4.mul(h, s), splat(0.28198379278182983));
  h = f32x4.add(f32x4.mul(h, s), splat(3.5942994145443663e-6));
  const ah = v128.and(a, i32x4.splat(0xfffff000));
  const al = f32x4.sub(a, ah);
  const d = f32x4.mul(f32x4.mul(al, f32x4.add(a, ah)), splat(c2));
  const e1 = exp4(f32x4.neg(f32x4.mul(f32x4.mul(ah, ah), splat(c2))));
  // e^{-d}, d < 0.08: five Taylor terms (error d^5 / 120 < 3e-8).
  let e2 = f32x4.sub(splat(1.0 / 6.0), f32x4.mul(d, splat(1.0 / 24.0)));
  e2 = f32x4.sub(splat(0.5), f32x4.mul(d, e2));
  e2 = f32x4.sub(splat(1.0), f32x4.mul(d, e2));
  e2 = f32x4.sub(splat(1.0), f32x4.mul(d, e2));
  return f32x4.mul(f32x4.mul(h, e1), e2);
}

@inline export function erf4(x: v128): v128 {
  const a = f32x4.abs(x);
  const small = f32x4.lt(a, splat(0.75));
  const rs = erfSmall(x);
  if (!v128.any_true(v128.not(small))) return rs;
  const rl = copysign4(f32x4.sub(splat(1.0), erfcLarge(a, a, 1.0, 10.5)), x);
  return v128.bitselect(rs, rl, small);
}

@inline export function erfc4(x: v128): v128 {
  const a = f32x4.abs(x);
  const small = f32x4.lt(a, splat(0.75));
  const rs = f32x4.sub(splat(1.0), erfSmall(x));
  if (!v128.any_true(v128.not(small))) return rs;
  const e = erfcLarge(a, a, 1.0, 10.5);
  const rl = v128.bitselect(f32x4.sub(splat(2.0), e), e, f32x4.lt(x, splat(0.0)));
  return v128.bitselect(rs, rl, small);
}

/**
 * gelu(x) = x/2 (1 + erf(x / sqrt 2)). On the negative side 1 + erf cancels, so |u| >= 0.75 uses erfc directly:
 * x/2 erfc(|u|) for x < 0 and x (1 - erfc(u) / 2) for x > 0 (the latter keeps gelu(inf) = inf).
 */
@inline export function gelu4(x: v128): v128 {
  const u = f32x4.mul(x, splat(0.70710678118654752));
  const au = f32x4.abs(u);
  const small = f32x4.lt(au, splat(0.75));
  const half = f32x4.mul(x, splat(0.5));
  const rs = f32x4.add(f32x4.add(half, f32x4.mul(half, erfSmall(u))), splat(0.0));
  if (!v128.any_true(v128.not(small))) return rs;
  const e = erfcLarge(f32x4.abs(x), au, 0.5, 10.5);
  const rl = v128.bitselect(
    f32x4.mul(half, e),
    f32x4.mul(x, f32x4.sub(splat(1.0), f32x4.mul(e, splat(0.5)))),
    f32x4.lt(x, splat(0.0)),
  );
  // + 0: PyTorch's float32 gelu is +0 where it underflows and at -0 (docs/dev/wasm.md).
  return f32x4.add(v128.bitselect(rs, rl, small), splat(0.0));
}

/**
 * gelu, tanh approximation: x/2 (1 + tanh(y)) = x sigmoid(2y) = x / (1 + e^{-2y}), y = sqrt(2/pi)(x + 0.044715 x^3).
 * The sigmoid form has no cancellation for x < 0 (PyTorch's 1 + tanh(y) rounds to 0 below x ~ -4.5).
 */
@inline export function geluTanh4(x: v128): v128 {
  const x3 = f32x4.mul(f32x4.mul(x, x), x);
  const y2 = f32x4.mul(f32x4.add(x, f32x4.mul(x3, splat(0.044715))), splat(-1.5957691216057308));
  return f32x4.div(x, f32x4.add(splat(1.0), exp4(y2)));
}
