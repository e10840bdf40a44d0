/** Terminal capabilities: colour and Unicode on a TTY, plain ASCII when piped or when NO_COLOR is set. */

export interface Term {
  color: boolean;
  unicode: boolean;
  out: (line?: string) => void;
}

export function detectTerm(stream: NodeJS.WriteStream = process.stdout): Term {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const tty = stream.isTTY === true && process.env.TERM !== 'dumb';
  const force = process.env.FORCE_COLOR;
  const forced = force !== undefined && force !== '' && force !== '0' && force !== 'false';
  return {
    color: (tty || forced) && !noColor,
    unicode: tty || forced,
    out: (line = '') => stream.write(line + '\n'),
  };
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const;

export type StyleName = keyof typeof codes;

export function style(term: Term, name: StyleName, text: string): string {
  if (!term.color) return text;
  const [open, close] = codes[name];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** A section heading: a rule with the title, Unicode or ASCII. */
export function heading(term: Term, index: number, title: string): string {
  const rule = term.unicode ? '━' : '=';
  const text = ` ${index}. ${title} `;
  return (
    '\n' + style(term, 'bold', style(term, 'cyan', rule.repeat(3) + text + rule.repeat(Math.max(3, 72 - text.length))))
  );
}

/** Replaces the few non-ASCII symbols the CLI prints when the terminal is not known to show Unicode. */
export function ascii(term: Term, text: string): string {
  if (term.unicode) return text;
  const table: Record<string, string> = {
    σ: 'sigma',
    '′': "'",
    '’': "'",
    '−': '-',
    '·': '*',
    '≈': '~',
    '≤': '<=',
    '≥': '>=',
    '∞': 'inf',
    '‖': '||',
    '→': '->',
    '←': '<-',
    '√': 'sqrt',
    '∂': 'd',
    Σ: 'sum',
    '∑': 'sum',
    '×': 'x',
    '²': '^2',
    '⁻': '^-',
    ŷ: 'y_hat',
    '✓': 'ok',
    '✗': 'FAIL',
    '…': '...',
    '—': '-',
    '–': '-',
    '₂': '2',
    ₖ: '_k',
    '∈': 'in',
    θ: 'theta',
    '≠': '!=',
    ε: 'eps',
    '⋅': '*',
    α: 'alpha',
    β: 'beta',
    λ: 'lambda',
    π: 'pi',
    '∇': 'grad',
    ⁿ: '^n',
    ᵢ: '_i',
    '₀': '0',
    '¹': '^1',
    ℓ: 'l',
    Φ: 'Phi',
    μ: 'mu',
    γ: 'gamma',
    δ: 'delta',
    η: 'eta',
    τ: 'tau',
    φ: 'phi',
    Π: 'prod',
    '⋯': '...',
    '⁺': '^+',
    ᵀ: '^T',
  };
  return text.replace(/[^\p{ASCII}]/gu, (ch) => table[ch] ?? '?');
}
