/**
 * The one place the explorer touches tensorgrad. Everything is imported from the library's source
 * (src/index.ts), so the page runs the same code as the library's tests.
 *
 * The activation and loss registries are filled by their own modules as they land; the explorer reads whatever is
 * there and says plainly when something it needs is not in this build, instead of substituting its own maths.
 */
import * as tg from '../../src/index.js';
import type { ActivationSpec, Tensor } from '../../src/index.js';

export { tg };
export type { ActivationSpec, ParamSpec, Tensor } from '../../src/index.js';

export type Options = Record<string, number | boolean | string>;
export type AnyActivation = ActivationSpec<Options>;

/** Every activation spec in this build, in registry order. */
export function activations(): readonly AnyActivation[] {
  return ((tg.F as Record<string, unknown>).ACTIVATIONS ?? []) as readonly AnyActivation[];
}

export interface CrossEntropyOptions {
  weight?: Tensor;
  ignoreIndex?: number;
  reduction?: 'mean' | 'sum' | 'none';
  labelSmoothing?: number;
}
type CrossEntropyFn = (input: Tensor, target: Tensor, options?: CrossEntropyOptions) => Tensor;

/** F.crossEntropy, or null while the losses have not landed in this build. */
export function crossEntropyFn(): CrossEntropyFn | null {
  const fn = (tg.F as Record<string, unknown>).crossEntropy;
  return typeof fn === 'function' ? (fn as CrossEntropyFn) : null;
}

export interface InfoOptions {
  dim?: number;
  base?: number;
}
type InfoUnary = (p: Tensor, options?: InfoOptions) => Tensor;
type InfoBinary = (p: Tensor, q: Tensor, options?: InfoOptions) => Tensor;
export interface InfoApi {
  entropy: InfoUnary;
  klDivergence: InfoBinary;
  crossEntropy: InfoBinary;
}

/** tg.info, or null while it has not landed in this build. */
export function infoApi(): InfoApi | null {
  const info = (tg as Record<string, unknown>).info as Partial<InfoApi> | undefined;
  if (!info || typeof info.entropy !== 'function' || typeof info.klDivergence !== 'function' || typeof info.crossEntropy !== 'function') {
    return null;
  }
  return info as InfoApi;
}

/** Flat numbers of a tensor (row-major). */
export function values(t: Tensor): number[] {
  return Array.from(t.contiguousData() as ArrayLike<number>);
}

/** The message of anything thrown, as the library wrote it. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
