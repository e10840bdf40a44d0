/** The experiment's data: two interleaved spirals, generated from the seeded global generator. */
import * as tg from '../src/index.js';

export interface Dataset {
  /** [n, 2] float32 points. */
  x: tg.Tensor;
  /** [n] int64 labels 0/1. */
  y: tg.Tensor;
  name: string;
}

/**
 * `perClass` points on each of two spirals that wind `turns` times around the origin, arm k rotated by π·k,
 * with uniform noise. Deterministic given the seed (tg.manualSeed is called here).
 */
export function twoSpirals(perClass: number, seed: number, turns = 1.5, noise = 0.08): Dataset {
  tg.manualSeed(seed);
  const u = tg.rand([2, perClass, 3]).storage; // radius position and two noise draws per point
  const points: number[] = [];
  const labels: number[] = [];
  for (let k = 0; k < 2; k++) {
    for (let i = 0; i < perClass; i++) {
      const base = (k * perClass + i) * 3;
      const r = 0.1 + 0.9 * u[base]!; // radius in (0.1, 1]
      const angle = r * turns * 2 * Math.PI + Math.PI * k;
      points.push(
        r * Math.cos(angle) + noise * (2 * u[base + 1]! - 1),
        r * Math.sin(angle) + noise * (2 * u[base + 2]! - 1),
      );
      labels.push(k);
    }
  }
  return {
    x: tg.tensor(Float32Array.from(points), { shape: [2 * perClass, 2] }),
    y: tg.tensor(labels, { dtype: 'int64' }),
    name: `two spirals (${2 * perClass} points, seed ${seed})`,
  };
}
