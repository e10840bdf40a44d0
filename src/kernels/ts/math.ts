/** Scalar special functions Math lacks, in float64. */

/**
 * erf(x) to ~1e-16 relative (W. J. Cody's rational approximations, as in most libms): three ranges,
 * |x| < 0.5, 0.5 <= |x| < 4, and |x| >= 4.
 */
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4,
  0.0163153871373020978,
];
const Q = [
  2.56852019228982242, 1.87295284992346725, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185,
];
const SQRPI = 0.56418958354775628695; // 1/sqrt(pi)
const THRESH = 0.46875;

/** Cody's calerf: jint 0 -> erf, 1 -> erfc. */
function calerf(x: number, jint: 0 | 1): number {
  const y = Math.abs(x);
  let result: number;
  if (y <= THRESH) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let xnum = A[4]! * ysq;
    let xden = ysq;
    for (let i = 0; i < 3; i++) {
      xnum = (xnum + A[i]!) * ysq;
      xden = (xden + B[i]!) * ysq;
    }
    result = (x * (xnum + A[3]!)) / (xden + B[3]!);
    return jint === 0 ? result : 1 - result;
  }
  if (y <= 4) {
    let xnum = C[8]! * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]!) * y;
      xden = (xden + D[i]!) * y;
    }
    result = (xnum + C[7]!) / (xden + D[7]!);
    const ysq = Math.trunc(y * 16) / 16;
    const del = (y - ysq) * (y + ysq);
    result = Math.exp(-ysq * ysq) * Math.exp(-del) * result;
  } else {
    result = 0;
    if (y < 26.543) {
      const ysq = 1 / (y * y);
      let xnum = P[5]! * ysq;
      let xden = ysq;
      for (let i = 0; i < 4; i++) {
        xnum = (xnum + P[i]!) * ysq;
        xden = (xden + Q[i]!) * ysq;
      }
      result = (ysq * (xnum + P[4]!)) / (xden + Q[4]!);
      result = (SQRPI - result) / y;
      const ysq2 = Math.trunc(y * 16) / 16;
      const del = (y - ysq2) * (y + ysq2);
      result = Math.exp(-ysq2 * ysq2) * Math.exp(-del) * result;
    }
  }
  // result is erfc(|x|) here.
  if (jint === 0) {
    const erfAbs = 0.5 - result + 0.5;
    return x < 0 ? -erfAbs : erfAbs;
  }
  return x < 0 ? 2 - result : result;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return calerf(x, 0);
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return calerf(x, 1);
}

// h(s) = erfcx(a/√2)/2 = e^{a²/2}·Φ(−a) as a degree-10 polynomial in s = 1/(1 + 0.29a), relative error 9.6e-10
// on a in [0, 14.5] (own weighted least-squares fit toward minimax, as the wasm kernel's; docs/dev/wasm.md).
const GT: readonly number[] = [
  -0.021109804900715207, 0.12662927848158134, -0.29323200272208416, 0.30934244962204616, -0.17515194172337245,
  0.15345351155445858, 0.057371449940078784, 0.11207422651457215, 0.11486684954892515, 0.11575823577439436,
  -2.2525675485042627e-6,
]; // a plain array literal: V8 keeps it as unboxed doubles

/**
 * gelu(x) = x·Φ(x) for float32 inputs, in float64 to about 1e-9 relative (ample before rounding to float32):
 * Φ(−a) = h(s)·e^{−a²/2}, a = |x| (a² is exact in float64 for a float32 a), x·Φ(−a) below 0 and x·(1 − Φ(−x))
 * above, so neither side cancels. One exp and one division instead of erf's rational and two exps (4x faster).
 * Past a = 14.5 (the fit's end) the result underflows float32 (x < 0) or is x. NaN propagates; gelu(−inf) = nan.
 */
export function geluF32(x: number): number {
  const a = Math.min(Math.abs(x), 40); // e^{-800} = 0: gelu(-inf) = -inf·0 = nan
  const s = 1 / (1 + 0.29 * a);
  let h = GT[0]!;
  for (let k = 1; k < GT.length; k++) h = h * s + GT[k]!;
  const q = h * Math.exp(-0.5 * a * a);
  return x < 0 ? x * q : x * (1 - q);
}
