/**
 * The tour's vanishing-gradient experiment, for the browser: the same deep MLP (nn.Linear layers, sigmoid or ReLU
 * between them) trained on the same two spirals, reporting the loss and the gradient norm of every layer's weight
 * at each step. With sigmoid the norms shrink layer by layer towards the input (σ' ≤ 1/4 per layer); with ReLU
 * they do not. Both models start from the same seed. Pure (no DOM, no worker API), so it runs in the Web Worker
 * and in the end-to-end tests' Node process alike.
 */
import { twoSpirals } from '../../../cli/data.js';
import { crossEntropyFn, tg, type Tensor } from '../lib.js';

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
  perClass: number;
}

export const DEFAULT_CONFIG: TrainConfig = { depth: 8, width: 16, lr: 0.05, steps: 200, seed: 0, optimizer: 'adam', perClass: 100 };

export interface StepReport {
  activation: TrainActivation;
  step: number;
  loss: number;
  /** ‖∂loss/∂W‖₂ of each Linear layer's weight, input layer first. */
  gradNorms: number[];
  accuracy: number;
}

export interface Run {
  step: () => StepReport;
}

export function makeRun(config: TrainConfig, activation: TrainActivation): Run {
  const data = twoSpirals(config.perClass, config.seed);
  tg.manualSeed(config.seed + 1);
  const sizes = [2, ...Array.from({ length: config.depth }, () => config.width), 2];
  const layers = sizes.slice(1).map((out, i) => new tg.nn.Linear(sizes[i]!, out));
  const act = activation === 'sigmoid' ? tg.sigmoid : tg.relu;
  const params = layers.flatMap((l) => l.parameters());
  const optimizer = config.optimizer === 'adam' ? new tg.optim.Adam(params, { lr: config.lr }) : new tg.optim.SGD(params, { lr: config.lr });
  const crossEntropy = crossEntropyFn();
  const lossOf = (logits: Tensor, target: Tensor): Tensor =>
    crossEntropy
      ? crossEntropy(logits, target)
      : // Until F.crossEntropy is in the build: its definition, −mean log softmax at the target.
        tg.neg(tg.mean(tg.gather(tg.logSoftmax(logits, 1), 1, tg.unsqueeze(target, 1))));
  let step = 0;
  return {
    step(): StepReport {
      optimizer.zeroGrad();
      let h = data.x;
      layers.forEach((layer, i) => {
        h = layer.forward(h);
        if (i < layers.length - 1) h = act(h);
      });
      const loss = lossOf(h, data.y);
      loss.backward();
      const gradNorms = layers.map((l) => (l.weight.grad ? tg.norm(l.weight.grad).item() : 0));
      const predicted = tg.argmax(h.detach(), 1);
      const accuracy = tg.mean(tg.to(tg.eq(predicted, data.y), 'float32')).item();
      optimizer.step();
      step += 1;
      return { activation, step, loss: loss.item(), gradNorms, accuracy };
    },
  };
}
