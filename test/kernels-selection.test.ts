/** Backend selection: wasm by default where it compiles, initWasm for async-only runtimes, setBackend wins. */
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';

describe('backend selection', () => {
  it('initWasm resolves true in Node and leaves the default on the wasm backend', async () => {
    await expect(tg.initWasm()).resolves.toBe(true);
    expect(tg.getBackend()).toBe('wasm');
  });

  it('a backend chosen with setBackend stays chosen after initWasm', async () => {
    tg.setBackend('ts');
    await tg.initWasm();
    expect(tg.getBackend()).toBe('ts');
    tg.setBackend('wasm');
    expect(tg.getBackend()).toBe('wasm');
  });

  it('setBackend names the available backends when given an unknown one', () => {
    expect(() => tg.setBackend('gpu' as never)).toThrow(/expected one of 'wasm', 'ts'/);
  });
});
