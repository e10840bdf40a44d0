// tensorgrad's WebAssembly SIMD kernels (AssemblyScript). Built by scripts/build-wasm.mjs; the loader is
// src/kernels/wasm/backend.ts, which owns all memory layout: it copies operands into scratch regions of this
// module's linear memory, calls a kernel over them, and copies the result out.
//
// Operation codes are the indices of UNARY_OPS / BINARY_OPS / REDUCE_OPS in backend.ts.
// Buffers handed to the float32 vector kernels are padded by the loader to a multiple of 16 elements, so
// loops run whole vectors and may read and write past n (never past the padded region).

import {
  exp4, expFull, expT, expP, expBits, expInRange2, tanhAllSmall, tanhArg, tanhFinish, sigmoidFinish, siluFinish,
  softplusArg, softplusFinish, logSigmoidArg, logSigmoidFinish, geluTanhArg, expm1_4, log4, log1p4, log2_4, log10_4, tanh4, sigmoid4, silu4, softplus4, logSigmoid4, erf4, erfc4,
  gelu4, gelu4x2, geluTanh4, splat,
} from './math4';
import { unary64, binary64 } from './scalar';

export function heapBase(): usize {
  return __heap_base;
}

// ---------------------------------------------------------------------------------------------- unary

/** One vector of a unary kernel; `op` is a constant once inlined into map4's per-op copies. */
// @ts-ignore: decorator
@inline function apply4(op: i32, v: v128): v128 {
  let r: v128;
  switch (op) {
    case 0: r = f32x4.neg(v); break;
    case 1: r = f32x4.abs(v); break;
    case 2: {
      const zero = splat(0.0);
      r = v128.bitselect(splat(1.0), v128.bitselect(splat(-1.0), zero, f32x4.lt(v, zero)), f32x4.gt(v, zero));
      break;
    }
    case 3: r = exp4(v); break;
    case 4: r = expm1_4(v); break;
    case 5: r = log4(v); break;
    case 6: r = log1p4(v); break;
    case 7: r = log2_4(v); break;
    case 8: r = log10_4(v); break;
    case 9: r = f32x4.sqrt(v); break;
    case 10: r = f32x4.div(splat(1.0), f32x4.sqrt(v)); break; // as PyTorch's Vectorized<float>::rsqrt
    case 13: r = tanh4(v); break;
    case 14: r = erf4(v); break;
    case 15: r = erfc4(v); break;
    case 16: r = f32x4.div(splat(1.0), v); break;
    case 17: r = f32x4.mul(v, v); break;
    case 18: r = sigmoid4(v); break;
    case 19: r = logSigmoid4(v); break;
    case 20: r = v128.bitselect(splat(0.0), v, f32x4.lt(v, splat(0.0))); break; // keeps nan and -0
    case 21: r = softplus4(v); break;
    case 22: r = gelu4(v); break;
    case 23: r = geluTanh4(v); break;
    case 24: r = silu4(v); break;
    default: r = splat(NaN);
  }
  return r;
}

/**
 * Applies a vector function to n float32s (n rounded up to 8) at x, writing to out (may equal x). Two vectors
 * per iteration: their dependency chains (no FMA in WASM SIMD) interleave, measured 10-25% faster than one.
 */
// @ts-ignore: decorator
@inline function map4(x: usize, out: usize, n: i32, op: i32): void {
  const end = x + ((<usize>n + 7) & ~7) * 4;
  const d = out - x;
  for (let p = x; p < end; p += 32) {
    const r0 = apply4(op, v128.load(p));
    const r1 = apply4(op, v128.load(p, 16));
    v128.store(p + d, r0);
    v128.store(p + d, r1, 16);
  }
}

/** The exp argument of an exp-based unary op (exp, tanh, sigmoid, logSigmoid, softplus, geluTanh, silu). */
// @ts-ignore: decorator
@inline function expArg4(op: i32, v: v128): v128 {
  if (op == 3) return v;
  if (op == 13) return tanhArg(v);
  if (op == 18 || op == 24) return f32x4.neg(v);
  if (op == 19) return logSigmoidArg(v);
  if (op == 21) return softplusArg(v);
  return geluTanhArg(v); // 23
}

/** The op's result from x and e = exp(expArg4(op, x)); apply4(op, x) = expFinish4(op, x, exp4(expArg4(op, x))). */
// @ts-ignore: decorator
@inline function expFinish4(op: i32, v: v128, e: v128): v128 {
  if (op == 3) return e;
  if (op == 13) return tanhFinish(v, e);
  if (op == 18) return sigmoidFinish(v, e);
  if (op == 19) return logSigmoidFinish(v, e);
  if (op == 21) return softplusFinish(v, e);
  return siluFinish(v, e); // silu (24) and geluTanh (23): x / (1 + e)
}

/**
 * map4 for the exp-based ops: the exps of both vectors with shared constant loads (V8 neither hoists nor merges
 * the loads of math4's constant tables; each is an instruction) and one range check for the scaling (math4's
 * exp pieces). tanh keeps its exp-free shortcut for vectors whose lanes are all small. Same results bit for bit
 * as map4.
 */
// @ts-ignore: decorator
@inline function mapExp4(x: usize, out: usize, n: i32, op: i32): void {
  const end = x + ((<usize>n + 7) & ~7) * 4;
  const d = out - x;
  for (let p = x; p < end; p += 32) {
    const v0 = v128.load(p);
    const v1 = v128.load(p, 16);
    let r0: v128, r1: v128;
    if (op == 13 && tanhAllSmall(v0) && tanhAllSmall(v1)) {
      r0 = apply4(op, v0);
      r1 = apply4(op, v1);
    } else {
      const a0 = expArg4(op, v0);
      const a1 = expArg4(op, v1);
      const t0 = expT(a0);
      const t1 = expT(a1);
      let e0: v128, e1: v128;
      if (expInRange2(t0, t1)) {
        e0 = expBits(expP(a0, t0), t0);
        e1 = expBits(expP(a1, t1), t1);
      } else {
        e0 = expFull(a0);
        e1 = expFull(a1);
      }
      r0 = expFinish4(op, v0, e0);
      r1 = expFinish4(op, v1, e1);
    }
    v128.store(p + d, r0);
    v128.store(p + d, r1, 16);
  }
}

/** gelu over n float32s (n rounded up to 8), two vectors per iteration sharing constants and checks (gelu4x2). */
// @ts-ignore: decorator
@inline function mapGelu4(x: usize, out: usize, n: i32): void {
  const end = x + ((<usize>n + 7) & ~7) * 4;
  const d = out - x;
  for (let p = x; p < end; p += 32) gelu4x2(p, p + d);
}

/** out[i] = op(x[i]) for float32; each case gets its own loop so the dispatch stays outside it. */
export function unaryF32(op: i32, x: usize, out: usize, n: i32): void {
  switch (op) {
    case 0: map4(x, out, n, 0); break;
    case 1: map4(x, out, n, 1); break;
    case 2: map4(x, out, n, 2); break;
    case 3: mapExp4(x, out, n, 3); break;
    case 4: map4(x, out, n, 4); break;
    case 5: map4(x, out, n, 5); break;
    case 6: map4(x, out, n, 6); break;
    case 7: map4(x, out, n, 7); break;
    case 8: map4(x, out, n, 8); break;
    case 9: map4(x, out, n, 9); break;
    case 10: map4(x, out, n, 10); break;
    case 13: mapExp4(x, out, n, 13); break;
    case 14: map4(x, out, n, 14); break;
    case 15: map4(x, out, n, 15); break;
    case 16: map4(x, out, n, 16); break;
    case 17: map4(x, out, n, 17); break;
    case 18: mapExp4(x, out, n, 18); break;
    case 19: mapExp4(x, out, n, 19); break;
    case 20: map4(x, out, n, 20); break;
    case 21: mapExp4(x, out, n, 21); break;
    case 22: mapGelu4(x, out, n); break;
    case 23: mapExp4(x, out, n, 23); break;
    case 24: mapExp4(x, out, n, 24); break;
    default: {
      // sin, cos: float64 evaluation rounded once (Payne–Hanek reduction for huge arguments comes free).
      for (let i = 0; i < n; i++) {
        const p = <usize>i << 2;
        store<f32>(out + p, <f32>unary64(op, <f64>load<f32>(x + p)));
      }
    }
  }
}

