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

// Every other vector constant, splatted to four lanes, in one static table (same reason as EXP_C): c4(i, v)
// loads entry i, whose value is v; the argument documents the constant and scripts/build-wasm.mjs checks that
// entry i of this table is v. (Generated once from the former splat(literal) calls.)
const KC: usize = memory.data<f32>([
  1.17549435e-38, 1.17549435e-38, 1.17549435e-38, 1.17549435e-38, // 0
  33554432.0, 33554432.0, 33554432.0, 33554432.0, // 1
  1.0, 1.0, 1.0, 1.0, // 2
  7.0376836292e-2, 7.0376836292e-2, 7.0376836292e-2, 7.0376836292e-2, // 3
  -1.1514610310e-1, -1.1514610310e-1, -1.1514610310e-1, -1.1514610310e-1, // 4
  1.1676998740e-1, 1.1676998740e-1, 1.1676998740e-1, 1.1676998740e-1, // 5
  -1.2420140846e-1, -1.2420140846e-1, -1.2420140846e-1, -1.2420140846e-1, // 6
  1.4249322787e-1, 1.4249322787e-1, 1.4249322787e-1, 1.4249322787e-1, // 7
  -1.6668057665e-1, -1.6668057665e-1, -1.6668057665e-1, -1.6668057665e-1, // 8
  2.0000714765e-1, 2.0000714765e-1, 2.0000714765e-1, 2.0000714765e-1, // 9
  -2.4999993993e-1, -2.4999993993e-1, -2.4999993993e-1, -2.4999993993e-1, // 10
  3.3333331174e-1, 3.3333331174e-1, 3.3333331174e-1, 3.3333331174e-1, // 11
  0.5, 0.5, 0.5, 0.5, // 12
  0.44269504088896340736, 0.44269504088896340736, 0.44269504088896340736, 0.44269504088896340736, // 13
  7.00731903251827651129e-4, 7.00731903251827651129e-4, 7.00731903251827651129e-4, 7.00731903251827651129e-4, // 14
  2.48745663981195213739e-4, 2.48745663981195213739e-4, 2.48745663981195213739e-4, 2.48745663981195213739e-4, // 15
  4.3359375e-1, 4.3359375e-1, 4.3359375e-1, 4.3359375e-1, // 16
  3.0078125e-1, 3.0078125e-1, 3.0078125e-1, 3.0078125e-1, // 17
  -2.12194440e-4, -2.12194440e-4, -2.12194440e-4, -2.12194440e-4, // 18
  0.693359375, 0.693359375, 0.693359375, 0.693359375, // 19
  0.0, 0.0, 0.0, 0.0, // 20
  Infinity, Infinity, Infinity, Infinity, // 21
  -Infinity, -Infinity, -Infinity, -Infinity, // 22
  NaN, NaN, NaN, NaN, // 23
  -1.0, -1.0, -1.0, -1.0, // 24
  0.625, 0.625, 0.625, 0.625, // 25
  -5.70498872745e-3, -5.70498872745e-3, -5.70498872745e-3, -5.70498872745e-3, // 26
  2.06390887954e-2, 2.06390887954e-2, 2.06390887954e-2, 2.06390887954e-2, // 27
  -5.37397155531e-2, -5.37397155531e-2, -5.37397155531e-2, -5.37397155531e-2, // 28
  1.33314422036e-1, 1.33314422036e-1, 1.33314422036e-1, 1.33314422036e-1, // 29
  -3.33332819422e-1, -3.33332819422e-1, -3.33332819422e-1, -3.33332819422e-1, // 30
  2.0, 2.0, 2.0, 2.0, // 31
  20.0, 20.0, 20.0, 20.0, // 32
  -0.0006749294116161764, -0.0006749294116161764, -0.0006749294116161764, -0.0006749294116161764, // 33
  0.005114312749356031, 0.005114312749356031, 0.005114312749356031, 0.005114312749356031, // 34
  -0.026834607124328613, -0.026834607124328613, -0.026834607124328613, -0.026834607124328613, // 35
  0.11283376067876816, 0.11283376067876816, 0.11283376067876816, 0.11283376067876816, // 36
  -0.3761261999607086, -0.3761261999607086, -0.3761261999607086, -0.3761261999607086, // 37
  1.1283791065216064, 1.1283791065216064, 1.1283791065216064, 1.1283791065216064, // 38
  -0.0727309137582779, -0.0727309137582779, -0.0727309137582779, -0.0727309137582779, // 39
  0.34502410888671875, 0.34502410888671875, 0.34502410888671875, 0.34502410888671875, // 40
  -0.6010857224464417, -0.6010857224464417, -0.6010857224464417, -0.6010857224464417, // 41
  0.39755958318710327, 0.39755958318710327, 0.39755958318710327, 0.39755958318710327, // 42
  -0.10327855497598648, -0.10327855497598648, -0.10327855497598648, -0.10327855497598648, // 43
  0.23373809456825256, 0.23373809456825256, 0.23373809456825256, 0.23373809456825256, // 44
  0.23519186675548553, 0.23519186675548553, 0.23519186675548553, 0.23519186675548553, // 45
  0.2835937738418579, 0.2835937738418579, 0.2835937738418579, 0.2835937738418579, // 46
  0.28198379278182983, 0.28198379278182983, 0.28198379278182983, 0.28198379278182983, // 47
  3.5942994145443663e-6, 3.5942994145443663e-6, 3.5942994145443663e-6, 3.5942994145443663e-6, // 48
  0.75, 0.75, 0.75, 0.75, // 49
  0.70710678118654752, 0.70710678118654752, 0.70710678118654752, 0.70710678118654752, // 50
  0.044715, 0.044715, 0.044715, 0.044715, // 51
  -1.5957691216057308, -1.5957691216057308, -1.5957691216057308, -1.5957691216057308, // 52
  0.8913096785545349, 0.8913096785545349, 0.8913096785545349, 0.8913096785545349, // 53
  -2.589538812637329, -2.589538812637329, -2.589538812637329, -2.589538812637329, // 54
  2.8829541206359863, 2.8829541206359863, 2.8829541206359863, 2.8829541206359863, // 55
  -1.2058786153793335, -1.2058786153793335, -1.2058786153793335, -1.2058786153793335, // 56
  -0.21912741661071777, -0.21912741661071777, -0.21912741661071777, -0.21912741661071777, // 57
  0.11917490512132645, 0.11917490512132645, 0.11917490512132645, 0.11917490512132645, // 58
  0.31708723306655884, 0.31708723306655884, 0.31708723306655884, 0.31708723306655884, // 59
  0.31936168670654297, 0.31936168670654297, 0.31936168670654297, 0.31936168670654297, // 60
  -7.079068382154219e-06, -7.079068382154219e-06, -7.079068382154219e-06, -7.079068382154219e-06, // 61
  0.8, 0.8, 0.8, 0.8, // 62
  14.5, 14.5, 14.5, 14.5, // 63
  -0.5, -0.5, -0.5, -0.5, // 64
  13.0, 13.0, 13.0, 13.0, // 65
  1.0606601717798212, 1.0606601717798212, 1.0606601717798212, 1.0606601717798212, // 66
  -0.72134752044448170, -0.72134752044448170, -0.72134752044448170, -0.72134752044448170, // 67: -log2(e) / 2
  1.38671875, 1.38671875, 1.38671875, 1.38671875, // 68: 2 ln2 head (9 bits)
  -4.24388880e-4, -4.24388880e-4, -4.24388880e-4, -4.24388880e-4, // 69: 2 ln2 tail
  -7.456987077603117e-06, -7.456987077603117e-06, -7.456987077603117e-06, -7.456987077603117e-06, // 70: gelu series, x^10
  0.00011301141057629138, 0.00011301141057629138, 0.00011301141057629138, 0.00011301141057629138, // 71
  -0.0011859332444146276, -0.0011859332444146276, -0.0011859332444146276, -0.0011859332444146276, // 72
  0.009973189793527126, 0.009973189793527126, 0.009973189793527126, 0.009973189793527126, // 73
  -0.06649034470319748, -0.06649034470319748, -0.06649034470319748, -0.06649034470319748, // 74
  0.3989422619342804, 0.3989422619342804, 0.3989422619342804, 0.3989422619342804, // 75
], 16);

