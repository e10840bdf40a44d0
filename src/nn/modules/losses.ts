/** nn modules for the losses (nn.CrossEntropyLoss, nn.MSELoss, ...), each a thin class over its spec. */
export {};