export function unaryF64(op: i32, x: usize, out: usize, n: i32): void {
  switch (op) {
    case 0: {
      for (let i = 0; i < n; i += 2) v128.store(out + (<usize>i << 3), f64x2.neg(v128.load(x + (<usize>i << 3))));
      break;
    }
    case 1: {
      for (let i = 0; i < n; i += 2) v128.store(out + (<usize>i << 3), f64x2.abs(v128.load(x + (<usize>i << 3))));
      break;
    }
    case 9: {
      for (let i = 0; i < n; i += 2) v128.store(out + (<usize>i << 3), f64x2.sqrt(v128.load(x + (<usize>i << 3))));
      break;
    }
    case 17: {
      for (let i = 0; i < n; i += 2) {
        const v = v128.load(x + (<usize>i << 3));
        v128.store(out + (<usize>i << 3), f64x2.mul(v, v));
      }
      break;
    }
    default: {
      for (let i = 0; i < n; i++) {
        const p = <usize>i << 3;
        store<f64>(out + p, unary64(op, load<f64>(x + p)));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------- binary

// @ts-ignore: decorator
@inline function zip4(a: usize, b: usize, out: usize, n: i32, op: i32): void {
  const bytes = ((<usize>n + 3) & ~3) * 4;
  for (let p: usize = 0; p < bytes; p += 16) {
    const x = v128.load(a + p);
    const y = v128.load(b + p);
    let r: v128;
    switch (op) {
      case 0: r = f32x4.add(x, y); break;
      case 1: r = f32x4.sub(x, y); break;
      case 2: r = f32x4.mul(x, y); break;
      case 3: r = f32x4.div(x, y); break;
      case 5: r = f32x4.max(x, y); break; // NaN-propagating, -0 < +0: Math.max semantics
      case 6: r = f32x4.min(x, y); break;
      // Fused backward formulas (x = incoming gradient, y = saved output), PyTorch's rounding order.
      case 14: r = f32x4.mul(f32x4.mul(x, f32x4.sub(splat(1.0), y)), y); break;
      case 15: r = f32x4.mul(x, f32x4.sub(splat(1.0), f32x4.mul(y, y))); break;
      default: r = v128.andnot(x, f32x4.le(y, splat(0.0))); // y <= 0 ? 0 : x (nan y passes x)
    }
    v128.store(out + p, r);
  }
}

// @ts-ignore: decorator
@inline function compare4(a: usize, b: usize, out: usize, n: i32, op: i32): void {
  const one = i8x16.splat(1);
  for (let i = 0; i < n; i += 16) {
    const p = <usize>i << 2;
    let m0: v128, m1: v128, m2: v128, m3: v128;
    const a0 = v128.load(a + p), a1 = v128.load(a + p + 16), a2 = v128.load(a + p + 32), a3 = v128.load(a + p + 48);
    const b0 = v128.load(b + p), b1 = v128.load(b + p + 16), b2 = v128.load(b + p + 32), b3 = v128.load(b + p + 48);
    switch (op) {
      case 8: m0 = f32x4.eq(a0, b0); m1 = f32x4.eq(a1, b1); m2 = f32x4.eq(a2, b2); m3 = f32x4.eq(a3, b3); break;
      case 9: m0 = f32x4.ne(a0, b0); m1 = f32x4.ne(a1, b1); m2 = f32x4.ne(a2, b2); m3 = f32x4.ne(a3, b3); break;
      case 10: m0 = f32x4.lt(a0, b0); m1 = f32x4.lt(a1, b1); m2 = f32x4.lt(a2, b2); m3 = f32x4.lt(a3, b3); break;
      case 11: m0 = f32x4.le(a0, b0); m1 = f32x4.le(a1, b1); m2 = f32x4.le(a2, b2); m3 = f32x4.le(a3, b3); break;
      case 12: m0 = f32x4.gt(a0, b0); m1 = f32x4.gt(a1, b1); m2 = f32x4.gt(a2, b2); m3 = f32x4.gt(a3, b3); break;
      default: m0 = f32x4.ge(a0, b0); m1 = f32x4.ge(a1, b1); m2 = f32x4.ge(a2, b2); m3 = f32x4.ge(a3, b3);
    }
    const lo = i16x8.narrow_i32x4_s(m0, m1);
    const hi = i16x8.narrow_i32x4_s(m2, m3);
    v128.store(out + <usize>i, v128.and(i8x16.narrow_i16x8_s(lo, hi), one));
  }
}

/** out = op(a, b) over n float32s; comparisons (8 <= op <= 13) write n bytes of 0/1 to out. */
export function binaryF32(op: i32, a: usize, b: usize, out: usize, n: i32): void {
  switch (op) {
    case 0: zip4(a, b, out, n, 0); break;
    case 1: zip4(a, b, out, n, 1); break;
    case 2: zip4(a, b, out, n, 2); break;
    case 3: zip4(a, b, out, n, 3); break;
    case 5: zip4(a, b, out, n, 5); break;
    case 6: zip4(a, b, out, n, 6); break;
    case 8: compare4(a, b, out, n, 8); break;
    case 9: compare4(a, b, out, n, 9); break;
    case 10: compare4(a, b, out, n, 10); break;
    case 11: compare4(a, b, out, n, 11); break;
    case 12: compare4(a, b, out, n, 12); break;
    case 13: compare4(a, b, out, n, 13); break;
    case 14: zip4(a, b, out, n, 14); break;
    case 15: zip4(a, b, out, n, 15); break;
    case 16: zip4(a, b, out, n, 16); break;
    default: {
      for (let i = 0; i < n; i++) {
        const p = <usize>i << 2;
        store<f32>(out + p, <f32>binary64(op, <f64>load<f32>(a + p), <f64>load<f32>(b + p)));
      }
    }
  }
}

/** float64 version; comparisons write bytes. */
export function binaryF64(op: i32, a: usize, b: usize, out: usize, n: i32): void {
  if (op >= 8 && op <= 13) {
    for (let i = 0; i < n; i++) {
      const p = <usize>i << 3;
      store<u8>(out + <usize>i, <u8>binary64(op, load<f64>(a + p), load<f64>(b + p)));
    }
    return;
  }
  if (op <= 3 || op == 5 || op == 6) {
    for (let i = 0; i < n; i += 2) {
      const p = <usize>i << 3;
      const x = v128.load(a + p);
      const y = v128.load(b + p);
      let r: v128;
      if (op == 0) r = f64x2.add(x, y);
      else if (op == 1) r = f64x2.sub(x, y);
      else if (op == 2) r = f64x2.mul(x, y);
      else if (op == 3) r = f64x2.div(x, y);
      else if (op == 5) r = f64x2.max(x, y);
      else r = f64x2.min(x, y);
      v128.store(out + p, r);
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(out + p, binary64(op, load<f64>(a + p), load<f64>(b + p)));
  }
}

// ---------------------------------------------------------------------------------------------- reduce

/** Sum of n float32s accumulated in float64 (four f64x2 accumulators). */
export function sumF32(x: usize, n: i32): f64 {
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0), s2 = f64x2.splat(0), s3 = f64x2.splat(0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const v = v128.load(x + (<usize>i << 2));
    const w = v128.load(x + (<usize>i << 2) + 16);
    s0 = f64x2.add(s0, f64x2.promote_low_f32x4(v));
    s1 = f64x2.add(s1, f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1)));
    s2 = f64x2.add(s2, f64x2.promote_low_f32x4(w));
    s3 = f64x2.add(s3, f64x2.promote_low_f32x4(v128.shuffle<f32>(w, w, 2, 3, 0, 1)));
  }
  const s = f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3));
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) r += <f64>load<f32>(x + (<usize>i << 2));
  return r;
}

