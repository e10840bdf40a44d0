/**
 * The synchronisation between the calling thread and its workers: one 64-byte slot of a shared Int32Array per
 * worker, Atomics.wait/notify on it, and a message channel per worker that carries each share's description.
 * The caller posts every worker its share, bumps the worker's request counter, computes its own share, then
 * sleeps in Atomics.wait until each worker has written the share's sequence number to its done slot. A worker
 * that fails writes its error text into the shared control array too, so the caller never reads a message.
 *
 * Two kinds of worker run the same shares (serveShare):
 * - blocking (workerLoop, Node): sleeps in Atomics.wait on its request counter and reads the share with a
 *   synchronous receive (receiveMessageOnPort);
 * - event-driven (shareListener, browsers, which have no synchronous receive): idles in its event loop and is
 *   handed each share by onmessage.
 * Nobody spins: the machines this runs on are often shared, and a spinning worker would steal the caller's core.
 *
 * Atomics.wait is allowed on Node's main thread and in workers, but not on a browser's main thread: there the
 * caller must itself be a dedicated Worker (src/browser.ts; docs/dev/threads.md). No Node built-ins here.
 */
import { backendNamed, runTask, type Task } from './task.js';

/** A message channel end. */
export interface Transport {
  post(message: unknown): void;
  /** The next queued message, or undefined when none is queued (only the blocking worker loop reads). */
  receive(): unknown;
}

export interface ThreadPool {
  /** Runs tasks[i] on the i-th worker that has finished starting while the caller runs `own`; returns when all are done. */
  run(tasks: Task[], own: () => void): void;
  /** How many workers can take a share right now (0 while they start: the caller then computes alone). */
  ready(): number;
  /** Resolves when every worker has started. */
  whenReady(): Promise<void>;
  /** Asks the workers to exit; the pool must not be used afterwards. */
  close(): void;
}

/** Int32s per worker slot: a whole cache line each, so the workers' counters never share one. */
export const SLOT = 16;
const REQUEST = 0;
const DONE = 1;
const READY = 2;
/** 0, or 1 + the length of the error text a failed share left at errorAt(workers, index). */
const FAILED = 3;
/** UTF-16 code units of error text kept per worker (one per int32, after the slots). */
const MESSAGE = 2048;
const errorAt = (workers: number, index: number): number => workers * SLOT + index * MESSAGE;

/** The shared control array for `workers` workers: their slots, then room for each one's error text. */
export function createControl(workers: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(workers * (SLOT + MESSAGE) * 4));
}
const workersOf = (ctrl: Int32Array): number => ctrl.length / (SLOT + MESSAGE);

/** Marks worker `index` as gone (it failed to start or exited): it is never sent a share again. */
export function markFailed(ctrl: Int32Array, index: number): void {
  Atomics.store(ctrl, index * SLOT + READY, -1);
}

/** The caller's side, over `ctrl` (from createControl) and one channel per worker (only posted to). */
export function atomicsPool(ctrl: Int32Array, ports: Pick<Transport, 'post'>[], onClose: () => void): ThreadPool {
  const workers = ports.length;
  if (workersOf(ctrl) !== workers)
    throw new RangeError(`atomicsPool: ctrl is for ${workersOf(ctrl)} workers, not ${workers}`);
  let allReady = false;
  const readyList = (): number[] => {
    const list: number[] = [];
    for (let i = 0; i < workers; i++) if (Atomics.load(ctrl, i * SLOT + READY) === 1) list.push(i);
    allReady = list.length === workers;
    return list;
  };
  const everyone = Array.from({ length: workers }, (_, i) => i);
  let closed = false;
  return {
    ready: () => (allReady ? workers : readyList().length),
    run(tasks, own) {
      const ids = allReady ? everyone : readyList();
      if (tasks.length > ids.length)
        throw new RangeError(`ThreadPool.run: ${tasks.length} tasks, ${ids.length} ready workers`);
      const seqs: number[] = [];
      for (let t = 0; t < tasks.length; t++) {
        const base = ids[t]! * SLOT;
        ports[ids[t]!]!.post(tasks[t]);
        const seq = (Atomics.load(ctrl, base + REQUEST) + 1) | 0;
        seqs.push(seq);
        Atomics.store(ctrl, base + REQUEST, seq);
        Atomics.notify(ctrl, base + REQUEST, 1);
      }
      let error: unknown = null;
      try {
        own();
      } catch (e) {
        error = e; // still wait: the workers are writing into the caller's arrays
      }
      for (let t = 0; t < tasks.length; t++) {
        const base = ids[t]! * SLOT;
        for (let v = Atomics.load(ctrl, base + DONE); v !== seqs[t]; v = Atomics.load(ctrl, base + DONE)) {
          Atomics.wait(ctrl, base + DONE, v);
        }
        const failed = Atomics.load(ctrl, base + FAILED);
        if (failed !== 0) {
          Atomics.store(ctrl, base + FAILED, 0);
          const at = errorAt(workers, ids[t]!);
          let text = '';
          for (let i = 0; i < failed - 1; i++) text += String.fromCharCode(ctrl[at + i]!);
          error ??= new Error(`tensorgrad worker ${ids[t]}: ${text}`);
        }
      }
      if (error !== null) throw error;
    },
    whenReady() {
      return new Promise((resolve, reject) => {
        const poll = (): void => {
          let failed = false;
          for (let i = 0; i < workers; i++) failed ||= Atomics.load(ctrl, i * SLOT + READY) === -1;
          if (closed || readyList().length === workers) resolve();
          else if (failed) reject(new Error('tensorgrad: a kernel worker failed to start (see the error above)'));
          else setTimeout(poll, 2);
        };
        poll();
      });
    },
    close() {
      if (closed) return;
      closed = true;
      for (let i = 0; i < workers; i++) {
        const base = i * SLOT;
        ports[i]!.post({ kind: 'stop' } satisfies Task);
        Atomics.add(ctrl, base + REQUEST, 1);
        Atomics.notify(ctrl, base + REQUEST, 1);
      }
      onClose();
    },
  };
}

