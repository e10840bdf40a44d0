/**
 * Activations view: f and f' of any registered activation (f' from autograd), formula and derivative from the
 * spec via KaTeX, a control per spec parameter, overlays, and the saturated region where |f'| < threshold.
 */
import { Chart, Plot } from '../chart.js';
import {
  activationCurve,
  defaultOptions,
  isVectorActivation,
  saturatedIntervals,
  type Curve,
} from '../compute/activations.js';
import { fmt, h, numberField, slider, uid } from '../dom.js';
import { activations, messageOf, type AnyActivation, type Options, type ParamSpec } from '../lib.js';
import { renderMath } from '../math.js';

const POINTS = 401;

interface Series {
  name: string;
  x: number[];
  y: number[];
  dy: number[];
  options: Options;
}

/** What the two charts show, kept on their elements as `plotData` for the end-to-end tests. */
export interface ActivationPlotData {
  lo: number;
  hi: number;
  points: number;
  threshold: number;
  series: Series[];
  saturated: [number, number][];
}

interface State {
  spec: AnyActivation | null;
  options: Options;
  lo: number | null;
  hi: number | null;
  threshold: number | null;
  overlays: Set<string>;
}

function paramControl(
  param: ParamSpec,
  value: Options[string] | undefined,
  onChange: (v: Options[string]) => void,
): HTMLElement | null {
  if (param.name === 'inplace' || param.name === 'dim') return null;
  const label = param.description ? `${param.name} — ${param.description}` : param.name;
  if (param.choices && param.choices.length > 0) {
    const id = uid('param');
    const select = h('select', { id, 'data-testid': `param-${param.name}` });
    for (const choice of param.choices)
      select.append(h('option', { value: choice, text: choice, selected: choice === value }));
    select.addEventListener('change', () => onChange(select.value));
    return h('div', { class: 'field' }, h('label', { for: id, class: 'field-label', text: label }), select);
  }
  if (typeof param.default === 'boolean') {
    const id = uid('param');
    const box = h('input', { id, type: 'checkbox', checked: value === true, 'data-testid': `param-${param.name}` });
    box.addEventListener('change', () => onChange(box.checked));
    return h('div', { class: 'field checkbox' }, box, h('label', { for: id, text: label }));
  }
  if (param.min === undefined || param.max === undefined) {
    // No slider range in the spec (e.g. normalize's eps = 1e-12): a validated number field instead.
    return numberField({
      label,
      value: typeof value === 'number' ? value : 0,
      testId: `param-${param.name}`,
      onChange: (v) => v !== null && onChange(v),
    }).root;
  }
  const { min, max } = param;
  const step = param.step ?? (max - min) / 100;
  const start = typeof value === 'number' ? value : min;
  const digits = Math.max(0, Math.min(4, Math.ceil(-Math.log10(step))));
  return slider({
    label,
    min,
    max,
    step,
    value: start,
    testId: `param-${param.name}`,
    format: (v) => v.toFixed(digits),
    onInput: (v) => onChange(v),
  }).root;
}

