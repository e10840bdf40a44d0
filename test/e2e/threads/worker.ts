/** The Vite variant's dedicated Worker: tensorgrad bundled from source, as the explorer's training worker has it. */
import * as tg from '../../../src/browser.js';
import { sharesDispatched } from '../../../src/kernels/threads/index.js';
import { check } from './check.js';

const scope = self as unknown as Worker;
scope.onmessage = async () => scope.postMessage(await check(tg, sharesDispatched));
