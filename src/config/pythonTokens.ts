// Splits Python source into tokens and pairs its brackets, for reading pasted code as text: see
// ./pythonLiteral for the values. Linear in the text, and never throws on any input.
export type TokenKind = 'name' | 'number' | 'string' | 'op';

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  start: number;
  end: number;
  /** The first token of a logical line (a new statement): brackets and `\` continue lines. */
  lineStart: boolean;
  /** number: its value; string: the decoded text. null: a complex number, bytes or f-string. */
  value?: number | string | null;
}

/** A bracket that does not pair up: a closer of the wrong kind, or openers left at the end. */
export type BracketProblem =
  | { kind: 'mismatch'; closer: string; expected: string; offset: number; openerOffset: number }
  | { kind: 'unclosed'; opener: string; offset: number };

export interface PythonSource {
  text: string;
  tokens: Token[];
  /** For each bracket token, the index of its partner; -1 for other tokens and unpaired ones. */
  match: Int32Array;
  /** For each token, the index of the innermost open bracket around it, or -1. */
  parent: Int32Array;
  /** The first bracket problem; brackets after a mismatch are left unpaired. */
  bracketProblem: BracketProblem | null;
  /** The first string that is not closed, by the offset of its opening quote. */
  stringProblem: { offset: number; quote: string } | null;
  /** The 1-based line of an offset. */
  lineAt(offset: number): number;
}

const OPENERS = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
]);
const CLOSERS = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
]);
const OPS3 = ['**=', '//=', '>>=', '<<=', '...'];
const OPS2 = ['**', '//', '==', '!=', '<=', '>=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&='];
const OPS2_MORE = ['|=', '^=', '@=', '<<', '>>'];
/** The first characters of the operators above. */
const OP_STARTS = '*/><.=!-:+%&|^@';
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_PART = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]/u;
const NUMBER =
  /0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?/y;
const ESCAPE =
  /\\(?:x([\da-fA-F]{2})|u([\da-fA-F]{4})|U([\da-fA-F]{8})|([0-7]{1,3})|(N\{[^}]*\})|\r\n|([\s\S]))/g;
