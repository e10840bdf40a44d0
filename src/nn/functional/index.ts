/** torch.nn.functional: every activation and loss as a function. */
export * from './activations/index.js';
export * from './losses/index.js';
