/**
 * The explorer in headless Chromium: every view loads, controls move, and what the page plots and prints equals
 * what tensorgrad computes here in Node (and, for the study note's examples, what PyTorch printed: the parity data
 * in test/parity/data/nn.json). Screenshots of every view at desktop and phone width go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tg from '../../src/index.js';
import type { ActivationSpec } from '../../src/index.js';
import { makeRun, type TrainConfig } from '../../web/src/compute/vanishing.js';
import { launch, open, ROOT, screenshot, serve } from './harness.js';

type Options = Record<string, number | boolean | string>;
type Spec = ActivationSpec<Options>;
const SPECS = tg.F.ACTIVATIONS as unknown as readonly Spec[];

interface ParityCase {
  id: string;
  out: { data: number[]; shape: number[] };
  repr?: string;
}
const NN_PARITY = (JSON.parse(readFileSync(join(ROOT, 'test/parity/data/nn.json'), 'utf8')) as { cases: ParityCase[] })
  .cases;
const parity = (id: string): ParityCase => {
  const found = NN_PARITY.find((c) => c.id === id);
  if (!found) throw new Error(`parity case ${id} missing from test/parity/data/nn.json`);
  return found;
};

/** Float32 results computed by the same library in two JS engines: equal up to a last-bit difference in exp/log. */
function expectClose(actual: readonly number[], expected: readonly number[], tolerance = 1e-6): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    if (a !== e)
      expect(Math.abs(a - e), `element ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e)));
  });
}

/** |a - e| <= atol + rtol·|e| elementwise: torch.testing.assert_close's float32 defaults unless given. */
function expectAssertClose(actual: readonly number[], expected: readonly number[], rtol = 1.3e-6, atol = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    if (a !== e) expect(Math.abs(a - e), `element ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(atol + rtol * Math.abs(e));
  });
}

/** PyTorch's printed loss for the note's example, without the tensor(...) around it: "0.2684". */
const printedLoss = (): string => /^tensor\((.*)\)$/.exec(parity('tourValue/ce/float32/0').repr!)![1]!;

const flat = (t: tg.Tensor): number[] => Array.from(t.contiguousData() as ArrayLike<number>);

/** f and f' of `spec` as the library computes them, for the page's grid. */
function libraryCurve(
  spec: Spec,
  lo: number,
  hi: number,
  points: number,
  options: Options,
): { y: number[]; dy: number[] } {
  const x = tg.linspace(lo, hi, points, { requiresGrad: true });
  const vector = (spec.params ?? []).some((p) => p.name === 'dim');
  const y = vector
    ? tg.select(spec.fn(tg.stack([x, tg.zerosLike(x)], 1), { ...options, dim: 1 }), 1, 0)
    : spec.fn(x, options);
  const [dy] = tg.grad(tg.sum(y), x);
  return { y: flat(y.detach()), dy: flat(dy!) };
}

interface Series {
  name: string;
  x: number[];
  y: number[];
  dy: number[];
  options: Options;
}
interface ActivationData {
  lo: number;
  hi: number;
  points: number;
  threshold: number;
  series: Series[];
  saturated: [number, number][];
}