const SIMPLE_ESCAPES = new Map(
  Object.entries({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' }),
);
for (const c of ['\\', "'", '"']) SIMPLE_ESCAPES.set(c, c);
SIMPLE_ESCAPES.set('\n', ''); // \ + newline continues the string on the next line

const isNameStart = (c: string) =>
  (c >= 'a' && c <= 'z') ||
  (c >= 'A' && c <= 'Z') ||
  c === '_' ||
  (c > '\x7f' && NAME_START.test(c));
const isNamePart = (c: string) =>
  isNameStart(c) || (c >= '0' && c <= '9') || (c > '\x7f' && NAME_PART.test(c));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function decodeEscapes(body: string): string {
  return body.replace(ESCAPE, (whole, hex, u4, u8, octal, named, simple) => {
    const code = hex ?? u4 ?? u8;
    if (code !== undefined) {
      const cp = parseInt(code, 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    if (octal !== undefined) return String.fromCharCode(parseInt(octal, 8));
    if (named !== undefined) return whole;
    if (simple === undefined) return ''; // \ + CRLF continues the string on the next line
    return SIMPLE_ESCAPES.get(simple) ?? whole;
  });
}

function numberValue(text: string): number | null {
  if (!/[_jJxXoObB]/.test(text)) return Number(text); // the usual: 64, 0.05, 1e-3
  const t = text.replace(/_/g, '');
  if (/[jJ]$/.test(t)) return null;
  const base = /^0[xX]/.test(t) ? 16 : /^0[oO]/.test(t) ? 8 : /^0[bB]/.test(t) ? 2 : 10;
  const value = base === 10 ? Number(t) : parseInt(t.slice(2), base);
  return Number.isNaN(value) ? null : value;
}

/** Splits Python source into tokens and pairs its brackets. Never throws. */
export function tokenizePython(text: string): PythonSource {
  const tokens: Token[] = [];
  let stringProblem: PythonSource['stringProblem'] = null;
  let depth = 0;
  let newLine = true;
  let i = 0;
  const n = text.length;
  const push = (kind: TokenKind, start: number, end: number, value?: number | string | null) => {
    const t: Token = { kind, text: text.slice(start, end), start, end, lineStart: newLine };
    if (value !== undefined) t.value = value;
    tokens.push(t);
    newLine = false;
  };
  const readString = (start: number, quoteAt: number, prefix: string) => {
    const q = text[quoteAt];
    const triple = text.startsWith(q + q + q, quoteAt);
    let j = quoteAt + (triple ? 3 : 1);
    let closed = false;
    while (j < n) {
      const c = text[j];
      if (c === '\\') j += text[j + 1] === '\r' && text[j + 2] === '\n' ? 3 : 2;
      else if (triple ? text.startsWith(q + q + q, j) : c === q) {
        closed = true;
        break;
      } else if (!triple && (c === '\n' || c === '\r')) break;
      else j++;
    }
    j = Math.min(j, n);
    const bodyStart = quoteAt + (triple ? 3 : 1);
    const end = closed ? j + (triple ? 3 : 1) : j;
    if (!closed && !stringProblem)
      stringProblem = { offset: quoteAt, quote: triple ? q + q + q : q };
    const body = text.slice(bodyStart, j);
    const p = prefix.toLowerCase();
    const plain = !p.includes('b') && !p.includes('f');
    push('string', start, end, plain ? (p.includes('r') ? body : decodeEscapes(body)) : null);
    return end;
  };
  while (i < n) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      if (depth === 0) newLine = true;
      i++;
    } else if (c === '#') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (
      c === '\\' &&
      (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))
    ) {
      i += text[i + 1] === '\n' ? 2 : 3;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++;
    } else if (c === '"' || c === "'") {
      i = readString(i, i, '');
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      const end = m ? i + m[0].length : i + 1;
      push('number', i, end, numberValue(text.slice(i, end)));
      i = end;
    } else if (isNameStart(c)) {
      let j = i + 1;
      while (j < n && isNamePart(text[j])) j++;
      if (
        (text[j] === '"' || text[j] === "'") &&
        STRING_PREFIXES.has(text.slice(i, j).toLowerCase())
      ) {
        i = readString(i, j, text.slice(i, j));
      } else {
        push('name', i, j);
        i = j;
      }
    } else if (c > '\x7f' && /[\s\u200b-\u200d\u2060]/.test(c)) {
      i++; // a no-break or zero-width space copied from a web page, and the like
    } else {
      const op = !OP_STARTS.includes(c)
        ? c
        : (OPS3.find((o) => text.startsWith(o, i)) ??
          OPS2.find((o) => text.startsWith(o, i)) ??
          OPS2_MORE.find((o) => text.startsWith(o, i)) ??
          c);
      push('op', i, i + op.length);
      i += op.length;
      if (OPENERS.has(op)) depth++;
      else if (CLOSERS.has(op)) depth = Math.max(0, depth - 1);
      else if (op === ';') newLine = true;
    }
  }
  const { match, parent, problem } = pairBrackets(tokens);
  let newlineOffsets: number[] | null = null;
  const lineAt = (offset: number) => {
    const newlines = (newlineOffsets ??= []);
    if (newlines.length === 0) {
      for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) newlines.push(k);
      if (newlines.length === 0) newlines.push(Infinity);
    }
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  return { text, tokens, match, parent, bracketProblem: problem, stringProblem, lineAt };
}

function pairBrackets(tokens: Token[]) {
  const match = new Int32Array(tokens.length).fill(-1);
  const parent = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  let problem: BracketProblem | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    parent[k] = stack.length ? stack[stack.length - 1] : -1;
    if (t.kind !== 'op') continue;
    if (OPENERS.has(t.text)) stack.push(k);
    else if (CLOSERS.has(t.text)) {
      if (stack.length === 0) continue; // a stray closer pairs with nothing; the rest still can
      const top = stack[stack.length - 1];
      if (tokens[top].text !== CLOSERS.get(t.text)) {
        const { start: openerOffset, text: opener } = tokens[top];
        const expected = OPENERS.get(opener) ?? '';
        problem = { kind: 'mismatch', closer: t.text, expected, offset: t.start, openerOffset };
        parent.fill(-1, k + 1);
        return { match, parent, problem };
      }
      stack.pop();
      match[top] = k;
      match[k] = top;
      parent[k] = parent[top];
    }
  }
  if (stack.length) {
    const first = tokens[stack[0]];
    problem = { kind: 'unclosed', opener: first.text, offset: first.start };
  }
  return { match, parent, problem };
}

/** The source of tokens [from, to). */
export const sourceOf = (src: PythonSource, from: number, to: number): string =>
  from >= to ? '' : src.text.slice(src.tokens[from].start, src.tokens[to - 1].end);

/**
 * Splits tokens [from, to) at commas outside brackets; a trailing comma adds no item.
 * `comprehension`: a `for` outside brackets, as in [x for x in y].
 */
export function splitTopLevel(
  src: PythonSource,
  from: number,
  to: number,
  separator = ',',
): { items: [number, number][]; trailingComma: boolean; comprehension: boolean } {
  const items: [number, number][] = [];
  let start = from;
  let comprehension = false;
  for (let k = from; k < to; k++) {
    const t = src.tokens[k];
    if (t.kind === 'name' && t.text === 'for') comprehension = true;
    if (t.kind !== 'op') continue;
    if (OPENERS.has(t.text) && src.match[k] > k && src.match[k] < to) k = src.match[k];
    else if (t.text === separator) {
      items.push([start, k]);
      start = k + 1;
    }
  }
  const trailingComma = start === to && items.length > 0;
  if (!trailingComma) items.push([start, to]);
  return { items, trailingComma, comprehension };
}

/** Whether a token is of this kind (and text). */
export const isToken = (t: Token | undefined, kind: TokenKind, text?: string) =>
  t !== undefined && t.kind === kind && (text === undefined || t.text === text);
