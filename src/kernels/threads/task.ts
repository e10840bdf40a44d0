/**
 * One share of a kernel call, as posted to a worker, and how a worker runs it. Typed arrays on a
 * SharedArrayBuffer arrive as views of the same memory, so a worker writes its share of `out` in place; a
 * length-1 operand (a broadcast scalar) may be an ordinary array and arrives as a copy.
 *
 * No Node built-ins here: the transport (worker_threads in Node) is the pool provider's business.
 */
import type {
  ActivationBackwardKernel,
  ActivationKernel,
  Backend,
  BackendName,
  BinaryKernel,
  PointwiseLossKernel,
  ReduceKernel,
  RowKernel,
  UnaryKernel,
} from '../backend.js';
import type { FloatStorage, Storage } from '../../tensor/dtype.js';
import { tsBackend } from '../ts/backend.js';
import { createWasmBackend } from '../wasm/backend.js';

export type Task =
  | {
      kind: 'unary';
      backend: BackendName;
      op: UnaryKernel;
      x: FloatStorage;
      out: FloatStorage;
      start: number;
      end: number;
    }
  | {
      kind: 'binary';
      backend: BackendName;
      op: BinaryKernel;
      a: Storage;
      b: Storage;
      out: Storage;
      start: number;
      end: number;
    }
  /** Rows [start, end) of a reduction, results (unrounded float64) into partials[start..end). */
  | {
      kind: 'reduceRows';
      backend: BackendName;
      op: ReduceKernel;
      x: Storage;
      rowLength: number;
      partials: Float64Array;
      start: number;
      end: number;
    }
  /**
   * Blocks [start, end) of long rows: block u is row floor(u / blocksPerRow), elements
   * [j·block, min((j + 1)·block, rowLength)) of it with j = u mod blocksPerRow; its reduction into partials[u].
   */
  | {
      kind: 'reduceBlocks';
      backend: BackendName;
      op: ReduceKernel;
      x: Storage;
      rowLength: number;
      block: number;
      blocksPerRow: number;
      partials: Float64Array;
      start: number;
      end: number;
    }
  | {
      kind: 'rowwise';
      backend: BackendName;
      op: RowKernel;
      x: Storage;
      rowLength: number;
      out: Storage;
      start: number;
      end: number;
    }
  /** Output rows [start, end) of the flattened (batch·m) x n result. */
  | {
      kind: 'matmul';
      backend: BackendName;
      a: FloatStorage;
      b: FloatStorage;
      out: FloatStorage;
      m: number;
      k: number;
      n: number;
      start: number;
      end: number;
    }
  /** Blocks [start, end) of Σ ℓ(x, y): block u is elements [u·block, (u + 1)·block); its sum into partials[u]. */
  | {
      kind: 'lossSumBlocks';
      backend: BackendName;
      op: PointwiseLossKernel;
      /** The loss's parameter (beta, delta). */
      p: number;
      x: FloatStorage;
      y: FloatStorage;
      block: number;
      partials: Float64Array;
      start: number;
      end: number;
    }
  | {
      kind: 'lossBackward';
      backend: BackendName;
      op: PointwiseLossKernel;
      p: number;
      x: FloatStorage;
      y: FloatStorage;
      a: number;
      b: number;
      out: FloatStorage;
      start: number;
      end: number;
    }
  /** Elements [start, end) of a parametric activation (p = [p0, p1, p2]). */
  | {
      kind: 'activation';
      backend: BackendName;
      op: ActivationKernel;
      p: readonly [number, number, number];
      x: FloatStorage;
      out: FloatStorage;
      start: number;
      end: number;
    }
  | {
      kind: 'activationBackward';
      backend: BackendName;
      op: ActivationBackwardKernel;
      p: readonly [number, number, number];
      g: FloatStorage;
      x: FloatStorage;
      out: FloatStorage;
      start: number;
      end: number;
    }
  /** Rows [start, end) of the cross-entropy forward; row constants into partials[start..end). */
  | {
      kind: 'ceForward';
      backend: BackendName;
      x: FloatStorage;
      C: number;
      partials: Float64Array;
      softmax: FloatStorage | undefined;
      start: number;
      end: number;
    }
  | {
      kind: 'ceBackward';
      backend: BackendName;
      /** The softmax the forward kept, turned into the gradient. */
      p: FloatStorage;
      targets: Int32Array;
      scale: Float64Array;
      C: number;
      grad: FloatStorage;
      start: number;
      end: number;
    }
  | { kind: 'stop' };

