/**
 * tensorgrad for browsers: everything from the core entry, plus multi-core kernels on Web Workers where the
 * page allows them.
 *
 *   // in a dedicated Worker of a cross-origin isolated page
 *   import * as tg from 'tensorgrad/browser';
 *   tg.getNumThreads();   // navigator.hardwareConcurrency
 *   tg.setNumThreads(1);  // back to one thread
 *
 * Threads need three things, checked when this module loads:
 * - SharedArrayBuffer, which a page has only when it is cross-origin isolated (`crossOriginIsolated === true`:
 *   served with `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`);
 * - a caller that may block: the calling thread sleeps in Atomics.wait while the workers compute their shares,
 *   and Atomics.wait throws on a browser's main thread, so the code running tensor ops must be a dedicated Worker;
 * - nested Workers (every current browser).
 * Where one is missing the module is the core entry: getNumThreads() is 1 and setNumThreads(n > 1) throws a
 * RangeError that says which. Workers start lazily, on the first kernel call large enough to share; that call
 * and any made while they start run on the calling thread alone. In Chromium a Worker's own Workers start only
 * once it returns to its event loop, so a long synchronous computation gets no help until its first `await`;
 * `await tg.threadsReady()` starts them explicitly.
 *
 * The pool workers run src/kernels/threads/browserWorker.ts, spawned with the
 * `new Worker(new URL(..., import.meta.url), { type: 'module' })` pattern that Vite, webpack and esbuild-based
 * bundlers recognise; unbundled, dist/ works as plain ES modules.
 */
import { installThreadPool } from './kernels/index.js';
import {
  atomicsPool,
  createControl,
  markFailed,
  setThreadsUnavailable,
  type ThreadPool,
} from './kernels/threads/index.js';
import { reclaimer, type Gc } from './kernels/threads/memory.js';

export * from './index.js';
export { threadsReady, shutdownThreads } from './kernels/threads/index.js';

interface BrowserGlobals {
  crossOriginIsolated?: boolean;
  document?: unknown;
  DedicatedWorkerGlobalScope?: abstract new () => unknown;
  navigator?: { hardwareConcurrency?: number };
}

/** Why this runtime cannot run a pool, or null when it can. */
export function threadsUnavailableReason(g: typeof globalThis = globalThis): string | null {
  const scope = g as typeof globalThis & BrowserGlobals;
  const reasons: string[] = [];
  const dedicated =
    typeof scope.DedicatedWorkerGlobalScope === 'function' && g instanceof scope.DedicatedWorkerGlobalScope;
  if (!dedicated) {
    reasons.push(
      scope.document !== undefined
        ? "this is a browser's main thread, where Atomics.wait cannot block: run tensor ops in a dedicated Worker"
        : 'this is not a dedicated Web Worker (tensorgrad/browser splits kernels only there; in Node, import tensorgrad/node)',
    );
  }
  if (scope.crossOriginIsolated !== true || typeof SharedArrayBuffer !== 'function') {
    reasons.push(
      'the page is not cross-origin isolated (crossOriginIsolated is not true), so it has no SharedArrayBuffer: ' +
        'serve it with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp',
    );
  }
  if (dedicated && typeof Worker !== 'function') reasons.push('this Worker cannot start Workers of its own');
  return reasons.length === 0 ? null : `tensorgrad/browser has no thread pool here: ${reasons.join('; and ')}`;
}

function createBrowserPool(workers: number): ThreadPool {
  const ctrl = createControl(workers);
  const threads: (Worker | null)[] = [];
  const failed = (index: number, error: unknown): void => {
    // Never sent a share (and threadsReady() rejects); say why once.
    markFailed(ctrl, index);
    console.error(`tensorgrad: kernel worker ${index} failed:`, error);
  };
  for (let index = 0; index < workers; index++) {
    try {
      // The literal pattern bundlers look for: they emit the worker entry as a chunk of its own.
      const worker = new Worker(new URL('./kernels/threads/browserWorker.js', import.meta.url), {
        type: 'module',
        name: `tensorgrad kernel worker ${index}`,
      });
      worker.addEventListener('error', (e) => failed(index, e.message || 'its script did not load'));
      worker.postMessage({ ctrl, index });
      threads.push(worker);
    } catch (e) {
      // e.g. a Content-Security-Policy without worker-src: the kernels go on with the workers that did start.
      failed(index, e);
      threads.push(null);
    }
  }
  // Each worker leaves on the stop message atomicsPool posts when it closes.
  return atomicsPool(
    ctrl,
    threads.map((worker) => ({ post: (message: unknown) => worker?.postMessage(message) })),
    () => {},
  );
}

const reason = threadsUnavailableReason();
if (reason === null) {
  installThreadPool({
    defaultThreads: Math.max(1, (globalThis as BrowserGlobals).navigator?.hardwareConcurrency ?? 1),
    create: createBrowserPool,
    onSharedAllocation: reclaimer((globalThis as { gc?: Gc }).gc),
  });
} else {
  setThreadsUnavailable(reason);
}
