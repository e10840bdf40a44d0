/**
 * Training view: the vanishing-gradient experiment in a Web Worker, with live loss curves and per-layer gradient
 * norms for sigmoid vs ReLU.
 */
import { Chart, Plot } from '../chart.js';
import { DEFAULT_CONFIG, type StepReport, type TrainActivation, type TrainConfig } from '../compute/vanishing.js';
import { fmt, h, numberField, slider, uid } from '../dom.js';
import type { FromWorker, ToWorker } from '../training.worker.js';

export interface TrainingViewData {
  config: TrainConfig;
  reports: Record<TrainActivation, StepReport[]>;
  done: boolean;
}

/** Powers of ten spanning `values`: the log axis's ticks and grid lines, one per decade. */
function decades(values: number[]): number[] {
  if (values.length === 0) return [];
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
}

const COLORS = { domain: ['sigmoid', 'relu'], range: ['#c2410c', '#1f6feb'] };

export function trainingView(): HTMLElement {
  const config: TrainConfig = { ...DEFAULT_CONFIG };
  const pending: Partial<Record<keyof TrainConfig, boolean>> = {};
  let worker: Worker | null = null;
  let running = false;
  let data: TrainingViewData = { config: { ...config }, reports: { sigmoid: [], relu: [] }, done: false };
  let frame = 0;

  const root = h('div', { class: 'view-grid' });
  const lossChart = new Chart('train-loss', 'training loss per step, sigmoid and ReLU');
  const normChart = new Chart(
    'train-norms',
    'gradient norm of each layer’s weight, log scale, latest step solid, first step dashed',
  );
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'train-status' });
  const progress = h('progress', { max: config.steps, value: 0, 'aria-label': 'training progress' });
  const button = h('button', { type: 'button', class: 'primary', 'data-testid': 'train-start', text: 'Train both' });

  const setField = (key: keyof TrainConfig) => (v: number | null) => {
    pending[key] = v === null;
    if (v !== null) (config as unknown as Record<string, number>)[key] = v;
    button.disabled = !running && Object.values(pending).some(Boolean);
  };
  const depth = slider({
    label: 'hidden layers',
    min: 2,
    max: 16,
    step: 1,
    value: config.depth,
    testId: 'train-depth',
    onInput: (v) => (config.depth = v),
  });
  const width = slider({
    label: 'units per layer',
    min: 4,
    max: 64,
    step: 4,
    value: config.width,
    testId: 'train-width',
    onInput: (v) => (config.width = v),
  });
  const lr = numberField({
    label: 'learning rate',
    value: config.lr,
    min: 0,
    testId: 'train-lr',
    onChange: setField('lr'),
  });
  const steps = numberField({
    label: 'steps',
    value: config.steps,
    integer: true,
    min: 1,
    max: 5000,
    testId: 'train-steps',
    onChange: setField('steps'),
  });
  const seed = numberField({
    label: 'seed',
    value: config.seed,
    integer: true,
    min: 0,
    testId: 'train-seed',
    onChange: setField('seed'),
  });
  const optimizerId = uid('optimizer');
  const optimizer = h(
    'select',
    { id: optimizerId, 'data-testid': 'train-optimizer' },
    h('option', { value: 'adam', text: 'Adam', selected: config.optimizer === 'adam' }),
    h('option', { value: 'sgd', text: 'SGD', selected: config.optimizer === 'sgd' }),
  );
  optimizer.addEventListener('change', () => (config.optimizer = optimizer.value as 'adam' | 'sgd'));

  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  }

  function draw(): void {
    const { sigmoid, relu } = data.reports;
    const last = Math.min(sigmoid.length, relu.length);
    progress.value = last;
    const lossRows = [...sigmoid, ...relu].map((r) => ({ activation: r.activation, step: r.step, loss: r.loss }));
    lossChart.update(
      () => ({
        height: 260,
        marginLeft: 48,
        marginTop: 28,
        marginBottom: 40,
        x: {
          label: 'step',
          labelAnchor: 'center',
          labelOffset: 34,
          domain: [1, Math.max(2, data.config.steps)],
          ticks: Math.min(10, data.config.steps - 1),
          tickFormat: 'd',
        },
        y: { label: 'cross-entropy loss', grid: true, zero: true },
        color: { ...COLORS, legend: true },
        marks: [Plot.line(lossRows, { x: 'step', y: 'loss', stroke: 'activation', strokeWidth: 2 }), Plot.ruleY([0])],
      }),
      data,
    );
    const normRows = (reports: StepReport[], which: string) =>
      reports.flatMap((r) => r.gradNorms.map((n, i) => ({ activation: r.activation, layer: i + 1, norm: n, which })));
    const latest = [sigmoid[last - 1], relu[last - 1]].filter((r): r is StepReport => r !== undefined);
    const first = [sigmoid[0], relu[0]].filter((r): r is StepReport => r !== undefined);
    // Log scale: a zero norm (a dead ReLU layer) cannot be drawn there, so only positive norms are plotted.
    const latestRows = normRows(latest, 'latest').filter((r) => r.norm > 0);
    const firstRows = normRows(first, 'first').filter((r) => r.norm > 0);
    normChart.update(
      () => ({
        height: 260,
        marginLeft: 56,
        marginTop: 28,
        marginBottom: 40,
        x: {
          label: 'layer (1 = input side)',
          labelAnchor: 'center',
          labelOffset: 34,
          ticks: data.config.depth + 1,
          tickFormat: 'd',
        },
        y: {
          label: null,
          type: 'log',
          grid: true,
          ticks: decades([...firstRows, ...latestRows].map((r) => r.norm)),
          tickFormat: '.0e',
        },
        color: { ...COLORS, legend: true },
        marks: [
          Plot.line(firstRows, {
            x: 'layer',
            y: 'norm',
            stroke: 'activation',
            strokeDasharray: '4,3',
            strokeOpacity: 0.7,
          }),
          Plot.line(latestRows, { x: 'layer', y: 'norm', stroke: 'activation', strokeWidth: 2 }),
          Plot.dot(latestRows, { x: 'layer', y: 'norm', fill: 'activation', r: 3 }),
        ],
      }),
      data,
    );
    if (last > 0) {
      const s = sigmoid[last - 1]!;
      const r = relu[last - 1]!;
      const ratio = (x: StepReport) => x.gradNorms[0]! / x.gradNorms[x.gradNorms.length - 1]!;
      status.textContent =
        `step ${last}/${data.config.steps} — sigmoid: loss ${fmt(s.loss)}, accuracy ${(100 * s.accuracy).toFixed(0)}%, ` +
        `first/last layer gradient ${ratio(s).toExponential(1)}; ReLU: loss ${fmt(r.loss)}, accuracy ${(100 * r.accuracy).toFixed(0)}%, ` +
        `first/last layer gradient ${ratio(r).toExponential(1)}` +
        (data.done ? ' (done)' : '');
    }
  }

  function stop(): void {
    worker?.postMessage({ type: 'stop' } satisfies ToWorker);
  }

  function start(): void {
    if (running) return stop();
    if (Object.values(pending).some(Boolean)) return;
    worker ??= new Worker(new URL('../training.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') {
        for (const r of message.reports) data.reports[r.activation].push(r);
        schedule();
      } else if (message.type === 'done' || message.type === 'error') {
        running = false;
        data.done = message.type === 'done' && !message.stopped;
        button.textContent = 'Train both';
        root.dataset.state = message.type === 'error' ? 'error' : 'done';
        schedule();
        if (message.type === 'error') status.textContent = message.message;
      }
    };
    data = { config: { ...config }, reports: { sigmoid: [], relu: [] }, done: false };
    progress.max = config.steps;
    running = true;
    root.dataset.state = 'running';
    button.textContent = 'Stop';
    status.textContent = 'training in a Web Worker…';
    worker.postMessage({ type: 'start', config: { ...config } } satisfies ToWorker);
  }
  button.addEventListener('click', start);

  const controls = h(
    'form',
    { class: 'panel controls', 'aria-label': 'Training settings' },
    h(
      'p',
      { class: 'description' },
      'A deep MLP (nn.Linear layers) learns two interleaved spirals, once with sigmoid and once with ReLU between the layers, from the same initial weights. ' +
        'Sigmoid’s derivative is at most 1/4, so the gradient shrinks at every layer on its way back to the input; ReLU passes it through unchanged where units are active.',
    ),
    depth.root,
    width.root,
    h('div', { class: 'row' }, lr.root, steps.root, seed.root),
    h('div', { class: 'field' }, h('label', { for: optimizerId, class: 'field-label', text: 'optimizer' }), optimizer),
    h('div', { class: 'row' }, button, progress),
  );
  controls.addEventListener('submit', (e) => e.preventDefault());
  root.append(
    controls,
    h(
      'div',
      { class: 'panel plots' },
      h('h3', { text: 'Loss' }),
      lossChart.root,
      h('h3', { text: 'Gradient norm ‖∂loss/∂W‖ per layer (log scale)' }),
      normChart.root,
      h('p', { class: 'note', text: 'Solid: the latest step; dashed: the first step. Layer 1 is next to the input.' }),
      status,
    ),
  );
  root.dataset.testid = 'training-view';
  root.dataset.state = 'idle';
  status.textContent =
    'Press “Train both” to train the two networks side by side in a Web Worker; the charts fill in live.';
  (root as HTMLElement & { plotData?: () => TrainingViewData }).plotData = () => data;
  return root;
}