export function prodF32(x: usize, n: i32): f64 {
  let s0 = f64x2.splat(1), s1 = f64x2.splat(1);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = v128.load(x + (<usize>i << 2));
    s0 = f64x2.mul(s0, f64x2.promote_low_f32x4(v));
    s1 = f64x2.mul(s1, f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1)));
  }
  const s = f64x2.mul(s0, s1);
  let r = f64x2.extract_lane(s, 0) * f64x2.extract_lane(s, 1);
  for (; i < n; i++) r *= <f64>load<f32>(x + (<usize>i << 2));
  return r;
}

/** max (sign > 0) or min (sign < 0) of n float32s, NaN-propagating; the identity (-inf / inf) when n = 0. */
export function extremeF32(x: usize, n: i32, isMax: bool): f64 {
  let m = splat(isMax ? -Infinity : Infinity);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = v128.load(x + (<usize>i << 2));
    m = isMax ? f32x4.max(m, v) : f32x4.min(m, v);
  }
  let r: f32 = isMax
    ? max(max(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), max(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)))
    : min(min(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), min(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  for (; i < n; i++) {
    const v = load<f32>(x + (<usize>i << 2));
    r = isMax ? max(r, v) : min(r, v);
  }
  return <f64>r;
}

/**
 * Row max used as a softmax shift: NaN if any element is NaN, else the max (the sign of a zero max may differ
 * from extremeF32's, which does not matter for a shift). pmax is one instruction where f32x4.max is several,
 * and two accumulators break the loop-carried dependency: 3.5x faster than extremeF32 on 1000-wide rows.
 */
export function rowMaxF32(x: usize, n: i32): f64 {
  let m0 = splat(-Infinity), m1 = splat(-Infinity);
  let nan = v128.xor(m0, m0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const v = v128.load(x + (<usize>i << 2));
    const w = v128.load(x + (<usize>i << 2) + 16);
    m0 = f32x4.pmax(m0, v);
    m1 = f32x4.pmax(m1, w);
    nan = v128.or(nan, v128.or(f32x4.ne(v, v), f32x4.ne(w, w)));
  }
  const m = f32x4.pmax(m0, m1);
  let r: f32 = max(max(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), max(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  if (v128.any_true(nan)) r = NaN;
  for (; i < n; i++) r = max(r, load<f32>(x + (<usize>i << 2)));
  return <f64>r;
}

/**
 * sum of exp(x[i] - shift) over n float32s, exp in float32 lanes, accumulated in float64. Two vectors per
 * iteration so the two exp chains interleave (no FMA; latency-bound otherwise).
 */
export function sumExpF32(x: usize, n: i32, shift: f32): f64 {
  const sh = splat(shift);
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0), s2 = f64x2.splat(0), s3 = f64x2.splat(0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const a0 = f32x4.sub(v128.load(x + (<usize>i << 2)), sh);
    const a1 = f32x4.sub(v128.load(x + (<usize>i << 2) + 16), sh);
    const t0 = expT(a0);
    const t1 = expT(a1);
    let e: v128, f: v128;
    if (expInRange2(t0, t1)) {
      e = expBits(expP(a0, t0), t0);
      f = expBits(expP(a1, t1), t1);
    } else {
      e = expFull(a0);
      f = expFull(a1);
    }
    s0 = f64x2.add(s0, f64x2.promote_low_f32x4(e));
    s1 = f64x2.add(s1, f64x2.promote_low_f32x4(v128.shuffle<f32>(e, e, 2, 3, 0, 1)));
    s2 = f64x2.add(s2, f64x2.promote_low_f32x4(f));
    s3 = f64x2.add(s3, f64x2.promote_low_f32x4(v128.shuffle<f32>(f, f, 2, 3, 0, 1)));
  }
  const s = f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3));
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) {
    r += <f64>f32x4.extract_lane(exp4(splat(load<f32>(x + (<usize>i << 2)) - shift)), 0);
  }
  return r;
}

export function sumF64(x: usize, n: i32): f64 {
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 = f64x2.add(s0, v128.load(x + (<usize>i << 3)));
    s1 = f64x2.add(s1, v128.load(x + (<usize>i << 3) + 16));
  }
  const s = f64x2.add(s0, s1);
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) r += load<f64>(x + (<usize>i << 3));
  return r;
}

export function prodF64(x: usize, n: i32): f64 {
  let r: f64 = 1;
  for (let i = 0; i < n; i++) r *= load<f64>(x + (<usize>i << 3));
  return r;
}

export function extremeF64(x: usize, n: i32, isMax: bool): f64 {
  let r: f64 = isMax ? -Infinity : Infinity;
  for (let i = 0; i < n; i++) {
    const v = load<f64>(x + (<usize>i << 3));
    r = isMax ? max(r, v) : min(r, v);
  }
  return r;
}

export function sumExpF64(x: usize, n: i32, shift: f64): f64 {
  let r: f64 = 0;
  for (let i = 0; i < n; i++) r += Math.exp(load<f64>(x + (<usize>i << 3)) - shift);
  return r;
}

/**
 * Reduces `rows` rows of `len` elements at x into float64 results at out. op: 0 sum, 1 prod, 2 amax, 3 amin,
 * 4 logsumexp (PyTorch's: shift by the row max unless it is infinite).
 */
export function reduceRows(op: i32, f64in: bool, x: usize, rows: i32, len: i32, out: usize): void {
  const stride = <usize>len << (f64in ? 3 : 2);
  for (let r = 0; r < rows; r++) {
    const p = x + <usize>r * stride;
    let v: f64;
    if (op == 0) v = f64in ? sumF64(p, len) : sumF32(p, len);
    else if (op == 1) v = f64in ? prodF64(p, len) : prodF32(p, len);
    else if (op == 2) v = f64in ? extremeF64(p, len, true) : extremeF32(p, len, true);
    else if (op == 3) v = f64in ? extremeF64(p, len, false) : extremeF32(p, len, false);
    else {
      const m = f64in ? extremeF64(p, len, true) : rowMaxF32(p, len);
      const shift = isFinite(m) ? m : 0.0;
      const s = f64in ? sumExpF64(p, len, shift) : sumExpF32(p, len, <f32>shift);
      v = shift + Math.log(s);
    }
    store<f64>(out + (<usize>r << 3), v);
  }
}

// ---------------------------------------------------------------------------------------------- matmul

/**
 * out (m x n) = a (m x k) @ b (k x n), float32, row-major. 4 x 8 register tile: per step of k, two f32x4 loads
 * of b and four broadcasts of a feed eight accumulators. Columns are walked in panels of 8 so the k x 8 panel of
 * b stays in L1 across the row tiles. Accumulates in float32 like PyTorch's sgemm (docs/dev/wasm.md).
 */
