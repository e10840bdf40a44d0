/**
 * The Vite variant's page (threads.e2e.ts builds this folder with Vite): checkWorker() runs check.ts in a
 * dedicated Worker, checkMain() on the main thread.
 */
import * as tg from '../../../src/browser.js';
import { sharesDispatched } from '../../../src/kernels/threads/index.js';
import { check, type Report } from './check.js';

const page = window as unknown as { checkWorker(): Promise<Report>; checkMain(): Promise<Report> };
page.checkWorker = () =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Report>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage('check');
  });
page.checkMain = () => check(tg, sharesDispatched);
document.body.dataset.ready = 'true';
