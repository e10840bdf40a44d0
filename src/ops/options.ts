/** Checking the trailing options object every function takes (API.md): a plain object with known keys. */
import { Tensor } from '../tensor/tensor.js';

/** Lower case without underscores: the spelling-independent form of an option name. */
const folded = (key: string): string => key.replace(/_/g, '').toLowerCase();

/** True when a and b differ by at most one inserted, deleted or substituted character. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // After the first difference the rest must match with one character skipped in a, in b, or in both.
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * The valid key an unknown one was probably meant as: PyTorch's snake_case spelling or another casing of it
 * (ignore_index, IgnoreIndex -> ignoreIndex; keep_dim -> keepdim), else a one-letter slip (dims -> dim).
 */
function suggestion(key: string, keys: readonly string[]): string | undefined {
  const k = folded(key);
  return (
    keys.find((valid) => folded(valid) === k) ?? keys.find((valid) => k.length > 2 && oneEditApart(k, folded(valid)))
  );
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Tensor) return 'a Tensor';
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/**
 * Throws a TypeError unless `options` is undefined or a plain object (not an array or a Tensor) whose keys are
 * all in `allowed`. A misspelt option — PyTorch's `{ ignore_index: 1 }` for `ignoreIndex`, or PyTorch's
 * positional keepdim `x.sum(1, true)` — would otherwise be ignored and the default used: a silently wrong
 * number. The message names the key, the function and the valid keys, with a "did you mean" when it can.
 */
export function checkOptions(options: unknown, allowed: readonly string[], fn: string): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options) || options instanceof Tensor) {
    throw new TypeError(
      `${fn}(): expected an options object like { ${allowed.map((k) => `${k}?`).join(', ')} } as the last argument, but got ${describe(options)}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const guess = suggestion(key, allowed);
    throw new TypeError(
      `${fn}(): unknown option '${key}'` +
        (guess === undefined ? '' : ` (did you mean '${guess}'?)`) +
        `; valid options: ${allowed.length ? allowed.join(', ') : 'none'}`,
    );
  }
}