export function matmulF32(a: usize, b: usize, out: usize, m: i32, k: i32, n: i32): void {
  const rowB = <usize>n << 2;
  const rowA = <usize>k << 2;
  const n8 = n & ~7;
  const m4 = m & ~3;
  for (let j = 0; j < n8; j += 8) {
    const bj = b + (<usize>j << 2);
    let i = 0;
    for (; i < m4; i += 4) {
      let c00 = splat(0), c01 = splat(0), c10 = splat(0), c11 = splat(0);
      let c20 = splat(0), c21 = splat(0), c30 = splat(0), c31 = splat(0);
      const a0 = a + <usize>i * rowA;
      const a1 = a0 + rowA, a2 = a1 + rowA, a3 = a2 + rowA;
      let pb = bj;
      for (let p = 0; p < k; p++) {
        const b0 = v128.load(pb);
        const b1 = v128.load(pb + 16);
        const q = <usize>p << 2;
        const x0 = v128.load32_splat(a0 + q);
        const x1 = v128.load32_splat(a1 + q);
        const x2 = v128.load32_splat(a2 + q);
        const x3 = v128.load32_splat(a3 + q);
        c00 = f32x4.add(c00, f32x4.mul(x0, b0)); c01 = f32x4.add(c01, f32x4.mul(x0, b1));
        c10 = f32x4.add(c10, f32x4.mul(x1, b0)); c11 = f32x4.add(c11, f32x4.mul(x1, b1));
        c20 = f32x4.add(c20, f32x4.mul(x2, b0)); c21 = f32x4.add(c21, f32x4.mul(x2, b1));
        c30 = f32x4.add(c30, f32x4.mul(x3, b0)); c31 = f32x4.add(c31, f32x4.mul(x3, b1));
        pb += rowB;
      }
      const o = out + <usize>i * rowB + (<usize>j << 2);
      v128.store(o, c00); v128.store(o + 16, c01);
      v128.store(o + rowB, c10); v128.store(o + rowB + 16, c11);
      v128.store(o + 2 * rowB, c20); v128.store(o + 2 * rowB + 16, c21);
      v128.store(o + 3 * rowB, c30); v128.store(o + 3 * rowB + 16, c31);
    }
    for (; i < m; i++) {
      let c0 = splat(0), c1 = splat(0);
      const ai = a + <usize>i * rowA;
      let pb = bj;
      for (let p = 0; p < k; p++) {
        const x = v128.load32_splat(ai + (<usize>p << 2));
        c0 = f32x4.add(c0, f32x4.mul(x, v128.load(pb)));
        c1 = f32x4.add(c1, f32x4.mul(x, v128.load(pb + 16)));
        pb += rowB;
      }
      const o = out + <usize>i * rowB + (<usize>j << 2);
      v128.store(o, c0); v128.store(o + 16, c1);
    }
  }
  // Remaining columns (n % 8): scalar, float32 accumulation in the same order.
  for (let i = 0; i < m; i++) {
    for (let j = n8; j < n; j++) {
      let s: f32 = 0;
      for (let p = 0; p < k; p++) {
        s += load<f32>(a + <usize>i * rowA + (<usize>p << 2)) * load<f32>(b + <usize>p * rowB + (<usize>j << 2));
      }
      store<f32>(out + <usize>i * rowB + (<usize>j << 2), s);
    }
  }
}

/** float64 matmul: 2 x 4 register tile of f64x2 accumulators. */
export function matmulF64(a: usize, b: usize, out: usize, m: i32, k: i32, n: i32): void {
  const rowB = <usize>n << 3;
  const rowA = <usize>k << 3;
  const n4 = n & ~3;
  for (let j = 0; j < n4; j += 4) {
    const bj = b + (<usize>j << 3);
    for (let i = 0; i < m; i++) {
      let c0 = f64x2.splat(0), c1 = f64x2.splat(0);
      const ai = a + <usize>i * rowA;
      let pb = bj;
      for (let p = 0; p < k; p++) {
        const x = v128.load64_splat(ai + (<usize>p << 3));
        c0 = f64x2.add(c0, f64x2.mul(x, v128.load(pb)));
        c1 = f64x2.add(c1, f64x2.mul(x, v128.load(pb + 16)));
        pb += rowB;
      }
      const o = out + <usize>i * rowB + (<usize>j << 3);
      v128.store(o, c0); v128.store(o + 16, c1);
    }
  }
  for (let i = 0; i < m; i++) {
    for (let j = n4; j < n; j++) {
      let s: f64 = 0;
      for (let p = 0; p < k; p++) {
        s += load<f64>(a + <usize>i * rowA + (<usize>p << 3)) * load<f64>(b + <usize>p * rowB + (<usize>j << 3));
      }
      store<f64>(out + <usize>i * rowB + (<usize>j << 3), s);
    }
  }
}

// ---------------------------------------------------------------------------------------------- rowwise

/** softmax tail: out = exp(x - shift) * scale, exp in float32 lanes, scaled in float64, rounded once. */
export function softmaxApplyF32(x: usize, out: usize, n: i32, shift: f32, scale: f64): void {
  const sh = splat(shift);
  const sc = f64x2.splat(scale);
  // Whole vectors only: rows are packed back to back and processed in place, so no lane may spill over.
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const p = <usize>i << 2;
    // x - shift is inexact in float32 (off by up to half an ulp of the shift, a relative error of
    // 6e-8 * |x - shift| in the result); TwoSum recovers the rounding error and e^{d + err} = e^d (1 + err).
    const v = v128.load(x + p);
    const d = f32x4.sub(v, sh);
    const bv = f32x4.sub(d, v);
    let err = f32x4.sub(f32x4.sub(v, f32x4.sub(d, bv)), f32x4.add(sh, bv));
    err = v128.and(err, f32x4.eq(err, err)); // v = -inf: err is nan, e^d is 0; keep it 0
    const e = f32x4.mul(exp4(d), f32x4.add(splat(1.0), err));
    const lo = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(e), sc));
    const hi = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(e, e, 2, 3, 0, 1)), sc));
    v128.store(out + p, v128.shuffle<f32>(lo, hi, 0, 1, 4, 5));
  }
  for (; i < n; i++) {
    const p = <usize>i << 2;
    const d = <f64>load<f32>(x + p) - <f64>shift; // exact in float64
    const err = d - <f64><f32>d;
    const e = <f64>f32x4.extract_lane(exp4(splat(<f32>d)), 0) * (err == err ? 1.0 + err : 1.0);
    store<f32>(out + p, <f32>(e * scale));
  }
}

/**
 * e^{x - shift}·(1 + err) for one vector (softmaxApplyF32's formula): err is the rounding error of x - shift in
 * float32, recovered by TwoSum; an element of -inf gives 0 (err would be nan).
 */
// @ts-ignore: decorator
@inline function expCorrected4(v: v128, sh: v128): v128 {
  const d = f32x4.sub(v, sh);
  return f32x4.mul(exp4(d), twoSumFactor(v, sh, d));
}

/** 1 + err, err = the rounding error of d = v - sh (TwoSum); 1 where err is nan (v = -inf). */
// @ts-ignore: decorator
@inline function twoSumFactor(v: v128, sh: v128, d: v128): v128 {
  const bv = f32x4.sub(d, v);
  let err = f32x4.sub(f32x4.sub(v, f32x4.sub(d, bv)), f32x4.add(sh, bv));
  err = v128.and(err, f32x4.eq(err, err));
  return f32x4.add(splat(1.0), err);
}

