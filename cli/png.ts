/**
 * SVG → PNG with resvg (@resvg/resvg-wasm). Imported lazily by plotfile.ts, so `npm start` and SVG output never
 * load the 2.4 MB WebAssembly module.
 *
 * The .wasm is not inlined into dist/cli.js: cli/build.mjs copies it beside the bundle as dist/resvg.wasm (base64
 * in the bundle would add ~3.3 MB that every run has to read and scan). Run from the sources (tsx, vitest) it is
 * read from node_modules instead.
 *
 * resvg-wasm cannot see system fonts, so the TTF files are read here. vega writes `font-family="sans-serif"`;
 * the first family found below becomes resvg's sans-serif and default family. Without any font the text is not
 * drawn (resvg skips text it has no font for), and the caller prints a warning instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** Sans families with Greek and the primes/double bars used in the chart titles, in order of preference. */
const FAMILIES: { family: string; files: string[]; dirs: string[] }[] = [
  {
    family: 'DejaVu Sans',
    files: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'],
    dirs: [
      '/usr/share/fonts/truetype/dejavu',
      '/usr/share/fonts/dejavu',
      '/usr/share/fonts/TTF',
      '/usr/local/share/fonts',
    ],
  },
  {
    family: 'Liberation Sans',
    files: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'],
    dirs: ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans', '/usr/share/fonts/TTF'],
  },
  {
    family: 'Arial',
    files: ['Arial.ttf', 'Arial Bold.ttf', 'arialbd.ttf'],
    dirs: ['/System/Library/Fonts/Supplemental', '/Library/Fonts', 'C:\\Windows\\Fonts'],
  },
];

export interface Fonts {
  family: string | null;
  buffers: Uint8Array[];
  /** What was looked for, for the warning when nothing was found. */
  searched: string;
}

/**
 * Reads the regular and bold faces of the first family found. TENSORGRAD_FONT_DIRS (a path-delimited list)
 * replaces the built-in directories, for systems that keep fonts elsewhere.
 */
export function findFonts(env: NodeJS.ProcessEnv = process.env): Fonts {
  const override = env.TENSORGRAD_FONT_DIRS?.split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const { family, files, dirs } of FAMILIES) {
    const buffers: Uint8Array[] = [];
    for (const file of files) {
      const found = (override ?? dirs).map((d) => join(d, file)).find((p) => existsSync(p));
      if (found) buffers.push(readFileSync(found));
    }
    if (buffers.length > 0) return { family, buffers, searched: '' };
  }
  const names = FAMILIES.map((f) => f.family).join(', ');
  const where = override ? `TENSORGRAD_FONT_DIRS=${env.TENSORGRAD_FONT_DIRS}` : 'the system font directories';
  return { family: null, buffers: [], searched: `${names} (in ${where})` };
}

function wasmBytes(): Buffer {
  const beside = new URL('./resvg.wasm', import.meta.url); // dist/resvg.wasm, next to dist/cli.js
  if (existsSync(beside)) return readFileSync(beside);
  return readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
}

let ready: Promise<void> | null = null;

/**
 * Rasterises at twice the SVG's size (vega's charts are 400-600 px wide; 2x keeps the lines and text sharp on
 * high-density screens) on white, like the SVG's own background rect.
 */
export async function svgToPng(svg: string, fonts: Fonts): Promise<Uint8Array> {
  ready ??= initWasm(wasmBytes());
  await ready;
  const family = fonts.family ?? 'sans-serif';
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: { fontBuffers: fonts.buffers, defaultFontFamily: family, sansSerifFamily: family },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
