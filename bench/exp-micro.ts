// A/B micro-measurement of the exp-bound WASM kernels (docs/dev/wasm.md, "exp fast path"): the committed module
// against another build of it, both instantiated in this process, runs interleaved (the machine is shared and
// noisy), data in linear memory (no copies), median and minimum ms. Its own timing loop, not bench/timing.ts:
// tinybench runs one task's samples back to back and cannot interleave the A and B rounds.
// Run: npx tsx bench/exp-micro.ts [old.wasm [new.wasm ...]]   (one file: it against the committed module; several:
// those; none: the committed module alone). ROUNDS=n (default 15), ONLY=exp,sigmoid (name prefixes), ALIGN=65536
// (data start, see below).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { WASM_BASE64 } from '../src/kernels/wasm/module.generated.js';

// Compile with TurboFan up front: V8 starts wasm in Liftoff (its baseline compiler) and tiers up in a background
// thread, which on this busy 2-core machine can take several rounds, so rounds mixed the two tiers. Every
// long-running program ends up in TurboFan; that is what is measured.
setFlagsFromString('--no-liftoff');

type Kernel = (...args: number[]) => number;
type Exports = Record<string, Kernel> & { memory: WebAssembly.Memory };
const N = 2 ** 22;
// Data start: 64-byte aligned above the module's static data by default, so it moves with the size of that data
// between builds; ALIGN=65536 puts it at the same address in every module, to take data placement out of an A/B
// comparison. (It did not remove the 5-10% swing of exp's slow-path case between two builds with identical exp
// code seen in the gelu round: docs/dev/wasm.md, "gelu, round 2".)
const ALIGN = Number(process.env.ALIGN ?? 64);
const ROWS = 4096,
  COLS = 1000;

function load(bytes: Uint8Array<ArrayBuffer>): { ex: Exports; base: number; mem: Float32Array } {
  const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as Exports;
  const base = (ex.heapBase!() + ALIGN - 1) & -ALIGN;
  ex.memory.grow(Math.ceil((base + 2 * N * 4 + 65536 * 8) / 65536));
  return { ex, base, mem: new Float32Array(ex.memory.buffer) };
}
const file = (path: string) => Uint8Array.from(readFileSync(path));
const committed = () => Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
const args = process.argv.slice(2);
const modules: [string, Uint8Array<ArrayBuffer>][] =
  args.length === 0
    ? [['new', committed()]]
    : args.length === 1
      ? [
          ['old', file(args[0]!)],
          ['new', committed()],
        ]
      : args.map((a) => [a.replace(/^.*\//, '').replace(/\.wasm$/, ''), file(a)]);
const inst = modules.map(([name, bytes]) => ({ name, ...load(bytes) }));

// Uniform on [-8, 8] from a fixed LCG (bench/data.ts uses the same range for gelu); logits ~ N(0, 1)-ish rows.
let seed = 12345;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const x = new Float32Array(N).map(() => rnd() * 16 - 8);
const logits = new Float32Array(ROWS * COLS).map(() => (rnd() + rnd() + rnd() - 1.5) * 3);

const UNARY: [string, number][] = [
  ['exp', 3],
  ['sigmoid', 18],
  ['silu', 24],
  ['softplus', 21],
  ['logSigmoid', 19],
  ['tanh', 13],
  ['expm1', 4],
  ['geluTanh', 23],
  ['gelu', 22],
  ['erf', 14],
];
// Every pair of vectors holds a lane of -inf (outside exp's fast range): the slow path everywhere.
const xSlow = x.map((v, i) => (i % 8 === 3 ? -Infinity : v));
// Logits with -inf past a per-row cut (a causal attention mask): row r keeps its first (r % COLS) + 1 entries.
const masked = logits.map((v, i) => (i % COLS > Math.floor(i / COLS) % COLS ? -Infinity : v));
type Case = [string, (m: (typeof inst)[number]) => void, (m: (typeof inst)[number]) => void];
const cases: Case[] = UNARY.map(([name, op]) => [
  `${name} 2^22`,
  (m) => m.mem.set(x, m.base >> 2),
  (m) => void m.ex.unaryF32!(op, m.base, m.base + N * 4, N),
]);
for (const [name, op] of [
  ['exp', 3],
  ['sigmoid', 18],
] as const) {
  cases.push([
    `${name} 2^22, -inf in every 8th lane`,
    (m) => m.mem.set(xSlow, m.base >> 2),
    (m) => void m.ex.unaryF32!(op, m.base, m.base + N * 4, N),
  ]);
}
const rowCase = (name: string, run: (m: (typeof inst)[number]) => void): Case => [
  name,
  (m) => m.mem.set(logits, m.base >> 2),
  run,
];
// The passes of rowwise logSoftmax, each over all 4096000 logits as one row.
const NL = ROWS * COLS;
cases.push(rowCase('pass: rowMaxF32', (m) => void m.ex.rowMaxF32!(m.base, NL)));
cases.push(rowCase('pass: sumExpF32', (m) => void m.ex.sumExpF32!(m.base, NL, 3)));
cases.push(rowCase('pass: logSoftmaxApplyF32', (m) => m.ex.logSoftmaxApplyF32!(m.base, m.base + N * 4, NL, 3.5)));
cases.push(rowCase('pass: softmaxApplyF32', (m) => m.ex.softmaxApplyF32!(m.base, m.base + N * 4, NL, 3, 1e-3)));
cases.push(rowCase('rowwise logSoftmax 4096x1000', (m) => m.ex.rowwise!(1, 0, m.base, m.base + N * 4, ROWS, COLS)));
cases.push(rowCase('rowwise softmax 4096x1000', (m) => m.ex.rowwise!(0, 0, m.base, m.base + N * 4, ROWS, COLS)));
cases.push([
  'rowwise softmax 4096x1000, masked',
  (m) => m.mem.set(masked, m.base >> 2),
  (m) => m.ex.rowwise!(0, 0, m.base, m.base + N * 4, ROWS, COLS),
]);
cases.push(
  rowCase('logSoftmaxConstRows 4096x1000', (m) => m.ex.logSoftmaxConstRows!(0, m.base, ROWS, COLS, m.base + N * 4)),
);
cases.push(
  rowCase('softmaxConstRowsF32 4096x1000', (m) =>
    m.ex.softmaxConstRowsF32!(m.base, m.base + N * 4, ROWS, COLS, m.base + N * 8 - 65536),
  ),
);

const ROUNDS = Number(process.env['ROUNDS'] ?? 15);
const only = process.env['ONLY']?.split(',');
for (const [name, setup, run] of cases) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  const times = inst.map(() => [] as number[]);
  inst.forEach((m) => (setup(m), run(m)));
  for (let r = 0; r < ROUNDS; r++) {
    inst.forEach((m, i) => {
      const t0 = performance.now();
      run(m);
      times[i]!.push(performance.now() - t0);
    });
  }
  const med = times.map((t) => t.sort((a, b) => a - b)[t.length >> 1]!);
  const min = times.map((t) => t[0]!);
  const ratio =
    med.length >= 2 ? `  ${(med[0]! / med.at(-1)!).toFixed(2)}x (min ${(min[0]! / min.at(-1)!).toFixed(2)}x)` : '';
  const cols = med.map((v, i) => `${inst[i]!.name} ${v.toFixed(2)} (min ${min[i]!.toFixed(2)})`).join('  ');
  console.log(`${name.padEnd(32)} ${cols} ms${ratio}`);
}
