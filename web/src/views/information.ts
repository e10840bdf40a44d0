/**
 * Information view: two distributions P and Q as bars you can drag (or set with the sliders under them, which
 * are the keyboard route), with H(P), H(Q), H(P,Q), D_KL(P‖Q) and D_KL(Q‖P) from tg.info in bits or nats.
 * Preloaded with the study note's example: P = [0.8, 0.1, 0.1], Q = [0.5, 0.25, 0.25].
 */
import { Chart, Plot } from '../chart.js';
import { information, setProbability, type InformationResult, type Unit } from '../compute/information.js';
import { fmt, h, slider, uid } from '../dom.js';
import { mathElement } from '../math.js';

export interface InformationViewData {
  p: number[];
  q: number[];
  unit: Unit;
  result: InformationResult | null;
}

interface Distribution {
  name: 'P' | 'Q';
  probs: number[];
  color: string;
  chart: Chart;
  sliders: HTMLElement;
}

const QUANTITIES: { key: keyof InformationResult; label: string; tex: string; about: string }[] = [
  { key: 'hP', label: 'H(P)', tex: String.raw`H(P) = -\sum_x P(x)\log P(x)`, about: 'entropy of P' },
  { key: 'hQ', label: 'H(Q)', tex: String.raw`H(Q) = -\sum_x Q(x)\log Q(x)`, about: 'entropy of Q' },
  { key: 'hPQ', label: 'H(P,Q)', tex: String.raw`H(P,Q) = -\sum_x P(x)\log Q(x)`, about: 'cross-entropy' },
  {
    key: 'klPQ',
    label: 'D_KL(P‖Q)',
    tex: String.raw`D_{KL}(P\,\|\,Q) = \sum_x P(x)\log\frac{P(x)}{Q(x)}`,
    about: 'KL divergence of Q from P',
  },
  {
    key: 'klQP',
    label: 'D_KL(Q‖P)',
    tex: String.raw`D_{KL}(Q\,\|\,P) = \sum_x Q(x)\log\frac{Q(x)}{P(x)}`,
    about: 'KL divergence of P from Q',
  },
];