// @ts-ignore: decorator
@inline function c4(i: usize, value: f32): v128 {
  return v128.load(KC + (i << 4));
}

// exp's constants, each splatted to four lanes, in a static table: V8 rematerialises every v128.const at each
// use (Binaryen folds splats back into the loop), so loading them from memory measured 20% faster for exp.
const EXP_C: usize = memory.data<f32>([
  89.0, 89.0, 89.0, 89.0, // 0: upper clamp
  -104.0, -104.0, -104.0, -104.0, // 16: lower clamp
  1.44269504088896341, 1.44269504088896341, 1.44269504088896341, 1.44269504088896341, // 32: log2(e)
  12582912.0, 12582912.0, 12582912.0, 12582912.0, // 48: 1.5 * 2^23, round-to-nearest magic
  0.693359375, 0.693359375, 0.693359375, 0.693359375, // 64: ln2 head (9 bits)
  -2.12194440e-4, -2.12194440e-4, -2.12194440e-4, -2.12194440e-4, // 80: ln2 tail
  1.381459180265665e-3, 1.381459180265665e-3, 1.381459180265665e-3, 1.381459180265665e-3, // 96: q4 (expPoly4)
  8.36871936917305e-3, 8.36871936917305e-3, 8.36871936917305e-3, 8.36871936917305e-3, // 112: q3
  4.166838899254799e-2, 4.166838899254799e-2, 4.166838899254799e-2, 4.166838899254799e-2, // 128: q2
  1.666652113199234e-1, 1.666652113199234e-1, 1.666652113199234e-1, 1.666652113199234e-1, // 144: q1
  4.999999403953552e-1, 4.999999403953552e-1, 4.999999403953552e-1, 4.999999403953552e-1, // 160: q0
  1.0, 1.0, 1.0, 1.0, // 176
], 16);
// Integer lane constants for the range check of the scaling (bit patterns, loaded like the floats above). The check
// is unsigned (bits(t) - (bits(magic) - 125)) > 252; wasm's i32x4.gt_u is several x64 instructions, so both sides
// are offset by 2^31 (xor 0x80000000, folded into the constants) and compared signed, one instruction.
const EXP_I: usize = memory.data<i32>([
  0xcb3fff83, 0xcb3fff83, 0xcb3fff83, 0xcb3fff83, // 0: (bits(1.5 * 2^23) - 125) ^ 0x80000000
  0x800000fc, 0x800000fc, 0x800000fc, 0x800000fc, // 16: 252 ^ 0x80000000: k + 125 <= 252, i.e. -125 <= k <= 127
], 16);

/**
 * e^r for the reduced argument |r| <= ln2/2 (+ 2e-5 of rounding slack): 1 + r + r^2 Q(r), Q of degree 4, so
 * degree 6 in all. Own fit (weighted least squares iterated toward minimax, numpy, float64): relative error
 * 3.1e-9 (0.05 half-ulp) on |r| <= 0.34660. A float32 simulation of exp4 (this evaluation order, no FMA) over
 * 3.5e7 points on [-87.4, 88.72] finds at most 0.98 ulp (the former Cephes degree-7 form: 0.99 ulp on the
 * same points), 97.8% of results bit-identical to it. A degree-5 fit (1.05e-7 relative, 1.76 half-ulps) would
 * save one multiply-add more but reaches 2.25 ulp in the same simulation: not taken.
 */
