/**
 * `npm run bench`: issue 6's workloads W1–W8 (full size and small), plus the per-op overhead on 64-element
 * tensors, timed side by side on this machine for every tensorgrad backend, TensorFlow.js (cpu and wasm
 * backends, same process) and PyTorch (a subprocess, 1 and 2 threads, when /usr/bin/python3 has torch).
 *
 * Every engine computes on bit-identical float32 inputs (bench/data.ts and its mirror in torch_bench.py) and
 * its outputs are checked against tensorgrad's TypeScript backend (the reference semantics) before its time
 * is reported; a time whose outputs disagree is printed as "WRONG" and left out of the ratios.
 *
 * Timing: tinybench, median of the samples; small workloads time batches of `reps` calls per sample. Slow
 * engines (tfjs-cpu at full size) get few samples so the whole run stays around three minutes on 2 cores.
 *
 *   npm run bench                   everything; writes bench/results.json
 *   npm run bench -- --only W2,W6   a subset (ids or prefixes)   --no-torch   --no-tfjs   --quick
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// The Node entry: everything from src/index.ts plus the worker-thread pool behind setNumThreads.
import * as tg from '../src/node.js';
import * as kernelIndex from '../src/kernels/index.js';
import { classes, STREAMS, uniform } from './data.js';
import { medianMs } from './timing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const onlyArg = args.find((_, i) => args[i - 1] === '--only');
const only = onlyArg ? onlyArg.split(',') : null;
const quick = flag('--quick');

// ---------------------------------------------------------------------------------------------- workloads

type Kind =
  'sigmoid' | 'sigmoidGrad' | 'reluGrad' | 'gelu' | 'logSoftmax' | 'crossEntropy' | 'mse' | 'bceLogits' | 'add';

interface Workload {
  id: string;
  label: string;
  kind: Kind;
  n: number;
  rows: number;
  cols: number;
  /** Bytes per element a fused implementation must move at least (issue 6's memory-floor column). */
  passes: number;
  /** Calls per timed sample (small workloads: amortise the timer). */
  reps: number;
  small: boolean;
}

const FULL = 1 << 22;
const SMALL = 1 << 10;
function w(id: string, label: string, kind: Kind, passes: number, small: boolean, rows = 0, cols = 0): Workload {
  const n = rows ? rows * cols : small ? SMALL : FULL;
  return { id, label, kind, n, rows, cols, passes, reps: small ? (n <= 64 ? 1000 : 100) : 1, small };
}
const ALL: Workload[] = [
  w('W1', 'sigmoid fwd, 2^22', 'sigmoid', 2, false),
  w('W2', 'sigmoid fwd+bwd, 2^22', 'sigmoidGrad', 5, false),
  w('W3', 'relu fwd+bwd, 2^22', 'reluGrad', 5, false),
  w('W4', 'gelu (erf) fwd, 2^22', 'gelu', 2, false),
  w('W5', 'logSoftmax fwd, 4096x1000', 'logSoftmax', 2, false, 4096, 1000),
  w('W6', 'crossEntropy fwd+bwd, 4096x1000', 'crossEntropy', 3, false, 4096, 1000),
  w('W7', 'mseLoss fwd+bwd, 2^22', 'mse', 5, false),
  w('W8', 'BCEWithLogits fwd+bwd, 2^22', 'bceLogits', 5, false),
  w('W1s', 'sigmoid fwd, 2^10', 'sigmoid', 2, true),
  w('W2s', 'sigmoid fwd+bwd, 2^10', 'sigmoidGrad', 5, true),
  w('W3s', 'relu fwd+bwd, 2^10', 'reluGrad', 5, true),
  w('W4s', 'gelu fwd, 2^10', 'gelu', 2, true),
  w('W5s', 'logSoftmax fwd, 64x10', 'logSoftmax', 2, true, 64, 10),
  w('W6s', 'crossEntropy fwd+bwd, 64x10', 'crossEntropy', 3, true, 64, 10),
  w('W7s', 'mseLoss fwd+bwd, 2^10', 'mse', 5, true),
  w('W8s', 'BCEWithLogits fwd+bwd, 2^10', 'bceLogits', 5, true),
  { ...w('P1', 'per-op: add, 64 elements', 'add', 3, true), n: 64, reps: 1000 },
  { ...w('P2', 'per-op: sigmoid, 64 elements', 'sigmoid', 2, true), n: 64, reps: 1000 },
];
const WORKLOADS = only ? ALL.filter((x) => only.some((o) => x.id === o || x.id.startsWith(o))) : ALL;

