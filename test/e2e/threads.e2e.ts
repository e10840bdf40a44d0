/**
 * Multi-core kernels in a real browser (tensorgrad/browser): on a cross-origin isolated page, a dedicated Worker
 * runs large ops with 2 threads and with 1 and gets the same bits, with shares really sent to pool workers; the
 * main thread and a page without COOP/COEP stay at 1 thread and say why. Twice: the built dist/ served as plain
 * ES modules (needs `npm run build`), and test/e2e/threads/ bundled by Vite from the sources (the explorer's way).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { transformSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST as WEB_DIST, launch, ROOT } from './harness.js';
import type { Report } from './threads/check.js';

const FIXTURE = join(ROOT, 'test/e2e/threads');
const DIST = join(ROOT, 'dist');
let viteOut = '';

/** The unbundled variant: a page and a worker importing dist/ directly (paths relative, so /iso/ is kept). */
const UNBUNDLED: Record<string, string> = {
  'index.html': `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>threads</title></head><body>
<script type="module">
  import * as tg from '../dist/browser.js';
  import { sharesDispatched } from '../dist/kernels/threads/index.js';
  import { check } from './check.js';
  window.checkMain = () => check(tg, sharesDispatched);
  window.checkWorker = () => new Promise((resolve, reject) => {
    const worker = new Worker('./worker.js', { type: 'module' });
    worker.onmessage = (event) => { resolve(event.data); worker.terminate(); };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage('check');
  });
  document.body.dataset.ready = 'true';
</script></body></html>`,
  'worker.js': `import * as tg from '../dist/browser.js';
import { sharesDispatched } from '../dist/kernels/threads/index.js';
import { check } from './check.js';
self.onmessage = async () => self.postMessage(await check(tg, sharesDispatched));`,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/**
 * /iso/... is served with COOP same-origin + COEP require-corp (a cross-origin isolated page), /plain/... without;
 * below that, /dist/ is the build, /unbundled/ the page above, /vite/ the Vite build of test/e2e/threads/, /web/
 * the explorer's build (web/dist, made by global-setup.ts).
 */
function serve(): Promise<{ url: string; server: Server }> {
  const check = transformSync(readFileSync(join(FIXTURE, 'check.ts'), 'utf8'), { loader: 'ts', format: 'esm' }).code;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const match = /^\/(iso|plain)\/(dist|unbundled|vite|web)\/(.*)$/.exec(path);
    if (!match) return void res.writeHead(404).end();
    const [, mode, root, rest] = match as unknown as [string, string, string, string];
    const headers: Record<string, string> = { 'content-type': TYPES[extname(rest) || '.html'] ?? 'text/plain' };
    if (mode === 'iso') {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    if (root === 'unbundled') {
      const body = rest === 'check.js' ? check : UNBUNDLED[rest || 'index.html'];
      if (body === undefined) return void res.writeHead(404).end();
      return void res.writeHead(200, headers).end(body);
    }
    const dir = root === 'dist' ? DIST : root === 'web' ? WEB_DIST : viteOut;
    const file = normalize(join(dir, rest || 'index.html'));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory())
      return void res.writeHead(404).end();
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server });
    });
  });
}

let browser: Browser;
let server: Server;
let base = '';