/**
 * One exp pass over a row, with the float64 sum of the stored values: out = e^{x - shift}, or with `corrected`
 * (a compile-time constant at each call) expCorrected4(x), the values softmaxApplyF32 would scale (softmax's
 * first pass). out may equal x. Two vectors per iteration; whole vectors only (rows are packed back to back),
 * a scalar tail of the same formula.
 */
// @ts-ignore: decorator
@inline function expStoreSumF32(x: usize, out: usize, n: i32, shift: f32, corrected: bool): f64 {
  const sh = splat(shift);
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0), s2 = f64x2.splat(0), s3 = f64x2.splat(0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const p = <usize>i << 2;
    const v0 = v128.load(x + p);
    const v1 = v128.load(x + p, 16);
    const a0 = f32x4.sub(v0, sh);
    const a1 = f32x4.sub(v1, sh);
    const t0 = expT(a0);
    const t1 = expT(a1);
    let e: v128, f: v128;
    if (expInRange2(t0, t1)) {
      e = expBits(expP(a0, t0), t0);
      f = expBits(expP(a1, t1), t1);
    } else {
      e = expFull(a0);
      f = expFull(a1);
    }
    if (corrected) {
      e = f32x4.mul(e, twoSumFactor(v0, sh, a0));
      f = f32x4.mul(f, twoSumFactor(v1, sh, a1));
    }
    v128.store(out + p, e);
    v128.store(out + p, f, 16);
    s0 = f64x2.add(s0, f64x2.promote_low_f32x4(e));
    s1 = f64x2.add(s1, f64x2.promote_low_f32x4(v128.shuffle<f32>(e, e, 2, 3, 0, 1)));
    s2 = f64x2.add(s2, f64x2.promote_low_f32x4(f));
    s3 = f64x2.add(s3, f64x2.promote_low_f32x4(v128.shuffle<f32>(f, f, 2, 3, 0, 1)));
  }
  const s = f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3));
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) {
    const p = <usize>i << 2;
    const v = splat(load<f32>(x + p));
    const e = f32x4.extract_lane(corrected ? expCorrected4(v, sh) : exp4(f32x4.sub(v, sh)), 0);
    store<f32>(out + p, e);
    r += <f64>e;
  }
  return r;
}

/** out = x·scale in float64, rounded once, over n float32s (whole vectors, scalar tail); out may equal x. */
function scaleF32(x: usize, out: usize, n: i32, scale: f64): void {
  const sc = f64x2.splat(scale);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const p = <usize>i << 2;
    const e = v128.load(x + p);
    const lo = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(e), sc));
    const hi = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(e, e, 2, 3, 0, 1)), sc));
    v128.store(out + p, v128.shuffle<f32>(lo, hi, 0, 1, 4, 5));
  }
  for (; i < n; i++) store<f32>(out + (<usize>i << 2), <f32>(<f64>load<f32>(x + (<usize>i << 2)) * scale));
}

/** logSoftmax tail: out = x - c in float64 (c = max + log sum), rounded once. */
export function logSoftmaxApplyF32(x: usize, out: usize, n: i32, c: f64): void {
  const cc = f64x2.splat(c);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const p = <usize>i << 2;
    const v = v128.load(x + p);
    const lo = f32x4.demote_f64x2_zero(f64x2.sub(f64x2.promote_low_f32x4(v), cc));
    const hi = f32x4.demote_f64x2_zero(f64x2.sub(f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1)), cc));
    v128.store(out + p, v128.shuffle<f32>(lo, hi, 0, 1, 4, 5));
  }
  for (; i < n; i++) {
    const p = <usize>i << 2;
    store<f32>(out + p, <f32>(<f64>load<f32>(x + p) - c));
  }
}

export function softmaxApplyF64(x: usize, out: usize, n: i32, shift: f64, scale: f64): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(out + p, Math.exp(load<f64>(x + p) - shift) * scale);
  }
}

export function logSoftmaxApplyF64(x: usize, out: usize, n: i32, c: f64): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(out + p, load<f64>(x + p) - c);
  }
}

/** Running sum in float64 starting from carry; returns the final sum (to continue in the next chunk). */
export function cumsumF32(x: usize, out: usize, n: i32, carry: f64): f64 {
  let s = carry;
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 2;
    s += <f64>load<f32>(x + p);
    store<f32>(out + p, <f32>s);
  }
  return s;
}

export function cumsumF64(x: usize, out: usize, n: i32, carry: f64): f64 {
  let s = carry;
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    s += load<f64>(x + p);
    store<f64>(out + p, s);
  }
  return s;
}

/**
 * softmax (op 0), logSoftmax (1) or cumsum (2) of `rows` whole rows of `len` elements, in place allowed.
 * softmax/logSoftmax shift by the row max (0 when it is infinite, as PyTorch's logsumexp).
 */
export function rowwise(op: i32, f64in: bool, x: usize, out: usize, rows: i32, len: i32): void {
  const stride = <usize>len << (f64in ? 3 : 2);
  for (let r = 0; r < rows; r++) {
    const p = x + <usize>r * stride;
    const q = out + <usize>r * stride;
    if (op == 2) {
      if (f64in) cumsumF64(p, q, len, 0);
      else cumsumF32(p, q, len, 0);
      continue;
    }
    const m = f64in ? extremeF64(p, len, true) : rowMaxF32(p, len);
    if (!isFinite(m)) {
      // PyTorch subtracts an infinite (or nan) max as it is: inf - inf makes the whole row nan.
      if (f64in) for (let i = 0; i < len; i++) store<f64>(q + (<usize>i << 3), NaN);
      else for (let i = 0; i < len; i++) store<f32>(q + (<usize>i << 2), NaN);
      continue;
    }
    const shift = m;
    if (op == 0 && !f64in) {
      // float32 softmax: the exps are stored by the sum pass and scaled in place (one exp per element, not two;
      // the same values as softmaxApplyF32, whose exps the sum now includes with their TwoSum correction).
      scaleF32(q, q, len, 1.0 / expStoreSumF32(p, q, len, <f32>shift, true));
      continue;
    }
    const s = f64in ? sumExpF64(p, len, shift) : sumExpF32(p, len, <f32>shift);
    if (op == 0) {
      if (f64in) softmaxApplyF64(p, q, len, shift, 1.0 / s);
      else softmaxApplyF32(p, q, len, <f32>shift, 1.0 / s);
    } else {
      const c = shift + Math.log(s);
      if (f64in) logSoftmaxApplyF64(p, q, len, c);
      else logSoftmaxApplyF32(p, q, len, c);
    }
  }
}

// ---------------------------------------------------------------------------------------------- fused losses

/**
 * Cross-entropy forward: for each of `rows` rows of `len` logits at x, the log-softmax constant
 * c = max + log Σ e^{x - max} (float64 sum) into out (float64); nan when the max is not finite, as logSoftmax
 * (inf - inf), so the fused loss equals nllLoss(logSoftmax(x)) there too.
 */
export function logSoftmaxConstRows(f64in: bool, x: usize, rows: i32, len: i32, out: usize): void {
  const stride = <usize>len << (f64in ? 3 : 2);
  for (let r = 0; r < rows; r++) {
    const p = x + <usize>r * stride;
    const m = f64in ? extremeF64(p, len, true) : rowMaxF32(p, len);
    let c: f64 = NaN;
    if (isFinite(m)) c = m + Math.log(f64in ? sumExpF64(p, len, m) : sumExpF32(p, len, <f32>m));
    store<f64>(out + (<usize>r << 3), c);
  }
}

/**
 * Cross-entropy forward that also keeps the softmax for backward: per row, c = max + log Σ e^{x - max} into
 * cOut (float64) and out = e^{x - max}·(1/Σ) in float32 (PyTorch's vectorised softmax); a row whose max is not
 * finite gets c = nan and a nan row. out may equal x.
 */
