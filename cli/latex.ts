/**
 * Renders the specs' LaTeX formulas as one line of readable text for the terminal. Covers what the specs use
 * (fractions, sub/superscripts, cases, common macros); anything unknown is shown with its backslash removed.
 */

const SYMBOLS: Record<string, string> = {
  sigma: 'σ',
  alpha: 'α',
  beta: 'β',
  lambda: 'λ',
  theta: 'θ',
  pi: 'π',
  mu: 'μ',
  epsilon: 'ε',
  varepsilon: 'ε',
  gamma: 'γ',
  delta: 'δ',
  eta: 'η',
  tau: 'τ',
  phi: 'φ',
  Phi: 'Φ',
  infty: '∞',
  cdot: '·',
  times: '×',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  in: '∈',
  sum: 'Σ',
  prod: 'Π',
  partial: '∂',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  max: 'max',
  min: 'min',
  tanh: 'tanh',
  sign: 'sign',
  operatorname: '',
  mathrm: '',
  text: '',
  mathbf: '',
  left: '',
  right: '',
  quad: '  ',
  qquad: '    ',
  ',': ' ',
  ';': ' ',
  '!': '',
  lVert: '‖',
  rVert: '‖',
  Vert: '‖',
  '|': '‖',
  mid: '|',
  to: '→',
  rightarrow: '→',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  ell: 'ℓ',
  nabla: '∇',
  erf: 'erf',
  mathbb: '',
  mathcal: '',
  displaystyle: '',
  tfrac: '',
  dfrac: '',
  Big: '',
  big: '',
  Bigl: '',
  Bigr: '',
  bigl: '',
  bigr: '',
  Bigg: '',
  biggl: '',
  biggr: '',
  ':': ' ',
  ' ': ' ',
  odot: '⊙',
  circ: '∘',
  top: 'ᵀ',
  lbrace: '{',
  rbrace: '}',
  '{': '{',
  '}': '}',
  langle: '⟨',
  rangle: '⟩',
  lfloor: '⌊',
  rfloor: '⌋',
  ceil: '⌈',
  cosh: 'cosh',
  sinh: 'sinh',
  sigmoid: 'σ',
  operatorname_: '',
  hat: '',
  bar: '',
  tilde: '',
  boldsymbol: '',
};

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '+': '⁺',
  n: 'ⁿ',
  i: 'ⁱ',
  T: 'ᵀ',
};

/** Reads one group starting at `i`: `{...}` or a single token; returns [content, next index]. */
function group(s: string, i: number): [string, number] {
  while (s[i] === ' ') i++;
  if (s[i] === '{') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '{') depth++;
      else if (s[j] === '}' && --depth === 0) return [s.slice(i + 1, j), j + 1];
    }
    return [s.slice(i + 1), s.length];
  }
  if (s[i] === '\\') {
    const m = /^\\([a-zA-Z]+|.)/.exec(s.slice(i));
    return [m![0], i + m![0].length];
  }
  return [s[i] ?? '', i + 1];
}

function wrap(text: string): string {
  return /^√?[\w.′']+$/u.test(text) || /^\(.*\)$/.test(text) ? text : `(${text})`;
}

// Placeholders for the braces of a cases block, which render() would otherwise strip as TeX grouping.
const OPEN = '\u0001';
const CLOSE = '\u0002';

export function latexToText(latex: string): string {
  let s = latex;
  // cases: "\begin{cases} a & c \\ b & d \end{cases}" -> "{ a if c; b if d }"
  s = s.replace(/\\begin\{cases\}([\s\S]*?)\\end\{cases\}/g, (_, body: string) => {
    const rows = body
      .split(/\\\\/)
      .map((r) => r.trim())
      .filter(Boolean);
    return (
      OPEN +
      rows
        .map((r) =>
          r
            .split('&')
            .map((c) => c.trim())
            .join(' if ')
            .replace(/ if \\text\{otherwise\}| if otherwise/, ' otherwise'),
        )
        .join('; ') +
      CLOSE
    );
  });
  return render(s).replaceAll(OPEN, '{ ').replaceAll(CLOSE, ' }').replace(/\s+/g, ' ').trim();
}

function render(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '\\') {
      const m = /^\\([a-zA-Z]+|.)/.exec(s.slice(i))!;
      const name = m[1]!;
      i += m[0].length;
      if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
        const [num, a] = group(s, i);
        const [den, b] = group(s, a);
        i = b;
        out += `${wrap(render(num))}/${wrap(render(den))}`;
      } else if (name === 'sqrt') {
        const [arg, a] = group(s, i);
        i = a;
        out += `√${wrap(render(arg))}`;
      } else if (
        name === 'mathrm' ||
        name === 'text' ||
        name === 'operatorname' ||
        name === 'mathbf' ||
        name === 'mathbb' ||
        name === 'mathcal'
      ) {
        const [arg, a] = group(s, i);
        i = a;
        out += render(arg);
      } else {
        out += SYMBOLS[name] ?? name;
      }
    } else if (ch === '^' || ch === '_') {
      const [arg, a] = group(s, i + 1);
      i = a;
      const text = render(arg);
      if (ch === '^' && [...text].every((c) => SUPERSCRIPT[c] !== undefined))
        out += [...text].map((c) => SUPERSCRIPT[c]).join('');
      else out += ch === '^' ? `^${wrap(text)}` : `_${text.length > 1 ? wrap(text) : text}`;
    } else if (ch === '{' || ch === '}') {
      i++;
    } else if (ch === '-') {
      out += '−';
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
