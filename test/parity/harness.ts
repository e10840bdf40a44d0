/**
 * Replays PyTorch golden cases (test/parity/data/<suite>.json, written by generate.py) against tensorgrad.
 *
 * One suite = one JSON file; `defineParitySuite(name, table)` registers, per case, tests for the forward
 * values/dtype/shape, the gradients for PyTorch's fixed cotangent (via backward() and via tg.grad), the
 * grad_fn name, the repr string, and for bad-input cases that tensorgrad throws a TypeError/RangeError
 * carrying PyTorch's key words.
 *
 * An op name resolves, in order, through: the suite's table, a dotted path on `tg` ('linalg.vectorNorm'),
 * the same path on `tg.F` ('F.relu' or plain 'relu'), and finally a method of the first argument (`x.view(...)`).
 * A call is `fn(...args, kwargs)`, with the trailing options object only when the case has kwargs
 * (API.md: positional tensors and dims in PyTorch's order, every other option in one camelCase object).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as tg from '../../src/index.js';

// ---------------------------------------------------------------------------------------------------------
// JSON format (see README.md)

export type JsonScalar = number | boolean | 'nan' | 'inf' | '-inf' | '-0';
export type DTypeName = 'float32' | 'float64' | 'int64' | 'bool';

export interface TensorJson {
  dtype: DTypeName;
  shape: number[];
  data: JsonScalar[];
  requiresGrad: boolean;
  /** Applied to the leaf before the op sees it: a non-contiguous input. Gradients are w.r.t. the leaf. */
  permute?: number[];
}

export type ArgJson = TensorJson | JsonScalar | string | null | ArgJson[];

export interface CaseJson {
  id: string;
  op: string;
  args: ArgJson[];
  kwargs: Record<string, ArgJson>;
  out?: TensorJson | TensorJson[];
  /** Cotangent for the first output; grads[j] is the gradient of the j-th tensor leaf in (args, kwargs) order. */
  cotangent?: TensorJson;
  grads?: (TensorJson | null)[];
  gradFn?: string;
  repr?: string;
  note?: string;
  /** Bad-input cases: PyTorch's message and exception class; the TS side must throw TypeError/RangeError. */
  error?: string;
  errorType?: string;
  jsError?: 'TypeError' | 'RangeError';
  keywords?: string[];
}

export interface SuiteJson {
  meta: { suite: string; torch: string; count: number };
  cases: CaseJson[];
}

// ---------------------------------------------------------------------------------------------------------
// Minimal structural view of tensorgrad's Tensor, so this file type-checks whatever else the core exports.

export interface TensorLike {
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly requiresGrad: boolean;
  grad: TensorLike | null;
  gradFn?: { name: string } | null;
  toArray(): unknown;
  toString(): string;
  backward(gradient?: TensorLike, options?: { retainGraph?: boolean }): void;
}

type AnyFn = (...args: unknown[]) => unknown;
export type OpTable = Record<string, AnyFn>;

const api = tg as unknown as Record<string, unknown>;

export function isTensor(value: unknown): value is TensorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    'shape' in value &&
    'dtype' in value &&
    typeof (value as { toArray?: unknown }).toArray === 'function'
  );
}

function isTensorJson(value: unknown): value is TensorJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'shape' in value && 'data' in value;
}

// ---------------------------------------------------------------------------------------------------------
// Decoding

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, '-0': -0 };

export function decodeScalar(v: JsonScalar): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const s = SPECIAL[v];
  if (s === undefined) throw new TypeError(`not an encoded number: ${String(v)}`);
  return s;
}

export function decodeValues(t: TensorJson): number[] {
  return t.data.map(decodeScalar);
}

/** Builds a tensor from its JSON form (a leaf; `permute` is not applied here). */
export function makeTensor(t: TensorJson, requiresGrad = t.requiresGrad): TensorLike {
  const values = decodeValues(t);
  const tensor = api.tensor as AnyFn;
  if (t.shape.length === 0) {
    return tensor(values[0], { dtype: t.dtype, requiresGrad }) as TensorLike;
  }
  const typed =
    t.dtype === 'float32'
      ? Float32Array.from(values)
      : t.dtype === 'bool'
        ? Uint8Array.from(values)
        : Float64Array.from(values); // float64, and int64 (stored as exact doubles)
  return tensor(typed, { dtype: t.dtype, shape: t.shape, requiresGrad }) as TensorLike;
}

