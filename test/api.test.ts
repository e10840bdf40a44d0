/**
 * The public API contract (/work/shared/API.md), line by line: package, naming rule, modules, top-level functions,
 * the Tensor surface, dtypes, printing, autograd entry points, tg.info and errors.
 *
 * Expected numbers come from PyTorch 1.13: test/parity/data/api.json (written by test/parity/gen_api.py) and the
 * committed parity suites (data/losses.json, data/activations.json) whose inputs the option checks reuse.
 * Everything else is structural: names, types, shapes, dtypes.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as tg from '../src/index.js';
import { F, Tensor, linspace, nn, tensor } from '../src/index.js';
import { ACTIVATIONS } from '../src/nn/functional/activations/index.js';
import { LOSSES } from '../src/nn/functional/losses/index.js';
import {
  compareTensor,
  decodeCall,
  loadSuite,
  makeTensor,
  outputsOf,
  type CaseJson,
  type TensorJson,
} from './parity/harness.js';

type AnyFn = (...args: unknown[]) => unknown;
type Dict = Record<string, unknown>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface ApiJson {
  inputs: Record<string, TensorJson>;
  dimOps: { id: string; expr: string; out: TensorJson[]; gradFn: string | null }[];
  repr: Record<string, string>;
  defaults: { op: string; defaults: Record<string, number | string | boolean | null> }[];
  options: {
    op: string;
    suite: string;
    case: string;
    option: string;
    value: unknown;
    out?: TensorJson;
    error?: string;
  }[];
  errors: { id: string; torchError: string; torchMessage: string; phrase: string }[];
  autograd: Record<string, TensorJson | string | null>;
  info: Record<string, TensorJson>;
}
const api = JSON.parse(readFileSync(new URL('./parity/data/api.json', import.meta.url), 'utf8')) as ApiJson;

const suites = { losses: loadSuite('losses'), activations: loadSuite('activations') };
const allCases: CaseJson[] = [...suites.losses.cases, ...suites.activations.cases];
const caseById = new Map(allCases.map((c) => [c.id, c]));

const expectTensor = (got: unknown, want: TensorJson, what: string): void => {
  expect(compareTensor(got, want, what)).toBeNull();
};

// ----------------------------------------------------------------------------------------------------------------
// Package

describe('the package', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Dict & {
    exports: Record<string, Record<string, string>>;
    sideEffects: unknown;
  };

  it('is the ESM package "tensorgrad" whose "." export points at dist/index.js and its types', () => {
    expect(pkg.name).toBe('tensorgrad');
    expect(pkg.type).toBe('module');
    expect(pkg.exports['.']!.import).toBe('./dist/index.js');
    expect(pkg.exports['.']!.types).toBe('./dist/index.d.ts');
    expect(pkg.types).toBe('./dist/index.d.ts');
  });

  it('has zero runtime dependencies', () => {
    expect(Object.keys((pkg.dependencies as Dict | undefined) ?? {})).toEqual([]);
    expect(Object.keys((pkg.peerDependencies as Dict | undefined) ?? {})).toEqual([]);
  });

  it('declares the core entry free of side effects (only the Node entry may have them)', () => {
    const se = pkg.sideEffects;
    const ok = se === false || (Array.isArray(se) && !se.some((p: string) => /index\.js$/.test(p) || p === '*'));
    expect(ok).toBe(true);
  });

  it('keeps Node-only extras behind their own entry, tensorgrad/node, which Node also gets for "tensorgrad"', () => {
    expect(pkg.exports['./node']?.import).toBe('./dist/node.js');
    // Issue 6: threads on by default in Node. The "node" condition comes first so Node picks it; bundlers for
    // browsers take "import" (the core, no Node built-ins).
    const dot = pkg.exports['.'] as unknown as Record<string, unknown>;
    expect(Object.keys(dot)[0]).toBe('node');
    expect(dot.node).toEqual({ types: './dist/node.d.ts', import: './dist/node.js' });
  });

  /** Relative and bare import specifiers of one JS/TS source (static, dynamic and re-exports). */
  const specifiers = (source: string): string[] => {
    const out: string[] = [];
    const re =
      /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
    for (const m of source.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3])!);
    return out;
  };

  /** Every module reachable from `entry` by relative imports, and every non-relative specifier met on the way. */
  const importGraph = (entry: string, resolveRelative: (from: string, spec: string) => string) => {
    const seen = new Set<string>();
    const external = new Map<string, string>();
    const stack = [entry];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '') // comments (doc examples say `from 'tensorgrad'`)
        .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
        .replace(/^\s*(?:import|export)\s+type\b[^;]*;/gm, ''); // type-only imports vanish at build time
      for (const spec of specifiers(source)) {
        if (spec.startsWith('.')) stack.push(resolveRelative(file, spec));
        else external.set(spec, file);
      }
    }
    return { seen, external };
  };

  it('imports nothing outside itself from the core entry src/index.ts (no fs, worker_threads, node:*)', () => {
    const { seen, external } = importGraph(join(ROOT, 'src/index.ts'), (from, spec) =>
      join(dirname(from), spec.replace(/\.js$/, '.ts')),
    );
    expect(seen.size).toBeGreaterThan(10);
    expect(seen.has(join(ROOT, 'src/node.ts'))).toBe(false);
    expect([...external.entries()].map(([s, f]) => `${s} (in ${f.slice(ROOT.length + 1)})`)).toEqual([]);
  });

  it('builds dist/index.js and dist/index.d.ts whose import graph has no Node built-in', () => {
    const build = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as {
      compilerOptions: { outDir: string; rootDir: string };
    };
    expect(build.compilerOptions.outDir).toBe('dist');
    expect(build.compilerOptions.rootDir).toBe('src');
    expect(pkg.scripts as Dict).toHaveProperty('build');
    expect(String((pkg.scripts as Dict).build)).toContain('tsc -p tsconfig.build.json');
    // The same compilation into a private directory, so a concurrent `npm run build` is not disturbed.
    const out = mkdtempSync(join(tmpdir(), 'tg-api-build-'));
    try {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
        { cwd: ROOT, stdio: 'pipe' },
      );
      expect(existsSync(join(out, 'index.js'))).toBe(true);
      expect(existsSync(join(out, 'index.d.ts'))).toBe(true);
      expect(existsSync(join(out, 'node.js'))).toBe(true);
      const { seen, external } = importGraph(join(out, 'index.js'), (from, spec) => join(dirname(from), spec));
      expect(seen.size).toBeGreaterThan(10);
      expect(seen.has(join(out, 'node.js'))).toBe(false);
      expect([...external.keys()]).toEqual([]);
      // Sanity: the scan does see node: imports where they are (the Node entry).
      expect(importGraph(join(out, 'node.js'), (f, s) => join(dirname(f), s)).external.has('node:worker_threads')).toBe(
        true,
      );
      expect(readdirSync(out).length).toBeGreaterThan(3);
      // Resolved as a user's project resolves it: `import * as tg from 'tensorgrad'` in Node gets the thread pool.
      const project = mkdtempSync(join(tmpdir(), 'tg-api-user-'));
      try {
        const installed = join(project, 'node_modules/tensorgrad');
        mkdirSync(installed, { recursive: true });
        writeFileSync(join(installed, 'package.json'), JSON.stringify(pkg));
        symlinkSync(out, join(installed, 'dist'), 'dir');
        const script =
          "import * as tg from 'tensorgrad'; import { availableParallelism } from 'node:os';" +
          'console.log(JSON.stringify([typeof tg.threadsReady, tg.getNumThreads(), availableParallelism(), typeof tg.sigmoid]));';
        const printed = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
          cwd: project,
          encoding: 'utf8',
        });
        const [ready, threads, cores, sigmoid] = JSON.parse(printed) as [string, number, number, string];
        expect([ready, sigmoid]).toEqual(['function', 'function']);
        expect(threads).toBe(cores);
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('supports both import forms: import * as tg and import { tensor, linspace, F, nn }', () => {
    expect(typeof tensor).toBe('function');
    expect(typeof linspace).toBe('function');
    expect(typeof F).toBe('object');
    expect(typeof nn).toBe('object');
    expect(tg.tensor).toBe(tensor);
    expect(tg.F).toBe(F);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Naming rule

const camel = (snake: string): string => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('the naming rule', () => {
  it('spells the functionals as PyTorch snake_case turned camelCase (API.md examples)', () => {
    for (const name of ['crossEntropy', 'logSoftmax', 'leakyRelu', 'binaryCrossEntropyWithLogits', 'klDiv']) {
      expect(typeof (F as unknown as Dict)[name], `F.${name}`).toBe('function');
    }
  });

  it('exports no snake_case name anywhere on tg, tg.F, tg.nn, tg.linalg or tg.info', () => {
    const bad: string[] = [];
    for (const [where, ns] of Object.entries({ tg, F, nn, linalg: tg.linalg, info: tg.info })) {
      for (const key of Object.keys(ns)) if (/_/.test(key)) bad.push(`${where}.${key}`);
    }
    expect(bad).toEqual([]);
  });

  it('names every activation and loss functional camelCase(PyTorch name), and F.<name> is that function', () => {
    const bad: string[] = [];
    for (const spec of [...ACTIVATIONS, ...LOSSES]) {
      const torchLast = spec.torchName.split('.').pop()!;
      if (spec.name !== camel(torchLast)) bad.push(`${spec.torchName} -> ${spec.name}`);
      if (typeof (F as unknown as Dict)[spec.name] !== 'function') bad.push(`F.${spec.name} missing`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps PyTorch class names for modules (nn.CrossEntropyLoss, nn.ReLU, nn.GELU, nn.NLLLoss, ...)', () => {
    for (const name of ['CrossEntropyLoss', 'ReLU', 'GELU', 'NLLLoss', 'LeakyReLU', 'BCEWithLogitsLoss', 'KLDivLoss']) {
      expect(typeof (nn as unknown as Dict)[name], `nn.${name}`).toBe('function');
    }
  });

  it('has an nn module of the spec.moduleName for every activation and loss that PyTorch has a module for', () => {
    const missing = [...ACTIVATIONS, ...LOSSES]
      .filter((s) => s.moduleName !== '')
      .filter((s) => typeof (nn as unknown as Dict)[s.moduleName] !== 'function')
      .map((s) => s.moduleName);
    expect(missing).toEqual([]);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Dim-taking functions: positional dims, tg.* and Tensor method forms, against PyTorch

type Inputs = Record<string, Tensor>;
const freshInputs = (): Inputs => {
  const out: Inputs = {};
  for (const [k, j] of Object.entries(api.inputs)) {
    out[k] = makeTensor(j, j.dtype === 'float32' || j.dtype === 'float64') as unknown as Tensor;
  }
  return out;
};

const T = tg as unknown as Record<string, AnyFn>;
/** id -> [the tg.* form, the Tensor method form (null where PyTorch has no method)], mirroring gen_api.py. */
const DIM_FORMS: Record<string, [(i: Inputs) => unknown, ((i: Inputs) => unknown) | null]> = {
  sum: [(i) => tg.sum(i.X!), (i) => i.X!.sum()],
  'sum/1': [(i) => tg.sum(i.X!, 1), (i) => i.X!.sum(1)],
  'sum/[0,1]/keepdim': [(i) => tg.sum(i.X!, [0, 1], { keepdim: true }), (i) => i.X!.sum([0, 1], { keepdim: true })],
  'mean/-1': [(i) => tg.mean(i.X!, -1), (i) => i.X!.mean(-1)],
  'mean/[0,2]/keepdim': [(i) => tg.mean(i.X!, [0, 2], { keepdim: true }), (i) => i.X!.mean([0, 2], { keepdim: true })],
  'prod/1': [(i) => tg.prod(i.X!, 1), (i) => i.X!.prod(1)],
  'prod/2/keepdim': [(i) => tg.prod(i.X!, 2, { keepdim: true }), (i) => i.X!.prod(2, { keepdim: true })],
  'amax/[0,2]': [(i) => tg.amax(i.X!, [0, 2]), (i) => i.X!.amax([0, 2])],
  'amin/1/keepdim': [(i) => tg.amin(i.X!, 1, { keepdim: true }), (i) => i.X!.amin(1, { keepdim: true })],
  max: [(i) => tg.max(i.X!), (i) => i.X!.max()],
  'max/1': [(i) => tg.max(i.X!, 1), (i) => i.X!.max(1)],
  'min/-1/keepdim': [(i) => tg.min(i.X!, -1, { keepdim: true }), (i) => i.X!.min(-1, { keepdim: true })],
  'logsumexp/2': [(i) => tg.logsumexp(i.X!, 2), (i) => i.X!.logsumexp(2)],
  'logsumexp/[0,1]': [(i) => tg.logsumexp(i.X!, [0, 1]), (i) => i.X!.logsumexp([0, 1])],
  var: [(i) => T.var!(i.X!), (i) => i.X!.var()],
  'var/1': [(i) => T.var!(i.X!, 1), (i) => i.X!.var(1)],
  'var/1/unbiased=false': [(i) => T.var!(i.X!, 1, { unbiased: false }), (i) => i.X!.var(1, { unbiased: false })],
  'std/[0,2]/keepdim': [(i) => tg.std(i.X!, [0, 2], { keepdim: true }), (i) => i.X!.std([0, 2], { keepdim: true })],
  argmax: [(i) => tg.argmax(i.X!), (i) => i.X!.argmax()],
  'argmax/1': [(i) => tg.argmax(i.X!, 1), (i) => i.X!.argmax(1)],
  'argmin/2/keepdim': [(i) => tg.argmin(i.X!, 2, { keepdim: true }), (i) => i.X!.argmin(2, { keepdim: true })],
  'cumsum/1': [(i) => tg.cumsum(i.X!, 1), (i) => i.X!.cumsum(1)],
  squeeze: [(i) => tg.squeeze(i.Y!), (i) => i.Y!.squeeze()],
  'squeeze/1': [(i) => tg.squeeze(i.Y!, 1), (i) => i.Y!.squeeze(1)],
  'unsqueeze/0': [(i) => tg.unsqueeze(i.A!, 0), (i) => i.A!.unsqueeze(0)],
  'unsqueeze/-1': [(i) => tg.unsqueeze(i.A!, -1), (i) => i.A!.unsqueeze(-1)],
  'cat/0': [(i) => tg.cat([i.A!, i.B!], 0), null],
  'cat/1': [(i) => tg.cat([i.A!, i.B!], 1), null],
  'stack/0': [(i) => tg.stack([i.A!, i.B!], 0), null],
  'stack/2': [(i) => tg.stack([i.A!, i.B!], 2), null],
  'gather/1': [(i) => tg.gather(i.A!, 1, i.I!), (i) => i.A!.gather(1, i.I!)],
  'scatter/1': [
    (i) => tg.scatter(i.A!, 1, tg.narrow(i.I!, 1, 0, 2), i.B!),
    (i) => i.A!.scatter(1, i.I!.narrow(1, 0, 2), i.B!),
  ],
  'scatterAdd/1': [(i) => tg.scatterAdd(i.A!, 1, i.I!, i.B!), (i) => i.A!.scatterAdd(1, i.I!, i.B!)],
  'indexSelect/0': [(i) => tg.indexSelect(i.A!, 0, i.J!), (i) => i.A!.indexSelect(0, i.J!)],
  'narrow/1': [(i) => tg.narrow(i.X!, 1, 1, 2), (i) => i.X!.narrow(1, 1, 2)],
  'select/0': [(i) => tg.select(i.X!, 0, 1), (i) => i.X!.select(0, 1)],
  'transpose/0,2': [(i) => tg.transpose(i.X!, 0, 2), (i) => i.X!.transpose(0, 2)],
  'softmax/1': [(i) => tg.softmax(i.X!, 1), (i) => i.X!.softmax(1)],
  'vectorNorm/ord2/dim1/keepdim': [(i) => tg.linalg.vectorNorm(i.X!, { ord: 2, dim: 1, keepdim: true }), null],
  vectorNorm: [(i) => tg.linalg.vectorNorm(i.X!), null],
  'norm/p1': [(i) => tg.norm(i.X!, { p: 1 }), (i) => i.X!.norm({ p: 1 })],
  norm: [(i) => tg.norm(i.X!), (i) => i.X!.norm()],
  exp: [(i) => tg.exp(i.A!), (i) => i.A!.exp()],
  log: [(i) => tg.log(i.P!), (i) => i.P!.log()],
  log2: [(i) => tg.log2(i.P!), (i) => i.P!.log2()],
  sigmoid: [(i) => tg.sigmoid(i.A!), (i) => i.A!.sigmoid()],
  matmul: [(i) => tg.matmul(i.A!, i.M!), (i) => i.A!.matmul(i.M!)],
  where: [(i) => tg.where(i.COND!, i.A!, i.B!), (i) => i.A!.where(i.COND!, i.B!)],
  'clamp/min,max': [(i) => tg.clamp(i.A!, { min: -0.25, max: 0.5 }), (i) => i.A!.clamp({ min: -0.25, max: 0.5 })],
  'clamp/min': [(i) => tg.clamp(i.A!, { min: 0.1 }), (i) => i.A!.clamp({ min: 0.1 })],
  'reshape/[2,-1]': [(i) => tg.reshape(i.X!, [2, -1]), (i) => i.X!.reshape([2, -1])],
};

describe('dim-taking and top-level functions, as tg.* and as Tensor methods, against PyTorch', () => {
  it('covers every generated case', () => {
    expect(Object.keys(DIM_FORMS).sort()).toEqual(api.dimOps.map((c) => c.id).sort());
  });

  for (const c of api.dimOps) {
    const [fnForm, methodForm] = DIM_FORMS[c.id] ?? [null, null];
    if (!fnForm) continue;
    const check = (result: unknown): void => {
      const outs = outputsOf(result);
      expect(outs.length).toBe(c.out.length);
      c.out.forEach((want, k) => expectTensor(outs[k], want, `${c.expr} output ${k}`));
      if (c.gradFn !== null) expect((outs[0] as Tensor).gradFn?.name).toBe(c.gradFn);
    };
    it(`tg.${c.id.split('/')[0]} matches ${c.expr}`, () => check(fnForm(freshInputs())));
    if (methodForm) it(`the Tensor method of ${c.id} matches ${c.expr}`, () => check(methodForm(freshInputs())));
  }

  it('max and min with a dim return { values, indices } (int64 indices), without a dim a tensor', () => {
    const x = tensor([
      [1, 5, 2],
      [7, 0, 3],
    ]);
    const r = tg.max(x, 1);
    expect(Object.keys(r).sort()).toEqual(['indices', 'values']);
    expect(r.indices.dtype).toBe('int64');
    expect(tg.min(x, 0, { keepdim: true }).values.shape).toEqual([1, 3]);
    expect(tg.max(x)).toBeInstanceOf(Tensor);
    expect(x.min()).toBeInstanceOf(Tensor);
  });

  it('takes shapes as arrays (tg.zeros([2, 3]), x.reshape([2, -1]), tg.full, tg.ones, tg.rand, tg.randn)', () => {
    expect(tg.zeros([2, 3]).shape).toEqual([2, 3]);
    expect(tg.ones([4]).shape).toEqual([4]);
    expect(tg.full([2, 2], 7).toArray()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(tg.rand([3, 1]).shape).toEqual([3, 1]);
    expect(tg.randn([2, 5]).shape).toEqual([2, 5]);
    expect(tg.zeros([6]).reshape([2, -1]).shape).toEqual([2, 3]);
  });

  it('offers the listed top-level tensor functions as tg.*', () => {
    const names = ['linspace', 'arange', 'zeros', 'ones', 'full', 'rand', 'randn', 'manualSeed', 'exp', 'log', 'log2'];
    names.push(
      'softmax',
      'sigmoid',
      'sum',
      'mean',
      'matmul',
      'where',
      'clamp',
      'tensor',
      'noGrad',
      'grad',
      'gradcheck',
    );
    names.push(...['prod', 'amax', 'amin', 'max', 'min', 'logsumexp', 'var', 'std', 'argmax', 'argmin', 'cumsum']);
    names.push(...['squeeze', 'unsqueeze', 'cat', 'stack', 'gather', 'scatter', 'scatterAdd', 'indexSelect']);
    names.push('narrow', 'select', 'transpose');
    expect(names.filter((n) => typeof T[n] !== 'function')).toEqual([]);
    expect(typeof tg.linalg.vectorNorm).toBe('function');
  });

  it('offers the dim-taking functions and most elementwise ones as Tensor methods where PyTorch has the method', () => {
    const methods = ['sum', 'mean', 'prod', 'amax', 'amin', 'max', 'min', 'logsumexp', 'var', 'std', 'argmax'];
    methods.push(...['argmin', 'cumsum', 'squeeze', 'unsqueeze', 'gather', 'scatter', 'scatterAdd', 'indexSelect']);
    methods.push(...['narrow', 'select', 'transpose', 'norm', 'exp', 'log', 'log2', 'sigmoid', 'softmax', 'matmul']);
    methods.push(...['where', 'clamp', 'reshape', 'view', 'permute', 'flatten', 'expand', 'item', 'toArray']);
    methods.push(...['backward', 'detach', 'toString', 'relu', 'tanh', 'abs', 'sqrt', 'pow', 'add', 'mul']);
    const proto = Tensor.prototype as unknown as Dict;
    expect(methods.filter((m) => typeof proto[m] !== 'function')).toEqual([]);
  });

  it('seeds tg.rand and tg.randn with tg.manualSeed', () => {
    tg.manualSeed(7);
    const a = tg.rand([4]).toArray();
    const b = tg.randn([3]).toArray();
    tg.manualSeed(7);
    expect(tg.rand([4]).toArray()).toEqual(a);
    expect(tg.randn([3]).toArray()).toEqual(b);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Options: one trailing camelCase options object with PyTorch's defaults; modules take the same options

type Spec = (typeof ACTIVATIONS)[number] | (typeof LOSSES)[number];
const specByOp = new Map<string, Spec>([...ACTIVATIONS, ...LOSSES].map((s) => [`F.${s.name}`, s]));
const fnOf = (op: string): AnyFn => (F as unknown as Record<string, AnyFn>)[op.slice(2)]!;

/** `new nn.<Module>(options).forward(...tensors)`, for the modules whose constructor takes only the options. */
const moduleCall = (op: string, args: unknown[], options: Dict): unknown => {
  const spec = specByOp.get(op)!;
  const Cls = (nn as unknown as Record<string, new (o?: Dict) => { forward: AnyFn; eval?: () => unknown }>)[
    spec.moduleName
  ]!;
  const m = new Cls(options);
  m.eval?.(); // nn.RReLU follows the module's training flag; F.rrelu's default is training: false
  return m.forward(...args);
};
/** Functionals with extra positional arguments or a weight the module owns: not `new nn.X(options).forward(...)`. */
const NOT_OPTIONS_ONLY = new Set(['F.threshold', 'F.prelu', 'F.softmax', 'F.logSoftmax', 'F.softmin', 'F.normalize']);

describe('options objects: camelCase names, PyTorch defaults and effects, same for modules', () => {
  it('has generated option and default cases, each naming a parity case that exists', () => {
    expect(api.options.length).toBeGreaterThan(0);
    expect(api.defaults.length).toBeGreaterThan(0);
    expect(api.options.filter((o) => !caseById.has(o.case)).map((o) => o.case)).toEqual([]);
  });

  for (const o of api.options) {
    const label = `${o.op}(..., { ${o.option}: ${JSON.stringify(o.value)} }) matches PyTorch on ${o.case}`;
    it(label, () => {
      const c = caseById.get(o.case)!;
      const d = decodeCall(c);
      const options = { ...(d.kwargs ?? {}), [o.option]: o.value };
      if (o.error !== undefined) {
        // PyTorch raised; tensorgrad must throw, and (API.md, Errors) a TypeError or RangeError, not a crash.
        let thrown: unknown = null;
        try {
          fnOf(o.op)(...d.args, options);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `PyTorch: ${o.error}`).not.toBeNull();
        expect(thrown instanceof TypeError || thrown instanceof RangeError, String(thrown)).toBe(true);
        return;
      }
      expectTensor(fnOf(o.op)(...d.args, options), o.out!, label);
    });
    if (o.out !== undefined && !NOT_OPTIONS_ONLY.has(o.op)) {
      it(`new nn.${specByOp.get(o.op)?.moduleName}({ ${o.option}: ${JSON.stringify(o.value)} }).forward matches PyTorch`, () => {
        const d = decodeCall(caseById.get(o.case)!);
        expectTensor(moduleCall(o.op, d.args, { ...(d.kwargs ?? {}), [o.option]: o.value }), o.out!, o.op);
      });
    }
  }

  for (const entry of api.defaults) {
    const explicit = Object.fromEntries(
      Object.entries(entry.defaults).filter(([k, v]) => v !== null && !(NOT_OPTIONS_ONLY.has(entry.op) && k === 'dim')),
    );
    if (Object.keys(explicit).length === 0) continue;
    it(`${entry.op} gives the same result with PyTorch's defaults spelled out (${JSON.stringify(explicit)})`, () => {
      // A parity case whose options (if any) all equal PyTorch's defaults, so the call without options must give
      // PyTorch's output. (This test used to return early, checking nothing, when no option-free case existed.)
      const c = allCases.find(
        (x) =>
          x.op === entry.op &&
          x.out !== undefined &&
          Object.entries(x.kwargs).every(([k, v]) => k in explicit && explicit[k] === v),
      );
      expect(c, `a parity case of ${entry.op} with no options or only default ones`).toBeDefined();
      if (!c) return;
      const d = decodeCall(c);
      const implicit = fnOf(entry.op)(...d.args) as Tensor;
      const spelled = fnOf(entry.op)(...d.args, explicit) as Tensor;
      expect(spelled.toArray()).toEqual(implicit.toArray());
      expectTensor(implicit, c.out as TensorJson, c.id);
    });
  }

  it('gives every module the functional result on each parity case (constructor options = functional options)', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const c of allCases) {
      if (!c.op.startsWith('F.') || NOT_OPTIONS_ONLY.has(c.op) || c.out === undefined || !specByOp.has(c.op)) continue;
      if (c.op === 'F.rrelu' && c.kwargs.training === true) continue;
      const d = decodeCall(c);
      const viaF = fnOf(c.op)(...d.args, d.kwargs ?? {});
      const viaModule = moduleCall(c.op, decodeCall(c).args, d.kwargs ?? {});
      const err = compareTensor(viaModule, c.out as TensorJson, c.id);
      if (err !== null) bad.push(err);
      else if (JSON.stringify((viaF as Tensor).toArray()) !== JSON.stringify((viaModule as Tensor).toArray()))
        bad.push(`${c.id}: module and functional differ`);
      checked++;
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('builds nn.CrossEntropyLoss(options).forward(input, target) as API.md writes it', () => {
    const input = tensor([
      [2, 3, 1],
      [3, 7, 9],
    ]);
    const target = tensor([1, 2], { dtype: 'int64' });
    const loss = new nn.CrossEntropyLoss({ reduction: 'sum', labelSmoothing: 0.1 }).forward(input, target);
    expect(loss.item()).toBe(F.crossEntropy(input, target, { reduction: 'sum', labelSmoothing: 0.1 }).item());
    expect(String(new nn.CrossEntropyLoss().forward(input, target))).toBe(api.repr.crossEntropy);
  });

  it('takes F.softmax(x, dim) and F.marginRankingLoss(x1, x2, y, options) positionally', () => {
    const x = tensor([[1, 2, 3]]);
    expect(F.softmax(x, 1).shape).toEqual([1, 3]);
    const r = F.marginRankingLoss(tensor([1, 2]), tensor([2, 1]), tensor([1, -1]), { margin: 0.5 });
    expect(r.shape).toEqual([]);
  });

  // A PyTorch user's most likely slip is PyTorch's own spelling. API.md (Errors): "never returns a silently wrong
  // number", so { ignore_index: 1 } must not compute with ignoreIndex = -100.
  it('refuses an option it does not know, such as the snake_case { ignore_index: 1 }, with a TypeError', () => {
    const input = tensor([
      [2, 3, 1],
      [3, 7, 9],
    ]);
    const target = tensor([1, 2], { dtype: 'int64' });
    expect(() => F.crossEntropy(input, target, { ignore_index: 1 } as never)).toThrow(TypeError);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Tensor

describe('the Tensor surface', () => {
  it('has shape (readonly array), dtype, requiresGrad, grad, item(), toArray(), detach(), toString()', () => {
    const x = tensor(
      [
        [1, 2],
        [3, 4],
      ],
      { requiresGrad: true },
    );
    expect(x.shape).toEqual([2, 2]);
    expect(Object.isFrozen(x.shape)).toBe(true);
    expect(x.dtype).toBe('float32');
    expect(x.requiresGrad).toBe(true);
    expect(x.grad).toBeNull();
    expect(x.toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(tensor(2.5).item()).toBe(2.5);
    expect(tensor(3).toArray()).toBe(3);
    const d = x.mul(2).detach();
    expect(d.requiresGrad).toBe(false);
    expect(d.gradFn).toBeNull();
    expect(typeof x.toString()).toBe('string');
  });

  it('accepts number, nested arrays and typed arrays, with { dtype, requiresGrad, shape }', () => {
    expect(tensor(1).shape).toEqual([]);
    expect(tensor(Float64Array.from([1, 2, 3, 4]), { shape: [2, 2] }).shape).toEqual([2, 2]);
    expect(tensor(Float64Array.from([1, 2])).dtype).toBe('float64');
    expect(tensor([1, 2], { dtype: 'float64', requiresGrad: true }).requiresGrad).toBe(true);
    expect(tensor([true, false]).dtype).toBe('bool');
  });

  it('backward(gradient) accumulates the vector-Jacobian product into .grad, as PyTorch', () => {
    const x = makeTensor(api.autograd.x as TensorJson, true) as unknown as Tensor;
    const v = makeTensor(api.autograd.v as TensorJson, false) as unknown as Tensor;
    x.mul(x).backward(v);
    expectTensor(x.grad, api.autograd.backwardWithGradient as TensorJson, 'x.grad');
  });

  it('backward(undefined, { retainGraph: true }) lets a second backward run and accumulate, as PyTorch', () => {
    const x = makeTensor(api.autograd.x as TensorJson, true) as unknown as Tensor;
    const y = x.mul(x).mul(x).sum();
    y.backward(undefined, { retainGraph: true });
    y.backward();
    expectTensor(x.grad, api.autograd.retainGraphTwice as TensorJson, 'x.grad after two backward calls');
  });

  it('backward(undefined, { createGraph: true }) leaves a differentiable .grad', () => {
    const x = makeTensor(api.autograd.x as TensorJson, true) as unknown as Tensor;
    x.mul(x).mul(x).sum().backward(undefined, { createGraph: true });
    expectTensor(x.grad, api.autograd.grad as TensorJson, 'x.grad');
    expect(x.grad!.requiresGrad).toBe(true);
    const [gg] = tg.grad(x.grad!.sum(), [x]) as Tensor[];
    expectTensor(gg, api.autograd.gradOfGrad as TensorJson, 'd/dx of x.grad');
  });
});

describe('dtypes', () => {
  it('makes tensors of JS numbers float32 unless dtype says otherwise', () => {
    expect(tensor([1, 2, 3]).dtype).toBe('float32');
    expect(tensor(7).dtype).toBe('float32');
    expect(tensor([1, 2], { dtype: 'int64' }).dtype).toBe('int64');
    expect(tg.zeros([2]).dtype).toBe('float32');
    expect(tg.linspace(0, 1, 5).dtype).toBe('float32');
    expect(tg.full([1], 3).dtype).toBe('float32');
  });

  it('makes tg.arange int64 with all-integer arguments and float32 otherwise, as PyTorch', () => {
    expect(tg.arange(5).dtype).toBe('int64');
    expect(tg.arange(1, 7, 2).dtype).toBe('int64');
    expect(tg.arange(0, 1, 0.25).dtype).toBe('float32');
    expect(tg.arange(0.5, 3).dtype).toBe('float32');
    expect(String(tg.arange(5))).toBe(api.repr['arange/5']);
  });
});

describe('printing (PyTorch repr, character for character)', () => {
  const logits = (): Tensor =>
    tensor([
      [2, 3, 1],
      [3, 7, 9],
    ]);
  const target = tensor([1, 2], { dtype: 'int64' });

  it("prints String(F.crossEntropy(tensor([[2, 3, 1], [3, 7, 9]]), tensor([1, 2], { dtype: 'int64' }))) as 'tensor(0.2684)'", () => {
    expect(api.repr.crossEntropy).toBe('tensor(0.2684)');
    expect(String(F.crossEntropy(logits(), target))).toBe(api.repr.crossEntropy);
  });

  it('adds the grad_fn suffix PyTorch prints (tensor(0.2684, grad_fn=<NllLossBackward0>))', () => {
    const x = logits().requiresGrad_();
    expect(String(F.crossEntropy(x, target))).toBe(api.repr['crossEntropy/requiresGrad']);
    const leaf = tensor([1, 2], { requiresGrad: true });
    expect(String(leaf.mul(2).sum())).toBe(api.repr['sum/requiresGrad']);
  });

  it('adds requires_grad=True to a leaf that requires grad, and nothing after detach() or inside noGrad', () => {
    const leaf = tensor([1, 2], { requiresGrad: true });
    expect(String(leaf)).toBe(api.repr['leaf/requiresGrad']);
    expect(String(leaf.mul(2).detach())).toBe(api.repr.detach);
    expect(String(tg.noGrad(() => leaf.mul(2)))).toBe(api.repr.noGrad);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Autograd entry points

describe('tg.noGrad, tg.grad and tg.gradcheck', () => {
  it('tg.noGrad(fn) returns fn()’s value and records no graph', () => {
    const x = tensor([1, 2], { requiresGrad: true });
    const y = tg.noGrad(() => x.mul(3));
    expect(y.requiresGrad).toBe(false);
    expect(y.gradFn).toBeNull();
    expect(x.mul(3).requiresGrad).toBe(true);
  });

  it('tg.grad(outputs, inputs, { createGraph: true }) gives higher-order gradients like torch.autograd.grad', () => {
    const x = makeTensor(api.autograd.x as TensorJson, true) as unknown as Tensor;
    const [g] = tg.grad(x.pow(3).sum(), [x], { createGraph: true }) as Tensor[];
    expectTensor(g, api.autograd.grad as TensorJson, 'first derivative');
    expect(g!.requiresGrad).toBe(true);
    const [gg] = tg.grad(g!.sum(), [x]) as Tensor[];
    expectTensor(gg, api.autograd.gradOfGrad as TensorJson, 'second derivative');
    expect(x.grad).toBeNull(); // like torch.autograd.grad, .grad is left alone
  });

  it('tg.gradcheck(fn, inputs) passes on a correct gradient in float64', () => {
    const x = tensor([0.3, -0.7, 1.1], { dtype: 'float64', requiresGrad: true });
    expect(tg.gradcheck((t: Tensor) => t.sigmoid().mul(t).sum(), [x])).toBe(true);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Information theory

describe('tg.info', () => {
  const P = (): Tensor => makeTensor(api.info.p!, false) as unknown as Tensor;
  const Q = (): Tensor => makeTensor(api.info.q!, false) as unknown as Tensor;

  it('computes entropy, crossEntropy and klDivergence over dim = -1 in nats by default, 0·log 0 = 0', () => {
    expectTensor(tg.info.entropy(P()), api.info.entropy!, 'entropy');
    expectTensor(tg.info.crossEntropy(P(), Q()), api.info.crossEntropy!, 'crossEntropy');
    expectTensor(tg.info.klDivergence(P(), Q()), api.info.klDivergence!, 'klDivergence');
  });

  it('takes { base: 2 } for bits and { dim } for the distribution axis', () => {
    expectTensor(tg.info.entropy(P(), { base: 2 }), api.info['entropy/base2']!, 'entropy base 2');
    expectTensor(tg.info.entropy(P(), { dim: 0 }), api.info['entropy/dim0']!, 'entropy dim 0');
    expectTensor(tg.info.crossEntropy(P(), Q(), { base: 2 }), api.info['crossEntropy/base2']!, 'H(P,Q) bits');
    expectTensor(tg.info.klDivergence(P(), Q(), { dim: 0, base: 2 }), api.info['klDivergence/dim0/base2']!, 'KL');
    expectTensor(tg.info.entropy(P(), { dim: -1, base: Math.E }), api.info.entropy!, 'explicit defaults');
  });

  it('is differentiable in every tensor argument', () => {
    const p = tg.narrow(P(), 0, 1, 1).contiguous().requiresGrad_();
    const q = tg.narrow(Q(), 0, 1, 1).contiguous().requiresGrad_();
    tg.info.klDivergence(p, q, { base: 2 }).sum().backward();
    expectTensor(p.grad, api.info['klDivergence/base2/gradP']!, 'dKL/dp');
    expectTensor(q.grad, api.info['klDivergence/base2/gradQ']!, 'dKL/dq');
    const pe = tg.narrow(P(), 0, 1, 1).contiguous().requiresGrad_();
    tg.info.entropy(pe).sum().backward();
    expectTensor(pe.grad, api.info['entropy/gradP']!, 'dH/dp');
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Errors

const ERROR_PROGRAMS: Record<string, () => unknown> = {
  'crossEntropy/targetOutOfBounds': () =>
    F.crossEntropy(
      tensor([
        [2, 3, 1],
        [3, 7, 9],
      ]),
      tensor([1, 5], { dtype: 'int64' }),
    ),
  'nllLoss/targetOutOfBounds': () =>
    F.nllLoss(
      tensor([
        [-2, -3, -1],
        [-3, -7, -9],
      ]),
      tensor([-3, 1], { dtype: 'int64' }),
    ),
  'softmax/dimOutOfRange': () => tg.softmax(tg.zeros([2, 3]), 2),
  'sum/dimOutOfRange': () => tg.sum(tg.zeros([2, 3]), 3),
  'matmul/shapes': () => tg.matmul(tg.zeros([2, 3]), tg.zeros([2, 3])),
  'reshape/invalid': () => tg.zeros([2, 3]).reshape([4, -1]),
  'requiresGrad/int64': () => tensor([1, 2], { dtype: 'int64' }).requiresGrad_(true),
  'backward/nonScalar': () => tensor([1, 2], { requiresGrad: true }).mul(2).backward(),
  'backward/twice': () => {
    const x = tensor([1, 2], { requiresGrad: true });
    const y = x.mul(x).sum();
    y.backward();
    y.backward();
  },
  'gather/indexOutOfBounds': () =>
    tg.gather(
      tg.zeros([2, 3]),
      1,
      tensor(
        [
          [0, 5],
          [1, 2],
        ],
        { dtype: 'int64' },
      ),
    ),
  'crossEntropy/floatTarget1d': () => F.nllLoss(tg.zeros([2, 3]), tensor([1, 2])),
};

describe('errors: TypeError or RangeError in PyTorch’s words', () => {
  it('covers every generated case', () => {
    expect(Object.keys(ERROR_PROGRAMS).sort()).toEqual(api.errors.map((e) => e.id).sort());
  });

  for (const e of api.errors) {
    it(`${e.id} throws a TypeError or RangeError containing "${e.phrase}"`, () => {
      let caught: unknown;
      try {
        ERROR_PROGRAMS[e.id]!();
      } catch (err) {
        caught = err;
      }
      expect(caught, 'it must throw').toBeDefined();
      expect(caught instanceof TypeError || caught instanceof RangeError, String(caught)).toBe(true);
      expect((caught as Error).message).toContain(e.phrase);
    });
  }

  it('item() on a tensor of several elements throws a RangeError instead of returning a number', () => {
    expect(() => tensor([1, 2]).item()).toThrow(RangeError);
  });

  it('names the argument for a non-tensor input', () => {
    expect(() => F.crossEntropy([1, 2] as never, tensor([0], { dtype: 'int64' }))).toThrow(TypeError);
    expect(() => tg.sum(3 as never)).toThrow(/input/);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Argument slips that once were deviations from API.md (then `it.fails`); all are now fixed and plain tests.

describe('argument shapes a PyTorch user will try, which must fail loudly rather than compute something else', () => {
  const x = (): Tensor => tg.rand([2, 3, 4]);

  it('refuses a non-object options argument of an activation (F.leakyRelu(x, 0.2)) with a TypeError', () => {
    expect(() => F.leakyRelu(x(), 0.2 as never)).toThrow(TypeError);
  });

  it('refuses a shape given as separate numbers (tg.zeros(2, 3)) with a TypeError that asks for an array', () => {
    expect(() => tg.zeros(2 as never, 3 as never)).toThrow(/array/);
  });

  it('refuses a positional keepdim (tg.sum(x, 1, true), x.max(1, true)) instead of ignoring it', () => {
    expect(() => tg.sum(x(), 1, true as never)).toThrow(TypeError);
    expect(() => x().max(1, true as never)).toThrow(TypeError);
  });

  // F.mseLoss(a, b, 'sum') must not return the mean; PyTorch raises at construction for nn.CrossEntropyLoss(5).
  it('refuses a non-object options argument of a loss (F.mseLoss(a, b, "sum"), new nn.CrossEntropyLoss(5))', () => {
    const a = tg.rand([3]);
    expect(() => F.mseLoss(a, a, 'sum' as never)).toThrow(TypeError);
    expect(() => new nn.CrossEntropyLoss(5 as never)).toThrow(TypeError);
  });

  it('refuses varargs shapes (x.reshape(4, -1), x.view(4, -1), x.expand(2, 3, 4), x.permute(2, 1, 0)) asking for an array', () => {
    expect(() => x().reshape(4 as never)).toThrow(/array/);
    expect(() => x().view(4 as never)).toThrow(/array/);
    expect(() => x().expand(2 as never)).toThrow(/array/);
    expect(() => x().permute(2 as never)).toThrow(/array/);
  });

  it('names the dim argument when it is not a number or an array (x.prod({ keepdim: true }), tg.mean(x, "a"))', () => {
    expect(() => x().prod({ keepdim: true } as never)).toThrow(/dim/);
    expect(() => tg.mean(x(), 'a' as never)).toThrow(/dim/);
  });
});

describe("PyTorch's optional arguments of the tensor core", () => {
  it('takes { dtype } in sum, mean and cumsum, as torch.sum / torch.mean / torch.cumsum do', () => {
    const a = tg.rand([2, 3]);
    expect((tg.sum as AnyFn)(a, 1, { dtype: 'float64' }) as Tensor).toHaveProperty('dtype', 'float64');
    expect((tg.mean as AnyFn)(a, 1, { dtype: 'float64' }) as Tensor).toHaveProperty('dtype', 'float64');
    expect((tg.cumsum as AnyFn)(a, 1, { dtype: 'float64' }) as Tensor).toHaveProperty('dtype', 'float64');
  });

  it('takes { correction } in var and std, as torch.var does (correction: 0 equals unbiased: false)', () => {
    const a = tg.rand([2, 5]);
    expect(a.var(1, { correction: 0 } as never).toArray()).toEqual(a.var(1, { unbiased: false }).toArray());
  });
});