@inline function expPoly4(r: v128): v128 {
  const z = f32x4.mul(r, r);
  let q = f32x4.add(f32x4.mul(v128.load(EXP_C, 96), r), v128.load(EXP_C, 112));
  q = f32x4.add(f32x4.mul(q, r), v128.load(EXP_C, 128));
  q = f32x4.add(f32x4.mul(q, r), v128.load(EXP_C, 144));
  q = f32x4.add(f32x4.mul(q, r), v128.load(EXP_C, 160));
  return f32x4.add(f32x4.add(f32x4.mul(q, z), r), v128.load(EXP_C, 176));
}

/**
 * exp(x), in pieces so that loops can evaluate two vectors with shared constants (index.ts):
 *   t = expT(x), p = expP(x, t), expBits(p, t) when expInRange2(t0, t1) holds for both vectors, else expFull
 *   (clamp, t, p, expScale2) for each; exp4 does the same for one vector.
 * Clamp: x to [-104, 89] (below -104 the result rounds to 0, above 88.72 it overflows to inf); pmin/pmax with x
 * first keep NaN, and each is one instruction where f32x4.min/max are several.
 * k = round(x log2 e) by adding and subtracting 1.5·2^23 (exact for |k| < 2^22, ties to even; k's integer value is
 * the difference of the bit patterns, so no float-to-int conversion). Cody–Waite reduction x = k ln2 + r with ln2
 * split in a 9-bit head (k · head is exact for |k| <= 150) and a tail; e^r by expPoly4.
 * Scaling by 2^k: when every lane has -125 <= k <= 127 (x in about [-86.6, 88.37]) the result is normal and
 * 2^k is applied by adding k << 23 to p's bits (t << 23 is exactly k << 23: the magic's low 9 bits are 0), two
 * integer instructions; otherwise (some lane NaN, ±inf, overflowing or denormal) the vector is scaled by the
 * two factors 2^(k>>1) · 2^(k - k>>1), so denormal results are rounded once and overflow gives inf. Both give
 * the same bits wherever the result is normal.
 * Constants come from EXP_C / EXP_I (docs/dev/wasm.md).
 */
@inline export function expClamp(x: v128): v128 {
  return f32x4.pmax(f32x4.pmin(x, v128.load(EXP_C, 0)), v128.load(EXP_C, 16));
}

@inline export function expT(a: v128): v128 {
  return f32x4.add(f32x4.mul(a, v128.load(EXP_C, 32)), v128.load(EXP_C, 48));
}

@inline export function expP(a: v128, t: v128): v128 {
  const kf = f32x4.sub(t, v128.load(EXP_C, 48));
  let r = f32x4.sub(a, f32x4.mul(kf, v128.load(EXP_C, 64)));
  r = f32x4.sub(r, f32x4.mul(kf, v128.load(EXP_C, 80)));
  return expPoly4(r);
}

/** p · 2^k by adding k << 23 to the bits: valid where p · 2^k is a normal float. */
@inline export function expBits(p: v128, t: v128): v128 {
  return i32x4.add(p, i32x4.shl(t, 23));
}

/** p · 2^k as two factors 2^(k>>1) · 2^(k - k>>1) (k from t's bits), so denormal results are rounded once. */
@inline export function expScale2(p: v128, t: v128): v128 {
  const k = i32x4.sub(t, v128.load(EXP_C, 48)); // bit patterns: t = magic + k ulps of 1 (ulp(1.5 * 2^23) = 1)
  const k1 = i32x4.shr_s(k, 1);
  const k2 = i32x4.sub(k, k1);
  const s1 = i32x4.shl(i32x4.add(k1, i32x4.splat(127)), 23);
  const s2 = i32x4.shl(i32x4.add(k2, i32x4.splat(127)), 23);
  return f32x4.mul(f32x4.mul(p, s1), s2);
}

/** True when some lane's k (from t = magic + k) lies outside [-125, 127], where p · 2^k is not a normal float. */
@inline function expOutOfRange(t: v128): bool {
  return v128.any_true(i32x4.gt_s(i32x4.sub(t, v128.load(EXP_I, 0)), v128.load(EXP_I, 16)));
}

/** True when every lane of both t0 and t1 is in the range of expBits (one check for two vectors). */
@inline export function expInRange2(t0: v128, t1: v128): bool {
  const lo = v128.load(EXP_I, 0);
  const hi = v128.load(EXP_I, 16);
  return !v128.any_true(v128.or(i32x4.gt_s(i32x4.sub(t0, lo), hi), i32x4.gt_s(i32x4.sub(t1, lo), hi)));
}

@inline export function expScale(p: v128, t: v128): v128 {
  return expOutOfRange(t) ? expScale2(p, t) : expBits(p, t);
}

/**
 * exp for any x: clamp, and the two-factor scaling for every lane (the former exp4, bit for bit but the polynomial).
 * Lanes below -104 (e.g. -inf, softmax masks) are 0 either way; they are computed from 0 instead and cleared, since
 * x86 takes a microcode assist (~100 cycles) for every multiply that underflows, and masked rows are full of them
 * (softmax over rows half -inf: 1.6x faster).
 */
@inline export function expFull(x: v128): v128 {
  const low = f32x4.lt(x, v128.load(EXP_C, 16));
  const a = v128.andnot(expClamp(x), low);
  const t = expT(a);
  return v128.andnot(expScale2(expP(a, t), t), low);
}

/**
 * exp4: when every lane is in range (checked on the unclamped t: NaN and ±inf fail the check) neither the clamp
 * nor the two-factor scaling is needed; otherwise the whole vector takes expFull, out of line so the rare path
 * does not bloat every loop exp4 is inlined into. Clamping always and choosing only the scaling by the check
 * (no call) measured 16% slower for exp.
 */
