// Bundles the CLI (cli/main.ts + the library sources + its dev-only packages) into one file, dist/cli.js, so
// the published package has no runtime dependencies. resvg's .wasm (for PNG output) is copied beside it.
import { build } from 'esbuild';
import { chmodSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const outfile = new URL('../dist/cli.js', import.meta.url).pathname;
await build({
  entryPoints: [new URL('./main.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // commander and cli-progress are CommonJS; give the ESM bundle a real `require` for their node: imports.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __tgCreateRequire } from 'node:module';\nconst require = __tgCreateRequire(import.meta.url);",
  },
  // vega's optional canvas renderer is never used (SVG is rendered headless).
  external: ['canvas'],
});
chmodSync(outfile, 0o755);
// resvg's WebAssembly (PNG output) ships beside the bundle rather than inside it: cli/png.ts reads it only when a
// .png is requested, so other runs neither load nor scan its 2.4 MB.
copyFileSync(
  createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'),
  new URL('../dist/resvg.wasm', import.meta.url),
);
