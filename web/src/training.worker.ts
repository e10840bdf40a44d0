/**
 * The training Web Worker: runs the vanishing-gradient experiment for sigmoid and ReLU in lockstep, one step of
 * each at a time, and posts every step's loss and per-layer gradient norms, so the page stays responsive while
 * tensorgrad trains. A 'stop' message ends the run after the current step.
 *
 * It loads tensorgrad/browser (from source, like lib.ts): on a cross-origin isolated page (vite.config.ts serves
 * COOP/COEP) kernels large enough to pay for it are split across Web Workers, bit-identical to one thread. The
 * networks here are small, so most runs stay below the thresholds and the pool never starts.
 */
import { getNumThreads } from '../../src/browser.js';
import { makeRun, type StepReport, type TrainConfig } from './compute/vanishing.js';
import { messageOf } from './lib.js';

export type ToWorker = { type: 'start'; config: TrainConfig } | { type: 'stop' };
export type FromWorker =
  | { type: 'progress'; reports: StepReport[] }
  /** `threads`: the kernels' thread count in this worker (1 unless the page is cross-origin isolated). */
  | { type: 'done'; steps: number; stopped: boolean; ms: number; threads: number }
  | { type: 'error'; message: string };

let runId = 0;

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

// Lets queued messages (stop, restart) in between steps.
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function run(config: TrainConfig, id: number): Promise<void> {
  const started = performance.now();
  try {
    const runs = [makeRun(config, 'sigmoid'), makeRun(config, 'relu')];
    for (let step = 1; step <= config.steps; step++) {
      if (id !== runId)
        return post({
          type: 'done',
          steps: step - 1,
          stopped: true,
          ms: performance.now() - started,
          threads: getNumThreads(),
        });
      post({ type: 'progress', reports: runs.map((r) => r.step()) });
      await yieldToEvents();
    }
    post({
      type: 'done',
      steps: config.steps,
      stopped: false,
      ms: performance.now() - started,
      threads: getNumThreads(),
    });
  } catch (error) {
    post({ type: 'error', message: messageOf(error) });
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  runId += 1;
  if (message.type === 'start') void run(message.config, runId);
});
