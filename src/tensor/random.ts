/**
 * The global generator behind rand/randn/randint: MT19937 seeded like PyTorch's CPU generator, so
 * `manualSeed(s); rand([n])` gives the same float32 values as `torch.manual_seed(s); torch.rand(n)`.
 */

const N = 624;
const M = 397;

class MersenneTwister {
  private readonly state = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    this.seed(seed);
  }

  seed(seed: number): void {
    const s = this.state;
    s[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = s[i - 1]! ^ (s[i - 1]! >>> 30);
      // 1812433253 * prev + i, in 32-bit arithmetic.
      s[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  nextUint32(): number {
    const s = this.state;
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (s[k]! & 0x80000000) | (s[(k + 1) % N]! & 0x7fffffff);
        s[k] = s[(k + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = s[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

let generator = new MersenneTwister(67280421310721 % 2 ** 32);
let cachedNormal: number | null = null;

/** Seeds the global generator (torch.manual_seed). */
export function manualSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0)
    throw new RangeError(`manualSeed expects a non-negative integer, but got ${seed}`);
  generator = new MersenneTwister(seed % 2 ** 32);
  cachedNormal = null;
}

/** A float32-grid uniform value in [0, 1): 24 random bits, as torch.rand does for float32. */
export function uniformFloat32(): number {
  return (generator.nextUint32() & 0xffffff) * 2 ** -24;
}

/** A float64 uniform value in [0, 1): the low 53 bits of a 64-bit draw (high word first), as torch.rand does. */
export function uniformFloat64(): number {
  const hi = generator.nextUint32() & 0x1fffff;
  const lo = generator.nextUint32();
  return (hi * 2 ** 32 + lo) * 2 ** -53;
}

/**
 * One standard normal value, as at::normal_distribution<double> draws it: Box–Muller on two float64
 * uniforms, caching the sine half for the next call.
 */
function normalDouble(): number {
  if (cachedNormal !== null) {
    const v = cachedNormal;
    cachedNormal = null;
    return v;
  }
  const u1 = uniformFloat64();
  const u2 = uniformFloat64();
  const radius = Math.sqrt(-2 * Math.log(1 - u2));
  const theta = 2 * Math.PI * u1;
  cachedNormal = radius * Math.sin(theta);
  return radius * Math.cos(theta);
}

/** Box–Muller over blocks of 16 uniforms: the first 8 give radii, the last 8 angles (PyTorch's normal_fill_16). */
function normalFill16(data: Float32Array | Float64Array, start: number): void {
  for (let j = 0; j < 8; j++) {
    const u1 = 1 - data[start + j]!;
    const u2 = data[start + j + 8]!;
    const radius = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    data[start + j] = radius * Math.cos(theta);
    data[start + j + 8] = radius * Math.sin(theta);
  }
}

/**
 * Fills `data` with standard normal values drawn as torch.randn does on the CPU: 16 or more elements are
 * filled with uniforms and transformed 16 at a time (the last block redrawn when the size is not a multiple
 * of 16); fewer are drawn one by one. Float32 results can differ from PyTorch's in the last bits, where
 * PyTorch uses vectorised approximations of log, sin and cos.
 */
export function fillStandardNormal(data: Float32Array | Float64Array): void {
  const size = data.length;
  if (size < 16) {
    for (let i = 0; i < size; i++) data[i] = normalDouble();
    return;
  }
  const uniform = data instanceof Float32Array ? uniformFloat32 : uniformFloat64;
  for (let i = 0; i < size; i++) data[i] = uniform();
  for (let i = 0; i + 16 <= size; i += 16) normalFill16(data, i);
  if (size % 16 !== 0) {
    const start = size - 16;
    for (let i = 0; i < 16; i++) data[start + i] = uniform();
    normalFill16(data, start);
  }
}

/** A uniform integer in [low, high). */
export function randomInteger(low: number, high: number): number {
  const range = high - low;
  if (range <= 2 ** 32) return low + (generator.nextUint32() % range);
  return low + Math.floor(uniformFloat64() * range);
}
