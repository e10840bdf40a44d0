/**
 * The tour's vanishing-gradient experiment, for the browser: the network and data are the CLI's own
 * (cli/experiment.ts: `buildMlp`, `makeData`, `DEFAULTS`: a deep MLP of nn.Linear layers with sigmoid or ReLU
 * between them, the same initial weights for both, two spirals), stepped one optimizer step at a time so the page
 * can plot the loss and every layer's gradient norm live. With sigmoid the norms shrink layer by layer towards the
 * input (σ' ≤ 1/4 per layer); with ReLU they do not. Pure (no DOM, no worker API), so it runs in the Web Worker and
 * in the end-to-end tests' Node process alike.
 */
import { buildMlp, DEFAULTS, makeData } from '../../../cli/experiment.js';
import { tg } from '../lib.js';

export type TrainActivation = 'sigmoid' | 'relu';

export interface TrainConfig {
  /** Hidden layers. */
  depth: number;
  /** Units per hidden layer. */
  width: number;
  lr: number;
  steps: number;
  seed: number;
  optimizer: 'sgd' | 'adam';
  /** Points per spiral arm. */
  points: number;
}

export const DEFAULT_CONFIG: TrainConfig = {
  depth: DEFAULTS.depth,
  width: DEFAULTS.width,
  lr: DEFAULTS.lr,
  steps: DEFAULTS.epochs,
  seed: DEFAULTS.seed,
  optimizer: DEFAULTS.optimizer,
  points: DEFAULTS.points,
};

export interface StepReport {
  activation: TrainActivation;
  step: number;
  /** The loss and accuracy of the weights before this step's update (what the CLI's progress bar shows). */
  loss: number;
  accuracy: number;
  /** ‖∂loss/∂W‖ (Frobenius) of each Linear layer's weight at this step, input layer first. */
  gradNorms: number[];
}

export interface Run {
  step: () => StepReport;
}

export function makeRun(config: TrainConfig, activation: TrainActivation): Run {
  const data = makeData({ points: config.points, seed: config.seed });
  const { net, linears } = buildMlp(activation, {
    depth: config.depth,
    width: config.width,
    seed: config.seed,
    init: DEFAULTS.init,
  });
  const params = net.parameters();
  // The CLI's optimizers: Adam, or SGD with momentum 0.9.
  const optimizer =
    config.optimizer === 'adam'
      ? new tg.optim.Adam(params, { lr: config.lr })
      : new tg.optim.SGD(params, { lr: config.lr, momentum: 0.9 });
  let step = 0;
  return {
    step(): StepReport {
      optimizer.zeroGrad();
      const logits = net.forward(data.x);
      const loss = tg.F.crossEntropy(logits, data.y);
      loss.backward();
      const gradNorms = linears.map((l) => tg.norm(l.weight.grad!).item());
      const accuracy = tg.noGrad(() => tg.mean(tg.to(tg.eq(tg.argmax(logits, 1), data.y), 'float32')).item());
      optimizer.step();
      step += 1;
      return { activation, step, loss: loss.item(), accuracy, gradNorms };
    },
  };
}
