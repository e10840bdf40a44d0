/**
 * The gradient-flow experiment: the same deep MLP (same seed, same initial weights up to the activation) trained
 * on two spirals once per activation, recording per-layer gradient norms at the first step, loss and accuracy.
 */
import * as tg from '../src/index.js';
import { nn } from '../src/index.js';
import { twoSpirals, type Dataset } from './data.js';
import { getActivation, makeModule } from './registry.js';

export interface ExperimentOptions {
  activations: string[];
  depth: number;
  width: number;
  epochs: number;
  lr: number;
  seed: number;
  optimizer: 'adam' | 'sgd';
  /** Points per spiral arm. */
  points: number;
  /** 'kaiming': He-uniform weights, U(±√(6/fanIn)), as for ReLU nets; 'pytorch': nn.Linear's default U(±1/√fanIn). */
  init: 'kaiming' | 'pytorch';
}

export const DEFAULTS: ExperimentOptions = {
  activations: ['sigmoid', 'relu'],
  depth: 8,
  width: 32,
  epochs: 300,
  lr: 0.01,
  seed: 0,
  optimizer: 'adam',
  points: 200,
  init: 'kaiming',
};

export interface RunResult {
  activation: string;
  /** Frobenius norm of each Linear weight's gradient at the first step, input layer first. */
  gradNorms: number[];
  losses: number[];
  accuracies: number[];
  finalLoss: number;
  finalAccuracy: number;
  ms: number;
}

/** depth hidden layers of `width` units with the activation after each, then a Linear to 2 logits. */
export function buildMlp(activation: string, options: Pick<ExperimentOptions, 'depth' | 'width' | 'seed' | 'init'>) {
  const act = getActivation(activation);
  tg.manualSeed(options.seed); // same initial weights for every activation
  const linears: nn.Linear[] = [];
  const layers: nn.Module[] = [];
  let fanIn = 2;
  for (let i = 0; i < options.depth; i++) {
    const layer = new nn.Linear(fanIn, options.width);
    linears.push(layer);
    layers.push(layer, makeModule(act));
    fanIn = options.width;
  }
  const head = new nn.Linear(fanIn, 2);
  linears.push(head);
  layers.push(head);
  if (options.init === 'kaiming') {
    // kaiming_uniform_(nonlinearity='relu') has bound √6/√fanIn: exactly √6 times nn.Linear's default bound.
    for (const l of linears) {
      l.weight = tg.noGrad(() => l.weight.mul(Math.sqrt(6)));
      l.weight.requiresGrad = true;
    }
  }
  return { net: new nn.Sequential(...layers), linears };
}

export interface EpochInfo {
  epoch: number;
  loss: number;
  accuracy: number;
}

export function makeData(options: Pick<ExperimentOptions, 'points' | 'seed'>): Dataset {
  return twoSpirals(options.points, options.seed);
}

/** Full-batch training of one network; `onEpoch` is called after every epoch (for the progress bar). */
export function trainOne(
  data: Dataset,
  activation: string,
  options: ExperimentOptions,
  onEpoch?: (info: EpochInfo) => void,
): RunResult {
  const start = performance.now();
  const { net, linears } = buildMlp(activation, options);
  const params = net.parameters();
  const opt =
    options.optimizer === 'adam'
      ? new tg.optim.Adam(params, { lr: options.lr })
      : new tg.optim.SGD(params, { lr: options.lr, momentum: 0.9 });
  const losses: number[] = [];
  const accuracies: number[] = [];
  let gradNorms: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    opt.zeroGrad();
    const logits = net.forward(data.x);
    const loss = tg.F.crossEntropy(logits, data.y);
    loss.backward();
    if (epoch === 0) gradNorms = linears.map((l) => l.weight.grad!.norm().item());
    opt.step();
    const accuracy = tg.noGrad(() => logits.argmax(1).eq(data.y).to('float32').mean().item());
    losses.push(loss.item());
    accuracies.push(accuracy);
    onEpoch?.({ epoch: epoch + 1, loss: loss.item(), accuracy });
  }
  // Final metrics on the trained weights (the loop's last numbers are from before the last step).
  const final = tg.noGrad(() => {
    const logits = net.forward(data.x);
    return {
      loss: tg.F.crossEntropy(logits, data.y).item(),
      accuracy: logits.argmax(1).eq(data.y).to('float32').mean().item(),
    };
  });
  return {
    activation,
    gradNorms,
    losses,
    accuracies,
    finalLoss: final.loss,
    finalAccuracy: final.accuracy,
    ms: performance.now() - start,
  };
}

/** Only the first-step gradient norms (cheap: one forward and backward), for tests and the tour's explanation. */
export function firstStepGradNorms(activation: string, options: ExperimentOptions): number[] {
  return trainOne(makeData(options), activation, { ...options, epochs: 1 }).gradNorms;
}
