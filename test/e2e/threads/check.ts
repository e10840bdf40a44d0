/**
 * What the browser-threads test runs inside a page's dedicated Worker (threads.e2e.ts). It imports nothing: the
 * worker entry hands it tensorgrad (the built dist/browser.js unbundled, or src/browser.ts bundled by Vite) so
 * the same checks run against both.
 */
import type * as TG from '../../../src/browser.js';

export interface Outcome {
  name: string;
  length: number;
  /** Shares sent to workers by the op with 2 threads, and with 1 (always 0). */
  shares: number;
  sharesAtOneThread: number;
  /** Index of the first element whose bits differ between 2 threads and 1 (-1: none). */
  firstDifference: number;
}
export interface Report {
  isolated: boolean;
  threads: number;
  /** The message of setNumThreads(2)'s error, or null when it was accepted. */
  error: string | null;
  errorName: string | null;
  outcomes?: Outcome[];
}

function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

interface Computed {
  values: Record<string, ArrayLike<number>>;
  /** Shares each op sent to workers. */
  shares: Record<string, number>;
}

/** Large ops, their inputs made by tensorgrad itself so that with threads on they live on shared memory. */
function compute(tg: typeof TG, sharesDispatched: () => number): Computed {
  const values: Record<string, ArrayLike<number>> = {};
  const shares: Record<string, number> = {};
  const data = (t: TG.Tensor): ArrayLike<number> => t.contiguousData() as ArrayLike<number>;
  const op = (name: string, f: () => TG.Tensor | number[]): void => {
    const before = sharesDispatched();
    const out = f();
    shares[name] = sharesDispatched() - before;
    values[name] = Array.isArray(out) ? out : data(out);
  };
  tg.manualSeed(7);
  const x = tg.randn([1 << 19]).mul(6); // sigmoid splits from 2^17 elements
  const a = tg.randn([1 << 20]);
  const b = tg.randn([1 << 20]); // add from 2^19
  const rows = tg.randn([1024, 256]).mul(4); // logSoftmax: whole rows per share, from 2^17 elements
  const logits = tg.randn([4096, 64]).mul(3).requiresGrad_();
  const targets = tg.randint(0, 64, [4096]);
  const big = tg.rand([1 << 21]); // plain sums from 2^21
  op('sigmoid', () => tg.sigmoid(x));
  op('add', () => tg.add(a, b));
  op('logSoftmax', () => tg.logSoftmax(rows, 1));
  op('crossEntropy', () => {
    const loss = tg.F.crossEntropy(logits, targets);
    loss.backward();
    return [loss.item(), ...Array.from(data(logits.grad!))];
  });
  op('sum', () => [tg.sum(big).item()]);
  return { values, shares };
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
  const two = compute(tg, sharesDispatched);
  tg.setNumThreads(1);
  const one = compute(tg, sharesDispatched);
  report.outcomes = Object.keys(two.values).map((name) => ({
    name,
    length: two.values[name]!.length,
    shares: two.shares[name]!,
    sharesAtOneThread: one.shares[name]!,
    firstDifference: firstDifference(two.values[name]!, one.values[name]!),
  }));
  return report;
}
