/**
 * The `tensorgrad` command line: tour (npm start), train (the vanishing-gradient experiment), plot (any
 * activation and its derivative). Bundled by cli/build.mjs into dist/cli.js with no runtime dependencies.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import * as tg from '../src/index.js';
import { terminalChart, functionSpec } from './charts.js';
import { DEFAULTS, type ExperimentOptions } from './experiment.js';
import { latexToText } from './latex.js';
import { checkOutPath, writeChart } from './plotfile.js';
import { getElementwiseActivation, UsageError } from './registry.js';
import { ascii, detectTerm, style } from './term.js';
import { DEFAULT_OUT, runTraining } from './train.js';
import { runTour } from './tour.js';

const VERSION = '0.1.0';

// ------------------------------------------------------------------------------------------- argument parsers

function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^[+-]?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`${name} must be an integer >= ${min}, got '${value}'.`);
    }
    return n;
  };
}

function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
      throw new InvalidArgumentError(`${name} must be a positive number, got '${value}'.`);
    }
    return n;
  };
}

function finiteNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
      throw new InvalidArgumentError(`${name} must be a number, got '${value}'.`);
    return n;
  };
}

function activationList(value: string): string[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError('expected one or more activation names, e.g. sigmoid,relu.');
  try {
    for (const n of names) getElementwiseActivation(n, 'as a hidden-layer activation');
  } catch (e) {
    throw new InvalidArgumentError(e instanceof Error ? e.message : String(e));
  }
  return names;
}

/** The options shared by `train` and `tour`. */
function experimentOptions(cmd: Command, defaults: ExperimentOptions): Command {
  return cmd
    .option(
      '--activation <names>',
      'activation(s) to compare, comma-separated (any registered name)',
      activationList,
      defaults.activations,
    )
    .option('--depth <n>', 'number of hidden layers', integer('--depth', 1), defaults.depth)
    .option('--width <n>', 'units per hidden layer', integer('--width', 1), defaults.width)
    .option('--epochs <n>', 'full-batch training epochs', integer('--epochs', 1), defaults.epochs)
    .option('--lr <x>', 'learning rate', positiveNumber('--lr'), defaults.lr)
    .option('--seed <n>', 'seed for the data and the initial weights', integer('--seed', 0), defaults.seed)
    .option('--points <n>', 'points per spiral arm', integer('--points', 2), defaults.points)
    .addOption(new Option('--optimizer <name>', 'optimizer').choices(['adam', 'sgd']).default(defaults.optimizer))
    .addOption(
      new Option('--init <scheme>', "weight init: He/Kaiming-uniform, or nn.Linear's default")
        .choices(['kaiming', 'pytorch'])
        .default(defaults.init),
    )
    .option('--out <file>', 'where to write the plot (.svg or .png)', DEFAULT_OUT);
}

interface ExperimentFlags {
  activation: string[];
  depth: number;
  width: number;
  epochs: number;
  lr: number;
  seed: number;
  points: number;
  optimizer: 'adam' | 'sgd';
  init: 'kaiming' | 'pytorch';
  out: string;
}

function toExperiment(f: ExperimentFlags): ExperimentOptions {
  return {
    activations: f.activation,
    depth: f.depth,
    width: f.width,
    epochs: f.epochs,
    lr: f.lr,
    seed: f.seed,
    points: f.points,
    optimizer: f.optimizer,
    init: f.init,
  };
}

// ------------------------------------------------------------------------------------------- commands

