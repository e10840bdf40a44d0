/** The README's note examples are examples/note.ts, and what they print is what PyTorch prints. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the note, in tensorgrad', () => {
  it('examples/note.ts prints, line for line, what PyTorch prints for the same program', () => {
    const golden = JSON.parse(read('test/parity/data/note.json')) as { lines: string[] };
    const printed = execFileSync(process.execPath, ['--import', 'tsx', 'examples/note.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(printed.trimEnd()).toBe(golden.lines.join('\n'));
  });

  it('the README shows examples/note.ts as a user writes it (importing tensorgrad)', () => {
    const example = read('examples/note.ts')
      .split('\n')
      .slice(1) // the "Run: npx tsx ..." line
      .join('\n')
      .replaceAll("'../src/index.js'", "'tensorgrad'")
      .trim();
    expect(read('README.md')).toContain(example);
  });
});