export function activationsView(): HTMLElement {
  const specs = activations();
  const state: State = { spec: specs[0] ?? null, options: {}, lo: -6, hi: 6, threshold: 0.01, overlays: new Set() };
  if (state.spec) state.options = defaultOptions(state.spec);

  const fChart = new Chart('activation-f', 'f(x) of the selected activation and overlays');
  const dChart = new Chart('activation-df', "f'(x) from autograd, with the saturated region shaded");
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'activation-status' });
  const saturation = h('p', { class: 'saturation', 'data-testid': 'saturation' });

  // --- controls ---
  const selectId = uid('activation');
  const select = h('select', { id: selectId, 'data-testid': 'activation-select' });
  for (const spec of specs)
    select.append(h('option', { value: spec.name, text: `${spec.name} (nn.${spec.moduleName})` }));
  const description = h('p', { class: 'description', 'data-testid': 'activation-description' });
  const formula = h('div', { class: 'math', 'data-testid': 'formula' });
  const derivative = h('div', { class: 'math', 'data-testid': 'derivative' });
  const range = h('p', { class: 'range' });
  const note = h('p', { class: 'note' });
  const params = h('div', { class: 'params', 'data-testid': 'params' });
  const overlayList = h('div', { class: 'overlay-list' });

  const lo = numberField({ label: 'x from', value: -6, testId: 'x-min', onChange: (v) => ((state.lo = v), update()) });
  const hi = numberField({ label: 'x to', value: 6, testId: 'x-max', onChange: (v) => ((state.hi = v), update()) });
  const threshold = numberField({
    label: "Saturation: |f'(x)| below",
    value: 0.01,
    min: 0,
    testId: 'threshold',
    onChange: (v) => ((state.threshold = v), update()),
  });

  function showSpec(): void {
    const spec = state.spec;
    params.replaceChildren();
    if (!spec) return;
    description.textContent = spec.description;
    renderMath(formula, spec.formula);
    renderMath(derivative, spec.derivative);
    renderMath(range, String.raw`\text{range: } ${spec.range}`, false);
    note.textContent = [
      isVectorActivation(spec)
        ? `${spec.name} acts on vectors: plotted is f([x, 0])₀ along dim 1 and its gradient in x.`
        : '',
      spec.note ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const controls = (spec.params ?? [])
      .map((p) =>
        paramControl(p, state.options[p.name], (v) => ((state.options = { ...state.options, [p.name]: v }), update())),
      )
      .filter((c): c is HTMLElement => c !== null);
    if (controls.length > 0) params.append(h('h3', { text: 'Parameters' }), ...controls);
    overlayList.replaceChildren(
      ...specs
        .filter((s) => s.name !== spec.name)
        .map((s) => {
          const id = uid('overlay');
          const box = h('input', {
            id,
            type: 'checkbox',
            value: s.name,
            checked: state.overlays.has(s.name),
            'data-testid': `overlay-${s.name}`,
          });
          box.addEventListener('change', () => {
            if (box.checked) state.overlays.add(s.name);
            else state.overlays.delete(s.name);
            update();
          });
          return h('div', { class: 'field checkbox' }, box, h('label', { for: id, text: s.name }));
        }),
    );
  }

  select.addEventListener('change', () => {
    state.spec = specs.find((s) => s.name === select.value) ?? null;
    state.overlays.delete(select.value);
    state.options = state.spec ? defaultOptions(state.spec) : {};
    showSpec();
    update();
  });

  function invalid(message: string): void {
    status.textContent = message;
    status.classList.add('error');
  }

  function update(): void {
    status.textContent = '';
    status.classList.remove('error');
    const spec = state.spec;
    if (!spec) return invalid('No activations are registered in this build of tensorgrad yet.');
    if (state.lo === null || state.hi === null || state.threshold === null)
      return invalid('Fix the fields marked invalid; the plots show the last valid input.');
    if (!(state.lo < state.hi)) {
      hi.setError('Must be greater than "x from".');
      return invalid('"x to" must be greater than "x from".');
    }
    hi.setError(null);
    const request = { lo: state.lo, hi: state.hi, points: POINTS };
    const series: Series[] = [];
    try {
      const main = activationCurve(spec, { ...request, options: state.options });
      series.push({ name: spec.name, ...main, options: { ...state.options } });
    } catch (error) {
      return invalid(`${spec.name}: ${messageOf(error)}`);
    }
    for (const name of state.overlays) {
      const other = specs.find((s) => s.name === name);
      if (!other) continue;
      const options = defaultOptions(other);
      try {
        series.push({ name, ...activationCurve(other, { ...request, options }), options });
      } catch (error) {
        invalid(`${name}: ${messageOf(error)}`);
      }
    }
    const t = state.threshold;
    const saturated = saturatedIntervals(series[0] as Curve, t);
    const data: ActivationPlotData = { lo: state.lo, hi: state.hi, points: POINTS, threshold: t, series, saturated };
    saturation.textContent =
      saturated.length === 0
        ? `|${spec.name}'(x)| ≥ ${t} everywhere on [${state.lo}, ${state.hi}].`
        : `|${spec.name}'(x)| < ${t} (saturated) on ${saturated.map(([a, b]) => (a === b ? `x = ${fmt(a, 2)}` : `[${fmt(a, 2)}, ${fmt(b, 2)}]`)).join(', ')}.`;
    draw(data);
  }

  function draw(data: ActivationPlotData): void {
    const rows = (key: 'y' | 'dy') =>
      data.series.flatMap((s) => s.x.map((x, i) => ({ name: s.name, x, v: s[key][i]! })));
    // Finite values only: an activation may legitimately return ±inf (e.g. at the range ends); those are not drawn.
    const fRows = rows('y').filter((r) => Number.isFinite(r.v));
    const dRows = rows('dy').filter((r) => Number.isFinite(r.v));
    const bands = data.saturated.map(([x1, x2]) => ({ x1, x2 }));
    const names = data.series.map((s) => s.name);
    const common = (width: number, y: string): Plot.PlotOptions => ({
      height: Math.round(Math.min(320, Math.max(220, width * 0.55))),
      marginLeft: 48,
      marginTop: 26,
      x: { label: 'x', domain: [data.lo, data.hi] },
      y: { label: y, grid: true },
      color: { domain: names, legend: names.length > 1 },
    });
    fChart.update(
      (width) => ({
        ...common(width, 'f(x)'),
        marks: [
          Plot.rect(bands, { x1: 'x1', x2: 'x2', fill: '#f2b705', fillOpacity: 0.18 }),
          Plot.ruleY([0], { stroke: '#888' }),
          Plot.ruleX([0], { stroke: '#888' }),
          Plot.line(fRows, { x: 'x', y: 'v', stroke: 'name', strokeWidth: 2.25 }),
          Plot.tip(
            fRows,
            Plot.pointerX({
              x: 'x',
              y: 'v',
              stroke: 'name',
              title: (d: { name: string; x: number; v: number }) => `${d.name}(${fmt(d.x, 3)}) = ${fmt(d.v)}`,
            }),
          ),
        ],
      }),
      data,
    );
    dChart.update(
      (width) => ({
        ...common(width, "f'(x)"),
        marks: [
          Plot.rect(bands, { x1: 'x1', x2: 'x2', fill: '#f2b705', fillOpacity: 0.18 }),
          Plot.ruleY([0], { stroke: '#888' }),
          Plot.ruleY([data.threshold, -data.threshold], { stroke: '#b07800', strokeDasharray: '4,3' }),
          Plot.line(dRows, { x: 'x', y: 'v', stroke: 'name', strokeWidth: 2.25 }),
          Plot.tip(
            dRows,
            Plot.pointerX({
              x: 'x',
              y: 'v',
              stroke: 'name',
              title: (d: { name: string; x: number; v: number }) => `${d.name}'(${fmt(d.x, 3)}) = ${fmt(d.v)}`,
            }),
          ),
        ],
      }),
      data,
    );
  }

  const controls = h(
    'form',
    { class: 'panel controls', 'aria-label': 'Activation controls' },
    h('div', { class: 'field' }, h('label', { for: selectId, class: 'field-label', text: 'Activation' }), select),
    description,
    h('div', { class: 'formulas' }, formula, derivative, range),
    note,
    params,
    h('fieldset', {}, h('legend', { text: 'x range' }), h('div', { class: 'row' }, lo.root, hi.root)),
    threshold.root,
    h(
      'details',
      { class: 'overlays' },
      h('summary', { text: 'Overlay other activations (default parameters)' }),
      overlayList,
    ),
  );
  controls.addEventListener('submit', (e) => e.preventDefault());

  const view = h(
    'div',
    { class: 'view-grid' },
    controls,
    h(
      'div',
      { class: 'panel plots' },
      h('h3', { text: 'f(x)' }),
      fChart.root,
      h('h3', { text: "f'(x) — from autograd (tg.grad)" }),
      dChart.root,
      saturation,
      status,
    ),
  );
  showSpec();
  queueMicrotask(update);
  return view;
}