beforeAll(async () => {
  if (!existsSync(join(DIST, 'browser.js')) || !existsSync(join(DIST, 'kernels/threads/browserWorker.js')))
    throw new Error('threads.e2e.ts serves the built package: run `npm run build` first');
  viteOut = mkdtempSync(join(tmpdir(), 'tg-threads-vite-'));
  await build({
    configFile: false,
    root: FIXTURE,
    base: './',
    logLevel: 'warn',
    build: { outDir: viteOut, emptyOutDir: true, target: 'es2022' },
    worker: { format: 'es' },
  });
  ({ url: base, server } = await serve());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  if (viteOut) rmSync(viteOut, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  await page.goto(base + path);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return { page, errors };
}

const inWorker = (page: Page): Promise<Report> =>
  page.evaluate(() => (window as unknown as { checkWorker(): Promise<Report> }).checkWorker());
const onMain = (page: Page): Promise<Report> =>
  page.evaluate(() => (window as unknown as { checkMain(): Promise<Report> }).checkMain());

describe.each([
  ['the built dist/ as plain ES modules', 'unbundled'],
  ['test/e2e/threads bundled by Vite', 'vite'],
])('tensorgrad/browser, %s', (_, variant) => {
  it('a dedicated Worker of a cross-origin isolated page splits large ops across 2 threads, bit-identical to 1', async () => {
    const { page, errors } = await open(`iso/${variant}/`);
    const report = await inWorker(page);
    expect(report.isolated).toBe(true);
    expect(report.error).toBeNull();
    expect(report.threads).toBeGreaterThanOrEqual(1); // navigator.hardwareConcurrency
    // The cross-entropy entry is the loss followed by the logits' gradient (forward and backward both split).
    expect(report.outcomes!.map((o) => o.name)).toEqual(['sigmoid', 'add', 'logSoftmax', 'crossEntropy', 'sum']);
    for (const o of report.outcomes!) {
      expect(o.firstDifference, `${o.name}: first differing element of ${o.length}`).toBe(-1);
      expect(o.shares, `${o.name}: shares sent to the pool worker`).toBeGreaterThanOrEqual(
        o.name === 'crossEntropy' ? 2 : 1,
      );
      expect(o.sharesAtOneThread, o.name).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the main thread stays at 1 thread: setNumThreads(2) throws a RangeError naming Atomics.wait's limit", async () => {
    const { page, errors } = await open(`iso/${variant}/`);
    const report = await onMain(page);
    expect(report.isolated).toBe(true);
    expect(report.threads).toBe(1);
    expect(report.errorName).toBe('RangeError');
    expect(report.error).toMatch(
      /got 2, but tensorgrad\/browser has no thread pool here: this is a browser's main thread/,
    );
    expect(report.error).not.toMatch(/cross-origin isolated/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a page without COOP/COEP stays at 1 thread, in a Worker too, and says which headers it needs', async () => {
    const { page, errors } = await open(`plain/${variant}/`);
    const report = await inWorker(page);
    expect(report.isolated).toBe(false);
    expect(report.threads).toBe(1);
    expect(report.errorName).toBe('RangeError');
    expect(report.error).toMatch(/the page is not cross-origin isolated/);
    expect(report.error).toMatch(
      /Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp/,
    );
    expect(report.error).not.toMatch(/main thread/);
    const main = await onMain(page);
    expect(main.error).toMatch(/main thread.*; and the page is not cross-origin isolated/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the explorer (web/dist) with and without COOP/COEP', () => {
  type Message = { type: string; threads?: number };
  /** Trains 6 steps; returns the training worker's messages (caught by wrapping the page's Worker constructor). */
  async function train(mode: 'iso' | 'plain'): Promise<{ isolated: boolean; cores: number; messages: Message[] }> {
    const { page, errors } = await open(`${mode}/web/#training`);
    await page.addInitScript(() => {
      const Base = window.Worker;
      const seen: unknown[] = ((window as unknown as { workerMessages: unknown[] }).workerMessages = []);
      window.Worker = class extends Base {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (event) => seen.push(event.data));
        }
      };
    });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    await page.fill('[data-testid="train-steps"]', '6');
    await page.click('[data-testid="train-start"]');
    await page.waitForSelector('[data-testid="training-view"][data-state="done"]', { timeout: 60_000 });
    const result = await page.evaluate(() => ({
      isolated: crossOriginIsolated,
      cores: navigator.hardwareConcurrency,
      messages: (window as unknown as { workerMessages: Message[] }).workerMessages,
    }));
    expect(errors).toEqual([]);
    await page.context().close();
    return result;
  }

  it('isolated, the training worker has the pool (navigator.hardwareConcurrency threads) and trains to the same bits', async () => {
    const iso = await train('iso');
    const plain = await train('plain');
    expect(iso.isolated).toBe(true);
    expect(plain.isolated).toBe(false);
    const done = (m: Message[]): Message => m.find((x) => x.type === 'done')!;
    expect(done(iso.messages).threads).toBe(iso.cores);
    expect(done(plain.messages).threads).toBe(1);
    const progress = (m: Message[]): Message[] => m.filter((x) => x.type === 'progress');
    expect(progress(iso.messages).length).toBe(6);
    expect(progress(iso.messages)).toEqual(progress(plain.messages));
  });
});
