/** nn modules for the activations (nn.ReLU, nn.Sigmoid, ...), each a thin class over its spec. */
export {};
