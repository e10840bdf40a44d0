/**
 * Timing for every bench script: tinybench's median of `iterations` samples (at least `timeMs` of them), each
 * sample `batch` calls (for sub-microsecond calls), after warm-up calls. Returns ms per call.
 */
import { Bench } from 'tinybench';

export interface TimingOptions {
  /** Samples, at least (default 15). */
  iterations?: number;
  /** Keep sampling for at least this long, ms (default 0: just `iterations`). */
  timeMs?: number;
  /** Calls per sample; the result is divided by it (default 1). */
  batch?: number;
  /** Warm-up samples before sampling (default 2), so V8 has tiered up the code being timed; 0 for none. */
  warmup?: number;
  /** Keep warming up for at least this long, ms (default 0). */
  warmupMs?: number;
}

export async function medianMs(fn: () => unknown, options: TimingOptions = {}): Promise<number> {
  const { iterations = 15, timeMs = 0, batch = 1, warmup = 2, warmupMs = 0 } = options;
  const task =
    batch === 1
      ? fn
      : () => {
          for (let i = 0; i < batch; i++) fn();
        };
  const bench = new Bench({
    time: timeMs,
    iterations,
    warmup: warmup > 0,
    warmupTime: warmupMs,
    warmupIterations: warmup,
    throws: true,
  });
  bench.add('task', task);
  await bench.run();
  const result = bench.tasks[0]!.result as unknown as { latency: { p50: number } };
  return result.latency.p50 / batch;
}
