/** `tensorgrad train`: runs the experiment with a progress bar, prints the per-layer gradient norms and writes the plot. */
import cliProgress from 'cli-progress';
import { DEFAULTS, makeData, trainOne, type ExperimentOptions, type RunResult } from './experiment.js';
import { trainingSpec } from './charts.js';
import { checkOutPath, writeChart } from './plotfile.js';
import { getElementwiseActivation } from './registry.js';
import { ascii, style, type Term } from './term.js';

export const DEFAULT_OUT = 'tensorgrad-gradient-flow.svg';

function pct(v: number): string {
  return `${(100 * v).toFixed(1)}%`;
}

/** A log-scale bar for a gradient norm: one cell per decade above 1e-9. */
function bar(term: Term, norm: number): string {
  const cells = Math.max(0, Math.min(10, Math.round(Math.log10(Math.max(norm, 1e-12)) + 9)));
  return term.unicode ? '█'.repeat(cells) + '·'.repeat(10 - cells) : '#'.repeat(cells) + '.'.repeat(10 - cells);
}

export async function runTraining(term: Term, options: ExperimentOptions, out: string): Promise<RunResult[]> {
  for (const a of options.activations) getElementwiseActivation(a, 'as a hidden-layer activation'); // fail before any work
  const outPath = checkOutPath(out);
  const data = makeData(options);
  const o = term.out;
  o(
    ascii(
      term,
      `Data: ${data.name}. Network: 2 → ${options.depth} hidden layers × ${options.width} → 2 logits, ` +
        `${options.init === 'kaiming' ? 'He (Kaiming-uniform) init' : "nn.Linear's default init"}, seed ${options.seed}.`,
    ),
  );
  o(
    ascii(
      term,
      `Training: cross-entropy, ${options.optimizer === 'adam' ? 'Adam' : 'SGD (momentum 0.9)'}, lr ${options.lr}, ` +
        `${options.epochs} full-batch epochs, once per activation: ${options.activations.join(', ')}.`,
    ),
  );
  const results: RunResult[] = [];
  for (const activation of options.activations) {
    let bar: cliProgress.SingleBar | null = null;
    let nextMark = 0.25;
    if (term.unicode) {
      bar = new cliProgress.SingleBar(
        {
          format: `  ${activation.padEnd(10)} {bar} {value}/{total} epochs | loss {loss} | accuracy {acc}`,
          hideCursor: true,
          clearOnComplete: false,
          stream: process.stdout,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(options.epochs, 0, { loss: '-', acc: '-' });
    }
    const result = trainOne(data, activation, options, (info) => {
      if (bar) bar.update(info.epoch, { loss: info.loss.toFixed(4), acc: pct(info.accuracy) });
      else if (info.epoch / options.epochs >= nextMark - 1e-9) {
        o(
          `  ${activation.padEnd(10)} epoch ${info.epoch}/${options.epochs} | loss ${info.loss.toFixed(4)} | accuracy ${pct(info.accuracy)}`,
        );
        while (info.epoch / options.epochs >= nextMark - 1e-9) nextMark += 0.25;
      }
    });
    bar?.stop();
    results.push(result);
  }

  o();
  o(
    ascii(
      term,
      style(term, 'bold', 'Gradient norm ‖∂L/∂W‖ of each Linear layer at the first step') +
        ' (layer 1 is next to the input; bars are log-scale, one cell per decade):',
    ),
  );
  const cols = results.map((r) => r.activation);
  o('  layer  ' + cols.map((c) => c.padEnd(22)).join(''));
  const layers = results[0]!.gradNorms.length;
  for (let i = 0; i < layers; i++) {
    const cells = results.map((r) => `${r.gradNorms[i]!.toExponential(2).padEnd(10)}${bar(term, r.gradNorms[i]!)}  `);
    o(`  ${String(i + 1).padStart(5)}  ${cells.join('')}${i === layers - 1 ? ' (output layer)' : ''}`);
  }
  for (const r of results) {
    const ratio = r.gradNorms[0]! / r.gradNorms[layers - 1]!;
    const verdict =
      ratio < 1e-2 ? style(term, 'red', 'vanishes toward the input') : style(term, 'green', 'reaches the input');
    o(
      ascii(
        term,
        `  ${r.activation}: layer 1 gets ${ratio.toExponential(1)} × the output layer's gradient — it ${verdict}.`,
      ),
    );
  }
  o();
  o(style(term, 'bold', 'Final accuracy on the training set:'));
  for (const r of results) {
    o(
      `  ${r.activation.padEnd(10)} accuracy ${pct(r.finalAccuracy).padStart(6)}   loss ${r.finalLoss.toFixed(4)}   (${(r.ms / 1000).toFixed(1)} s)`,
    );
  }
  const written = await writeChart(
    trainingSpec(
      `${data.name}: ${options.depth} hidden layers × ${options.width}, ${options.optimizer}, lr ${options.lr}`,
      results,
    ),
    outPath,
  );
  o();
  o(`Plot (loss curves and per-layer gradient norms) written to ${style(term, 'cyan', written)}`);
  return results;
}

export { DEFAULTS };