interface Inputs {
  x: Float32Array;
  y: Float32Array;
  g: Float32Array;
  t: Float32Array; // BCE targets in [0, 1]
  cls: Int32Array; // class targets
}
function inputs(wl: Workload): Inputs {
  const logits = wl.kind === 'logSoftmax' || wl.kind === 'crossEntropy';
  return {
    x: logits ? uniform(wl.n, STREAMS.x, -4, 4) : uniform(wl.n, STREAMS.x, -8, 8),
    y: uniform(wl.n, STREAMS.y, -8, 8),
    g: uniform(wl.n, STREAMS.g, -1, 1),
    t: uniform(wl.n, STREAMS.t, 0, 1),
    cls: classes(wl.rows, STREAMS.t, wl.cols),
  };
}

// ---------------------------------------------------------------------------------------------- engines

/** A prepared workload: `run` is timed, `outputs` computes once and returns the arrays to check. */
interface Prepared {
  run(): void;
  outputs(): Float32Array[];
}

function tensorgrad(wl: Workload, d: Inputs): Prepared {
  const shape = wl.rows ? [wl.rows, wl.cols] : [wl.n];
  // Copied into the storage tensorgrad allocates itself (shared memory while threads are on), as tg.tensor does.
  const T = (a: Float32Array): tg.Tensor => tg.tensor(a, { shape });
  const x = T(d.x);
  const f32 = (t: tg.Tensor): Float32Array => t.contiguousData('float32') as Float32Array;
  const forward = (f: () => tg.Tensor): Prepared => ({ run: () => void f(), outputs: () => [f32(f())] });
  switch (wl.kind) {
    case 'sigmoid':
      return forward(() => tg.sigmoid(x));
    case 'gelu':
      return forward(() => tg.F.gelu(x));
    case 'logSoftmax':
      return forward(() => tg.logSoftmax(x, 1));
    case 'add': {
      const y = T(d.y);
      return forward(() => tg.add(x, y));
    }
    case 'sigmoidGrad':
    case 'reluGrad': {
      const xg = T(d.x).requiresGrad_();
      const g = T(d.g);
      const f = wl.kind === 'sigmoidGrad' ? tg.sigmoid : tg.relu;
      const step = (): Float32Array[] => {
        xg.grad = null;
        const y = f(xg);
        y.backward(g);
        return [f32(y), f32(xg.grad!)];
      };
      return { run: step, outputs: step };
    }
    default: {
      const xg = T(d.x).requiresGrad_();
      const loss =
        wl.kind === 'crossEntropy'
          ? (
              (cls) => () =>
                tg.F.crossEntropy(xg, cls)
            )(new tg.Tensor(Float64Array.from(d.cls), [wl.rows], 'int64'))
          : wl.kind === 'mse'
            ? (
                (y) => () =>
                  tg.F.mseLoss(xg, y)
              )(T(d.y))
            : (
                (t) => () =>
                  tg.F.binaryCrossEntropyWithLogits(xg, t)
              )(T(d.t));
      const step = (): Float32Array[] => {
        xg.grad = null;
        const l = loss();
        l.backward();
        return [f32(l.reshape([1])), f32(xg.grad!)];
      };
      return { run: step, outputs: step };
    }
  }
}

