/**
 * A browser pool worker (spawned by src/browser.ts). Browsers have no synchronous message receive, so unlike
 * the Node worker it does not block: it idles in its event loop and onmessage hands it each share (typed arrays
 * on SharedArrayBuffers arrive as views of the same memory); it runs it, writes its done counter and wakes the
 * caller (shareListener in pool.ts). The first message is { ctrl, index }; the stop message closes the worker.
 */
import { reclaimer, type Gc } from './memory.js';
import { shareListener, sharedBytesOf } from './pool.js';
import { backendNamed, type Task } from './task.js';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}
const scope = globalThis as unknown as WorkerScope;

let handle: ((task: Task) => boolean) | null = null;
scope.onmessage = (event) => {
  if (handle === null) {
    const { ctrl, index } = event.data as { ctrl: Int32Array; index: number };
    backendNamed('wasm'); // compile the module now rather than in the first share
    // Each share arrives as new SharedArrayBuffer objects of this isolate (memory.ts).
    const reclaim = reclaimer((globalThis as { gc?: Gc }).gc);
    handle = shareListener(ctrl, index, (task) => reclaim(sharedBytesOf(task)));
  } else if (!handle(event.data as Task)) {
    scope.close();
  }
};
