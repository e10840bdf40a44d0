/**
 * The one place the explorer touches tensorgrad. Everything is imported from the library's source
 * (src/index.ts), so the page runs the same code as the library's tests.
 *
 * The views read the registries (tg.F.ACTIVATIONS) rather than lists of their own, so a new activation appears
 * on the page by being added to the library.
 */
import * as tg from '../../src/index.js';
import type { ActivationSpec, Tensor } from '../../src/index.js';

export { tg };
export type { ActivationSpec, ParamSpec, Tensor } from '../../src/index.js';

export type Options = Record<string, number | boolean | string>;
export type AnyActivation = ActivationSpec<Options>;

/** Every activation spec in this build, in registry order. */
export function activations(): readonly AnyActivation[] {
  return tg.F.ACTIVATIONS as unknown as readonly AnyActivation[];
}

/** Flat numbers of a tensor (row-major). */
export function values(t: Tensor): number[] {
  return Array.from(t.contiguousData() as ArrayLike<number>);
}

/** The message of anything thrown, as the library wrote it. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