function tfjs(wl: Workload, d: Inputs): Prepared {
  const shape = wl.rows ? [wl.rows, wl.cols] : [wl.n];
  const x = tf.tensor(d.x, shape, 'float32');
  const ys = (ts: tf.Tensor[]): Float32Array[] => ts.map((t) => Float32Array.from(t.dataSync() as Float32Array));
  const SQRT1_2 = Math.SQRT1_2;
  let compute: () => tf.Tensor[];
  switch (wl.kind) {
    case 'sigmoid':
      compute = () => [tf.sigmoid(x)];
      break;
    case 'gelu':
      // tfjs has no gelu op: the composition x/2·(1 + erf(x/√2)).
      compute = () => [tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, SQRT1_2))))];
      break;
    case 'logSoftmax':
      compute = () => [tf.logSoftmax(x, 1)];
      break;
    case 'add': {
      const y = tf.tensor(d.y, shape, 'float32');
      compute = () => [tf.add(x, y)];
      break;
    }
    case 'sigmoidGrad':
    case 'reluGrad': {
      const g = tf.tensor(d.g, shape, 'float32');
      const f = wl.kind === 'sigmoidGrad' ? tf.sigmoid : tf.relu;
      const vg = tf.valueAndGrad((v: tf.Tensor) => f(v));
      compute = () => {
        const { value, grad } = vg(x, g);
        return [value, grad];
      };
      break;
    }
    default: {
      let lossFn: (v: tf.Tensor) => tf.Scalar;
      if (wl.kind === 'crossEntropy') {
        const oneHot = tf.cast(tf.oneHot(tf.tensor1d(d.cls, 'int32'), wl.cols), 'float32');
        lossFn = (v) => tf.losses.softmaxCrossEntropy(oneHot, v) as tf.Scalar;
      } else if (wl.kind === 'mse') {
        const y = tf.tensor(d.y, shape, 'float32');
        lossFn = (v) => tf.losses.meanSquaredError(y, v) as tf.Scalar;
      } else {
        const t = tf.tensor(d.t, shape, 'float32');
        lossFn = (v) => tf.losses.sigmoidCrossEntropy(t, v) as tf.Scalar;
      }
      const vg = tf.valueAndGrad(lossFn);
      compute = () => {
        const { value, grad } = vg(x);
        return [tf.reshape(value, [1]), grad];
      };
    }
  }
  return {
    run: () => tf.tidy(() => void compute()),
    outputs: () => tf.tidy(() => ys(compute())),
  };
}

interface Engine {
  name: string;
  /** Switches global state (backend, threads) before this engine's tasks run. */
  activate(): Promise<void> | void;
  prepare(wl: Workload, d: Inputs): Prepared;
  /** Minimum samples and time per full-size workload; small ones always get 150 ms. */
  samples: number;
  timeMs: number;
}

// Multi-threading (setNumThreads) is optional: the bench adds a 2-thread tensorgrad column when it exists.
const threading = kernelIndex as unknown as { setNumThreads?: (n: number) => void; getNumThreads?: () => number };
const threadsAvailable = typeof threading.setNumThreads === 'function';
const setNumThreads = (n: number): void => threading.setNumThreads?.(n);
const defaultThreads = threadsAvailable ? threading.getNumThreads!() : 1;
const ENGINES: Engine[] = [
  {
    name: 'tg-ts',
    activate: () => {
      tg.setBackend('ts');
      if (threadsAvailable) setNumThreads(1);
    },
    prepare: tensorgrad,
    samples: 3,
    timeMs: 0,
  },
  {
    name: 'tg-wasm',
    activate: () => {
      tg.setBackend('wasm');
      if (threadsAvailable) setNumThreads(1);
    },
    prepare: tensorgrad,
    samples: 5,
    timeMs: 400,
  },
];
if (threadsAvailable) {
  ENGINES.push({
    name: 'tg-wasm-2t',
    activate: async () => {
      tg.setBackend('wasm');
      setNumThreads(2);
      await tg.threadsReady(); // workers start lazily; time them started
    },
    prepare: tensorgrad,
    samples: 5,
    timeMs: 400,
  });
}
if (!flag('--no-tfjs')) {
  ENGINES.push(
    {
      name: 'tfjs-wasm',
      activate: () => tf.setBackend('wasm').then(() => undefined),
      prepare: tfjs,
      samples: 3,
      timeMs: 300,
    },
    {
      name: 'tfjs-cpu',
      activate: () => tf.setBackend('cpu').then(() => undefined),
      prepare: tfjs,
      samples: 2,
      timeMs: 0,
    },
  );
}

