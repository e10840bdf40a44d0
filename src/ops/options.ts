/** Checking the trailing options object every function takes (API.md): a plain object with known keys. */

const camelCase = (name: string): string => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Throws a TypeError unless `options` is undefined or a plain object whose keys are all in `allowed`. An
 * unknown key that is the snake_case (PyTorch) spelling of an allowed one gets a "did you mean" hint, so a
 * PyTorch habit like `{ ignore_index: 1 }` fails loudly instead of being ignored.
 */
export function checkOptions(options: unknown, allowed: readonly string[], fn: string): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const got =
      options === null ? 'null' : Array.isArray(options) ? 'an array' : `the ${typeof options} ${String(options)}`;
    throw new TypeError(
      `${fn}(): expected an options object like { ${allowed.map((k) => `${k}?`).join(', ')} } as the last argument, but got ${got}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const hint = allowed.find((k) => k === camelCase(key) || k.toLowerCase() === key.replace(/_/g, '').toLowerCase());
    throw new TypeError(
      `${fn}(): unknown option '${key}'` +
        (hint ? ` (did you mean '${hint}'?)` : '') +
        `; valid options: ${allowed.length ? allowed.join(', ') : 'none'}`,
    );
  }
}