export function softmaxConstRowsF32(x: usize, out: usize, rows: i32, len: i32, cOut: usize): void {
  const stride = <usize>len << 2;
  for (let r = 0; r < rows; r++) {
    const p = x + <usize>r * stride;
    const q = out + <usize>r * stride;
    const m = rowMaxF32(p, len);
    if (!isFinite(m)) {
      for (let i = 0; i < len; i++) store<f32>(q + (<usize>i << 2), NaN);
      store<f64>(cOut + (<usize>r << 3), NaN);
      continue;
    }
    const s = expStoreSumF32(p, q, len, <f32>m, false);
    store<f64>(cOut + (<usize>r << 3), m + Math.log(s));
    const inv = splat(<f32>(1.0 / s));
    let i = 0;
    for (; i + 4 <= len; i += 4) v128.store(q + (<usize>i << 2), f32x4.mul(v128.load(q + (<usize>i << 2)), inv));
    for (; i < len; i++) store<f32>(q + (<usize>i << 2), load<f32>(q + (<usize>i << 2)) * <f32>(1.0 / s));
  }
}

/**
 * Cross-entropy backward from a saved softmax p: out = p·k - [j = t]·k in float32 (k rounded to float32), per row
 * (k, t) = meta[2r], meta[2r + 1] as float64s. out may equal p.
 */
export function softmaxMinusOneHotF32(p: usize, out: usize, rows: i32, len: i32, meta: usize): void {
  const stride = <usize>len << 2;
  for (let r = 0; r < rows; r++) {
    const k = <f32>load<f64>(meta + (<usize>r << 4));
    const t = <i32>load<f64>(meta + (<usize>r << 4), 8);
    const a = p + <usize>r * stride;
    const q = out + <usize>r * stride;
    const kk = splat(k);
    let i = 0;
    for (; i + 4 <= len; i += 4) v128.store(q + (<usize>i << 2), f32x4.mul(v128.load(a + (<usize>i << 2)), kk));
    for (; i < len; i++) store<f32>(q + (<usize>i << 2), load<f32>(a + (<usize>i << 2)) * k);
    if (k == 0) for (i = 0; i < len; i++) store<f32>(q + (<usize>i << 2), 0); // ignored rows: 0 even where p is nan
    else if (t >= 0) store<f32>(q + (<usize>t << 2), load<f32>(q + (<usize>t << 2)) - k);
  }
}

/**
 * Pointwise loss sums over n elements (float32 lanes, float64 accumulation; each element rounded as
 * PyTorch's float32 kernel rounds it), d = x - y, p the loss's parameter (beta, delta) splatted, half = 0.5·p.
 * op 0: mse d²; op 1: BCE with logits (1 - y)·x + m + log(e^{-m} + e^{-x-m}), m = max(-x, 0)
 * (binary_cross_entropy_with_logits); op 2: l1 |d|; op 3: smooth_l1_kernel's z < p ? 0.5·z·z / p : z - 0.5·p,
 * z = |d|; op 4: huber_kernel's z < p ? 0.5·z·z : p·(z - 0.5·p); op 5: binary_cross_entropy's
 * (y - 1)·max(log1p(-x), -100) - y·max(log x, -100) (x in [0, 1], checked by the caller).
 */
// @ts-ignore: decorator
@inline function lossTerm4(op: i32, x: v128, y: v128, pp: v128, half: v128): v128 {
  if (op == 0) {
    const d = f32x4.sub(x, y);
    return f32x4.mul(d, d);
  }
  if (op == 2) return f32x4.abs(f32x4.sub(x, y));
  if (op == 3 || op == 4) {
    const z = f32x4.abs(f32x4.sub(x, y));
    const zz = f32x4.mul(f32x4.mul(splat(0.5), z), z);
    // nan z fails z < p and takes the linear side, as in PyTorch (nan either way)
    const quadratic = op == 3 ? f32x4.div(zz, pp) : zz;
    const linear = op == 3 ? f32x4.sub(z, half) : f32x4.mul(pp, f32x4.sub(z, half));
    return v128.bitselect(quadratic, linear, f32x4.lt(z, pp));
  }
  if (op == 5) {
    // std::max(v, -100) is pmax(v, -100): -100 only where v < -100, so nan stays nan.
    const lo = splat(-100.0);
    const log1mx = f32x4.pmax(log1p4(f32x4.neg(x)), lo);
    const logx = f32x4.pmax(log4(x), lo);
    return f32x4.sub(f32x4.mul(f32x4.sub(y, splat(1.0)), log1mx), f32x4.mul(y, logx));
  }
  const zero = splat(0.0);
  const m = f32x4.pmax(zero, f32x4.neg(x)); // nan x gives 0 here; the linear term carries the nan
  const linear = f32x4.add(f32x4.mul(f32x4.sub(splat(1.0), y), x), m);
  // e^{-m} + e^{-x-m}: one term is e^0 = 1 exactly and the other e^{-|x|}, so one exp gives the same bits
  // (x = -inf: PyTorch's e^{inf - inf} is nan, here 1 + 0; the linear term is nan there either way).
  const s = f32x4.add(splat(1.0), exp4(f32x4.neg(f32x4.abs(x))));
  return f32x4.add(linear, log4(s));
}

// @ts-ignore: decorator
@inline function lossSum4(op: i32, x: usize, y: usize, n: i32, p: f32): f64 {
  const pp = splat(p);
  const half = splat(0.5 * p);
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const q = <usize>i << 2;
    const l = lossTerm4(op, v128.load(x + q), v128.load(y + q), pp, half);
    s0 = f64x2.add(s0, f64x2.promote_low_f32x4(l));
    s1 = f64x2.add(s1, f64x2.promote_low_f32x4(v128.shuffle<f32>(l, l, 2, 3, 0, 1)));
  }
  const s = f64x2.add(s0, s1);
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) {
    const q = <usize>i << 2;
    r += <f64>f32x4.extract_lane(lossTerm4(op, splat(load<f32>(x + q)), splat(load<f32>(y + q)), pp, half), 0);
  }
  return r;
}

export function pointwiseLossSumF32(op: i32, x: usize, y: usize, n: i32, p: f32): f64 {
  switch (op) {
    case 0:
      return lossSum4(0, x, y, n, p);
    case 1:
      return lossSum4(1, x, y, n, p);
    case 2:
      return lossSum4(2, x, y, n, p);
    case 3:
      return lossSum4(3, x, y, n, p);
    case 4:
      return lossSum4(4, x, y, n, p);
    default:
      return lossSum4(5, x, y, n, p);
  }
}

/**
 * Pointwise loss gradients w.r.t. x over n float32s, PyTorch's backward formulas and rounding order, d = x - y:
 * op 0 (mse_loss_backward): (d·a)·b, a = the reduction's 2/N (or 2), b = the incoming gradient;
 * op 1 (binary_cross_entropy_with_logits_backward): ((σ(x) - y)·a) / b, a = the incoming gradient, b = N (or 1);
 * op 2 (abs backward after mean's): sgn(d)·(a/b), a = the incoming gradient, b = N (or 1);
 * op 3 (smooth_l1_backward, vectorised form): (∂·a)·b, ∂ = |d| >= p ? ±1 : d/p, a = 1/N (or 1), b = the
 * incoming gradient; op 4 (huber_backward): the same with ∂ = |d| >= p ? ±p : d;
 * op 5 (binary_cross_entropy_backward): ((a·d) / max((1 - x)·x, 1e-12)) / b, a = the incoming gradient, b = N.
 */
