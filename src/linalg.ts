/** tg.linalg: torch.linalg's vector norm. */
export { vectorNorm, matmul } from './ops/index.js';
