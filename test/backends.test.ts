/**
 * The same PyTorch parity suites on every kernel backend.
 *
 * `npm test` runs test/parity/*.test.ts directly on the primary backend: the automatic choice (wasm where
 * WebAssembly SIMD compiles, else ts), or the one named by TG_BACKEND. This file replays every one of those
 * suites on each other available backend, by setting TG_BACKEND (which the parity harness reads when a suite
 * is defined) and importing the suite files inside a describe block named after the backend. Vitest runs each
 * test file in its own module graph, so the backend chosen here does not leak into other files.
 *
 * The backend is process-global state, so one file can replay the suites on one other backend only; with two
 * backends (ts, wasm) that is all of them. A third backend would need a second file like this one.
 */
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { availableBackends, getBackend, type BackendName } from '../src/kernels/index.js';

const suites = import.meta.glob<unknown>('./parity/*.test.ts');
const primary = (process.env.TG_BACKEND as BackendName | undefined) ?? getBackend();
const others = availableBackends().filter((b) => b !== primary);

describe('kernel backends', () => {
  it('every parity suite file is found', () => {
    expect(Object.keys(suites)).toEqual(
      expect.arrayContaining(['./parity/activations.test.ts', './parity/core.test.ts', './parity/losses.test.ts']),
    );
  });
  it('replays them on exactly one other backend', () => {
    expect(others).toHaveLength(1);
  });
  it('the wasm backend is available in Node (WebAssembly SIMD)', () => {
    expect(availableBackends()).toContain('wasm');
  });
});

if (others.length > 1) throw new Error(`backends.test.ts replays one other backend; got ${others.join(', ')}`);

for (const backend of others) {
  describe(`on the ${backend} backend (primary: ${primary})`, async () => {
    process.env.TG_BACKEND = backend;
    for (const load of Object.values(suites)) await load();
    it(`the ${backend} backend stayed selected`, () => {
      expect(getBackend()).toBe(backend);
    });
  });
}
