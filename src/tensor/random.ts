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
  if (!Number.isInteger(seed) || seed < 0) throw new RangeError(`manualSeed expects a non-negative integer, but got ${seed}`);
  generator = new MersenneTwister(seed % 2 ** 32);
  cachedNormal = null;
}

/** A float32-grid uniform value in [0, 1): 24 random bits, as torch.rand does for float32. */
export function uniformFloat32(): number {
  return (generator.nextUint32() & 0xffffff) * 2 ** -24;
}

/** A float64 uniform value in [0, 1) with 53 random bits. */
export function uniformFloat64(): number {
  const hi = generator.nextUint32() >>> 5;
  const lo = generator.nextUint32() >>> 6;
  return (hi * 67108864 + lo) * 2 ** -53;
}

/** A standard normal value (Box–Muller on float64 uniforms). */
export function standardNormal(): number {
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

/** A uniform integer in [low, high). */
export function randomInteger(low: number, high: number): number {
  const range = high - low;
  if (range <= 2 ** 32) return low + (generator.nextUint32() % range);
  return low + Math.floor(uniformFloat64() * range);
}
