/**
 * gelu (erf form) and per-op overhead, one backend at a time, median of repeated calls (ms):
 *
 *   npx tsx bench/gelu-micro.ts [ts|wasm]
 *
 * W4 (F.gelu forward, 2^22 float32, bench/data.ts inputs), its forward+backward, the bare unary kernel into a
 * preallocated array, and P1/P2 (add and sigmoid on 64 elements). A focused companion to npm run bench.
 */
import * as tg from '../src/index.js';
import { kernels } from '../src/kernels/index.js';
import { STREAMS, uniform } from './data.js';
import { medianMs } from './timing.js';

const backend = (process.argv[2] ?? 'wasm') as 'ts' | 'wasm';
tg.setBackend(backend);

const N = 1 << 22;
const xs = uniform(N, STREAMS.x, -8, 8);
const x = tg.tensor(xs);
const xg = tg.tensor(xs).requiresGrad_();
const g = tg.tensor(uniform(N, STREAMS.g, -1, 1));
const out = new Float32Array(N);
const fmt = (v: number): string => (v < 0.01 ? `${(v * 1000).toFixed(3)} µs` : `${v.toFixed(2)} ms`);
const rows: [string, number][] = [
  ['W4 F.gelu fwd 2^22', await medianMs(() => void tg.F.gelu(x), { iterations: 11 })],
  [
    'W4 F.gelu fwd+bwd 2^22',
    await medianMs(
      () => {
        xg.grad = null;
        tg.F.gelu(xg).backward(g);
      },
      { iterations: 7 },
    ),
  ],
  [
    'unary gelu kernel 2^22 (preallocated out)',
    await medianMs(() => kernels().unary('gelu', xs, out), { iterations: 11 }),
  ],
];
const a = tg.tensor(uniform(64, STREAMS.x, -8, 8));
const b = tg.tensor(uniform(64, STREAMS.y, -8, 8));
rows.push(['P1 add 64', await medianMs(() => void tg.add(a, b), { iterations: 31, batch: 2000 })]);
rows.push(['P1b add(x, 2) 64', await medianMs(() => void tg.add(a, 2), { iterations: 31, batch: 2000 })]);
rows.push(['P2 sigmoid 64', await medianMs(() => void tg.sigmoid(a), { iterations: 31, batch: 2000 })]);
console.log(`backend ${tg.getBackend()}`);
for (const [name, v] of rows) console.log(`  ${name.padEnd(44)} ${fmt(v)}`);