const plotData = <T>(page: Page, testId: string): Promise<T> =>
  page.$eval(`[data-testid="${testId}"]`, (el) => {
    const data = (el as HTMLElement & { plotData?: unknown }).plotData;
    return (typeof data === 'function' ? (data as () => unknown)() : data) as never;
  });

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  ({ url, server } = await serve());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the explorer page', () => {
  it('loads with four tabs that switch views by click and by arrow keys, without console errors', async () => {
    const { page, errors } = await open(browser, url);
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Activations', 'Cross-entropy', 'Information', 'Training']);
    expect(await page.getAttribute('#tab-activations', 'aria-selected')).toBe('true');
    await page.focus('#tab-activations');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-cross-entropy', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#panel-cross-entropy')).toBe(true);
    expect(await page.isVisible('#panel-activations')).toBe(false);
    await page.keyboard.press('End');
    expect(await page.getAttribute('#tab-training', 'aria-selected')).toBe('true');
    await page.click('#tab-information');
    expect(page.url()).toMatch(/#information$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('activations view', () => {
  it('offers every registered activation and plots f and autograd’s f′ with the library’s numbers', async () => {
    const { page, errors } = await open(browser, `${url}#activations`);
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="activation-f"]') as { plotData?: unknown } | null)?.plotData,
    );
    const names = await page.$$eval('[data-testid="activation-select"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(names).toEqual(SPECS.map((s) => s.name));
    const data = await plotData<ActivationData>(page, 'activation-f');
    const first = SPECS[0]!;
    expect(data.series[0]!.name).toBe(first.name);
    const expected = libraryCurve(first, data.lo, data.hi, data.points, data.series[0]!.options);
    expectClose(data.series[0]!.y, expected.y);
    expectClose(data.series[0]!.dy, expected.dy);
    expect(await plotData<ActivationData>(page, 'activation-df')).toEqual(data);
    // The formula and the derivative are the spec's LaTeX, typeset by KaTeX (its MathML keeps the source).
    const tex = await page.$$eval('[data-testid="formula"] annotation, [data-testid="derivative"] annotation', (as) =>
      as.map((a) => a.textContent),
    );
    expect(tex).toEqual([first.formula, first.derivative]);
    expect(await page.locator('[data-testid="activation-f"] svg path').count()).toBeGreaterThan(0);
    await screenshot(page, 'activations-desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plots every registered activation with its formula, equal to the library at the default parameters', async () => {
    const { page, errors } = await open(browser, `${url}#activations`);
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="activation-f"]') as { plotData?: unknown } | null)?.plotData,
    );
    for (const spec of SPECS) {
      await page.selectOption('[data-testid="activation-select"]', spec.name);
      const data = await plotData<ActivationData>(page, 'activation-f');
      expect(data.series[0]!.name, spec.name).toBe(spec.name);
      const expected = libraryCurve(spec, data.lo, data.hi, data.points, data.series[0]!.options);
      expectClose(data.series[0]!.y, expected.y);
      expectClose(data.series[0]!.dy, expected.dy);
      expect(await page.locator('[data-testid="formula"] .katex-error').count(), spec.name).toBe(0);
      expect(await page.locator('[data-testid="derivative"] .katex-error').count(), spec.name).toBe(0);
      expect(await page.textContent('[data-testid="activation-status"]'), spec.name).toBe('');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('re-plots live when a parameter slider moves (leakyRelu’s negativeSlope, by keyboard)', async () => {
    const { page } = await open(browser, `${url}#activations`);
    await page.selectOption('[data-testid="activation-select"]', 'leakyRelu');
    const slope = page.locator('[data-testid="param-negativeSlope"]');
    await slope.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const value = Number(await slope.inputValue());
    expect(value).toBeGreaterThan(0.1);
    const data = await plotData<ActivationData>(page, 'activation-f');
    expect(data.series[0]!.name).toBe('leakyRelu');
    expect(data.series[0]!.options.negativeSlope).toBe(value);
    const spec = SPECS.find((s) => s.name === 'leakyRelu')!;
    const expected = libraryCurve(spec, data.lo, data.hi, data.points, { negativeSlope: value });
    expectClose(data.series[0]!.y, expected.y);
    expectClose(data.series[0]!.dy, expected.dy);
    // f'(x) = negativeSlope left of 0: the slider value is what autograd returns there.
    expect(data.series[0]!.dy[0]).toBeCloseTo(value, 6);
    await screenshot(page, 'activations-leaky-relu-slider');
    await page.context().close();
  });

  it('overlays other activations and marks where |f′| is below the threshold', async () => {
    const { page } = await open(browser, `${url}#activations`);
    await page.selectOption('[data-testid="activation-select"]', 'sigmoid');
    await page.click('.overlays summary');
    await page.check('[data-testid="overlay-tanh"]');
    await page.check('[data-testid="overlay-relu"]');
    await page.fill('[data-testid="threshold"]', '0.05');
    const data = await plotData<ActivationData>(page, 'activation-f');
    expect(data.series.map((s) => s.name)).toEqual(['sigmoid', 'tanh', 'relu']);
    for (const s of data.series) {
      const expected = libraryCurve(
        SPECS.find((x) => x.name === s.name)!,
        data.lo,
        data.hi,
        data.points,
        s.options,
      );
      expectClose(s.y, expected.y);
      expectClose(s.dy, expected.dy);
    }
    // Saturated = |σ'(x)| < 0.05, from the library's derivative: two tails, symmetric about 0.
    const { dy } = libraryCurve(
      SPECS.find((x) => x.name === 'sigmoid')!,
      data.lo,
      data.hi,
      data.points,
      {},
    );
    const flatPoints = data.series[0]!.x.filter((_, i) => Math.abs(dy[i]!) < 0.05);
    expect(data.threshold).toBe(0.05);
    expect(data.saturated.length).toBe(2);
    expect(data.saturated[0]![0]).toBe(data.lo);
    expect(data.saturated[1]![1]).toBe(data.hi);
    expect(flatPoints.every((x) => data.saturated.some(([a, b]) => x >= a && x <= b))).toBe(true);
    expect(await page.textContent('[data-testid="saturation"]')).toContain('saturated');
    await screenshot(page, 'activations-overlay-saturation');
    await page.context().close();
  });

  it('marks empty and non-numeric range fields invalid and never plots NaN', async () => {
    const { page } = await open(browser, `${url}#activations`);
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="activation-f"]') as { plotData?: unknown } | null)?.plotData,
    );
    const before = await plotData<ActivationData>(page, 'activation-f');
    await page.fill('[data-testid="x-min"]', 'abc');
    expect(await page.getAttribute('[data-testid="x-min"]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('[data-testid="activation-status"]')).toMatch(/invalid/);
    await page.fill('[data-testid="x-max"]', '');
    expect(await page.getAttribute('[data-testid="x-max"]', 'aria-invalid')).toBe('true');
    const after = await plotData<ActivationData>(page, 'activation-f');
    expect(after).toEqual(before);
    await screenshot(page, 'activations-invalid-input');
    await page.fill('[data-testid="x-min"]', '-2');
    await page.fill('[data-testid="x-max"]', '3');
    const fixed = await plotData<ActivationData>(page, 'activation-f');
    expect([fixed.lo, fixed.hi]).toEqual([-2, 3]);
    expect(fixed.series[0]!.x[0]).toBe(-2);
    expect(fixed.series.every((s) => [...s.y, ...s.dy].every(Number.isFinite))).toBe(true);
    await page.context().close();
  });
});

describe('cross-entropy view', () => {
  it('preloads the study note’s example and shows PyTorch’s loss 0.2684 and gradient', async () => {
    const { page, errors } = await open(browser, `${url}#cross-entropy`);
    await page.waitForSelector('[data-testid="prob-0-0"]');
    const loss = parity('tourValue/ce/float32/0');
    expect(loss.repr).toBe('tensor(0.2684)');
    expect(await page.textContent('[data-testid="ce-repr"]')).toBe(loss.repr);
    expect(await page.textContent('[data-testid="ce-loss"]')).toBe(printedLoss());
    const grad = await page.$$eval('[data-testid="grad-table"] td', (tds) =>
      tds.map((td) => Number(td.getAttribute('data-value'))),
    );
    expectClose(grad, parity('tourValue/ce.grad/float32/0').out.data);
    const probs = await page.$$eval('[data-testid="probs-table"] td', (tds) =>
      tds.map((td) => Number(td.getAttribute('data-value'))),
    );
    expectClose(
      probs,
      flat(
        tg.softmax(
          tg.tensor([
            [2, 3, 1],
            [3, 7, 9],
          ]),
          1,
        ),
      ),
    );
    await screenshot(page, 'cross-entropy-desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows the label smoothing slider and class weights with F.crossEntropy’s numbers', async () => {
    const { page } = await open(browser, `${url}#cross-entropy`);
    await page.waitForSelector('[data-testid="prob-0-0"]');
    const smoothing = page.locator('[data-testid="label-smoothing"]');
    await smoothing.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const epsilon = Number(await smoothing.inputValue());
    expect(epsilon).toBeCloseTo(0.1, 10);
    await page.check('[data-testid="use-weights"]');
    await page.fill('[data-testid="weight-2"]', '2.5');
    await page.fill('[data-testid="logit-0-1"]', '-1.5');
    const logits = tg.tensor(
      [
        [2, -1.5, 1],
        [3, 7, 9],
      ],
      { requiresGrad: true },
    );
    const target = tg.tensor([1, 2], { dtype: 'int64' });
    const expected = tg.F.crossEntropy(logits, target, { labelSmoothing: epsilon, weight: tg.tensor([1, 1, 2.5]) });
    const [expectedGrad] = tg.grad(expected, logits);
    expect(await page.textContent('[data-testid="ce-loss"]')).toBe(expected.item().toFixed(4));
    expect(await page.textContent('[data-testid="ce-repr"]')).toBe(String(expected.detach()));
    const grad = await page.$$eval('[data-testid="grad-table"] td', (tds) =>
      tds.map((td) => Number(td.getAttribute('data-value'))),
    );
    expectClose(grad, flat(expectedGrad!));
    await screenshot(page, 'cross-entropy-smoothing-weights');
    await page.context().close();
  });

  it('shows the library’s message next to an out-of-range target and marks bad logits invalid', async () => {
    const { page } = await open(browser, `${url}#cross-entropy`);
    await page.waitForSelector('[data-testid="prob-0-0"]');
    await page.fill('[data-testid="target-1"]', '5');
    let message = '';
    try {
      tg.F.crossEntropy(
        tg.tensor([
          [2, 3, 1],
          [3, 7, 9],
        ]),
        tg.tensor([1, 5], { dtype: 'int64' }),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(await page.getAttribute('[data-testid="target-1"]', 'aria-invalid')).toBe('true');
    const describedBy = await page.getAttribute('[data-testid="target-1"]', 'aria-describedby');
    expect(await page.textContent(`#${describedBy}`)).toBe(message);
    expect(await page.textContent('[data-testid="ce-loss"]')).toBe('—');
    await screenshot(page, 'cross-entropy-target-out-of-range');
    await page.fill('[data-testid="target-1"]', '2');
    expect(await page.textContent('[data-testid="ce-loss"]')).toBe(printedLoss()); // the note's example again
    await page.fill('[data-testid="logit-1-1"]', 'seven');
    expect(await page.getAttribute('[data-testid="logit-1-1"]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('[data-testid="ce-loss"]')).toBe('—');
    const cells = await page.$$eval('[data-testid="grad-table"] td', (tds) => tds.map((td) => td.textContent));
    expect(cells.some((c) => c?.includes('NaN') || c?.includes('nan'))).toBe(false);
    await page.context().close();
  });
});

describe('information view', () => {
  interface InfoData {
    p: number[];
    q: number[];
    unit: 'bits' | 'nats';
    result: { hP: number; hQ: number; hPQ: number; klPQ: number; klQP: number } | null;
  }
  const library = (p: number[], q: number[], base: number): number[] => {
    const P = tg.tensor(p);
    const Q = tg.tensor(q);
    return [
      tg.info.entropy(P, { base }).item(),
      tg.info.entropy(Q, { base }).item(),
      tg.info.crossEntropy(P, Q, { base }).item(),
      tg.info.klDivergence(P, Q, { base }).item(),
      tg.info.klDivergence(Q, P, { base }).item(),
    ];
  };
  const shown = async (page: Page): Promise<number[]> =>
    Promise.all(
      ['hP', 'hQ', 'hPQ', 'klPQ', 'klQP'].map(async (k) =>
        Number(await page.getAttribute(`[data-testid="info-${k}"]`, 'data-value')),
      ),
    );
  const viewData = (page: Page): Promise<InfoData> =>
    page.$eval(
      '[data-testid="information-view"]',
      (el) => (el as HTMLElement & { plotData: unknown }).plotData as never,
    );

  it('preloads the study note’s P and Q and shows PyTorch’s values in bits', async () => {
    const { page, errors } = await open(browser, `${url}#information`);
    await page.waitForSelector('[data-testid="info-hP"][data-value]');
    const data = await viewData(page);
    expect(data.p).toEqual([0.8, 0.1, 0.1]);
    expect(data.q).toEqual([0.5, 0.25, 0.25]);
    const values = await shown(page);
    expectClose(values, library(data.p, data.q, 2));
    const torch = ['entropy.p', 'entropy.q', 'crossentropy.pq', 'kl.pq', 'kl.qp'].map(
      (n) => parity(`tourValue/${n}/float32/0`).out.data[0]!,
    );
    // Against PyTorch: assert_close's float32 defaults (measured: at most 9e-8 apart).
    expectAssertClose(values, torch);
    expect(await page.textContent('[data-testid="info-hP"]')).toContain('bits');
    await screenshot(page, 'information-desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows a slider, a dragged bar and the nats switch with tg.info’s numbers', async () => {
    const { page } = await open(browser, `${url}#information`);
    await page.waitForSelector('[data-testid="info-hP"][data-value]');
    const p0 = page.locator('[data-testid="P-0"]');
    await p0.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    let data = await viewData(page);
    expect(data.p[0]).toBeCloseTo(0.5, 10);
    expect(data.p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expectClose(await shown(page), library(data.p, data.q, 2));

    // Drag Q's first bar up to about 0.9 on the chart.
    const chart = page.locator('[data-testid="info-q"] svg').first();
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const bar = page.locator('[data-testid="info-q"] svg rect').first();
    const barBox = (await bar.boundingBox())!;
    await page.mouse.move(barBox.x + barBox.width / 2, barBox.y + barBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(barBox.x + barBox.width / 2, box.y + box.height * 0.25, { steps: 5 });
    await page.mouse.up();
    data = await viewData(page);
    expect(data.q[0]).toBeGreaterThan(0.6);
    expect(data.q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expectClose(await shown(page), library(data.p, data.q, 2));
    await screenshot(page, 'information-dragged');

    await page.check('[data-testid="unit-nats"]');
    data = await viewData(page);
    expect(data.unit).toBe('nats');
    expectClose(await shown(page), library(data.p, data.q, Math.E));
    expect(await page.textContent('[data-testid="info-hP"]')).toContain('nats');
    await page.context().close();
  });
});

describe('training view', () => {
  interface Report {
    activation: 'sigmoid' | 'relu';
    step: number;
    loss: number;
    gradNorms: number[];
    accuracy: number;
  }
  interface TrainingData {
    config: TrainConfig;
    reports: Record<'sigmoid' | 'relu', Report[]>;
    done: boolean;
  }

  it('trains sigmoid and ReLU in a Web Worker with the library’s losses and per-layer gradient norms', async () => {
    const { page, errors } = await open(browser, `${url}#training`);
    await page.fill('[data-testid="train-steps"]', '6');
    await page.click('[data-testid="train-start"]');
    await page.waitForSelector('[data-testid="training-view"][data-state="done"]', { timeout: 60_000 });
    const data = await plotData<TrainingData>(page, 'training-view');
    expect(data.done).toBe(true);
    expect(data.config.steps).toBe(6);
    for (const activation of ['sigmoid', 'relu'] as const) {
      const run = makeRun(data.config, activation);
      const reports = data.reports[activation];
      expect(reports.map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const r of reports) {
        const expected = run.step();
        // Relative only (was 1e-4·max(1, |e|), which let the small input-layer gradient norms be anything):
        // float32's rtol. Measured: the worker's numbers equal Node's bit for bit.
        expectAssertClose(
          [r.loss, r.accuracy, ...r.gradNorms],
          [expected.loss, expected.accuracy, ...expected.gradNorms],
          1.3e-6,
          0,
        );
      }
    }
    // The point of the experiment: sigmoid's gradient at the input layer is far smaller than at the output layer.
    const ratio = (r: Report): number => r.gradNorms[0]! / r.gradNorms[r.gradNorms.length - 1]!;
    expect(ratio(data.reports.sigmoid[0]!)).toBeLessThan(ratio(data.reports.relu[0]!) / 10);
    expect(await page.locator('[data-testid="train-loss"] svg path').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="train-status"]')).toContain('step 6/6');
    await screenshot(page, 'training-desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility', () => {
  it('labels every control in every view and names every chart', async () => {
    const { page } = await open(browser, url);
    for (const view of ['activations', 'cross-entropy', 'information', 'training']) {
      await page.click(`#tab-${view}`);
      await page.waitForSelector(`#panel-${view} .panel`);
      if (view === 'cross-entropy') await page.check('[data-testid="use-weights"]');
      const unlabelled = await page.$$eval(
        `#panel-${view} input, #panel-${view} select, #panel-${view} button`,
        (els) =>
          els
            .filter((el) => {
              const labels = (el as HTMLInputElement).labels;
              return !(labels && labels.length > 0) && !el.getAttribute('aria-label') && !el.textContent?.trim();
            })
            .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(unlabelled, view).toEqual([]);
      const unnamedCharts = await page.$$eval(
        `#panel-${view} figure.chart > svg, #panel-${view} figure.chart > figure > svg`,
        (svgs) => svgs.filter((svg) => !svg.getAttribute('aria-label')).length,
      );
      expect(unnamedCharts, view).toBe(0);
    }
    await page.context().close();
  });
});

describe('phone width', () => {
  for (const view of ['activations', 'cross-entropy', 'information', 'training']) {
    it(`${view} fits a 390px-wide screen without sideways scrolling`, async () => {
      const { page, errors } = await open(browser, `${url}#${view}`, 390, 844);
      if (view === 'training') {
        await page.fill('[data-testid="train-steps"]', '20');
        await page.click('[data-testid="train-start"]');
        await page.waitForSelector('[data-testid="training-view"][data-state="done"]', { timeout: 60_000 });
      }
      // The view must have drawn its charts before its width is measured (a timeout here used to be swallowed,
      // so the width of a view that never rendered would pass; the training view draws only once it has run).
      await page.waitForFunction(() => document.querySelector('[role="tabpanel"]:not([hidden]) svg'), undefined, {
        timeout: 10_000,
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `${view}-phone`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
