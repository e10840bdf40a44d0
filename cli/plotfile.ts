/** Writes charts as SVG files: a Vega-Lite spec compiled by vega-lite and rendered headless by vega. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { UsageError } from './registry.js';

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** Checks the extension before any work is done, so a bad --out fails fast. */
export function checkOutPath(path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext !== '.svg') {
    throw new UsageError(
      `cannot write '${path}': only .svg output is supported (got '${ext || 'no extension'}'). ` +
        `Try --out ${path.replace(/\.[^./\\]*$/, '') || 'plot'}.svg`,
    );
  }
  return resolve(path);
}

/** Renders and writes; an unwritable path becomes a UsageError that says which path and why. */
export async function writeChart(spec: TopLevelSpec, path: string): Promise<string> {
  const full = checkOutPath(path);
  const svg = await renderSvg(spec);
  try {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, svg);
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? `${(e as NodeJS.ErrnoException).code}: ${e.message}` : String(e);
    throw new UsageError(`cannot write the plot to '${full}' (${reason})`);
  }
  return full;
}