export function informationView(): HTMLElement {
  let unit: Unit = 'bits';
  const P: Distribution = {
    name: 'P',
    probs: [0.8, 0.1, 0.1],
    color: '#1f6feb',
    chart: new Chart('info-p', 'distribution P; drag a bar to change it'),
    sliders: h('div', { class: 'bar-sliders', 'data-testid': 'sliders-P' }),
  };
  const Q: Distribution = {
    name: 'Q',
    probs: [0.5, 0.25, 0.25],
    color: '#c2410c',
    chart: new Chart('info-q', 'distribution Q; drag a bar to change it'),
    sliders: h('div', { class: 'bar-sliders', 'data-testid': 'sliders-Q' }),
  };
  const root = h('div', { class: 'info-grid', 'data-testid': 'information-view' });
  const list = h('dl', { class: 'quantities', 'data-testid': 'info-quantities' });
  const message = h('p', { class: 'status', role: 'status' });
  const identity = h('p', { class: 'identity', 'data-testid': 'info-identity' });

  function buildSliders(d: Distribution): void {
    d.sliders.replaceChildren(
      ...d.probs.map(
        (v, i) =>
          slider({
            label: `${d.name}(${i})`,
            min: 0,
            max: 1,
            step: 0.01,
            value: v,
            testId: `${d.name}-${i}`,
            format: (x) => x.toFixed(3),
            onInput: (x) => set(d, i, x, false),
          }).root,
      ),
    );
  }

  function syncSliders(d: Distribution, except: number | null): void {
    d.sliders.querySelectorAll('input').forEach((input, i) => {
      if (i === except) return;
      input.value = String(d.probs[i]);
      const text = d.probs[i]!.toFixed(3);
      input.setAttribute('aria-valuetext', text);
      const out = input.parentElement?.querySelector('output');
      if (out) out.textContent = text;
    });
  }

  function set(d: Distribution, index: number, value: number, fromDrag: boolean): void {
    d.probs = setProbability(d.probs, index, value);
    syncSliders(d, fromDrag ? null : index);
    update();
  }

  function draw(d: Distribution): void {
    const rows = d.probs.map((p, i) => ({ outcome: i, p }));
    d.chart.update(
      () => ({
        height: 190,
        marginLeft: 40,
        x: { type: 'band', label: null, padding: 0.2 },
        y: { label: `${d.name}(x)`, domain: [0, 1], grid: true },
        marks: [
          Plot.barY(rows, { x: 'outcome', y: 'p', fill: d.color }),
          Plot.text(rows, { x: 'outcome', y: 'p', text: (r: { p: number }) => r.p.toFixed(3), dy: -7, fontSize: 11 }),
          Plot.ruleY([0]),
        ],
      }),
      d.probs,
    );
  }

  // Dragging: the pointer's x picks the bar (band scale), its y is inverted through the y scale.
  function enableDrag(d: Distribution): void {
    let dragging = false;
    const at = (event: PointerEvent): void => {
      const svg = d.chart.root.querySelector('svg') as (SVGSVGElement & { scale?: (name: string) => unknown }) | null;
      const figure = d.chart.root.firstElementChild as (Element & { scale?: (name: string) => unknown }) | null;
      const scaleOf = figure?.scale ?? svg?.scale;
      if (!svg || !scaleOf) return;
      const xs = scaleOf.call(figure ?? svg, 'x') as {
        domain: number[];
        apply: (v: number) => number;
        bandwidth: number;
      };
      const ys = scaleOf.call(figure ?? svg, 'y') as { invert: (v: number) => number };
      const box = svg.getBoundingClientRect();
      const px = event.clientX - box.left;
      const py = event.clientY - box.top;
      const index = xs.domain.findIndex((v) => px >= xs.apply(v) - 4 && px <= xs.apply(v) + xs.bandwidth + 4);
      if (index < 0) return;
      set(d, index, Math.round(ys.invert(py) * 1000) / 1000, true);
    };
    d.chart.root.addEventListener('pointerdown', (e) => {
      dragging = true;
      d.chart.root.setPointerCapture(e.pointerId);
      at(e);
    });
    d.chart.root.addEventListener('pointermove', (e) => dragging && at(e));
    const stop = (): void => {
      dragging = false;
    };
    d.chart.root.addEventListener('pointerup', stop);
    d.chart.root.addEventListener('pointercancel', stop);
    d.chart.root.classList.add('draggable');
  }

  function update(): void {
    draw(P);
    draw(Q);
    const out = information(P.probs, Q.probs, unit);
    const data: InformationViewData = { p: [...P.probs], q: [...Q.probs], unit, result: out.ok ? out.value : null };
    (root as HTMLElement & { plotData?: InformationViewData }).plotData = data;
    message.textContent = out.ok ? '' : out.error;
    list.replaceChildren(
      ...QUANTITIES.flatMap((q) => [
        h('dt', { title: q.about }, mathElement(q.tex, false)),
        h(
          'dd',
          { 'data-testid': `info-${q.key}`, 'data-value': out.ok ? out.value[q.key] : '' },
          out.ok ? `${fmt(out.value[q.key])} ${unit}` : '—',
        ),
      ]),
    );
    identity.textContent = out.ok
      ? `H(P,Q) = H(P) + D_KL(P‖Q): ${fmt(out.value.hPQ)} = ${fmt(out.value.hP)} + ${fmt(out.value.klPQ)}. D_KL is not symmetric: ${fmt(out.value.klPQ)} vs ${fmt(out.value.klQP)}.`
      : '';
  }

  function resize(n: number): void {
    for (const d of [P, Q]) {
      const old = d.probs;
      d.probs = Array.from({ length: n }, (_, i) => (i < old.length ? old[i]! : 1 / n));
      const sum = d.probs.reduce((a, b) => a + b, 0);
      d.probs = d.probs.map((p) => (sum > 0 ? p / sum : 1 / n));
      buildSliders(d);
    }
    update();
  }

  const unitName = uid('unit');
  const units = h(
    'fieldset',
    { class: 'units' },
    h('legend', { text: 'Units' }),
    ...(['bits', 'nats'] as const).map((u) => {
      const id = uid('unit');
      const radio = h('input', {
        id,
        type: 'radio',
        name: unitName,
        value: u,
        checked: u === unit,
        'data-testid': `unit-${u}`,
      });
      radio.addEventListener('change', () => {
        if (radio.checked) {
          unit = u;
          update();
        }
      });
      return h(
        'span',
        { class: 'radio' },
        radio,
        h('label', { for: id, text: u === 'bits' ? 'bits (log₂)' : 'nats (ln)' }),
      );
    }),
  );
  const countId = uid('outcomes');
  const count = h('select', { id: countId, 'data-testid': 'outcomes' });
  for (let n = 2; n <= 8; n++) count.append(h('option', { value: n, text: String(n), selected: n === 3 }));
  count.addEventListener('change', () => resize(Number(count.value)));

  for (const d of [P, Q]) {
    buildSliders(d);
    enableDrag(d);
  }
  const distributionPanel = (d: Distribution): HTMLElement =>
    h(
      'div',
      { class: 'panel distribution' },
      h('h3', { text: `${d.name} — drag a bar, or use the sliders` }),
      d.chart.root,
      h('div', { class: 'slider-group', role: 'group', 'aria-label': `${d.name} as sliders` }, d.sliders),
    );
  root.append(
    distributionPanel(P),
    distributionPanel(Q),
    h(
      'div',
      { class: 'panel results' },
      h(
        'div',
        { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: countId, class: 'field-label', text: 'outcomes' }), count),
        units,
      ),
      h('h3', { text: 'Information (tg.info)' }),
      list,
      identity,
      message,
    ),
  );
  queueMicrotask(update);
  return root;
}
