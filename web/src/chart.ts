/**
 * A chart slot: renders an Observable Plot figure at the container's width, re-renders on resize, and keeps the
 * plotted data on the element (`el.plotData`) so the end-to-end tests can compare exactly what is drawn with the
 * library's numbers.
 */
import * as Plot from '@observablehq/plot';
import { h } from './dom.js';

export { Plot };

export type PlotBuilder = (width: number) => Plot.PlotOptions;

export interface ChartElement extends HTMLElement {
  plotData?: unknown;
}

export class Chart {
  readonly root: ChartElement;
  private builder: PlotBuilder | null = null;
  private lastWidth = 0;

  constructor(
    testId: string,
    private readonly label: string,
  ) {
    this.root = h('figure', { class: 'chart', 'data-testid': testId });
    new ResizeObserver(() => {
      const width = this.width();
      if (width !== this.lastWidth) this.render();
    }).observe(this.root);
  }

  private width(): number {
    return Math.max(260, Math.floor(this.root.clientWidth));
  }

  /** Draws `builder(width)`; `data` is what the figure shows, exposed for tests as `plotData`. */
  update(builder: PlotBuilder, data: unknown): void {
    this.builder = builder;
    this.root.plotData = data;
    this.render();
  }

  private render(): void {
    if (!this.builder) return;
    this.lastWidth = this.width();
    const options = this.builder(this.lastWidth);
    const figure = Plot.plot({
      ariaLabel: this.label,
      style: { fontSize: '13px', background: 'transparent' },
      ...options,
      width: this.lastWidth,
    });
    this.root.replaceChildren(figure);
  }
}
