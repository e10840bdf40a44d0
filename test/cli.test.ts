/**
 * The `tensorgrad` CLI as a user runs it: the bundled dist/cli.js in a subprocess, checking output and exit codes.
 * The tour's printed values are compared with PyTorch's reprs (test/parity/data/nn.json, `tourValue/*` cases).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS, firstStepGradNorms } from '../cli/experiment.js';
import { loadSuite } from './parity/harness.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'tensorgrad-cli-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI piped (not a TTY), with the colour variables of the test runner removed unless given. */
function run(args: string[], env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A well-formed standalone SVG document as vega writes it. */
function expectSvg(path: string): void {
  expect(existsSync(path), `${path} exists`).toBe(true);
  const svg = readFileSync(path, 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  expect(svg).toMatch(/<path [^>]*d="M/); // at least one drawn line
  // Tags balance (vega emits no comments, CDATA or processing instructions).
  const opened = (svg.match(/<[a-zA-Z][^>]*[^/]>|<[a-zA-Z]+>/g) ?? []).length;
  const closed = (svg.match(/<\/[a-zA-Z]+>/g) ?? []).length;
  expect(opened).toBe(closed);
}

/** A PNG: the 8-byte signature, an IHDR chunk first with a non-zero size, and an IEND chunk last. */
function expectPng(path: string): { width: number; height: number } {
  expect(existsSync(path), `${path} exists`).toBe(true);
  const png = readFileSync(path);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(8)).toBe(13); // IHDR's data length
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);
  expect(png.toString('latin1', png.length - 8, png.length - 4)).toBe('IEND');
  return { width, height };
}

const hasDejaVu = existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');

const tourReprs = loadSuite('nn')
  .cases.filter((c) => c.op === 'tourValue')
  .map((c) => ({ name: c.args[0] as string, repr: c.repr! }));

beforeAll(() => {
  // Bundle from the sources (esbuild, no type check) so the test sees the current CLI.
  const r = spawnSync(process.execPath, [join(root, 'cli', 'build.mjs')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

describe('tensorgrad --help', () => {
  it('lists every command with examples and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['tour', 'train', 'plot']) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd} `, 'm'));
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('tensorgrad plot sigmoid --grad');
  });

  it('train --help lists the experiment options', () => {
    const r = run(['train', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--activation', '--depth', '--width', '--epochs', '--lr', '--seed', '--optimizer', '--out']) {
      expect(r.stdout).toContain(opt);
    }
  });
});

describe('tensorgrad tour', () => {
  let tour: Run;
  beforeAll(() => {
    tour = run(['tour', '--skip-experiment']);
  });

  it('exits 0 and walks through the sections in order', () => {
    expect(tour.code, tour.stderr).toBe(0);
    const titles = [
      'Sigmoid',
      'ReLU',
      'MSE and the L2 norm',
      'Entropy, KL divergence and cross entropy',
      'CrossEntropyLoss',
    ];
    const positions = titles.map((t) => tour.stdout.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(tour.stdout).toMatch(/Tour finished in \d+\.\d s/);
  });

  it('has the tour values of data/nn.json to compare with', () => {
    expect(tourReprs.map((t) => t.name)).toEqual(expect.arrayContaining(['ce', 'ce.composed']));
    expect(tourReprs.every((t) => typeof t.repr === 'string' && t.repr.length > 0)).toBe(true);
  });

  for (const { name, repr } of tourReprs) {
    it(`prints ${name} exactly as PyTorch does: ${repr.split('\n')[0]}`, () => {
      expect(tour.stdout).toContain(repr + '\n');
    });
  }

  it("prints PyTorch's tensor(0.2684) under both the fused and the composed cross-entropy", () => {
    const repr = (name: string): string => tourReprs.find((t) => t.name === name)!.repr;
    expect(tour.stdout).toContain(`F.crossEntropy(logits, labels)\n${repr('ce')}\n`);
    expect(tour.stdout).toContain(`F.nllLoss(tg.log(tg.softmax(logits, 1)), labels)\n${repr('ce.composed')}\n`);
  });

  it("corrects the note: sigmoid(100) ≈ 1, sigmoid(-100) ≈ 0 and relu'(0) = 0", () => {
    expect(tour.stdout).toMatch(/sigmoid\(100\) ~ 1 and sigmoid\(-100\) ~ 0/);
    expect(tour.stdout).toMatch(/relu'\(0\) = 0/);
  });

  it('is plain ASCII without colour when piped', () => {
    expect(tour.stdout).not.toContain('\u001b[');
    expect(/[^\p{ASCII}]/u.test(tour.stdout)).toBe(false);
  });

  it('uses colour when forced, and NO_COLOR wins over it', () => {
    expect(run(['tour', '--skip-experiment'], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(run(['tour', '--skip-experiment'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('ends with the experiment and writes its plot', () => {
    const out = join(tmp, 'tour-flow.svg');
    const r = run(['tour', '--epochs', '3', '--points', '20', '--depth', '3', '--width', '8', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('The vanishing gradient');
    expect(r.stdout).toContain(`written to ${out}`);
    expectSvg(out);
  });
});

describe('tensorgrad train', () => {
  it('trains sigmoid and relu, shows progress, per-layer gradient norms and final accuracy, and writes the plot', () => {
    const out = join(tmp, 'nested', 'flow.svg');
    const r = run([
      'train',
      '--depth',
      '4',
      '--width',
      '8',
      '--epochs',
      '8',
      '--points',
      '30',
      '--seed',
      '1',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/sigmoid +epoch 8\/8 \| loss \d\.\d{4} \| accuracy/);
    expect(r.stdout).toMatch(/relu +epoch 8\/8/);
    expect(r.stdout).toContain('Gradient norm');
    expect(r.stdout.match(/^\s+[1-5]\s+\d\.\d\de[-+]\d/gm)).toHaveLength(5); // 4 hidden + output layer
    expect(r.stdout).toMatch(/sigmoid +accuracy +\d+\.\d%/);
    expect(r.stdout).toMatch(/relu +accuracy +\d+\.\d%/);
    expect(r.stdout).toContain(`written to ${out}`);
    expectSvg(out);
  });

  it('writes the plot as a PNG when --out ends in .png', () => {
    const out = join(tmp, 'flow.png');
    const r = run(['train', '--depth', '2', '--width', '4', '--epochs', '3', '--points', '10', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`written to ${out}`);
    expectPng(out);
  });

  it('accepts any registered activation and the SGD optimizer', () => {
    const out = join(tmp, 'tanh.svg');
    const r = run([
      'train',
      '--activation',
      'tanh',
      '--optimizer',
      'sgd',
      '--lr',
      '0.1',
      '--epochs',
      '2',
      '--depth',
      '2',
      '--width',
      '4',
      '--points',
      '10',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('SGD');
    expectSvg(out);
  });
});

describe('the vanishing gradient, on a small fixed seed', () => {
  const options = { ...DEFAULTS, depth: 6, width: 16, points: 40, seed: 3 };
  const sigmoid = firstStepGradNorms('sigmoid', options);
  const relu = firstStepGradNorms('relu', options);
  const hidden = (norms: number[]) => norms.slice(1, options.depth); // layers 2..depth (fan-in = width)

  it("sigmoid's gradient norms shrink layer by layer toward the input", () => {
    const h = hidden(sigmoid);
    for (let i = 0; i + 1 < h.length; i++) expect(h[i]!).toBeLessThan(h[i + 1]! / 2);
    expect(sigmoid[0]! / sigmoid[sigmoid.length - 1]!).toBeLessThan(1e-3);
  });

  it("relu's do not: every hidden layer's norm is within 4x of every other's", () => {
    const h = hidden(relu);
    expect(Math.max(...h) / Math.min(...h)).toBeLessThan(4);
    expect(relu[0]! / relu[relu.length - 1]!).toBeGreaterThan(1e-2);
  });
});

describe('tensorgrad plot', () => {
  it('draws an activation and its derivative and writes an SVG', () => {
    const out = join(tmp, 'sigmoid.svg');
    const r = run(['plot', 'sigmoid', '--grad', '--from', '-10', '--to', '10', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('sigma(x) = 1/(1+e^(-x))');
    expect(r.stdout).toContain('derivative');
    expect(r.stdout).toContain(`written to ${out}`);
    expectSvg(out);
  });

  it('draws an activation and its derivative and writes a PNG', () => {
    const out = join(tmp, 'sigmoid.png');
    const r = run(['plot', 'sigmoid', '--grad', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`written to ${out}`);
    expectPng(out);
    if (hasDejaVu) expect(r.stderr).toBe(''); // fonts were found: no warning
  });

  it('still writes the PNG without fonts, with a one-line warning naming the fonts it looked for', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tensorgrad-nofonts-'));
    const out = join(tmp, 'relu-nofonts.png');
    const r = run(['plot', 'relu', '--out', out], { TENSORGRAD_FONT_DIRS: empty });
    expect(r.code, r.stderr).toBe(0);
    expectPng(out);
    expect(r.stderr).toMatch(/^warning: no font found .*DejaVu Sans, Liberation Sans.*\.\n$/);
  });

  it('--list names every activation', () => {
    const r = run(['plot', '--list']);
    expect(r.code).toBe(0);
    for (const name of ['sigmoid', 'relu', 'tanh']) expect(r.stdout).toMatch(new RegExp(`^${name} `, 'm'));
  });
});

describe('bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['a negative depth', ['train', '--depth', '-1'], /--depth.*integer >= 1.*'-1'/],
    ['a learning rate that is not a number', ['train', '--lr', 'abc'], /--lr must be a positive number, got 'abc'/],
    ['a zero learning rate', ['train', '--lr', '0'], /--lr must be a positive number/],
    ['a fractional width', ['train', '--width', '2.5'], /--width must be an integer/],
    [
      'an unknown activation',
      ['train', '--activation', 'sigmod'],
      /unknown activation 'sigmod'. Did you mean 'sigmoid'\?/,
    ],
    ['an unknown plot function', ['plot', 'rleu'], /unknown activation 'rleu'. Did you mean 'relu'\?/],
    ['an unknown command', ['tuor'], /unknown command 'tuor'[\s\S]*Did you mean tour\?/],
    ['an unknown option', ['train', '--epoch', '3'], /unknown option '--epoch'[\s\S]*Did you mean --epochs\?/],
    ['an unknown optimizer', ['train', '--optimizer', 'adamw'], /adamw.*invalid.*adam, sgd/],
    ['a reversed plot range', ['plot', 'relu', '--from', '3', '--to', '-3'], /--from must be less than --to/],
    ['a bad plot bound', ['plot', 'relu', '--from', 'x'], /--from must be a number, got 'x'/],
    [
      'an unsupported plot format',
      ['plot', 'relu', '--out', 'relu.jpg'],
      /only \.svg and \.png output are supported \(got '\.jpg'\)\. Try --out relu\.svg or --out relu\.png/,
    ],
    ['a plot path without an extension', ['train', '--out', 'flow'], /only \.svg and \.png .*got 'no extension'/],
  ];
  for (const [what, args, message] of cases) {
    it(`${what} gets a clear message and exit code 2`, () => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('an output path that cannot be written says so (exit 2)', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = run(['plot', 'relu', '--out', join(file, 'sub', 'plot.svg')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write the plot to '.*a-file\/sub\/plot\.svg' \(E\w+/);
    const png = run(['plot', 'relu', '--out', join(file, 'plot.png')]);
    expect(png.code).toBe(2);
    expect(png.stderr).toMatch(/cannot write the plot to '.*a-file\/plot\.png' \(E\w+/);
  });
});
