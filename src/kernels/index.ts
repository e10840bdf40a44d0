/** The active kernel backend. Ops call `kernels()`; users may force one with setBackend. */
import type { Backend, BackendName } from './backend.js';
import { tsBackend } from './ts/backend.js';

let active: Backend = tsBackend;
const available: Partial<Record<BackendName, Backend>> = { ts: tsBackend };

export function kernels(): Backend {
  return active;
}

/** Selects the kernel backend: 'ts' (plain TypeScript loops) or 'wasm' (WebAssembly SIMD). */
export function setBackend(name: BackendName): void {
  const backend = available[name];
  if (!backend) {
    throw new RangeError(`backend '${String(name)}' is not available here; available: ${Object.keys(available).join(', ')}`);
  }
  active = backend;
}

/** The name of the active backend. */
export function getBackend(): BackendName {
  return active.name;
}

export type { Backend, BackendName } from './backend.js';
