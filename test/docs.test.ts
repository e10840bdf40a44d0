/** The generated docs pages (docs/activations.md, docs/losses.md) must equal what the specs generate now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../scripts/gen-docs.js';
import { ACTIVATIONS } from '../src/nn/functional/activations/index.js';

describe('generated docs', () => {
  it('generates the activation and loss pages (an empty PAGES must not pass)', () => {
    const paths = PAGES.map((p) => p.path);
    expect(paths).toContain('docs/activations.md');
    expect(paths).toContain('docs/losses.md');
  });

  for (const page of PAGES) {
    it(`${page.path} is up to date with the specs (regenerate with npx tsx scripts/gen-docs.ts)`, () => {
      const committed = readFileSync(new URL(`../${page.path}`, import.meta.url), 'utf8');
      expect(committed === page.render(), `${page.path} is stale: run npx tsx scripts/gen-docs.ts`).toBe(true);
    });
  }

  it('docs/activations.md lists every activation with its formula, derivative and PyTorch name', () => {
    const text = readFileSync(new URL('../docs/activations.md', import.meta.url), 'utf8');
    for (const spec of ACTIVATIONS) {
      expect(text).toContain(`\`F.${spec.name}\``);
      expect(text).toContain(spec.torchName);
      expect(text).toContain(spec.formula.replace(/\|/g, '\\|'));
      expect(text).toContain(spec.derivative.replace(/\|/g, '\\|'));
    }
  });
});
