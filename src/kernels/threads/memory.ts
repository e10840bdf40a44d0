/**
 * Reclaiming shared storage. V8 does not count SharedArrayBuffer memory toward its garbage-collection
 * triggers, and every share makes a worker's isolate hold a second reference to the same memory until that
 * isolate collects; a loop of large ops whose own JS garbage is small then grows without bound (measured in
 * Node and in Chromium: docs/dev/threads.md, "Garbage collection of shared memory"). Each thread (the caller
 * for what it allocates, every worker for what it is sent) reports the shared bytes to one of these.
 */

export type Gc = (options?: { type: 'minor' | 'major' }) => void;

/** Shared bytes between two collections. */
export const GC_BUDGET = 128 * 2 ** 20;

/**
 * With V8's gc() (Node obtains it, src/node.ts; a browser has it only when started with
 * --js-flags=--expose-gc): a scavenge every `budget` bytes (about 0.1 ms), and every fourth time a full
 * collection for storage that lived long enough to be promoted.
 */
export function gcEvery(gc: Gc, budget = GC_BUDGET): (bytes: number) => void {
  let pending = 0;
  let count = 0;
  return (bytes) => {
    pending += bytes;
    if (pending < budget) return;
    pending = 0;
    gc({ type: ++count % 4 === 0 ? 'major' : 'minor' });
  };
}

/** The last ballast (held until the next call, so the allocation is not optimised away). */
const held: { ballast: ArrayBuffer | null } = { ballast: null };

/**
 * Without gc() (browsers): allocates an ordinary ArrayBuffer of the same size and drops it at the next call.
 * V8 does count ordinary ArrayBuffers toward its triggers, so it collects as often as if the shared storage
 * were ordinary, and the shared buffers no longer referenced go with that collection. The ballast's pages are
 * never touched, so it costs address space, not memory.
 */
export function allocationPressure(bytes: number): void {
  held.ballast = null;
  try {
    held.ballast = new ArrayBuffer(bytes);
  } catch {
    // Address space refused: the storage itself was allocated; no pressure this time.
  }
}

/** The reclaimer for a thread of a runtime whose gc() may be exposed: gcEvery(gc), else allocationPressure. */
export function reclaimer(gc: Gc | null | undefined): (bytes: number) => void {
  return typeof gc === 'function' ? gcEvery(gc) : allocationPressure;
}
