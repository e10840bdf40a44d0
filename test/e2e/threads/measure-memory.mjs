#!/usr/bin/env node
/* global window */
// Memory of a loop of large ops in Chromium with tensorgrad/browser (docs/dev/threads.md, "Garbage collection of
// shared memory"): a dedicated Worker of a cross-origin isolated page runs `iters` sigmoids of 2^log2 elements at
// `threads` threads; the renderer's RSS is sampled from /proc every second. Needs `npm run build` (serves dist/).
//
//   node test/e2e/threads/measure-memory.mjs [threads=2] [iters=200] [log2=22] [extra Chromium flag]
//   e.g. ... 2 200 22 --js-flags=--expose-gc
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));
const [threads = '2', iters = '200', log2 = '22', flag = ''] = process.argv.slice(2);

const page = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script type="module">
window.run = (threads, iters, size) => new Promise((resolve) => {
  const worker = new Worker('./loop.js', { type: 'module' });
  worker.onmessage = (e) => (e.data.done ? resolve(e.data) : (window.progress = e.data.i));
  worker.postMessage({ threads, iters, size });
});
</script></body></html>`;
const loop = `import * as tg from './dist/browser.js';
import { sharesDispatched } from './dist/kernels/threads/index.js';
self.onmessage = async (e) => {
  const { threads, iters, size } = e.data;
  tg.setNumThreads(threads);
  await tg.threadsReady();
  const x = tg.randn([size]);
  const t0 = performance.now();
  for (let i = 1; i <= iters; i++) {
    tg.sigmoid(x);
    if (i % 10 === 0) {
      self.postMessage({ i });
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  self.postMessage({ done: true, ms: performance.now() - t0, shares: sharesDispatched() });
};`;

const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const js = { ...isolation, 'content-type': 'text/javascript' };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { ...isolation, 'content-type': 'text/html' }).end(page);
  if (path === '/loop.js') return res.writeHead(200, js).end(loop);
  const file = join(DIST, path.replace(/^\/dist\//, ''));
  if (!path.startsWith('/dist/') || path.includes('..') || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, js).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

/** The largest RSS (MB) among the renderer processes descended from this process. */
function rendererRss() {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  let rss = 0;
  const walk = (pid) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) {
          const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child}/status`, 'utf8'))?.[1] ?? 0);
          rss = Math.max(rss, kb / 1024);
        }
      } catch {
        // gone meanwhile
      }
      walk(child);
    }
  };
  walk(process.pid);
  return Math.round(rss);
}

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: flag ? [...args, flag] : args,
});
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
const done = tab.evaluate(([t, n, s]) => window.run(t, n, 2 ** s), [Number(threads), Number(iters), Number(log2)]);
let peak = 0;
const timer = setInterval(async () => {
  const rss = rendererRss();
  peak = Math.max(peak, rss);
  console.log(`after ${(await tab.evaluate(() => window.progress).catch(() => 0)) ?? 0} ops: RSS ${rss} MB`);
}, 1000);
const result = await done;
clearInterval(timer);
await new Promise((resolve) => setTimeout(resolve, 1500));
console.log(
  `${threads} thread(s), ${iters} sigmoids of 2^${log2}${flag ? ` (${flag})` : ''}: ${result.ms.toFixed(0)} ms, ` +
    `${result.shares} shares, peak renderer RSS ${peak} MB, ${rendererRss()} MB 1.5 s after`,
);
await browser.close();
server.close();
