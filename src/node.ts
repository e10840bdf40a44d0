/// <reference types="node" />
/**
 * tensorgrad for Node.js: everything from the core entry, plus multi-core kernels on worker_threads.
 *
 *   import * as tg from 'tensorgrad/node';
 *   tg.getNumThreads();   // the machine's core count (os.availableParallelism())
 *   tg.setNumThreads(1);  // back to one thread
 *
 * Importing this module installs the pool provider and sets the thread count to the core count; workers start
 * lazily, on the first kernel call large enough to share (that call and any made while they start run on the
 * calling thread alone). Workers are unref'd: they never keep the process alive, and `shutdownThreads()` stops
 * them explicitly. This file is also the workers' entry: a worker loads it, sees its workerData tag and runs
 * the share loop (src/kernels/threads/pool.ts) instead of installing a pool.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  MessageChannel,
  Worker,
  isMainThread,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import { installThreadPool } from './kernels/index.js';
import { gcEvery, type Gc } from './kernels/threads/memory.js';
import {
  atomicsPool,
  createControl,
  markFailed,
  sharedBytesOf,
  workerLoop,
  type ThreadPool,
  type Transport,
} from './kernels/threads/index.js';

export * from './index.js';
export { threadsReady, shutdownThreads } from './kernels/threads/index.js';

const TAG = 'tensorgrad-kernel-worker';

interface WorkerData {
  [TAG]: true;
  ctrl: Int32Array;
  index: number;
  port: MessagePort;
}

const transport = (port: MessagePort): Transport => ({
  post: (message) => port.postMessage(message),
  receive: () => receiveMessageOnPort(port)?.message,
});

/**
 * Under a TypeScript loader (vitest, tsx) this module is a .ts file, and Node 20 does not apply the parent's
 * loader hooks to a worker's entry: the worker registers tsx itself, then imports this file. The built
 * dist/node.js is the worker entry as it is.
 */
function workerEntry(url: URL): { entry: URL | string; eval: boolean } {
  if (!url.pathname.endsWith('.ts')) return { entry: url, eval: false };
  const code = `import('tsx/esm/api').then((m) => m.register()).then(() => import(${JSON.stringify(url.href)}))`;
  return { entry: code, eval: true };
}

function createNodePool(workers: number): ThreadPool {
  const ctrl = createControl(workers);
  const { entry, eval: isEval } = workerEntry(new URL(import.meta.url));
  const ports: Transport[] = [];
  const threads: Worker[] = [];
  const mine: MessagePort[] = [];
  for (let index = 0; index < workers; index++) {
    const { port1, port2 } = new MessageChannel();
    const data: WorkerData = { [TAG]: true, ctrl, index, port: port2 };
    const worker = new Worker(entry, { eval: isEval, workerData: data, transferList: [port2] });
    worker.unref();
    port1.unref();
    // A worker that fails to start is never sent a share (and threadsReady() rejects); say why once.
    worker.on('error', (e) => {
      markFailed(ctrl, index);
      console.error(`tensorgrad: kernel worker ${index} failed:`, e);
    });
    worker.on('exit', () => markFailed(ctrl, index));
    ports.push(transport(port1));
    threads.push(worker);
    mine.push(port1);
  }
  return atomicsPool(ctrl, ports, () => {
    // The workers leave their loop on the stop message; close our ends so nothing lingers.
    for (const port of mine) port.close();
  });
}

/**
 * V8's gc(), without --expose-gc on the command line (the flag is set for one new context only). Needed
 * because V8 does not count SharedArrayBuffer memory toward its collection triggers: 200 sigmoids of 2^22
 * elements grew RSS to 2.2 GB, since the tensors' few JS bytes never filled the young generation. Null if
 * the runtime refuses; memory is then only reclaimed at V8's own pace.
 */
function exposeGc(): Gc | null {
  const existing = (globalThis as { gc?: Gc }).gc;
  if (typeof existing === 'function') return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as Gc;
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? gc : null;
  } catch {
    return null;
  }
}

/**
 * Collects garbage every GC_BUDGET (128 MiB) of shared memory (gcEvery): with it, RSS stays within a few
 * hundred MB in a loop of 16 MB tensors, at well under 1% of the time.
 */
function reclaimer(): (bytes: number) => void {
  const gc = exposeGc();
  return gc === null ? () => {} : gcEvery(gc);
}

if (!isMainThread && (workerData as Partial<WorkerData> | null)?.[TAG] === true) {
  const { ctrl, index, port } = workerData as WorkerData;
  const reclaim = reclaimer();
  workerLoop(ctrl, index, transport(port), (task) => reclaim(sharedBytesOf(task)));
  port.close();
} else {
  installThreadPool({
    defaultThreads: availableParallelism(),
    create: createNodePool,
    onSharedAllocation: reclaimer(),
  });
}
