/**
 * The synchronisation between the calling thread and its workers: one 64-byte slot of a shared Int32Array per
 * worker, Atomics.wait/notify on it, and a transport (in Node a MessagePort read synchronously with
 * receiveMessageOnPort) that carries each share's description. The caller posts every worker its share, bumps
 * the worker's request counter, computes its own share, then sleeps in Atomics.wait until each worker has
 * written the same counter value to its done slot. Workers sleep in Atomics.wait between calls (no spinning: the
 * machines this runs on are often shared, and a spinning worker would steal the caller's core).
 *
 * Atomics.wait is allowed on Node's main thread and in workers, but not on a browser's main thread; a browser
 * provider would need a cross-origin isolated page and a caller that is itself a worker (docs/dev/threads.md).
 * No Node built-ins here.
 */
import { backendNamed, runTask, type Task } from './task.js';

/** A message channel end, read without an event loop. */
export interface Transport {
  post(message: unknown): void;
  /** The next queued message, or undefined when none is queued. */
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
const FAILED = 3;

/** Marks worker `index` as gone (it failed to start or exited): it is never sent a share again. */
export function markFailed(ctrl: Int32Array, index: number): void {
  Atomics.store(ctrl, index * SLOT + READY, -1);
}

/** The caller's side, over `ctrl` (SLOT int32s per worker on a SharedArrayBuffer) and one transport per worker. */
export function atomicsPool(ctrl: Int32Array, ports: Transport[], onClose: () => void): ThreadPool {
  const workers = ports.length;
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
        if (Atomics.load(ctrl, base + FAILED) === 1) {
          Atomics.store(ctrl, base + FAILED, 0);
          const message = ports[ids[t]!]!.receive();
          error ??= new Error(`tensorgrad worker ${ids[t]}: ${String(message)}`);
        }
      }
      if (error !== null) throw error;
    },
    whenReady() {
      return new Promise((resolve, reject) => {
        const poll = (): void => {
          const failed = ctrl.some((v, i) => i % SLOT === READY && v === -1);
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
 * A worker's side: marks itself ready, then runs shares until told to stop. Blocks its thread throughout.
 * `afterTask` runs after each share (the Node worker collects garbage from time to time there: each share
 * arrives as new SharedArrayBuffer objects whose memory is freed only when this isolate collects them).
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
    try {
      runTask(task, backendNamed(task.backend));
    } catch (e) {
      port.post(e instanceof Error ? (e.stack ?? e.message) : String(e));
      Atomics.store(ctrl, base + FAILED, 1);
    }
    Atomics.store(ctrl, base + DONE, seq);
    Atomics.notify(ctrl, base + DONE, 1);
    afterTask?.(task);
  }
}
