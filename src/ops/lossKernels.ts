/**
 * The fused loss kernels of the active backend (crossEntropyForward, crossEntropyBackwardFromSoftmax, pointwiseLossSum/Backward).
 * A wrapping backend that does not forward them (the thread pool splits only the generic kernels) gets the
 * kernels of the backend it wraps: the WebAssembly module when that is its name, else the TypeScript loops.
 */
import type { Backend } from '../kernels/backend.js';
import { kernels } from '../kernels/index.js';
import { tsBackend } from '../kernels/ts/backend.js';
import { createWasmBackend } from '../kernels/wasm/backend.js';

export type LossKernels = Required<
  Pick<
    Backend,
    'crossEntropyForward' | 'crossEntropyBackwardFromSoftmax' | 'pointwiseLossSum' | 'pointwiseLossBackward'
  >
>;

let wasm: Backend | null | undefined;

export function lossKernels(): LossKernels {
  const k = kernels();
  if (k.crossEntropyForward && k.crossEntropyBackwardFromSoftmax && k.pointwiseLossSum && k.pointwiseLossBackward) {
    return k as LossKernels;
  }
  if (k.name === 'wasm') {
    if (wasm === undefined) wasm = createWasmBackend();
    if (wasm) return wasm as LossKernels;
  }
  return tsBackend as LossKernels;
}