// ---------------------------------------------------------------------------------------------- checking

interface Check {
  ok: boolean;
  worst: string;
}

/** |a - r| <= 2e-4·|r| + 1e-5·max|r| elementwise (float32 kernels with different polynomials), NaNs equal. */
function compare(outs: Float32Array[], refs: Float32Array[]): Check {
  if (outs.length !== refs.length) return { ok: false, worst: `${outs.length} outputs, expected ${refs.length}` };
  let worst = 0;
  let where = '';
  for (let k = 0; k < refs.length; k++) {
    const a = outs[k]!;
    const r = refs[k]!;
    if (a.length !== r.length)
      return { ok: false, worst: `output ${k} has ${a.length} elements, expected ${r.length}` };
    let scale = 0;
    for (let i = 0; i < r.length; i++) if (Math.abs(r[i]!) > scale && Number.isFinite(r[i]!)) scale = Math.abs(r[i]!);
    for (let i = 0; i < r.length; i++) {
      const av = a[i]!;
      const rv = r[i]!;
      if (Number.isNaN(rv) && Number.isNaN(av)) continue;
      const err = Math.abs(av - rv) / (2e-4 * Math.abs(rv) + 1e-5 * scale + 1e-30);
      if (!(err <= worst)) {
        worst = Number.isNaN(err) ? Infinity : err;
        where = `output ${k}[${i}] = ${av}, reference ${rv}`;
      }
    }
  }
  return { ok: worst <= 1, worst: where };
}

// ---------------------------------------------------------------------------------------------- timing

async function time(run: () => void, wl: Workload, engine: Engine): Promise<number> {
  const big = !wl.small;
  return medianMs(run, {
    batch: wl.reps,
    timeMs: quick ? 0 : big ? engine.timeMs : 150,
    iterations: quick ? 2 : big ? engine.samples : 10,
    warmup: big ? 0 : 2,
    warmupMs: big ? 0 : 30,
  });
}

/** Single-thread copy bandwidth (Float32Array.set of 64 MiB), bytes read + written per second. */
function copyBandwidth(): number {
  const a = new Float32Array(1 << 24).fill(1);
  const b = new Float32Array(1 << 24).fill(0);
  // The fastest of 15 copies: on a shared machine the median measures the neighbours, not the memory.
  let best = Infinity;
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    b.set(a);
    best = Math.min(best, performance.now() - t0);
  }
  return (2 * a.byteLength) / (best / 1000);
}

// ---------------------------------------------------------------------------------------------- PyTorch

interface TorchRun {
  version: string;
  results: Record<string, Record<string, number>>;
  outputs: (id: string, count: number) => Float32Array[];
  cleanup: () => void;
}

