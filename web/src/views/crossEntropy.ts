/**
 * Cross-entropy view: editable logits and targets, softmax probabilities, F.crossEntropy's loss and its gradient
 * w.r.t. every logit, with label smoothing and class weights. Preloaded with the study note's example
 * (logits [[2, 3, 1], [3, 7, 9]], targets [1, 2] → 0.2684).
 */
import { Chart, Plot } from '../chart.js';
import { crossEntropy, type CrossEntropyInput, type CrossEntropyResult } from '../compute/crossEntropy.js';
import { fmt, h, numberField, slider, uid, type NumberField } from '../dom.js';

const MAX_SAMPLES = 5;
const MAX_CLASSES = 6;

export interface CrossEntropyViewData {
  input: CrossEntropyInput;
  result: CrossEntropyResult;
}

export function crossEntropyView(): HTMLElement {
  let logits: (number | null)[][] = [
    [2, 3, 1],
    [3, 7, 9],
  ];
  let targets: (number | null)[] = [1, 2];
  let weights: (number | null)[] = [1, 1, 1];
  let useWeights = false;
  let labelSmoothing = 0;
  let reduction: 'mean' | 'sum' = 'mean';
  let targetFields: NumberField[] = [];

  const table = h('table', { class: 'grid-table', 'data-testid': 'logits-table' });
  const weightRow = h('div', { class: 'weights', 'data-testid': 'weights' });
  const loss = h('output', { class: 'big-number', 'data-testid': 'ce-loss', 'aria-live': 'polite' });
  const repr = h('code', { class: 'repr', 'data-testid': 'ce-repr' });
  const call = h('pre', { class: 'call', 'data-testid': 'ce-call' });
  const message = h('p', { class: 'status', role: 'alert', 'data-testid': 'ce-error' });
  const probsTable = h('table', { class: 'grid-table numbers', 'data-testid': 'probs-table' });
  const gradTable = h('table', { class: 'grid-table numbers', 'data-testid': 'grad-table' });
  const probChart = new Chart(
    'ce-probs',
    'softmax probabilities per sample; the target class is the dark, outlined bar',
  );
  const gradChart = new Chart('ce-grad', 'gradient of the loss with respect to each logit');
  const root = h('div', { class: 'view-grid' });
  const outputs = h(
    'div',
    { class: 'outputs' },
    h('div', { class: 'table-scroll' }, probsTable),
    probChart.root,
    h('div', { class: 'table-scroll' }, gradTable),
    gradChart.root,
  );

  const classes = (): number => logits[0]!.length;

  function stepper(
    label: string,
    testId: string,
    get: () => number,
    set: (n: number) => void,
    min: number,
    max: number,
  ): HTMLElement {
    const value = h('span', { class: 'stepper-value', 'aria-live': 'polite', text: String(get()) });
    const minus = h('button', {
      type: 'button',
      'aria-label': `fewer ${label}`,
      'data-testid': `${testId}-minus`,
      text: '−',
    });
    const plus = h('button', {
      type: 'button',
      'aria-label': `more ${label}`,
      'data-testid': `${testId}-plus`,
      text: '+',
    });
    const refresh = (): void => {
      value.textContent = String(get());
      minus.disabled = get() <= min;
      plus.disabled = get() >= max;
    };
    minus.addEventListener('click', () => (set(get() - 1), refresh()));
    plus.addEventListener('click', () => (set(get() + 1), refresh()));
    refresh();
    return h(
      'div',
      { class: 'stepper', role: 'group', 'aria-label': label },
      h('span', { class: 'field-label', text: label }),
      minus,
      value,
      plus,
    );
  }

  function resize(samples: number, nClasses: number): void {
    logits = Array.from({ length: samples }, (_, i) => Array.from({ length: nClasses }, (_, j) => logits[i]?.[j] ?? 0));
    targets = Array.from({ length: samples }, (_, i) => targets[i] ?? 0);
    weights = Array.from({ length: nClasses }, (_, j) => weights[j] ?? 1);
    buildInputs();
    update();
  }

  function buildInputs(): void {
    const C = classes();
    const head = h('tr', {}, h('th', { scope: 'col', text: 'sample' }));
    for (let j = 0; j < C; j++) head.append(h('th', { scope: 'col', text: `logit ${j}` }));
    head.append(h('th', { scope: 'col', text: 'target' }));
    const body = h('tbody');
    targetFields = [];
    logits.forEach((row, i) => {
      const tr = h('tr', {}, h('th', { scope: 'row', text: String(i) }));
      row.forEach((v, j) => {
        const field = numberField({
          label: `sample ${i}, logit of class ${j}`,
          hideLabel: true,
          value: v ?? 0,
          testId: `logit-${i}-${j}`,
          onChange: (x) => ((logits[i]![j] = x), update()),
        });
        if (v === null) field.input.value = '';
        tr.append(h('td', {}, field.root));
      });
      const target = numberField({
        label: `sample ${i}, target class`,
        hideLabel: true,
        integer: true,
        value: targets[i] ?? 0,
        testId: `target-${i}`,
        onChange: (x) => ((targets[i] = x), update()),
      });
      targetFields.push(target);
      tr.append(h('td', {}, target.root));
      body.append(tr);
    });
    table.replaceChildren(
      h('caption', { text: 'Logits (one row per sample) and the target class of each sample' }),
      h('thead', {}, head),
      body,
    );

    const weightFields = weights.map((w, j) =>
      numberField({
        label: `weight ${j}`,
        value: w ?? 1,
        min: 0,
        testId: `weight-${j}`,
        onChange: (x) => ((weights[j] = x), update()),
      }),
    );
    weightRow.replaceChildren(...weightFields.map((f) => f.root));
    weightRow.hidden = !useWeights;
  }

  function update(): void {
    message.textContent = '';
    for (const f of targetFields) f.setError(null);
    const invalid =
      logits.some((r) => r.some((v) => v === null)) ||
      targets.some((t) => t === null) ||
      (useWeights && weights.some((w) => w === null));
    outputs.hidden = true;
    if (invalid) {
      loss.textContent = '—';
      repr.textContent = '';
      message.textContent =
        'Some fields are empty or not numbers (marked in red); the loss is shown once they are fixed.';
      return;
    }
    const input: CrossEntropyInput = {
      logits: logits as number[][],
      targets: targets as number[],
      weight: useWeights ? (weights as number[]) : null,
      labelSmoothing,
      reduction,
    };
    const options = [
      useWeights ? `weight: tg.tensor([${weights.join(', ')}])` : '',
      labelSmoothing !== 0 ? `labelSmoothing: ${labelSmoothing}` : '',
      reduction !== 'mean' ? `reduction: '${reduction}'` : '',
    ].filter(Boolean);
    call.textContent =
      `F.crossEntropy(\n  tg.tensor(${JSON.stringify(input.logits)}),\n  tg.tensor(${JSON.stringify(input.targets)}, { dtype: 'int64' })` +
      (options.length ? `,\n  { ${options.join(', ')} }` : '') +
      '\n)';
    const result = crossEntropy(input);
    (root as HTMLElement & { plotData?: CrossEntropyViewData }).plotData = { input, result };
    if (!result.ok) {
      loss.textContent = '—';
      repr.textContent = '';
      // The library's message goes next to the target field(s) it is about (class indices outside [0, C)).
      const C = classes();
      const bad = targetFields.filter((_, i) => (targets[i] as number) < 0 || (targets[i] as number) >= C);
      if (bad.length > 0) {
        for (const f of bad) f.setError(result.error);
        message.textContent = 'No loss: a target is out of range (see the marked field).';
      } else message.textContent = result.error;
      return;
    }
    outputs.hidden = false;
    loss.textContent = fmt(result.loss);
    repr.textContent = result.repr;
    fillTable(probsTable, 'softmax probabilities p = softmax(logits, 1)', result.probs, 'prob');
    fillTable(gradTable, '∂loss/∂logit (from autograd)', result.grad, 'grad');
    const probRows = result.probs.flatMap((r, i) =>
      r.map((p, j) => ({ sample: `sample ${i}`, cls: j, p, target: targets[i] === j })),
    );
    const gradRows = result.grad.flatMap((r, i) => r.map((g, j) => ({ sample: `sample ${i}`, cls: j, g })));
    probChart.update(
      (width) => ({
        height: 200,
        marginLeft: 40,
        fx: { label: null, padding: 0.15 },
        x: { type: 'band', label: 'class', axis: width > 420 ? 'bottom' : null },
        y: { label: 'p', domain: [0, 1], grid: true },
        color: { legend: false },
        marks: [
          Plot.barY(probRows, {
            fx: 'sample',
            x: 'cls',
            y: 'p',
            fill: (d: { target: boolean }) => (d.target ? '#1f6feb' : '#9fb3cc'),
          }),
          Plot.barY(
            probRows.filter((d) => d.target),
            { fx: 'sample', x: 'cls', y: 'p', fill: 'none', stroke: '#0b2e6b', strokeWidth: 2 },
          ),
          Plot.text(probRows, {
            fx: 'sample',
            x: 'cls',
            y: 'p',
            text: (d: { p: number }) => d.p.toFixed(2),
            dy: -7,
            fontSize: 11,
          }),
          Plot.ruleY([0]),
        ],
      }),
      result.probs,
    );
    gradChart.update(
      (width) => ({
        height: 200,
        marginLeft: 48,
        fx: { label: null, padding: 0.15 },
        x: { type: 'band', label: 'class', axis: width > 420 ? 'bottom' : null },
        y: { label: '∂loss/∂logit', grid: true },
        marks: [
          Plot.barY(gradRows, {
            fx: 'sample',
            x: 'cls',
            y: 'g',
            fill: (d: { g: number }) => (d.g < 0 ? '#c2410c' : '#1f6feb'),
          }),
          Plot.ruleY([0]),
        ],
      }),
      result.grad,
    );
  }

  function fillTable(el: HTMLTableElement, caption: string, rows: number[][], testId: string): void {
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col', text: 'sample' }),
      ...rows[0]!.map((_, j) => h('th', { scope: 'col', text: `class ${j}` })),
    );
    const body = h('tbody');
    rows.forEach((r, i) => {
      const tr = h('tr', {}, h('th', { scope: 'row', text: String(i) }));
      r.forEach((v, j) => tr.append(h('td', { 'data-testid': `${testId}-${i}-${j}`, 'data-value': v, text: fmt(v) })));
      body.append(tr);
    });
    el.replaceChildren(h('caption', { text: caption }), h('thead', {}, head), body);
  }

  const weightToggleId = uid('weights');
  const weightToggle = h('input', { id: weightToggleId, type: 'checkbox', 'data-testid': 'use-weights' });
  weightToggle.addEventListener('change', () => {
    useWeights = weightToggle.checked;
    weightRow.hidden = !useWeights;
    update();
  });
  const reductionId = uid('reduction');
  const reductionSelect = h(
    'select',
    { id: reductionId, 'data-testid': 'reduction' },
    h('option', { value: 'mean', text: 'mean' }),
    h('option', { value: 'sum', text: 'sum' }),
  );
  reductionSelect.addEventListener('change', () => ((reduction = reductionSelect.value as 'mean' | 'sum'), update()));
  const smoothing = slider({
    label: 'label smoothing',
    min: 0,
    max: 1,
    step: 0.01,
    value: 0,
    testId: 'label-smoothing',
    format: (v) => v.toFixed(2),
    onInput: (v) => ((labelSmoothing = v), update()),
  });

  const controls = h(
    'form',
    { class: 'panel controls', 'aria-label': 'Cross-entropy inputs' },
    h(
      'div',
      { class: 'row steppers' },
      stepper(
        'samples',
        'samples',
        () => logits.length,
        (n) => resize(n, classes()),
        1,
        MAX_SAMPLES,
      ),
      stepper('classes', 'classes', classes, (n) => resize(logits.length, n), 2, MAX_CLASSES),
    ),
    h('div', { class: 'table-scroll' }, table),
    smoothing.root,
    h(
      'div',
      { class: 'field' },
      h('label', { for: reductionId, class: 'field-label', text: 'reduction' }),
      reductionSelect,
    ),
    h(
      'div',
      { class: 'field checkbox' },
      weightToggle,
      h('label', { for: weightToggleId, text: 'class weights (weight option)' }),
    ),
    weightRow,
  );
  controls.addEventListener('submit', (e) => e.preventDefault());

  root.append(
    controls,
    h(
      'div',
      { class: 'panel results' },
      h('div', { class: 'loss-line' }, h('span', { class: 'field-label', text: 'loss' }), loss, repr),
      message,
      h('details', {}, h('summary', { text: 'The same call in tensorgrad' }), call),
      outputs,
    ),
  );
  root.dataset.testid = 'cross-entropy-view';
  buildInputs();
  queueMicrotask(update);
  return root;
}
