/** The differentiable primitives, re-exported for the Tensor methods and the public API. */
export * from './elementwise.js';
export * from './views.js';
export * from './reduce.js';
export * from './indexing.js';
export * from './linalg.js';
export * from './convert.js';
export * from './softmax.js';
export * from './activations.js';
