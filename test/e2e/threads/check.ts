/**
 * What the browser-threads test runs inside a page's dedicated Worker (threads.e2e.ts). It imports nothing: the
 * worker entry hands it tensorgrad (the built dist/browser.js unbundled, or src/browser.ts bundled by Vite) so
 * the same checks run against both.
 */
import type * as TG from '../../../src/browser.js';

export interface Outcome {
  name: string;
  length: number;
  /** Index of the first element whose bits differ between 2 threads and 1 (-1: none). */
  firstDifference: number;
}
export interface Report {
  isolated: boolean;
  threads: number;
  /** The message of setNumThreads(2)'s error, or null when it was accepted. */
  error: string | null;
  errorName: string | null;
  /** Shares sent to workers by the 2-thread run (undefined when threads are unavailable). */
  shares?: number;
  outcomes?: Outcome[];
}

function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** Large ops, their inputs made by tensorgrad itself so that with threads on they live on shared memory. */
function compute(tg: typeof TG): Record<string, ArrayLike<number>> {
  tg.manualSeed(7);
  const x = tg.randn([1 << 19]).mul(6); // sigmoid splits from 2^17 elements
  const a = tg.randn([1 << 20]);
  const b = tg.randn([1 << 20]); // add splits from 2^19
  const rows = tg.randn([1024, 256]).mul(4); // logSoftmax: whole rows per share
  const logits = tg.randn([4096, 64]).mul(3).requiresGrad_();
  const targets = tg.randint(0, 64, [4096]);
  const loss = tg.F.crossEntropy(logits, targets);
  loss.backward();
  const big = tg.rand([1 << 21]); // plain sums split from 2^21
  const data = (t: TG.Tensor): ArrayLike<number> => t.contiguousData() as ArrayLike<number>;
  return {
    sigmoid: data(tg.sigmoid(x)),
    add: data(tg.add(a, b)),
    logSoftmax: data(tg.logSoftmax(rows, 1)),
    crossEntropy: [loss.item()],
    crossEntropyGrad: data(logits.grad!),
    sum: [tg.sum(big).item()],
  };
}

/** Reports the thread state here and, when 2 threads are allowed, compares 2 threads against 1 bit for bit. */
export async function check(tg: typeof TG, sharesDispatched: () => number): Promise<Report> {
  const report: Report = {
    isolated: (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true,
    threads: tg.getNumThreads(),
    error: null,
    errorName: null,
  };
  try {
    tg.setNumThreads(2);
  } catch (e) {
    report.error = (e as Error).message;
    report.errorName = (e as Error).name;
    return report;
  }
  await tg.threadsReady();
  const before = sharesDispatched();
  const two = compute(tg);
  report.shares = sharesDispatched() - before;
  tg.setNumThreads(1);
  const one = compute(tg);
  report.outcomes = Object.keys(two).map((name) => ({
    name,
    length: two[name]!.length,
    firstDifference: firstDifference(two[name]!, one[name]!),
  }));
  return report;
}
