/**
 * The explorer's own build. `root` is web/, so `npm run build:web` emits web/dist, a static folder any file server
 * can host (relative asset paths via `base: './'`). The page imports tensorgrad's TypeScript source directly
 * (../src/index.ts through the `.js` specifiers that NodeNext requires; Vite resolves them to the .ts files), so the
 * browser runs exactly the library the tests run, with no server-side compute.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Cross-origin isolation (crossOriginIsolated === true): the page gets SharedArrayBuffer, so the training worker's
 * tensorgrad/browser can split large kernels across Web Workers. Everything the page loads is same-origin, which
 * require-corp allows. A static host of web/dist needs the same two headers for threads; without them the page
 * works as before, on one thread.
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Observable Plot + d3 + KaTeX are one big-ish vendor chunk; that is expected for a tool page.
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false, headers: isolation },
  server: { host: '127.0.0.1', headers: isolation },
});