export function pointwiseLossGradF32(op: i32, x: usize, y: usize, out: usize, n: i32, a: f32, b: f32, p: f32): void {
  const aa = splat(a);
  const bb = splat(b);
  const pp = splat(p);
  const bytes = ((<usize>n + 3) & ~3) * 4;
  if (op == 0) {
    for (let q: usize = 0; q < bytes; q += 16) {
      const d = f32x4.sub(v128.load(x + q), v128.load(y + q));
      v128.store(out + q, f32x4.mul(f32x4.mul(d, aa), bb));
    }
  } else if (op == 1) {
    for (let q: usize = 0; q < bytes; q += 16) {
      const d = f32x4.sub(sigmoid4(v128.load(x + q)), v128.load(y + q));
      v128.store(out + q, f32x4.div(f32x4.mul(d, aa), bb));
    }
  } else if (op == 2) {
    const k = splat(a / b);
    for (let q: usize = 0; q < bytes; q += 16) {
      const d = f32x4.sub(v128.load(x + q), v128.load(y + q));
      // sgn(d): 1, -1, or 0 (also for nan), times k (so 0·inf is nan, as grad·sgn is in PyTorch)
      const sgn = v128.bitselect(splat(1.0), v128.and(splat(-1.0), f32x4.lt(d, splat(0.0))), f32x4.gt(d, splat(0.0)));
      v128.store(out + q, f32x4.mul(sgn, k));
    }
  } else if (op == 3) {
    // ∂ = ±1 is +1 only where d > 0: d = 0 with p = 0 gives -1, as PyTorch's blendv does; nan gives d/p = nan
    for (let q: usize = 0; q < bytes; q += 16) {
      const d = f32x4.sub(v128.load(x + q), v128.load(y + q));
      const side = v128.bitselect(splat(1.0), splat(-1.0), f32x4.gt(d, splat(0.0)));
      const deriv = v128.bitselect(side, f32x4.div(d, pp), f32x4.ge(f32x4.abs(d), pp));
      v128.store(out + q, f32x4.mul(f32x4.mul(deriv, aa), bb));
    }
  } else if (op == 4) {
    const minus = f32x4.neg(pp);
    for (let q: usize = 0; q < bytes; q += 16) {
      const d = f32x4.sub(v128.load(x + q), v128.load(y + q));
      const side = v128.bitselect(pp, minus, f32x4.gt(d, splat(0.0)));
      const deriv = v128.bitselect(side, d, f32x4.ge(f32x4.abs(d), pp));
      v128.store(out + q, f32x4.mul(f32x4.mul(deriv, aa), bb));
    }
  } else {
    const eps = splat(<f32>1e-12);
    for (let q: usize = 0; q < bytes; q += 16) {
      const xv = v128.load(x + q);
      const w = f32x4.pmax(f32x4.mul(f32x4.sub(splat(1.0), xv), xv), eps); // std::max(w, eps)
      const num = f32x4.mul(aa, f32x4.sub(xv, v128.load(y + q)));
      v128.store(out + q, f32x4.div(f32x4.div(num, w), bb));
    }
  }
}

// ---------------------------------------------------------------------------------------------- activations

// Parametric activations, forward (ACTIVATION_OPS in backend.ts) and backward (ACTIVATION_BACKWARD_OPS), float32:
// ATen's vectorised formulas and rounding order (aten/src/ATen/native/cpu/Activation.cpp), except where its
// vectorised and scalar forms disagree on nan (hardtanh and elu backward): there the scalar form, which the
// compositions these replace and the parity data follow. p0, p1, p2 arrive rounded to float32.

/** One vector of a forward activation; `op` is a constant once inlined into mapActivation4's copies. */
// @ts-ignore: decorator
@inline function activation4(op: i32, v: v128, p0: v128, p1: v128, p2: v128, neg: v128): v128 {
  const zero = splat(0.0);
  switch (op) {
    case 0: return v128.bitselect(v, f32x4.mul(v, p0), f32x4.gt(v, zero)); // leakyRelu
    case 1: return v128.bitselect(p0, v128.bitselect(p1, v, f32x4.gt(v, p1)), f32x4.lt(v, p0)); // hardtanh
    case 2: { // elu: x <= 0 ? (e^{x·p2} - 1)·neg : x·p1, neg = p0·p1
      const pos = f32x4.mul(v, p1);
      const le = f32x4.le(v, zero);
      if (!v128.any_true(le)) return pos;
      const n = f32x4.mul(f32x4.sub(exp4(f32x4.mul(v, p2)), splat(1.0)), neg);
      return v128.bitselect(n, pos, le);
    }
    case 3: return v128.bitselect(p1, v, f32x4.le(v, p0)); // threshold
    case 4: { // softplus: x·p0 > p1 ? x : log1p(e^{x·p0}) / p0
      const b = f32x4.mul(v, p0);
      return v128.bitselect(v, f32x4.div(log1p4(exp4(b)), p0), f32x4.gt(b, p1));
    }
    case 5: return f32x4.div(clamp06(f32x4.add(v, splat(3.0))), splat(6.0)); // hardsigmoid
    case 6: // hardswish: (x·min(max(x + 3, 0), 6)) / 6
      return f32x4.div(f32x4.mul(v, clamp06(f32x4.add(v, splat(3.0)))), splat(6.0));
    case 7: { // geluTanh, ATen's GeluKernelImpl (tanh): (0.5·x)·(1 + tanh(β·(x + κ·((x·x)·x))))
      const cube = f32x4.mul(f32x4.mul(v, v), v);
      const inner = f32x4.mul(splat(<f32>0.7978845608028654), f32x4.add(v, f32x4.mul(splat(<f32>0.044715), cube)));
      return f32x4.mul(f32x4.mul(splat(0.5), v), f32x4.add(splat(1.0), tanh4(inner)));
    }
    case 8: return f32x4.mul(v, tanh4(log1p4(exp4(v)))); // mish: x·tanh(log1p(e^x))
    case 9: { // softshrink: (x > λ) & (x − λ) | (x < −λ) & (x + λ) (nan and −0 give +0)
      const hi = v128.and(f32x4.sub(v, p0), f32x4.gt(v, p0));
      return v128.or(hi, v128.and(f32x4.add(v, p0), f32x4.lt(v, f32x4.neg(p0))));
    }
    default: // hardshrink: −λ <= x <= λ ? 0 : x (nan passes)
      return v128.andnot(v, v128.and(f32x4.ge(v, f32x4.neg(p0)), f32x4.le(v, p0)));
  }
}

/** t < 0 ? 0 : t > 6 ? 6 : t, nan passing (std::min(std::max(t, 0), 6) as PyTorch's scalar kernel). */
// @ts-ignore: decorator
@inline function clamp06(t: v128): v128 {
  const six = splat(6.0);
  return v128.bitselect(six, v128.andnot(t, f32x4.lt(t, splat(0.0))), f32x4.gt(t, six));
}

// @ts-ignore: decorator
@inline function mapActivation4(op: i32, x: usize, out: usize, n: i32, p0: f32, p1: f32, p2: f32): void {
  const a = splat(p0), b = splat(p1), c = splat(p2), neg = splat(p0 * p1);
  const bytes = ((<usize>n + 3) & ~3) * 4;
  for (let q: usize = 0; q < bytes; q += 16) {
    v128.store(out + q, activation4(op, v128.load(x + q), a, b, c, neg));
  }
}