function permute(x: TensorLike, dims: number[]): TensorLike {
  if (typeof api.permute === 'function') return (api.permute as AnyFn)(x, dims) as TensorLike;
  return (x as unknown as { permute: AnyFn }).permute(dims) as TensorLike;
}

/** Decodes an argument; tensor leaves are appended to `leaves` in the generator's order. */
export function decodeArg(a: ArgJson, leaves: TensorLike[]): unknown {
  if (Array.isArray(a)) return a.map((x) => decodeArg(x, leaves));
  if (isTensorJson(a)) {
    const leaf = makeTensor(a);
    leaves.push(leaf);
    return a.permute ? permute(leaf, a.permute) : leaf;
  }
  if (typeof a === 'string') return a in SPECIAL ? SPECIAL[a] : a;
  return a;
}

// ---------------------------------------------------------------------------------------------------------
// Calling

function lookupPath(root: unknown, path: string[]): AnyFn | undefined {
  let obj: unknown = root;
  for (const p of path) {
    if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return undefined;
    obj = (obj as Record<string, unknown>)[p];
  }
  return typeof obj === 'function' ? (obj as AnyFn) : undefined;
}

/** The function a case's op name refers to (see the file comment for the order). */
export function resolveOp(op: string, table: OpTable = {}): AnyFn {
  const own = table[op];
  if (own) return own;
  const path = op.split('.');
  const fromF = path[0] === 'F' ? path.slice(1) : path;
  const direct = lookupPath(api, path) ?? lookupPath(api.F, fromF);
  if (direct) return direct;
  if (path.length === 1) {
    return (x: unknown, ...rest: unknown[]) => {
      const method = isTensor(x) ? (x as unknown as Record<string, unknown>)[op] : undefined;
      if (typeof method !== 'function') {
        throw new Error(`parity runner: no tg.${op}, tg.F.${op} or Tensor.${op} to call`);
      }
      return (method as AnyFn).apply(x, rest);
    };
  }
  throw new Error(`parity runner: cannot resolve op ${op}`);
}

export interface Decoded {
  args: unknown[];
  kwargs: Record<string, unknown> | undefined;
  leaves: TensorLike[];
}

export function decodeCall(c: CaseJson): Decoded {
  const leaves: TensorLike[] = [];
  const args = c.args.map((a) => decodeArg(a, leaves));
  const keys = Object.keys(c.kwargs);
  let kwargs: Record<string, unknown> | undefined;
  if (keys.length > 0) {
    kwargs = {};
    for (const k of keys) kwargs[k] = decodeArg(c.kwargs[k]!, leaves);
  }
  return { args, kwargs, leaves };
}

export function callOp(c: CaseJson, d: Decoded, table: OpTable): unknown {
  const fn = resolveOp(c.op, table);
  return d.kwargs === undefined ? fn(...d.args) : fn(...d.args, d.kwargs);
}

/** A result as a list of tensors: a tensor, `{ values, indices }` (max/min with a dim) or an array. */
export function outputsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  if (typeof result === 'object' && result !== null && 'values' in result && 'indices' in result && !isTensor(result)) {
    const r = result as { values: unknown; indices: unknown };
    return [r.values, r.indices];
  }
  return [result];
}

// ---------------------------------------------------------------------------------------------------------
// Comparison (torch.testing.assert_close defaults)

export const TOLERANCE: Record<string, { rtol: number; atol: number }> = {
  float32: { rtol: 1.3e-6, atol: 1e-5 },
  float64: { rtol: 1e-7, atol: 1e-7 },
  int64: { rtol: 0, atol: 0 },
  bool: { rtol: 0, atol: 0 },
};

export function flatten(nested: unknown): number[] {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'boolean') out.push(v ? 1 : 0);
    else out.push(v as number);
  };
  walk(nested);
  return out;
}

/** Equal under the tolerance of `dtype`: nan == nan, infinities exact, -0 == 0. */
export function close(got: number, want: number, dtype: string): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want)) return got === want;
  if (!Number.isFinite(got)) return false;
  const { rtol, atol } = TOLERANCE[dtype] ?? TOLERANCE.float64!;
  return Math.abs(got - want) <= atol + rtol * Math.abs(want);
}

