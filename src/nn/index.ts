/** torch.nn: modules. */
export { Module } from './modules/module.js';
export * from './modules/activations.js';
export * from './modules/losses.js';
export { Linear, type LinearOptions } from './modules/linear.js';
export { Sequential } from './modules/container.js';
