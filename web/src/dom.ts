/** Small DOM helpers: element creation and validated number fields. No framework; the page is four forms. */

type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes (`class`, `aria-*`, `data-*`, ...) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key === 'text') el.textContent = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

let nextId = 0;
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

// A plain decimal number: no hex, no "Infinity", no thousands separators, so "1,5" is rejected rather than misread.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a text field: a finite number, or null when empty or not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

export interface NumberFieldOptions {
  label: string;
  value: number;
  /** Whole numbers only (class indices). */
  integer?: boolean;
  /** Inclusive bounds checked by the page (the library checks its own, e.g. targets). */
  min?: number;
  max?: number;
  /** Label visually hidden (for table cells whose column and row say what they are). */
  hideLabel?: boolean;
  testId?: string;
  onChange: (value: number | null) => void;
}

export interface NumberField {
  root: HTMLElement;
  input: HTMLInputElement;
  /** The parsed value, or null while the field is invalid. */
  value: () => number | null;
  /** Shows a message under the field (a library error), or clears it. */
  setError: (message: string | null) => void;
}

/**
 * A text input that accepts numbers only: empty or non-numeric input is marked aria-invalid with a message and
 * reported as null, so no view ever computes with NaN.
 */
export function numberField(options: NumberFieldOptions): NumberField {
  const id = uid('field');
  const errorId = `${id}-error`;
  const input = h('input', {
    id,
    type: 'text',
    inputmode: options.integer ? 'numeric' : 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    value: String(options.value),
    'aria-describedby': errorId,
    'data-testid': options.testId,
  });
  const label = h('label', {
    for: id,
    class: options.hideLabel ? 'visually-hidden' : 'field-label',
    text: options.label,
  });
  const error = h('span', { id: errorId, class: 'field-error', role: 'status', 'aria-live': 'polite' });
  const root = h('div', { class: 'field' }, label, input, error);
  let ownError: string | null = null;
  let libraryError: string | null = null;

  const show = (): void => {
    const message = ownError ?? libraryError;
    error.textContent = message ?? '';
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    root.classList.toggle('invalid', message !== null);
  };
  const parse = (): number | null => {
    const v = parseNumber(input.value);
    ownError = null;
    if (v === null)
      ownError = input.value.trim() === '' ? 'Required: enter a number.' : `"${input.value.trim()}" is not a number.`;
    else if (options.integer && !Number.isInteger(v)) ownError = 'Enter a whole number.';
    else if (options.min !== undefined && v < options.min) ownError = `Must be at least ${options.min}.`;
    else if (options.max !== undefined && v > options.max) ownError = `Must be at most ${options.max}.`;
    return ownError === null ? v : null;
  };
  input.addEventListener('input', () => {
    libraryError = null;
    const v = parse();
    show();
    options.onChange(v);
  });
  show();
  return {
    root,
    input,
    value: () => parse(),
    setError: (message) => {
      libraryError = message;
      show();
    },
  };
}

export interface SliderOptions {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  testId?: string;
  format?: (v: number) => string;
  onInput: (value: number) => void;
}

/** A labelled range input with its current value shown beside it (and announced via aria-valuetext). */
export function slider(options: SliderOptions): { root: HTMLElement; input: HTMLInputElement } {
  const id = uid('slider');
  const format = options.format ?? ((v: number) => String(v));
  const input = h('input', {
    id,
    type: 'range',
    min: options.min,
    max: options.max,
    step: options.step,
    value: options.value,
    'data-testid': options.testId,
  });
  const output = h('output', { for: id, class: 'slider-value', text: format(options.value) });
  input.setAttribute('aria-valuetext', format(options.value));
  input.addEventListener('input', () => {
    const v = Number(input.value);
    output.textContent = format(v);
    input.setAttribute('aria-valuetext', format(v));
    options.onInput(v);
  });
  const root = h(
    'div',
    { class: 'slider' },
    h('label', { for: id, class: 'field-label', text: options.label }),
    input,
    output,
  );
  return { root, input };
}

/** Formats a number for display: 4 decimals like PyTorch's repr, ∞ for infinities. */
export function fmt(v: number, digits = 4): string {
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (Number.isNaN(v)) return 'nan';
  return v.toFixed(digits).replace(/^-(0\.0*)$/, '$1');
}