const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

/** Null when `got` matches `want`, else a message naming the first few differences. */
export function compareTensor(got: unknown, want: TensorJson, what: string): string | null {
  if (!isTensor(got)) return `${what}: expected a tensor, got ${String(got)}`;
  if (got.dtype !== want.dtype) return `${what}: dtype ${got.dtype}, expected ${want.dtype}`;
  const shape = [...got.shape];
  if (shape.length !== want.shape.length || shape.some((s, i) => s !== want.shape[i])) {
    return `${what}: shape [${shape.join(', ')}], expected [${want.shape.join(', ')}]`;
  }
  const values = flatten(got.toArray());
  const expected = decodeValues(want);
  const bad: string[] = [];
  let count = 0;
  for (let i = 0; i < expected.length; i++) {
    if (!close(values[i]!, expected[i]!, want.dtype)) {
      count++;
      if (bad.length < 6) bad.push(`[${i}] expected ${fmt(expected[i]!)}, got ${fmt(values[i]!)}`);
    }
  }
  if (count === 0) return null;
  return `${what}: ${count} of ${expected.length} values differ: ${bad.join('; ')}`;
}

// ---------------------------------------------------------------------------------------------------------
// Running one case (memoized: forward once, backward once, shared by the tests of that case)

interface Forward {
  decoded: Decoded;
  outputs: unknown[];
}

export function gradFnName(t: TensorLike): string | null {
  if (t.gradFn && typeof t.gradFn.name === 'string') return t.gradFn.name;
  const m = /grad_fn=<(\w+)>/.exec(t.toString());
  return m ? m[1]! : null;
}

