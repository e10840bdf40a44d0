/**
 * The active kernel backend. Ops call `kernels()`; users may force one with setBackend.
 *
 * Selection: the WebAssembly SIMD backend when the runtime can compile it (Node >= 16.4, every current
 * browser), else the plain TypeScript loops. The choice is made lazily on the first kernel call, so importing
 * tensorgrad compiles nothing; `setBackend` before that call skips the compile altogether.
 */
import type { Backend, BackendName } from './backend.js';
import { tsBackend } from './ts/backend.js';
import { createWasmBackend, initWasm as compileWasm } from './wasm/backend.js';
import { installThreadPoolProvider, withThreads, type ThreadPoolProvider } from './threads/index.js';

let active: Backend | null = null;
let forced = false;
let wasm: Backend | null | undefined;

function wasmBackend(): Backend | null {
  if (wasm === undefined) wasm = createWasmBackend();
  return wasm;
}

export function kernels(): Backend {
  return active ?? (active = withThreads(wasmBackend() ?? tsBackend));
}

/** The backends this runtime can run ('ts' always; 'wasm' where WebAssembly SIMD compiles). */
export function availableBackends(): BackendName[] {
  return wasmBackend() ? ['wasm', 'ts'] : ['ts'];
}

/**
 * Selects the kernel backend: 'ts' (plain TypeScript loops) or 'wasm' (WebAssembly SIMD, the default where
 * the runtime supports it). Both give PyTorch's float32 results within the parity suite's tolerances.
 */
export function setBackend(name: BackendName): void {
  const backend = name === 'ts' ? tsBackend : name === 'wasm' ? wasmBackend() : undefined;
  if (!backend) {
    throw new RangeError(
      `setBackend(): backend '${String(name)}' is not available here; expected one of ${availableBackends()
        .map((b) => `'${b}'`)
        .join(', ')}`,
    );
  }
  active = withThreads(backend);
  forced = true;
}

/**
 * Compiles the WebAssembly module asynchronously, for runtimes that refuse a synchronous compile on the main
 * thread; afterwards the default selection picks the wasm backend. Resolves to whether it is available.
 * Optional: where synchronous compilation works (Node, current browsers) the first kernel call compiles it.
 */
export async function initWasm(): Promise<boolean> {
  const ok = await compileWasm();
  if (ok && !wasm) {
    wasm = undefined;
    if (!forced) active = null;
  }
  return ok;
}

/** The name of the active backend. */
export function getBackend(): BackendName {
  return kernels().name;
}

export type { Backend, BackendName } from './backend.js';

export { setNumThreads, getNumThreads } from './threads/index.js';

/**
 * Installs a thread pool provider (tensorgrad/node does, with worker_threads): kernels() then splits large
 * calls across it. The core never installs one itself.
 */
export function installThreadPool(provider: ThreadPoolProvider | null): void {
  installThreadPoolProvider(provider);
  if (active !== null) active = withThreads(active.name === 'wasm' ? wasmBackend()! : tsBackend);
}