@inline export function exp4(x: v128): v128 {
  const t = expT(x);
  if (expOutOfRange(t)) return expFullCall(x);
  return expBits(expP(x, t), t);
}

// @ts-ignore: decorator
@noinline function expFullCall(x: v128): v128 {
  return expFull(x);
}

const SQRTHF: f32 = 0.707106781186547524;

/**
 * log, log2 or log10 (base = 0, 2, 10, a compile-time constant once inlined) for finite x > 0, normal or
 * denormal; specials are patched by logSpecials. x = 2^e m with m in [sqrt(1/2), sqrt 2), f = m - 1,
 * log(1 + f) = f + y with y from the Cephes logf polynomial; the base constants are split in an exact head
 * and a tail (Cephes log2f/log10f) so the e term adds no rounding error.
 */
@inline function logCore(x: v128, base: i32, normal: bool = false): v128 {
  let e: v128;
  if (normal) {
    // The caller guarantees x >= 2^-126 (log1pUnit: x in [1, 2]): no denormal rescaling.
    e = i32x4.sub(i32x4.shr_u(x, 23), i32x4.splat(126));
  } else {
    // Denormals: scale by 2^25 and subtract 25 from the exponent.
    const tiny = f32x4.lt(x, c4(0, 1.17549435e-38));
    x = v128.bitselect(f32x4.mul(x, c4(1, 33554432.0)), x, tiny);
    e = i32x4.sub(i32x4.shr_u(x, 23), i32x4.splat(126));
    e = i32x4.sub(e, v128.and(tiny, i32x4.splat(25)));
  }
  let m = v128.or(v128.and(x, i32x4.splat(0x007fffff)), i32x4.splat(0x3f000000)); // [0.5, 1)
  const lo = f32x4.lt(m, splat(SQRTHF));
  e = i32x4.add(e, lo); // lo lanes are -1
  m = f32x4.sub(f32x4.add(m, v128.and(m, lo)), c4(2, 1.0)); // 2m - 1 or m - 1
  const z = f32x4.mul(m, m);
  let y = f32x4.add(f32x4.mul(c4(3, 7.0376836292e-2), m), c4(4, -1.1514610310e-1));
  y = f32x4.add(f32x4.mul(y, m), c4(5, 1.1676998740e-1));
  y = f32x4.add(f32x4.mul(y, m), c4(6, -1.2420140846e-1));
  y = f32x4.add(f32x4.mul(y, m), c4(7, 1.4249322787e-1));
  y = f32x4.add(f32x4.mul(y, m), c4(8, -1.6668057665e-1));
  y = f32x4.add(f32x4.mul(y, m), c4(9, 2.0000714765e-1));
  y = f32x4.add(f32x4.mul(y, m), c4(10, -2.4999993993e-1));
  y = f32x4.add(f32x4.mul(y, m), c4(11, 3.3333331174e-1));
  y = f32x4.mul(f32x4.mul(y, m), z);
  y = f32x4.sub(y, f32x4.mul(c4(12, 0.5), z));
  const fe = f32x4.convert_i32x4_s(e);
  if (base == 2) {
    const A = c4(13, 0.44269504088896340736);
    let r = f32x4.mul(y, A);
    r = f32x4.add(r, f32x4.mul(m, A));
    r = f32x4.add(r, y);
    r = f32x4.add(r, m);
    return f32x4.add(r, fe);
  }
  if (base == 10) {
    let r = f32x4.mul(y, c4(14, 7.00731903251827651129e-4));
    r = f32x4.add(r, f32x4.mul(m, c4(14, 7.00731903251827651129e-4)));
    r = f32x4.add(r, f32x4.mul(fe, c4(15, 2.48745663981195213739e-4)));
    r = f32x4.add(r, f32x4.mul(y, c4(16, 4.3359375e-1)));
    r = f32x4.add(r, f32x4.mul(m, c4(16, 4.3359375e-1)));
    return f32x4.add(r, f32x4.mul(fe, c4(17, 3.0078125e-1)));
  }
  const r = f32x4.add(m, f32x4.add(y, f32x4.mul(fe, c4(18, -2.12194440e-4))));
  return f32x4.add(r, f32x4.mul(fe, c4(19, 0.693359375)));
}