export function buildProgram(): Command {
  const term = detectTerm();
  const program = new Command()
    .name('tensorgrad')
    .description(
      "PyTorch's activations, losses and autograd in TypeScript: a live tour, a vanishing-gradient experiment and plots.",
    )
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ tensorgrad tour                                  # the whole tour (what npm start runs)
  $ tensorgrad tour --skip-experiment                # only the worked examples
  $ tensorgrad train                                 # sigmoid vs relu, 8 hidden layers, writes ${DEFAULT_OUT}
  $ tensorgrad train --activation tanh,relu --depth 12 --epochs 300 --optimizer sgd --lr 0.05
  $ tensorgrad plot sigmoid --grad --from -10 --to 10 --out sigmoid.svg
  $ tensorgrad plot --list                           # every activation name
  $ NO_COLOR=1 tensorgrad tour | less                # plain text`,
    );

  experimentOptions(
    program
      .command('tour')
      .description('walk through the note: sigmoid, ReLU, MSE/L2, entropy/KL, cross-entropy, then the experiment'),
    DEFAULTS,
  )
    .option('--skip-experiment', 'stop before the training section')
    .action(async (flags: ExperimentFlags & { skipExperiment?: boolean }) => {
      await runTour(term, {
        experiment: toExperiment(flags),
        out: flags.out,
        skipExperiment: flags.skipExperiment === true,
      });
    });

  experimentOptions(
    program
      .command('train')
      .description('train the same deep MLP with each activation on two spirals; show per-layer gradient norms; plot'),
    DEFAULTS,
  )
    .addHelpText(
      'after',
      `\nExample:\n  $ tensorgrad train --activation sigmoid,relu --depth 8 --width 32 --epochs 150 --lr 0.01 --seed 0 --out flow.svg`,
    )
    .action(async (flags: ExperimentFlags) => {
      const start = performance.now();
      await runTraining(term, toExperiment(flags), flags.out);
      term.out(`Done in ${((performance.now() - start) / 1000).toFixed(1)} s.`);
    });

  program
    .command('plot')
    .description(
      'draw an activation (and with --grad its derivative, from autograd) in the terminal, and optionally to an SVG or PNG file',
    )
    .argument('[function]', 'activation name, e.g. sigmoid, relu, gelu')
    .option('--grad', 'also draw the derivative')
    .option('--from <a>', 'left end of the x range', finiteNumber('--from'), -5)
    .option('--to <b>', 'right end of the x range', finiteNumber('--to'), 5)
    .option('--out <file>', 'also write the plot to this file (.svg or .png)')
    .option('--list', 'list the activation names and exit')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tensorgrad plot sigmoid --grad\n  $ tensorgrad plot gelu --grad --from -4 --to 4 --out gelu.svg\n  $ tensorgrad plot relu --grad --out relu.png',
    )
    .action(
      async (
        name: string | undefined,
        flags: { grad?: boolean; from: number; to: number; out?: string; list?: boolean },
      ) => {
        if (flags.list) {
          for (const a of tg.F.ACTIVATIONS) term.out(`${a.name.padEnd(14)} ${a.description}`);
          return;
        }
        if (name === undefined)
          throw new UsageError("missing function name, e.g. 'tensorgrad plot sigmoid' (see --list)");
        const act = getElementwiseActivation(name, 'in a 1-d plot');
        if (!(flags.from < flags.to))
          throw new UsageError(`--from must be less than --to, got --from ${flags.from} --to ${flags.to}`);
        const outPath = flags.out !== undefined ? checkOutPath(flags.out) : null;
        const x = tg.linspace(flags.from, flags.to, 61, { requiresGrad: true });
        const y = act.fn(x);
        y.sum().backward();
        const ys = y.detach().toArray() as number[];
        const gs = x.grad!.toArray() as number[];
        term.out(ascii(term, `${style(term, 'bold', latexToText(act.formula))}`));
        if (flags.grad) term.out(ascii(term, style(term, 'bold', latexToText(act.derivative))));
        term.out(
          ascii(
            term,
            `${act.name}${flags.grad ? ' (blue) and its derivative (magenta, autograd)' : ''} on [${flags.from}, ${flags.to}]:`,
          ),
        );
        term.out(terminalChart(term, flags.grad ? [ys, gs] : [ys], 12));
        if (outPath) {
          const xs = x.detach().toArray() as number[];
          const curves = [{ name: act.name, x: xs, y: ys }];
          if (flags.grad) curves.push({ name: `${act.name}′ (autograd)`, x: xs, y: gs });
          const written = await writeChart(functionSpec(latexToText(act.formula), curves), outPath);
          term.out(`Plot written to ${style(term, 'cyan', written)}`);
        }
      },
    );

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its message (with a suggestion for unknown commands/options).
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    if ((e instanceof RangeError || e instanceof TypeError) && !process.env.TENSORGRAD_DEBUG) {
      // The library rejected an input the options let through; its message names the argument.
      process.stderr.write(`error: ${e.message}\n(set TENSORGRAD_DEBUG=1 for the stack)\n`);
      return 2;
    }
    process.stderr.write(`tensorgrad: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tensorgrad: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
