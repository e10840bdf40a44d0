/**
 * Writes charts as SVG or PNG files: a Vega-Lite spec compiled by vega-lite and rendered headless by vega to SVG;
 * for .png that SVG is rasterised by resvg (cli/png.ts, loaded only then).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { UsageError } from './registry.js';

export const OUTPUT_FORMATS = ['.svg', '.png'] as const;

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** Checks the extension before any work is done, so a bad --out fails fast. */
export function checkOutPath(path: string): string {
  const ext = extname(path).toLowerCase();
  if (!(OUTPUT_FORMATS as readonly string[]).includes(ext)) {
    const stem = path.replace(/\.[^./\\]*$/, '') || 'plot';
    throw new UsageError(
      `cannot write '${path}': only .svg and .png output are supported (got '${ext || 'no extension'}'). ` +
        `Try --out ${stem}.svg or --out ${stem}.png`,
    );
  }
  return resolve(path);
}

/**
 * Renders and writes; an unwritable path becomes a UsageError that says which path and why. `warn` receives one
 * line when a PNG has to be written without text because no font was found.
 */
export async function writeChart(
  spec: TopLevelSpec,
  path: string,
  warn: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): Promise<string> {
  const full = checkOutPath(path);
  const svg = await renderSvg(spec);
  let data: string | Uint8Array = svg;
  if (extname(full).toLowerCase() === '.png') {
    const { findFonts, svgToPng } = await import('./png.js');
    const fonts = findFonts();
    if (fonts.family === null) {
      warn(
        `warning: no font found for the PNG's text, so it is drawn without text; looked for ${fonts.searched}. ` +
          'Install one (e.g. fonts-dejavu-core), set TENSORGRAD_FONT_DIRS, or write .svg.',
      );
    }
    data = await svgToPng(svg, fonts);
  }
  try {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, data);
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? `${(e as NodeJS.ErrnoException).code}: ${e.message}` : String(e);
    throw new UsageError(`cannot write the plot to '${full}' (${reason})`);
  }
  return full;
}
