/** Terminal line charts (asciichart) and the Vega-Lite specs of the SVG plots. */
import asciichart from 'asciichart';
import type { TopLevelSpec } from 'vega-lite';
import type { Term } from './term.js';

// asciichart's symbol slots: ┼ ┤ ╶ ╴ ─ ╰ ╭ ╮ ╯ │
const ASCII_SYMBOLS: [string, string, string, string, string, string, string, string, string, string] = [
  '+',
  '|',
  '-',
  '-',
  '-',
  '`',
  '.',
  '.',
  "'",
  '|',
];

/** Several series over the same x grid; series[0] is drawn in blue, series[1] in magenta, ... */
export function terminalChart(term: Term, series: number[][], height = 10): string {
  const colors = [asciichart.blue, asciichart.magenta, asciichart.green, asciichart.yellow];
  return asciichart.plot(series, {
    height,
    format: (v: number) => v.toFixed(2).padStart(8),
    ...(term.color ? { colors: series.map((_, i) => colors[i % colors.length]!) } : {}),
    ...(term.unicode ? {} : { symbols: ASCII_SYMBOLS }),
  });
}

export interface FunctionCurve {
  name: string;
  x: number[];
  y: number[];
}

export function functionSpec(title: string, curves: FunctionCurve[]): TopLevelSpec {
  const values = curves.flatMap((c) => c.x.map((x, i) => ({ x, y: c.y[i], curve: c.name })));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    width: 520,
    height: 300,
    data: { values },
    mark: { type: 'line', strokeWidth: 2 },
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { field: 'y', type: 'quantitative', title: null },
      color: { field: 'curve', type: 'nominal', title: null },
    },
  };
}

export interface TrainingCurves {
  activation: string;
  losses: number[];
  gradNorms: number[];
}

export function trainingSpec(title: string, runs: TrainingCurves[]): TopLevelSpec {
  const loss = runs.flatMap((r) => r.losses.map((l, i) => ({ epoch: i + 1, loss: l, activation: r.activation })));
  const norms = runs.flatMap((r) =>
    r.gradNorms.map((g, i) => ({ layer: i + 1, norm: Math.max(g, 1e-30), activation: r.activation })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    config: { legend: { orient: 'top' } },
    hconcat: [
      {
        title: 'Training loss (cross-entropy)',
        width: 380,
        height: 260,
        data: { values: loss },
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x: { field: 'epoch', type: 'quantitative' },
          y: { field: 'loss', type: 'quantitative' },
          color: { field: 'activation', type: 'nominal' },
        },
      },
      {
        title: '‖∂L/∂W‖ per layer at the first step (log scale)',
        width: 380,
        height: 260,
        data: { values: norms },
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x: { field: 'layer', type: 'ordinal', title: 'Linear layer (1 = next to the input)' },
          y: { field: 'norm', type: 'quantitative', scale: { type: 'log' }, title: 'gradient norm' },
          color: { field: 'activation', type: 'nominal' },
        },
      },
    ],
  };
}
