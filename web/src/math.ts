/** KaTeX rendering of the specs' LaTeX (the single source of every formula on the page). */
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** Renders `tex` into `el`; a formula KaTeX cannot parse is shown as its source in red instead of throwing. */
export function renderMath(el: HTMLElement, tex: string, display = true): void {
  katex.render(tex, el, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
}

export function mathElement(tex: string, display = true, className = 'math'): HTMLElement {
  const el = document.createElement(display ? 'div' : 'span');
  el.className = className;
  renderMath(el, tex, display);
  return el;
}