/** Bytes of shared memory a task refers to (what a worker's isolate holds until its next garbage collection). */
export function sharedBytesOf(task: Task): number {
  let bytes = 0;
  for (const value of Object.values(task)) {
    if (
      ArrayBuffer.isView(value) &&
      typeof SharedArrayBuffer === 'function' &&
      value.buffer instanceof SharedArrayBuffer
    ) {
      bytes += value.buffer.byteLength;
    }
  }
  return bytes;
}

/**
 * Runs share number `seq` on a worker and reports it: its error text (if any) into the control array, then the
 * done counter, then a wake-up for the caller. Both kinds of worker end every share here.
 */
function serveShare(ctrl: Int32Array, index: number, seq: number, task: Exclude<Task, { kind: 'stop' }>): void {
  const base = index * SLOT;
  try {
    runTask(task, backendNamed(task.backend));
  } catch (e) {
    const text = (e instanceof Error ? (e.stack ?? e.message) : String(e)).slice(0, MESSAGE);
    const at = errorAt(workersOf(ctrl), index);
    for (let i = 0; i < text.length; i++) ctrl[at + i] = text.charCodeAt(i);
    Atomics.store(ctrl, base + FAILED, text.length + 1);
  }
  Atomics.store(ctrl, base + DONE, seq);
  Atomics.notify(ctrl, base + DONE, 1);
}

/**
 * A blocking worker (Node): marks itself ready, then runs shares until told to stop, asleep in Atomics.wait
 * between them. `afterTask` runs after each share (the Node worker collects garbage from time to time there:
 * each share arrives as new SharedArrayBuffer objects whose memory is freed only when this isolate collects them).
 */
export function workerLoop(ctrl: Int32Array, index: number, port: Transport, afterTask?: (task: Task) => void): void {
  const base = index * SLOT;
  let seen = 0; // the caller may already have posted (a stop) before this worker started
  Atomics.store(ctrl, base + READY, 1);
  for (;;) {
    Atomics.wait(ctrl, base + REQUEST, seen);
    const seq = Atomics.load(ctrl, base + REQUEST);
    if (seq === seen) continue;
    seen = seq;
    let task = port.receive() as Task | undefined;
    // The caller posts before it bumps the counter, so the message is queued; tolerate a late delivery anyway.
    while (task === undefined) {
      Atomics.wait(ctrl, base + REQUEST, seq, 0.05);
      task = port.receive() as Task | undefined;
    }
    if (task.kind === 'stop') return;
    serveShare(ctrl, index, seq, task);
    afterTask?.(task);
  }
}

/**
 * An event-driven worker (browsers): marks itself ready and returns the handler for each message the caller
 * posts; the handler returns false on the stop message. Messages arrive in the order posted, one per request
 * counter bump, so the n-th share is share number n (the counter itself is not read: onmessage may run before
 * the caller has bumped it).
 */
export function shareListener(
  ctrl: Int32Array,
  index: number,
  afterTask?: (task: Task) => void,
): (task: Task) => boolean {
  let seq = 0;
  Atomics.store(ctrl, index * SLOT + READY, 1);
  return (task) => {
    seq = (seq + 1) | 0;
    if (task.kind === 'stop') return false;
    serveShare(ctrl, index, seq, task);
    afterTask?.(task);
    return true;
  };
}