/** out = op(x; p0, p1, p2) over n float32s (out may equal x). */
export function activationF32(op: i32, x: usize, out: usize, n: i32, p0: f32, p1: f32, p2: f32): void {
  switch (op) {
    case 0: mapActivation4(0, x, out, n, p0, p1, p2); break;
    case 1: mapActivation4(1, x, out, n, p0, p1, p2); break;
    case 2: mapActivation4(2, x, out, n, p0, p1, p2); break;
    case 3: mapActivation4(3, x, out, n, p0, p1, p2); break;
    case 4: mapActivation4(4, x, out, n, p0, p1, p2); break;
    case 5: mapActivation4(5, x, out, n, p0, p1, p2); break;
    case 6: mapActivation4(6, x, out, n, p0, p1, p2); break;
    case 7: mapActivation4(7, x, out, n, p0, p1, p2); break;
    case 8: mapActivation4(8, x, out, n, p0, p1, p2); break;
    case 9: mapActivation4(9, x, out, n, p0, p1, p2); break;
    default: mapActivation4(10, x, out, n, p0, p1, p2);
  }
}

/** One vector of a backward activation: g the incoming gradient, v the saved input. */
// @ts-ignore: decorator
@inline function activationBackward4(op: i32, g: v128, v: v128, p0: v128, p1: v128, p2: v128, neg: v128): v128 {
  const zero = splat(0.0);
  const one = splat(1.0);
  switch (op) {
    case 0: return v128.bitselect(g, f32x4.mul(g, p0), f32x4.gt(v, zero)); // leakyRelu
    case 1: return v128.andnot(g, v128.or(f32x4.le(v, p0), f32x4.ge(v, p1))); // hardtanh (nan passes g)
    case 2: { // elu (is_result = false): x <= 0 ? ((g·p2)·neg)·e^{x·p2} : g·p1 (nan: g·p1)
      const pos = f32x4.mul(g, p1);
      const le = f32x4.le(v, zero);
      if (!v128.any_true(le)) return pos;
      const n = f32x4.mul(f32x4.mul(f32x4.mul(g, p2), neg), exp4(f32x4.mul(v, p2)));
      return v128.bitselect(n, pos, le);
    }
    case 3: return v128.andnot(g, f32x4.le(v, p0)); // threshold
    case 4: { // softplus: x·p0 > p1 ? g : (g·z)/(z + 1), z = e^{x·p0}
      const b = f32x4.mul(v, p0);
      const z = exp4(b);
      return v128.bitselect(g, f32x4.div(f32x4.mul(g, z), f32x4.add(z, one)), f32x4.gt(b, p1));
    }
    case 5: { // hardsigmoid: -3 < x < 3 ? g·(1/6) : 0
      const inside = v128.and(f32x4.gt(v, splat(-3.0)), f32x4.lt(v, splat(3.0)));
      return v128.and(f32x4.mul(g, splat(<f32>1.0 / <f32>6.0)), inside);
    }
    case 6: { // hardswish, scalar form: x < -3 ? 0 : x <= 3 ? g·(x/3 + 0.5) : g (nan passes g)
      const mid = f32x4.mul(g, f32x4.add(f32x4.div(v, splat(3.0)), splat(0.5)));
      const r = v128.bitselect(mid, g, f32x4.le(v, splat(3.0)));
      return v128.andnot(r, f32x4.lt(v, splat(-3.0)));
    }
    case 7: { // geluTanh, ATen's GeluBackwardKernelImpl (tanh) term by term
      const half = splat(0.5);
      const beta = splat(<f32>0.7978845608028654);
      const sq = f32x4.mul(v, v);
      const cube = f32x4.mul(sq, v);
      const t = tanh4(f32x4.mul(beta, f32x4.add(v, f32x4.mul(splat(<f32>0.044715), cube))));
      const leftDerivative = f32x4.mul(half, f32x4.add(one, t));
      const tanhDerivative = f32x4.sub(one, f32x4.mul(t, t));
      const innerDerivative = f32x4.mul(beta, f32x4.add(one, f32x4.mul(splat(<f32>0.044715 * <f32>3.0), sq)));
      const rightDerivative = f32x4.mul(f32x4.mul(f32x4.mul(half, v), tanhDerivative), innerDerivative);
      return f32x4.mul(g, f32x4.add(leftDerivative, rightDerivative));
    }
    case 8: { // mish: g·(t + (x·s)·(1 − t·t)), t = tanh(log1p(e^x)), s = σ(x)
      const s = sigmoid4(v);
      const t = tanh4(log1p4(exp4(v)));
      return f32x4.mul(g, f32x4.add(t, f32x4.mul(f32x4.mul(v, s), f32x4.sub(one, f32x4.mul(t, t)))));
    }
    case 9: // softshrink and hardshrink (shrink_backward, scalar form): −λ <= x <= λ ? 0 : g (nan passes g)
    case 10: return v128.andnot(g, v128.and(f32x4.ge(v, f32x4.neg(p0)), f32x4.le(v, p0)));
    case 11: { // gelu: g·(0.5·(1 + erf(x·√½)) + x·(kBeta·e^{(x·x)·-0.5}))
      const half = splat(0.5);
      const cdf = f32x4.mul(half, f32x4.add(one, erf4(f32x4.mul(v, splat(<f32>0.7071067811865476)))));
      const e = exp4(f32x4.mul(f32x4.mul(v, v), splat(-0.5)));
      const pdf = f32x4.mul(splat(<f32>0.3989422804014327), e);
      return f32x4.mul(g, f32x4.add(cdf, f32x4.mul(v, pdf)));
    }
    default: { // silu: (g·s)·(1 + x·(1 - s)), s = σ(x)
      const s = sigmoid4(v);
      return f32x4.mul(f32x4.mul(g, s), f32x4.add(one, f32x4.mul(v, f32x4.sub(one, s))));
    }
  }
}

// @ts-ignore: decorator
@inline function mapActivationBackward4(
  op: i32, g: usize, x: usize, out: usize, n: i32, p0: f32, p1: f32, p2: f32,
): void {
  const a = splat(p0), b = splat(p1), c = splat(p2), neg = splat(p0 * p1);
  const bytes = ((<usize>n + 3) & ~3) * 4;
  for (let q: usize = 0; q < bytes; q += 16) {
    v128.store(out + q, activationBackward4(op, v128.load(g + q), v128.load(x + q), a, b, c, neg));
  }
}

/** out = op'(x)·g over n float32s, g the incoming gradient and x the saved input (out may equal g). */
export function activationBackwardF32(
  op: i32, g: usize, x: usize, out: usize, n: i32, p0: f32, p1: f32, p2: f32,
): void {
  switch (op) {
    case 0: mapActivationBackward4(0, g, x, out, n, p0, p1, p2); break;
    case 1: mapActivationBackward4(1, g, x, out, n, p0, p1, p2); break;
    case 2: mapActivationBackward4(2, g, x, out, n, p0, p1, p2); break;
    case 3: mapActivationBackward4(3, g, x, out, n, p0, p1, p2); break;
    case 4: mapActivationBackward4(4, g, x, out, n, p0, p1, p2); break;
    case 5: mapActivationBackward4(5, g, x, out, n, p0, p1, p2); break;
    case 6: mapActivationBackward4(6, g, x, out, n, p0, p1, p2); break;
    case 7: mapActivationBackward4(7, g, x, out, n, p0, p1, p2); break;
    case 8: mapActivationBackward4(8, g, x, out, n, p0, p1, p2); break;
    case 9: // softshrink and hardshrink: one kernel
    case 10: mapActivationBackward4(10, g, x, out, n, p0, p1, p2); break;
    case 11: mapActivationBackward4(11, g, x, out, n, p0, p1, p2); break;
    default: mapActivationBackward4(12, g, x, out, n, p0, p1, p2);
  }
}