let wasm: Backend | null | undefined;

/** The backend a worker runs a task on: the same kernels as the main thread's (wasm from the embedded bytes). */
export function backendNamed(name: BackendName): Backend {
  if (name === 'wasm') {
    if (wasm === undefined) wasm = createWasmBackend();
    if (wasm) return wasm;
  }
  return tsBackend;
}

/** Runs one share on `backend`. The main thread runs its own share through this function too. */
export function runTask(task: Exclude<Task, { kind: 'stop' }>, backend: Backend): void {
  const { start, end } = task;
  switch (task.kind) {
    case 'unary':
      backend.unary(task.op, task.x.subarray(start, end), task.out.subarray(start, end));
      return;
    case 'binary': {
      const part = (s: Storage): Storage => (s.length === 1 ? s : s.subarray(start, end));
      backend.binary(task.op, part(task.a), part(task.b), task.out.subarray(start, end));
      return;
    }
    case 'reduceRows': {
      const L = task.rowLength;
      backend.reduceRows(
        task.op,
        task.x.subarray(start * L, end * L),
        end - start,
        L,
        task.partials.subarray(start, end),
      );
      return;
    }
    case 'reduceBlocks': {
      const { rowLength, block, blocksPerRow } = task;
      for (let u = start; u < end; u++) {
        const row = Math.floor(u / blocksPerRow);
        const from = (u - row * blocksPerRow) * block;
        const len = Math.min(block, rowLength - from);
        const at = row * rowLength + from;
        backend.reduceRows(task.op, task.x.subarray(at, at + len), 1, len, task.partials.subarray(u, u + 1));
      }
      return;
    }
    case 'rowwise': {
      const L = task.rowLength;
      backend.rowwise(
        task.op,
        task.x.subarray(start * L, end * L),
        end - start,
        L,
        task.out.subarray(start * L, end * L),
      );
      return;
    }
    case 'lossSumBlocks': {
      const { x, y, block, partials } = task;
      for (let u = start; u < end; u++) {
        const from = u * block;
        const to = Math.min(from + block, x.length);
        partials[u] = backend.pointwiseLossSum!(task.op, x.subarray(from, to), y.subarray(from, to), task.p);
      }
      return;
    }
    case 'lossBackward':
      backend.pointwiseLossBackward!(
        task.op,
        task.x.subarray(start, end),
        task.y.subarray(start, end),
        task.a,
        task.b,
        task.out.subarray(start, end),
        task.p,
      );
      return;
    case 'activation': {
      const [p0, p1, p2] = task.p;
      backend.activation(task.op, task.x.subarray(start, end), task.out.subarray(start, end), p0, p1, p2);
      return;
    }
    case 'activationBackward': {
      const [p0, p1, p2] = task.p;
      const part = (s: FloatStorage): FloatStorage => s.subarray(start, end);
      backend.activationBackward(task.op, part(task.g), part(task.x), part(task.out), p0, p1, p2);
      return;
    }
    case 'ceForward': {
      const C = task.C;
      backend.crossEntropyForward!(
        task.x.subarray(start * C, end * C),
        end - start,
        C,
        task.partials.subarray(start, end),
        task.softmax?.subarray(start * C, end * C),
      );
      return;
    }
    case 'ceBackward': {
      const C = task.C;
      const p = task.p.subarray(start * C, end * C);
      const targets = task.targets.subarray(start, end);
      const scale = task.scale.subarray(start, end);
      const grad = task.grad.subarray(start * C, end * C);
      backend.crossEntropyBackwardFromSoftmax!(p, targets, scale, end - start, C, grad);
      return;
    }
    case 'matmul': {
      const { m, k, n } = task;
      // Rows [start, end) of the flattened batch·m output, one matrix (batch entry) at a time.
      for (let row = start; row < end;) {
        const t = Math.floor(row / m);
        const r0 = row - t * m;
        const r1 = Math.min(m, r0 + (end - row));
        const a = task.a.subarray(t * m * k + r0 * k, t * m * k + r1 * k);
        const b = task.b.subarray(t * k * n, (t + 1) * k * n);
        backend.matmul(a, b, task.out.subarray(t * m * n + r0 * n, t * m * n + r1 * n), 1, r1 - r0, k, n);
        row += r1 - r0;
      }
      return;
    }
  }
}