export function loadSuite(name: string): SuiteJson {
  const url = new URL(`./data/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as SuiteJson;
}

/** "mul/broadcast/float32/0" -> "mul on broadcast float32 inputs (#0)". */
export function describeId(id: string): string {
  const [op, ...rest] = id.split('/');
  if (rest[0] === 'error') return `${op} with ${rest.slice(1).join(' ')}`;
  const n = rest.length > 1 && /^\d+$/.test(rest[rest.length - 1]!) ? rest.pop() : undefined;
  const what = rest.join(' ').replace(/_/g, ', ');
  return `${op} on ${what} inputs${n !== undefined && n !== '0' ? ` (#${n})` : ''}`;
}

export function countByOp(cases: CaseJson[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.op, (counts.get(c.op) ?? 0) + 1);
  return counts;
}

/** Registers the vitest tests of one suite. `table` overrides how an op name is called. */
export function defineParitySuite(name: string, table: OpTable = {}): void {
  const suite = loadSuite(name);
  const counts = countByOp(suite.cases);
  // TG_BACKEND=wasm npx vitest run test/parity: the same cases on another kernel backend.
  const backend = process.env.TG_BACKEND;
  if (backend) (api.setBackend as AnyFn)(backend);
  console.log(
    `parity ${name} (torch ${suite.meta.torch}, backend ${String((api.getBackend as AnyFn)())}): ` +
      `${suite.cases.length} cases; ` +
      [...counts].map(([op, n]) => `${op} ${n}`).join(', '),
  );

  const forwards = new Map<string, Forward>();
  const forward = (c: CaseJson): Forward => {
    let f = forwards.get(c.id);
    if (!f) {
      const decoded = decodeCall(c);
      f = { decoded, outputs: outputsOf(callOp(c, decoded, table)) };
      forwards.set(c.id, f);
    }
    return f;
  };

  describe(`PyTorch parity: ${name}`, () => {
    // An empty or truncated data file must fail, not register zero tests and pass.
    it(`replays all ${suite.meta.count} cases of data/${name}.json`, () => {
      expect(suite.cases.length).toBeGreaterThan(0);
      expect(suite.cases.length).toBe(suite.meta.count);
    });

    for (const [op] of counts) {
      describe(op, () => {
        for (const c of suite.cases.filter((x) => x.op === op)) {
          const title = describeId(c.id);
          if (c.error !== undefined) {
            it(`${title} throws a TypeError or RangeError mentioning ${c.keywords?.map((k) => `"${k}"`).join(', ')}`, () => {
              const decoded = decodeCall(c);
              let thrown: unknown = null;
              try {
                callOp(c, decoded, table);
              } catch (e) {
                thrown = e;
              }
              expect(thrown, `expected a throw like PyTorch's ${c.errorType}: ${c.error}`).not.toBeNull();
              const message = thrown instanceof Error ? thrown.message : String(thrown);
              const kind = thrown instanceof Error ? thrown.constructor.name : typeof thrown;
              expect(
                thrown instanceof TypeError || thrown instanceof RangeError,
                `threw ${kind} (${message}), expected TypeError or RangeError (${c.jsError} suggested)`,
              ).toBe(true);
              for (const k of c.keywords ?? []) {
                expect(message.toLowerCase(), `message should contain "${k}" (PyTorch: ${c.error})`).toContain(
                  k.toLowerCase(),
                );
              }
            });
            continue;
          }

          it(`${title} gives PyTorch's values, dtype and shape`, () => {
            const { outputs } = forward(c);
            const wants = Array.isArray(c.out) ? c.out : [c.out!];
            expect(outputs.length, 'number of outputs').toBe(wants.length);
            const problems = wants
              .map((w, k) => compareTensor(outputs[k], w, wants.length > 1 ? `output ${k}` : 'output'))
              .filter((p): p is string => p !== null);
            expect(problems, c.note ?? '').toEqual([]);
          });

          if (c.grads && c.cotangent) {
            it(`${title} gives PyTorch's gradients`, () => {
              const { outputs, decoded } = forward(c);
              const out = outputs[0] as TensorLike;
              out.backward(makeTensor(c.cotangent!, false));
              const problems: string[] = [];
              c.grads!.forEach((want, j) => {
                const leaf = decoded.leaves[j]!;
                if (want === null) {
                  if (leaf.requiresGrad && leaf.grad !== null && flatten(leaf.grad.toArray()).some((v) => v !== 0)) {
                    problems.push(`grad of tensor argument ${j}: expected none (unused), got non-zero values`);
                  }
                  return;
                }
                const p = compareTensor(leaf.grad, want, `grad of tensor argument ${j}`);
                if (p) problems.push(p);
              });
              expect(problems, c.note ?? '').toEqual([]);
            });
          }

          if (c.grads && c.cotangent) {
            it(`${title} gives PyTorch's gradients through tg.grad`, () => {
              // A fresh forward: backward() above has freed the first graph.
              const decoded = decodeCall(c);
              const out = outputsOf(callOp(c, decoded, table))[0] as TensorLike;
              const wanted = decoded.leaves.filter((l) => l.requiresGrad);
              const grads = (api.grad as AnyFn)(out, wanted, {
                gradOutputs: makeTensor(c.cotangent!, false),
                allowUnused: true,
              }) as (TensorLike | null)[];
              const problems: string[] = [];
              let k = 0;
              c.grads!.forEach((want, j) => {
                if (!decoded.leaves[j]!.requiresGrad) return;
                const got = grads[k++] ?? null;
                if (want === null) {
                  if (got !== null && flatten(got.toArray()).some((v) => v !== 0)) {
                    problems.push(`grad of tensor argument ${j}: expected none (unused), got non-zero values`);
                  }
                  return;
                }
                const p = compareTensor(got, want, `grad of tensor argument ${j}`);
                if (p) problems.push(p);
              });
              expect(problems, c.note ?? '').toEqual([]);
            });
          }

          if (c.gradFn) {
            it(`${title} records grad_fn ${c.gradFn}`, () => {
              const out = forward(c).outputs[0] as TensorLike;
              expect(out.requiresGrad, 'output requires grad').toBe(true);
              expect(gradFnName(out)).toBe(c.gradFn);
            });
          } else if (!Array.isArray(c.out) && c.out && !c.out.requiresGrad) {
            it(`${title} does not require grad`, () => {
              const out = forward(c).outputs[0] as TensorLike;
              expect(out.requiresGrad).toBe(false);
            });
          }

          if (c.repr !== undefined) {
            it(`${title} prints as PyTorch does`, () => {
              const out = forward(c).outputs[0] as TensorLike;
              expect(String(out)).toBe(c.repr);
            });
          }
        }
      });
    }
  });
}