/** log(0) = -inf, log(inf) = inf, log(x < 0) = log(nan) = nan, applied over a finite-positive result. */
@inline function logSpecials(x: v128, r: v128): v128 {
  const ok = v128.and(f32x4.gt(x, c4(20, 0.0)), f32x4.lt(x, c4(21, Infinity)));
  const special = v128.bitselect(
    c4(22, -Infinity),
    v128.bitselect(c4(21, Infinity), c4(23, NaN), f32x4.eq(x, c4(21, Infinity))),
    f32x4.eq(x, c4(20, 0.0)),
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
  const u = f32x4.add(x, c4(2, 1.0));
  const d = f32x4.sub(u, c4(2, 1.0));
  let r = f32x4.mul(log4(u), f32x4.div(x, d));
  r = v128.bitselect(x, r, f32x4.eq(d, c4(20, 0.0)));
  return v128.bitselect(x, r, f32x4.eq(x, c4(21, Infinity)));
}

/** log1p for z in [0, 1] (softplus, logSigmoid): the same trick with no specials to patch besides z == 0. */
@inline function log1pUnit(z: v128): v128 {
  const u = f32x4.add(z, c4(2, 1.0));
  const d = f32x4.sub(u, c4(2, 1.0));
  const lu = logCore(u, 0, true); // u in [1, 2] (nan passes through the arithmetic)
  return v128.bitselect(z, f32x4.mul(lu, f32x4.div(z, d)), f32x4.eq(d, c4(20, 0.0)));
}

/**
 * expm1(x) by Kahan's trick: u = exp(x); (u - 1) * x / log(u), exact to first order in the rounding of u.
 * u == 1 gives x, u - 1 == -1 gives -1, overflow gives inf. expm1_4's path for vectors out of exp's normal range.
 */
// @ts-ignore: decorator
@inline function expm1Kahan(x: v128): v128 {
  const u = exp4(x);
  const um1 = f32x4.sub(u, c4(2, 1.0));
  let r = f32x4.mul(um1, f32x4.div(x, log4(u)));
  r = v128.bitselect(x, r, f32x4.eq(um1, c4(20, 0.0)));
  r = v128.bitselect(c4(24, -1.0), r, f32x4.eq(um1, c4(24, -1.0)));
  return v128.bitselect(c4(21, Infinity), r, f32x4.eq(u, c4(21, Infinity)));
}

/**
 * expm1(x) = 2^k (e^r - 1) + (2^k - 1) with exp's reduction x = k ln2 + r: e^r - 1 = r + r^2 Q(r) (expPoly4's Q,
 * without the 1, so no cancellation), 2^k from the bits, 2^k - 1 exact for |k| <= 24 (and -1 below), one rounding
 * in the final addition. A float32 simulation (numpy, 2.7e7 points on [-20, 88.3], [-2, 2] and log-uniform
 * magnitudes 1e-30..1) finds at most 1.52 ulp (at x = 0.381, where k = 1 doubles the error of e^r - 1 near its
 * most negative value); the Kahan form it replaces measured 2.38 ulp, with an exp, a log and a division.
 * Lanes out of exp's normal range (NaN, ±inf, x > 88.37 or x < -86.6) take the Kahan form (expm1Patch), the
 * others keep this one whatever their neighbours.
 */
@inline export function expm1_4(x: v128): v128 {
  const t = expT(x);
  const kf = f32x4.sub(t, v128.load(EXP_C, 48));
  let r = f32x4.sub(x, f32x4.mul(kf, v128.load(EXP_C, 64)));
  r = f32x4.sub(r, f32x4.mul(kf, v128.load(EXP_C, 80)));
  const z = f32x4.mul(r, r);
  let q = f32x4.add(f32x4.mul(v128.load(EXP_C, 96), r), v128.load(EXP_C, 112));
  q = f32x4.add(f32x4.mul(q, r), v128.load(EXP_C, 128));
  q = f32x4.add(f32x4.mul(q, r), v128.load(EXP_C, 144));
  q = f32x4.add(f32x4.mul(q, r), v128.load(EXP_C, 160));
  const em1r = f32x4.add(f32x4.mul(q, z), r);
  const s = i32x4.add(v128.load(EXP_C, 176), i32x4.shl(t, 23)); // 2^k: k << 23 added to the bits of 1
  let res = f32x4.add(f32x4.mul(s, em1r), f32x4.sub(s, v128.load(EXP_C, 176)));
  res = v128.bitselect(x, res, f32x4.eq(x, c4(20, 0.0))); // expm1(-0) = -0 (r + z q rounds it to +0)
  if (expOutOfRange(t)) return expm1Patch(x, t, res);
  return res;
}

/** The lanes of res whose k is out of range replaced by the Kahan form (out of line: rare). */
// @ts-ignore: decorator
@noinline function expm1Patch(x: v128, t: v128, res: v128): v128 {
  const out = i32x4.gt_s(i32x4.sub(t, v128.load(EXP_I, 0)), v128.load(EXP_I, 16));
  return v128.bitselect(expm1Kahan(x), res, out);
}

/**
 * tanh: odd polynomial for |x| < 0.625 (Cephes tanhf), 1 - 2 / (e^{2|x|} + 1) with the sign restored above.
 * e^{2|x|} = inf (|x| > 44) gives exactly 1.
 *
 * Each exp-based function below is also split in its exp argument (…Arg) and what it does with e = exp4(arg)
 * (…Finish), so index.ts can evaluate the exps of two vectors with shared constants (expPairFast).
 */
@inline function tanhSmall(x: v128): v128 {
  const a = f32x4.abs(x);
  const z = f32x4.mul(x, x);
  let p = f32x4.add(f32x4.mul(c4(26, -5.70498872745e-3), z), c4(27, 2.06390887954e-2));
  p = f32x4.add(f32x4.mul(p, z), c4(28, -5.37397155531e-2));
  p = f32x4.add(f32x4.mul(p, z), c4(29, 1.33314422036e-1));
  p = f32x4.add(f32x4.mul(p, z), c4(30, -3.33332819422e-1));
  // copysign: (p z) x + x rounds tanh(-0) to +0 (p < 0, so the product is +0); tanh is odd.
  return copysign4(f32x4.add(f32x4.mul(f32x4.mul(p, z), a), a), x);
}

/** All four lanes of x are below tanh's split 0.625 in magnitude (no exp needed). */
@inline export function tanhAllSmall(x: v128): bool {
  return !v128.any_true(v128.not(f32x4.lt(f32x4.abs(x), c4(25, 0.625))));
}

@inline export function tanhArg(x: v128): v128 {
  const a = f32x4.abs(x);
  return f32x4.add(a, a);
}

@inline export function tanhFinish(x: v128, e: v128): v128 {
  const small = f32x4.lt(f32x4.abs(x), c4(25, 0.625));
  const big = copysign4(f32x4.sub(c4(2, 1.0), f32x4.div(c4(31, 2.0), f32x4.add(e, c4(2, 1.0)))), x);
  if (!v128.any_true(small)) return big; // no small lane: skip the polynomial
  return v128.bitselect(tanhSmall(x), big, small);
}

@inline export function tanh4(x: v128): v128 {
  if (tanhAllSmall(x)) return tanhSmall(x);
  return tanhFinish(x, exp4(tanhArg(x)));
}

/** 1 / (1 + e^{-x}): e^{-x} = inf gives 0, e^{-x} = 0 gives 1. */
@inline export function sigmoidFinish(x: v128, e: v128): v128 {
  return f32x4.div(c4(2, 1.0), f32x4.add(c4(2, 1.0), e));
}

@inline export function sigmoid4(x: v128): v128 {
  return sigmoidFinish(x, exp4(f32x4.neg(x)));
}

/** x / (1 + e^{-x}), PyTorch's formula (silu(-inf) = nan, as in PyTorch). */
@inline export function siluFinish(x: v128, e: v128): v128 {
  return f32x4.div(x, f32x4.add(c4(2, 1.0), e));
}

@inline export function silu4(x: v128): v128 {
  return siluFinish(x, exp4(f32x4.neg(x)));
}

/** PyTorch softplus with beta 1, threshold 20: x where x > 20, else log1p(e^x). */
@inline export function softplusArg(x: v128): v128 {
  // pmin(x, 20) is f32x4.min(x, 20) for every x here (NaN first stays NaN) and one instruction, not several.
  return f32x4.pmin(x, c4(32, 20.0));
}

@inline export function softplusFinish(x: v128, e: v128): v128 {
  return v128.bitselect(x, log1pUnit(e), f32x4.gt(x, c4(32, 20.0)));
}

@inline export function softplus4(x: v128): v128 {
  return softplusFinish(x, exp4(softplusArg(x)));
}

/** log sigmoid(x) = min(x, 0) - log1p(e^{-|x|}), PyTorch's stable form. */
@inline export function logSigmoidArg(x: v128): v128 {
  return f32x4.neg(f32x4.abs(x));
}

@inline export function logSigmoidFinish(x: v128, e: v128): v128 {
  const m = f32x4.pmin(x, c4(20, 0.0)); // = f32x4.min(x, 0) including -0 and NaN (x is the first argument)
  return f32x4.sub(m, log1pUnit(e));
}

@inline export function logSigmoid4(x: v128): v128 {
  return logSigmoidFinish(x, exp4(logSigmoidArg(x)));
}

// erf(x) / x = P(x^2) on |x| < 0.75; minimax fit (docs/dev/wasm.md), relative error 1.4e-9.
@inline function erfSmall(x: v128): v128 {
  const z = f32x4.mul(x, x);
  let p = f32x4.add(f32x4.mul(c4(33, -0.0006749294116161764), z), c4(34, 0.005114312749356031));
  p = f32x4.add(f32x4.mul(p, z), c4(35, -0.026834607124328613));
  p = f32x4.add(f32x4.mul(p, z), c4(36, 0.11283376067876816));
  p = f32x4.add(f32x4.mul(p, z), c4(37, -0.3761261999607086));
  p = f32x4.add(f32x4.mul(p, z), c4(38, 1.1283791065216064));
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
  const s = f32x4.div(c4(2, 1.0), f32x4.add(c4(2, 1.0), f32x4.mul(u, c4(12, 0.5))));
  let h = f32x4.add(f32x4.mul(c4(39, -0.0727309137582779), s), c4(40, 0.34502410888671875));
  h = f32x4.add(f32x4.mul(h, s), c4(41, -0.6010857224464417));
  h = f32x4.add(f32x4.mul(h, s), c4(42, 0.39755958318710327));
  h = f32x4.add(f32x4.mul(h, s), c4(43, -0.10327855497598648));
  h = f32x4.add(f32x4.mul(h, s), c4(44, 0.23373809456825256));
  h = f32x4.add(f32x4.mul(h, s), c4(45, 0.23519186675548553));
  h = f32x4.add(f32x4.mul(h, s), c4(46, 0.2835937738418579));
  h = f32x4.add(f32x4.mul(h, s), c4(47, 0.28198379278182983));
  h = f32x4.add(f32x4.mul(h, s), c4(48, 3.5942994145443663e-6));
  const ah = v128.and(a, i32x4.splat(0xfffff000));
  const al = f32x4.sub(a, ah);
  const d = f32x4.mul(f32x4.mul(al, f32x4.add(a, ah)), splat(c2));
  const e1 = exp4(f32x4.neg(f32x4.mul(f32x4.mul(ah, ah), splat(c2))));
  // e^{-d}, d < 0.08: five Taylor terms (error d^5 / 120 < 3e-8).
  let e2 = f32x4.sub(splat(1.0 / 6.0), f32x4.mul(d, splat(1.0 / 24.0)));
  e2 = f32x4.sub(c4(12, 0.5), f32x4.mul(d, e2));
  e2 = f32x4.sub(c4(2, 1.0), f32x4.mul(d, e2));
  e2 = f32x4.sub(c4(2, 1.0), f32x4.mul(d, e2));
  return f32x4.mul(f32x4.mul(h, e1), e2);
}

@inline export function erf4(x: v128): v128 {
  const a = f32x4.abs(x);
  const small = f32x4.lt(a, c4(49, 0.75));
  if (!v128.any_true(v128.not(small))) return erfSmall(x);
  const rl = copysign4(f32x4.sub(c4(2, 1.0), erfcLarge(a, a, 1.0, 10.5)), x);
  if (!v128.any_true(small)) return rl; // no small lane: skip the series
  return v128.bitselect(erfSmall(x), rl, small);
}

@inline export function erfc4(x: v128): v128 {
  const a = f32x4.abs(x);
  const small = f32x4.lt(a, c4(49, 0.75));
  if (!v128.any_true(v128.not(small))) return f32x4.sub(c4(2, 1.0), erfSmall(x));
  const e = erfcLarge(a, a, 1.0, 10.5);
  const rl = v128.bitselect(f32x4.sub(c4(31, 2.0), e), e, f32x4.lt(x, c4(20, 0.0)));
  if (!v128.any_true(small)) return rl; // no small lane: skip the series
  return v128.bitselect(f32x4.sub(c4(2, 1.0), erfSmall(x)), rl, small);
}

/**
 * e^{t - d} for t in [-105.2, 0] and a small correction |d| < 0.06 (exp4's reduction and polynomial): k is rounded
 * from t - d, r = (t - k ln2) - d keeps t's bits (t - k·ln2_head is exact), so t may carry 24 significant bits that
 * rounding t - d first would lose. No clamp: the caller's range keeps 2^k within the two-factor scaling.
 */
@inline function expSplit4(t: v128, d: v128): v128 {
  const magic = v128.load(EXP_C, 48);
  const tt = f32x4.add(f32x4.mul(f32x4.sub(t, d), v128.load(EXP_C, 32)), magic);
  const kf = f32x4.sub(tt, magic);
  let r = f32x4.sub(t, f32x4.mul(kf, v128.load(EXP_C, 64)));
  r = f32x4.sub(f32x4.sub(r, f32x4.mul(kf, v128.load(EXP_C, 80))), d);
  // k < -125 only where the result is denormal (|x| > 13.2 in gelu): two-factor scaling there, bit addition else.
  return expScale(expPoly4(r), tt);
}

/**
 * The normal tail Φ(-a) = erfc(a / sqrt 2) / 2 for a = |x| >= 1.06, a clamped to 14.5 (x·Φ(-14.5) underflows
 * float32 for every x): h(s) e^{-a^2/2} with s = 1 / (1 + 0.8 a) and h a degree-8 fit of erfcx(a / sqrt 2) / 2
 * (relative error 1.4e-8 on [1.06, 5.6], where results need it, 4e-6 up to 14.5; docs/dev/wasm.md). e^{-a^2/2}
 * from the exact split a = ah + al (ah holds 12 bits, so ah^2 / 2 is exact) through expSplit4: rounding a^2 would
 * cost a^2 ulp. Replaces erfcLarge's Taylor factor and second exp argument (gelu 1.3x faster).
 * gelu4 itself now uses geluLarge (the same h, a cheaper e^{-a^2/2} and no range check); this stays for other callers.
 */
@inline function normalTail(x: v128): v128 {
  const a = f32x4.pmin(f32x4.abs(x), c4(63, 14.5)); // NaN stays NaN (pmin returns the first argument)
  const h = normalTailH(a);
  const ah = v128.and(a, i32x4.splat(0xfffff000));
  const al = f32x4.sub(a, ah);
  const t = f32x4.mul(f32x4.mul(ah, ah), c4(64, -0.5));
  const d = f32x4.mul(f32x4.mul(al, f32x4.add(a, ah)), c4(12, 0.5));
  return f32x4.mul(h, expSplit4(t, d));
}

/**
 * The small-|x| branch of gelu (|x| < 0.75 sqrt 2): x/2 + z G(z), z = x^2, G(z) = erfSmall's P(z/2) / (2 sqrt 2) (the
 * same polynomial, its coefficients scaled by 2^-i / (2 sqrt 2) in float64 and rounded). Three operations fewer than
 * x/2 + x/2 erf(x / sqrt 2) + 0 (no u, no x/2 · erf, and -0 + z G = +0 at x = -0 without the + 0), and more accurate:
 * a float32 simulation over 4e6 points finds at most 4.79 ulp (at x = -1.054, where x/2 + z G cancels by 3.5x)
 * against 5.57, mean 0.46 against 0.59 ulp.
 */
@inline function geluSmall(x: v128): v128 {
  const z = f32x4.mul(x, x);
  let p = f32x4.add(f32x4.mul(c4(70, -7.456987077603117e-06), z), c4(71, 0.00011301141057629138));
  p = f32x4.add(f32x4.mul(p, z), c4(72, -0.0011859332444146276));
  p = f32x4.add(f32x4.mul(p, z), c4(73, 0.009973189793527126));
  p = f32x4.add(f32x4.mul(p, z), c4(74, -0.06649034470319748));
  p = f32x4.add(f32x4.mul(p, z), c4(75, 0.3989422619342804));
  return f32x4.add(f32x4.mul(x, c4(12, 0.5)), f32x4.mul(z, p));
}

/** normalTail's h(s), s = 1 / (1 + 0.8 a), for 0 <= a <= 14.5 (fitted on [1.06, 14.5]; see normalTail). */
@inline function normalTailH(a: v128): v128 {
  const s = f32x4.div(c4(2, 1.0), f32x4.add(c4(2, 1.0), f32x4.mul(a, c4(62, 0.8))));
  let h = f32x4.add(f32x4.mul(c4(53, 0.8913096785545349), s), c4(54, -2.589538812637329));
  h = f32x4.add(f32x4.mul(h, s), c4(55, 2.8829541206359863));
  h = f32x4.add(f32x4.mul(h, s), c4(56, -1.2058786153793335));
  h = f32x4.add(f32x4.mul(h, s), c4(57, -0.21912741661071777));
  h = f32x4.add(f32x4.mul(h, s), c4(58, 0.11917490512132645));
  h = f32x4.add(f32x4.mul(h, s), c4(59, 0.31708723306655884));
  h = f32x4.add(f32x4.mul(h, s), c4(60, 0.31936168670654297));
  return f32x4.add(f32x4.mul(h, s), c4(61, -7.079068382154219e-06));
}

// Integer lane masks for gelu (loaded: an i32x4.splat constant is rematerialised by V8 at each use, three
// instructions; f32x4.abs is three more).
const GELU_I: usize = memory.data<i32>([
  0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, // 0: |x|
  0xfffff000, 0xfffff000, 0xfffff000, 0xfffff000, // 16: the 12-bit head of a
], 16);

/**
 * gelu's large-|x| branch from ax = |x|, without a branch. a = min(ax, 13); Φ(-a) = h(s) e^{-a^2/2} with normalTail's
 * h and s, and e^{-a^2/2} = 2^k e^r from the exact split a = ah + al (ah holds 12 bits): u = ah^2 (exact),
 * v = al (a + ah) (rounded, < 0.1), k = round(-u log2(e) / 2) (v moves r by at most 0.05: |r| < 0.4, where exp's
 * polynomial is still within 7e-8, and within 1.1e-8 for a < 5.3), r = -(u + 2k ln2 + v) / 2 with u + 2k ln2_head
 * exact: two operations fewer than expSplit4's form, and no accuracy change in a float32 simulation. a <= 13 keeps
 * k >= -122, so 2^k always goes to the bits (no range check, no two-factor path); Φ(-a) is cleared where |x| > 13
 * (|x| Φ(-13) < 1e-37; x Φ(x) underflows below -13.2).
 * gelu = (x - min(x, 0)) - a Φ(-a): x Φ(-a) for x < 0 (the same rounding as x·q; +0 where it is 0), x - x Φ(-x)
 * for x > 0 (more accurate than x (1 - Φ(-x)): one rounding of a product below 0.15 x); x - min(x, 0) is nan at
 * x = -inf, as gelu(-inf) must be. gelu4x2 evaluates this for two vectors side by side.
 */
@inline function geluLarge(x: v128, ax: v128): v128 {
  const a = f32x4.pmin(ax, c4(65, 13.0)); // NaN stays NaN
  const h = normalTailH(a);
  const ah = v128.and(a, v128.load(GELU_I, 16));
  const u = f32x4.mul(ah, ah);
  const v = f32x4.mul(f32x4.sub(a, ah), f32x4.add(a, ah));
  const magic = v128.load(EXP_C, 48);
  const tt = f32x4.add(f32x4.mul(u, c4(67, -0.7213475204444817)), magic);
  const kf = f32x4.sub(tt, magic);
  let w = f32x4.add(u, f32x4.mul(kf, c4(68, 1.38671875)));
  w = f32x4.add(f32x4.add(w, f32x4.mul(kf, c4(69, -4.2438888e-4))), v);
  const p = expPoly4(f32x4.mul(w, c4(64, -0.5)));
  const q = v128.andnot(f32x4.mul(h, expBits(p, tt)), f32x4.gt(ax, c4(65, 13.0)));
  // x - min(x, 0): max(x, 0), but -inf - -inf = nan (gelu(-inf) = nan, as PyTorch's -inf·0); pmin keeps NaN (x first).
  return f32x4.sub(f32x4.sub(x, f32x4.pmin(x, c4(20, 0.0))), f32x4.mul(a, q));
}

/** gelu(x) = x/2 (1 + erf(x / sqrt 2)): the erf series for |x| < 1.0607 (|x / sqrt 2| < 0.75), geluLarge above. */
@inline export function gelu4(x: v128): v128 {
  const ax = v128.and(x, v128.load(GELU_I, 0));
  const small = f32x4.lt(ax, c4(66, 1.0606601717798212));
  if (!v128.any_true(v128.not(small))) return geluSmall(x);
  const g = geluLarge(x, ax);
  // No small lane (57% of vectors for uniform x on [-8, 8]): skip the erf series.
  if (!v128.any_true(small)) return g;
  return v128.bitselect(geluSmall(x), g, small);
}

/**
 * gelu4 on the two vectors at src, stored at dst (may equal src), bit for bit as gelu4 on each: straight-line code
 * for both large branches (Binaryen's CSE then loads each constant once per pair; V8 merges no loads), and the
 * pair takes the erf series only when one of its eight lanes needs it (|x| < 1.0607, i.e. |x / sqrt 2| < 0.75).
 */
@inline export function gelu4x2(src: usize, dst: usize): void {
  const x0 = v128.load(src);
  const x1 = v128.load(src, 16);
  const absMask = v128.load(GELU_I, 0);
  const ax0 = v128.and(x0, absMask);
  const ax1 = v128.and(x1, absMask);
  const small0 = f32x4.lt(ax0, c4(66, 1.0606601717798212));
  const small1 = f32x4.lt(ax1, c4(66, 1.0606601717798212));
  if (!v128.any_true(v128.not(v128.and(small0, small1)))) {
    v128.store(dst, geluSmall(x0));
    v128.store(dst, geluSmall(x1), 16);
    return;
  }
  let g0 = geluLarge(x0, ax0);
  let g1 = geluLarge(x1, ax1);
  if (v128.any_true(v128.or(small0, small1))) {
    g0 = v128.bitselect(geluSmall(x0), g0, small0);
    g1 = v128.bitselect(geluSmall(x1), g1, small1);
  }
  v128.store(dst, g0);
  v128.store(dst, g1, 16);
}

/**
 * gelu, tanh approximation: x/2 (1 + tanh(y)) = x sigmoid(2y) = x / (1 + e^{-2y}), y = sqrt(2/pi)(x + 0.044715 x^3).
 * The sigmoid form has no cancellation for x < 0 (PyTorch's 1 + tanh(y) rounds to 0 below x ~ -4.5).
 */
@inline export function geluTanhArg(x: v128): v128 {
  const x3 = f32x4.mul(f32x4.mul(x, x), x);
  return f32x4.mul(f32x4.add(x, f32x4.mul(x3, c4(51, 0.044715))), c4(52, -1.5957691216057308));
}

@inline export function geluTanh4(x: v128): v128 {
  return siluFinish(x, exp4(geluTanhArg(x))); // x / (1 + e)
}