function runTorch(): TorchRun | string {
  if (flag('--no-torch')) return 'skipped (--no-torch)';
  const python = '/usr/bin/python3';
  if (!existsSync(python)) return `skipped: ${python} not found`;
  try {
    execFileSync(python, ['-c', 'import torch'], { stdio: 'ignore' });
  } catch {
    return `skipped: ${python} has no torch`;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'tg-bench-'));
  const config = {
    outDir,
    threads: [1, 2],
    workloads: WORKLOADS.map((wl) => ({
      id: wl.id,
      kind: wl.kind,
      n: wl.n,
      rows: wl.rows,
      cols: wl.cols,
      reps: wl.reps,
      minTime: quick ? 0 : wl.small ? 0.15 : 0.3,
      minSamples: quick ? 2 : wl.small ? 10 : 5,
    })),
  };
  const stdout = execFileSync(python, [join(root, 'bench/torch_bench.py'), JSON.stringify(config)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const parsed = JSON.parse(stdout) as { torch: string; results: Record<string, Record<string, number>> };
  return {
    version: parsed.torch,
    results: parsed.results,
    outputs: (id, count) =>
      Array.from({ length: count }, (_, k) => {
        const buf = readFileSync(join(outDir, `${id}.${k}.f32`));
        return new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4).slice();
      }),
    cleanup: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

// ---------------------------------------------------------------------------------------------- main

interface Cell {
  ms: number | null;
  ok: boolean;
  note?: string;
}

/**
 * tfjs-core's Node bundle registers no gradients (the union package @tensorflow/tfjs does, from ESM files
 * Node cannot load directly): bundle register_all_gradients with esbuild and import it. Its copy of the ops
 * shares the engine and registries with the Node bundle through tfjs's global namespace.
 */
async function registerTfjsGradients(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-tfjs-'));
  const file = join(dir, 'gradients.mjs');
  buildSync({
    entryPoints: [join(root, 'node_modules/@tensorflow/tfjs-core/dist/register_all_gradients.js')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'error',
  });
  await import(file);
  rmSync(dir, { recursive: true, force: true });
}

/** One of issue 6's targets, with the workloads (and their ratio) that meet it and that do not, in this run. */
interface TargetResult {
  target: string;
  met: string[];
  notMet: string[];
}

/** An engine's time in a row, or null where it is missing or its output disagreed. */
function okMs(row: Map<string, Cell>, name: string): number | null {
  const cell = row.get(name);
  return cell?.ok && cell.ms != null ? cell.ms : null;
}

/** The fastest of `names` in a row (tensorgrad's best configuration), or null. */
function bestMs(row: Map<string, Cell>, names: string[]): number | null {
  const v = names.map((n) => okMs(row, n)).filter((m): m is number => m !== null);
  return v.length ? Math.min(...v) : null;
}

/** The memory floor of a workload: the bytes it must move over the measured copy bandwidth, in ms. */
function floorMs(wl: Workload, bandwidth: number): number {
  return (wl.passes * wl.n * 4 * 1000) / bandwidth;
}

/**
 * Issue 6's targets, evaluated on the table: a workload is listed under "met" or "not met" with its ratio, and
 * left out where an engine needed for the comparison is missing or disagreed. A 5× speed-up over TFJS-wasm that
 * would take tensorgrad below the memory floor (no implementation can move the bytes faster) is marked so.
 */
function targetReport(table: Map<string, Map<string, Cell>>, bandwidth: number): TargetResult[] {
  const results: TargetResult[] = [];
  const check = (
    target: string,
    ids: (wl: Workload) => boolean,
    measure: (wl: Workload, row: Map<string, Cell>) => { value: number; ok: boolean; note?: string } | null,
  ): void => {
    const result: TargetResult = { target, met: [], notMet: [] };
    for (const wl of WORKLOADS.filter(ids)) {
      const m = measure(wl, table.get(wl.id) ?? new Map());
      if (!m) continue;
      const text = `${wl.id} ${m.value.toFixed(2)}${m.note ?? ''}`;
      (m.ok ? result.met : result.notMet).push(text);
    }
    results.push(result);
  };
  const isW = (wl: Workload) => wl.id.startsWith('W');
  const vs = (a: number | null, b: number | null) => (a === null || b === null ? null : a / b);
  check('1 thread: tg / PyTorch 1 thread <= 1', isW, (_, row) => {
    const r = vs(bestMs(row, ['tg-wasm', 'tg-ts']), okMs(row, 'torch-1t'));
    return r === null ? null : { value: r, ok: r <= 1 };
  });
  check('2 threads: tg / PyTorch 2 threads <= 1', isW, (_, row) => {
    const r = vs(bestMs(row, ['tg-wasm-2t', 'tg-wasm', 'tg-ts']), okMs(row, 'torch-2t'));
    return r === null ? null : { value: r, ok: r <= 1 };
  });
  check('TFJS-wasm / tg >= 5', isW, (wl, row) => {
    const tfjs = okMs(row, 'tfjs-wasm');
    const r = vs(tfjs, bestMs(row, ['tg-wasm-2t', 'tg-wasm', 'tg-ts']));
    if (r === null || tfjs === null) return null;
    const floor = floorMs(wl, bandwidth);
    return { value: r, ok: r >= 5, ...(tfjs / 5 < floor ? { note: ' (5× is below the memory floor)' } : {}) };
  });
  check(
    'per-op overhead, 64 elements: tg <= 2 × TFJS-wasm and <= 2 × PyTorch',
    (wl) => wl.id.startsWith('P'),
    (_, row) => {
      const tg1 = bestMs(row, ['tg-wasm', 'tg-ts']);
      const worst = Math.max(vs(tg1, okMs(row, 'tfjs-wasm')) ?? 0, vs(tg1, okMs(row, 'torch-1t')) ?? 0);
      return tg1 === null ? null : { value: worst, ok: worst <= 2 };
    },
  );
  check('long-run aim: tg / memory floor <= 2', isW, (wl, row) => {
    const r = vs(bestMs(row, ['tg-wasm-2t', 'tg-wasm', 'tg-ts']), floorMs(wl, bandwidth));
    return r === null ? null : { value: r, ok: r <= 2 };
  });
  return results;
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!flag('--no-tfjs')) await registerTfjsGradients();
  setWasmPaths(join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist/'));
  tf.env().set('PROD', true);
  const bandwidth = copyBandwidth();
  console.log(
    `tensorgrad bench: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ` +
      `copy bandwidth ${(bandwidth / 1e9).toFixed(1)} GB/s (1 thread); load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );

  const torch = runTorch();
  if (typeof torch === 'string') console.log(`PyTorch: ${torch}`);
  else console.log(`PyTorch ${torch.version}: subprocess, torch.set_num_threads(1) and (2)`);

  const table = new Map<string, Map<string, Cell>>();
  const refs = new Map<string, Float32Array[]>();
  // The reference first: tensorgrad's TypeScript backend.
  tg.setBackend('ts');
  for (const wl of WORKLOADS) refs.set(wl.id, tensorgrad(wl, inputs(wl)).outputs());

  if (typeof torch !== 'string') {
    for (const wl of WORKLOADS) {
      const row = table.get(wl.id) ?? new Map<string, Cell>();
      table.set(wl.id, row);
      const check = compare(torch.outputs(wl.id, refs.get(wl.id)!.length), refs.get(wl.id)!);
      for (const threads of ['1', '2']) {
        const ms = torch.results[wl.id]?.[threads] ?? null;
        row.set(`torch-${threads}t`, {
          ms: check.ok ? ms : null,
          ok: check.ok,
          ...(check.ok ? {} : { note: check.worst }),
        });
      }
    }
    torch.cleanup();
  }

  for (const engine of ENGINES) {
    await engine.activate();
    for (const wl of WORKLOADS) {
      const row = table.get(wl.id) ?? new Map<string, Cell>();
      table.set(wl.id, row);
      const prepared = engine.prepare(wl, inputs(wl));
      const check = compare(prepared.outputs(), refs.get(wl.id)!);
      // A wrong engine is still timed (shown as "12.3 x" with the disagreement in a footnote) but left out of
      // the ratios: the point of the check is that no number in a ratio comes from a wrong result.
      const ms = await time(prepared.run, wl, engine);
      row.set(engine.name, check.ok ? { ms, ok: true } : { ms, ok: false, note: check.worst });
    }
    console.log(`  ${engine.name} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  if (threadsAvailable) setNumThreads(defaultThreads);

  // ------------------------------------------------------------------------------------------- report
  const engineNames = [...(typeof torch === 'string' ? [] : ['torch-1t', 'torch-2t']), ...ENGINES.map((e) => e.name)];
  const fmt = (v: number | null | undefined): string =>
    v == null
      ? '–'
      : v >= 100
        ? v.toFixed(0)
        : v >= 10
          ? v.toFixed(1)
          : v >= 0.1
            ? v.toFixed(2)
            : v >= 0.001
              ? v.toFixed(4)
              : v.toExponential(1);
  const ratio = (a: number | null, b: number | null | undefined): string =>
    a == null || b == null ? '–' : (a / b).toFixed(2);
  const header = ['workload', ...engineNames, 'floor', 'tg-1t/pt-1t', 'tg-2t/pt-2t', 'tfjs-wasm/tg', 'tg/floor'];
  const lines: string[][] = [];
  const json: unknown[] = [];
  const wrong: string[] = [];
  for (const wl of WORKLOADS) {
    const row = table.get(wl.id)!;
    const floor = floorMs(wl, bandwidth);
    const tg1 = bestMs(row, ['tg-wasm', 'tg-ts']);
    const tg2 = bestMs(row, ['tg-wasm-2t', 'tg-wasm', 'tg-ts']);
    const tfw = okMs(row, 'tfjs-wasm');
    for (const [name, cell] of row) if (!cell.ok) wrong.push(`${wl.id} ${name}: ${cell.note ?? ''}`);
    lines.push([
      `${wl.id} ${wl.label}`,
      ...engineNames.map((n) => (row.get(n)?.ok === false ? `${fmt(row.get(n)?.ms)} x` : fmt(row.get(n)?.ms))),
      fmt(floor),
      ratio(tg1, okMs(row, 'torch-1t')),
      ratio(tg2, okMs(row, 'torch-2t')),
      ratio(tfw, tg1),
      ratio(tg2, floor),
    ]);
    json.push({
      id: wl.id,
      label: wl.label,
      n: wl.n,
      floorMs: floor,
      engines: Object.fromEntries([...row].map(([k, v]) => [k, v])),
    });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const print = (cells: string[]): void =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(
    '\nmedian ms per call (floor: bytes a fused kernel must move / copy bandwidth); ratios < 1 favour tensorgrad except tfjs-wasm/tg (speed-up)',
  );
  print(header);
  for (const l of lines) print(l);
  for (const note of wrong) console.log(`  x ${note}`);
  const targets = targetReport(table, bandwidth);
  console.log('\nissue 6 targets in this run (W = the eight workloads at full and small size; P = per-op overhead)');
  for (const t of targets) {
    console.log(`  ${t.target}`);
    console.log(`    met:     ${t.met.join(', ') || '–'}`);
    console.log(`    not met: ${t.notMet.join(', ') || '–'}`);
  }

  let crossEntropy: string | null = null;
  if (existsSync(join(root, 'bench/cross-entropy.ts')) && !only && !quick) {
    try {
      crossEntropy = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/cross-entropy.ts')], {
        encoding: 'utf8',
        cwd: root,
      }).trim();
      console.log(`\n${crossEntropy}`);
    } catch (error) {
      console.log(`\nbench/cross-entropy.ts failed: ${String(error)}`);
    }
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? null,
    cores: cpus().length,
    copyBandwidthGBs: bandwidth / 1e9,
    loadAverage: loadavg(),
    torch: typeof torch === 'string' ? torch : torch.version,
    tfjs: tf.version_core,
    workloads: json,
    targets,
    crossEntropy,
  };
  if (!only) writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\n${only ? '' : 'wrote bench/results.json; '}total ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

await main();
