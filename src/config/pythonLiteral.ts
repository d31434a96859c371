// Reads literal values (numbers, strings, True/False/None, lists, tuples, dicts) from tokenized
// Python source. Nothing is ever evaluated: whatever is not a literal comes back as a PyExpr
// holding its source text. Nesting is read to a fixed depth; nothing here throws on any input.
import { currentLanguage, t as translate } from '../i18n/core';
import {
  isToken as is,
  sourceOf,
  splitTopLevel,
  type PythonSource,
  type Token,
} from './pythonTokens';

const OPENERS = new Set(['(', '[', '{']);

/** Something that is not a literal: a variable, a call, an expression. Never evaluated. */
export class PyExpr {
  constructor(
    /** Its source text. */
    readonly text: string,
    /** Why it is not read, e.g. "a variable" (messages.python.why, in the page's language). */
    readonly why: string,
    /** A plain variable name, when it is one. */
    readonly name?: string,
    /** The called name (dotted), when it is a call such as HeNormal(seed=1). */
    readonly callee?: string,
  ) {}
}

/** A value read from Python source. Dicts are objects without a prototype, keyed by String(key). */
export type PyValue = number | string | boolean | null | PyValue[] | PyDict | PyExpr;
export interface PyDict {
  [key: string]: PyValue;
}
/** Literals deeper than this are not read (each level is a bracket). */
export const MAX_DEPTH = 64;
/** The longest list `[B**i for i in range(A, N)]` is read as. */
export const MAX_COMPREHENSION = 64;

/** Why a value is not read: the keys of messages.python.why. */
export type WhyNotRead =
  | 'notLiteral'
  | 'nothing'
  | 'bytes'
  | 'call'
  | 'variable'
  | 'nested'
  | 'comprehension'
  | 'dictKeys'
  | 'tooLong';

const whyTexts = new Map<string, string>();
/**
 * The text of a `why`, looked up once per language: a paste can hold a hundred thousand values
 * that are not literals, and a lookup costs far more than a map read. (`t` names a token here.)
 */
export function why(reason: WhyNotRead): string {
  const id = `${currentLanguage()}:${reason}`;
  let text = whyTexts.get(id);
  if (text === undefined) {
    text = translate(`messages.python.why.${reason}`, {
      depth: MAX_DEPTH,
      max: MAX_COMPREHENSION,
      form: '[B**i for i in range(N)]',
    });
    whyTexts.set(id, text);
  }
  return text;
}

export interface ReadOptions {
  /** Also read JSON's true, false and null (for dicts that are nearly JSON). */
  jsonNames?: boolean;
}

const PYTHON_CONSTANTS = new Map<string, PyValue>([
  ['True', true],
  ['False', false],
  ['None', null],
]);

/** Reads tokens [from, to) as one literal; anything else is a PyExpr. */
export function readValue(
  src: PythonSource,
  from: number,
  to: number,
  options: ReadOptions = {},
): PyValue {
  return readRange(src, from, to, 0, options);
}

function readRange(
  src: PythonSource,
  from: number,
  to: number,
  depth: number,
  o: ReadOptions,
): PyValue {
  if (from >= to) return new PyExpr('', why('nothing'));
  const r = primary(src, from, to, depth, o);
  if (r && r.next === to) return r.value;
  return new PyExpr(sourceOf(src, from, to), why('notLiteral'));
}

function primary(
  src: PythonSource,
  i: number,
  to: number,
  depth: number,
  o: ReadOptions,
): { value: PyValue; next: number } | null {
  const { tokens } = src;
  const t = tokens[i];
  if (t.kind === 'number')
    return t.value === null ? null : { value: t.value as number, next: i + 1 };
  if (is(t, 'op', '-') || is(t, 'op', '+')) {
    const num = i + 1 < to ? tokens[i + 1] : undefined;
    if (!num || num.kind !== 'number' || typeof num.value !== 'number') return null;
    return { value: t.text === '-' ? -num.value : num.value, next: i + 2 };
  }
  if (t.kind === 'string') {
    let j = i;
    let value: string | null = '';
    while (j < to && tokens[j].kind === 'string') {
      const v = tokens[j].value;
      value = typeof v === 'string' && value !== null ? value + v : null;
      j++;
    }
    const text = sourceOf(src, i, j);
    return { value: value ?? new PyExpr(text, why('bytes')), next: j };
  }
  if (t.kind === 'name') {
    const constant = PYTHON_CONSTANTS.get(t.text);
    if (constant !== undefined) return { value: constant, next: i + 1 };
    if (o.jsonNames && (t.text === 'true' || t.text === 'false' || t.text === 'null')) {
      return { value: t.text === 'null' ? null : t.text === 'true', next: i + 1 };
    }
    let j = i;
    while (j + 2 < to && is(tokens[j + 1], 'op', '.') && is(tokens[j + 2], 'name')) j += 2;
    const dotted = sourceOf(src, i, j + 1).replace(/\s+/g, '');
    const close = j + 1 < to && is(tokens[j + 1], 'op', '(') ? src.match[j + 1] : -1;
    if (close > j && close < to) {
      return {
        value: new PyExpr(sourceOf(src, i, close + 1), why('call'), undefined, dotted),
        next: close + 1,
      };
    }
    const simple = j === i ? t.text : undefined;
    return {
      value: new PyExpr(dotted, why(j === i ? 'variable' : 'notLiteral'), simple),
      next: j + 1,
    };
  }
  if (t.kind !== 'op' || !OPENERS.has(t.text)) return null;
  const close = src.match[i];
  if (close <= i || close >= to) return null;
  const next = close + 1;
  if (depth >= MAX_DEPTH) {
    return {
      value: new PyExpr(sourceOf(src, i, next), why('nested')),
      next,
    };
  }
  if (close === i + 1) return { value: t.text === '{' ? Object.create(null) : [], next };
  if (t.text === '[') {
    const listExpr = comprehension(src, i, close);
    if (listExpr) return { value: listExpr, next };
  }
  const { items, trailingComma, comprehension: loop } = splitTopLevel(src, i + 1, close);
  if (loop) {
    return { value: new PyExpr(sourceOf(src, i, next), why('comprehension')), next };
  }
  if (t.text === '{') return { value: readDict(src, items, i, next, depth, o), next };
  if (t.text === '(' && items.length === 1 && !trailingComma) {
    return { value: readRange(src, items[0][0], items[0][1], depth + 1, o), next };
  }
  return { value: items.map(([a, b]) => readRange(src, a, b, depth + 1, o)), next };
}

function readDict(
  src: PythonSource,
  items: [number, number][],
  open: number,
  next: number,
  depth: number,
  o: ReadOptions,
): PyValue {
  const dict: PyDict = Object.create(null);
  for (const [a, b] of items) {
    const parts = splitTopLevel(src, a, b, ':').items;
    const key = parts.length === 2 ? readRange(src, parts[0][0], parts[0][1], depth + 1, o) : null;
    if (typeof key !== 'string' && typeof key !== 'number') {
      return new PyExpr(sourceOf(src, open, next), why('dictKeys'));
    }
    dict[String(key)] = readRange(src, parts[1][0], parts[1][1], depth + 1, o);
  }
  return dict;
}

/**
 * `[B**i for i in range(N)]` and `[B ** i for i in range(A, N)]`, as keras-tcn's examples write
 * dilations, read by their shape (never run): the list B**A … B**(N-1).
 */
function comprehension(src: PythonSource, open: number, close: number): PyValue | null {
  const t = src.tokens;
  const k = open;
  const isInt = (x: Token | undefined): x is Token =>
    is(x, 'number') && typeof x?.value === 'number' && Number.isInteger(x.value);
  if (
    !isInt(t[k + 1]) ||
    !is(t[k + 2], 'op', '**') ||
    !is(t[k + 3], 'name') ||
    !is(t[k + 4], 'name', 'for') ||
    !is(t[k + 5], 'name', t[k + 3].text) ||
    !is(t[k + 6], 'name', 'in') ||
    !is(t[k + 7], 'name', 'range') ||
    !is(t[k + 8], 'op', '(')
  ) {
    return null;
  }
  const rangeClose = src.match[k + 8];
  if (rangeClose + 1 !== close) return null;
  const { items } = splitTopLevel(src, k + 9, rangeClose);
  if (items.length < 1 || items.length > 2 || items.some(([a, b]) => b !== a + 1 || !isInt(t[a]))) {
    return null;
  }
  const bounds = items.map(([a]) => t[a].value as number);
  const [from, to] = bounds.length === 2 ? bounds : [0, bounds[0]];
  const base = t[k + 1].value as number;
  if (to - from > MAX_COMPREHENSION) {
    return new PyExpr(sourceOf(src, open, close + 1), why('tooLong'));
  }
  const out: number[] = [];
  for (let e = from; e < to; e++) out.push(base ** e);
  return out;
}

/** What the text assigns to a plain name, at the start of a statement. */
export interface Assignment {
  /** How many times the name is bound (assignments, loops, parameters, `as`). */
  count: number;
  /** 1-based lines of the bindings. */
  lines: number[];
  /** The value of the one plain `name = literal` binding, when that is all there is. */
  value?: PyValue;
  /** Its source, e.g. "n_filters = 64". */
  source?: string;
}

const AUGMENTED = new Set([
  '+=',
  '-=',
  '*=',
  '/=',
  '//=',
  '%=',
  '**=',
  '&=',
  '|=',
  '^=',
  '>>=',
  '<<=',
  '@=',
  ':=',
]);
const KEYWORDS = new Set([
  'def',
  'class',
  'for',
  'if',
  'elif',
  'while',
  'return',
  'import',
  'from',
  'with',
]);

/**
 * Every name bound in the text and, for a name bound once by `name = literal` (or
 * `a, b = 1, 2`), that literal: so that `TCN(nb_filters=n)` can be read when `n = 64` is pasted.
 * A name bound more than once (or as a loop variable, parameter…) has no value: it depends on
 * running the code.
 */
export function literalAssignments(src: PythonSource): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  const { tokens } = src;
  const bind = (k: number, value?: PyValue, source?: string) => {
    const name = tokens[k].text;
    const a = out.get(name) ?? { count: 0, lines: [] };
    a.count++;
    a.lines.push(src.lineAt(tokens[k].start));
    if (a.count === 1 && value !== undefined) Object.assign(a, { value, source });
    else delete a.value;
    out.set(name, a);
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'name') continue;
    if ((t.text === 'for' || t.text === 'as') && is(tokens[k + 1], 'name')) {
      for (let j = k + 1; is(tokens[j], 'name'); j += 2) {
        bind(j);
        if (!is(tokens[j + 1], 'op', ',')) break;
      }
    } else if (t.text === 'def' && is(tokens[k + 2], 'op', '(') && src.match[k + 2] > k) {
      const close = src.match[k + 2];
      if (is(tokens[k + 1], 'name')) bind(k + 1);
      for (const [a] of splitTopLevel(src, k + 3, close).items) {
        const p = is(tokens[a], 'op', '*') || is(tokens[a], 'op', '**') ? a + 1 : a;
        if (p < close && is(tokens[p], 'name')) bind(p);
      }
    } else if (t.lineStart && !KEYWORDS.has(t.text)) {
      const targets = [k];
      let j = k;
      while (is(tokens[j + 1], 'op', ',') && is(tokens[j + 2], 'name')) targets.push((j += 2));
      const op = tokens[j + 1];
      if (op && op.kind === 'op' && AUGMENTED.has(op.text)) targets.forEach((x) => bind(x));
      if (!is(op, 'op', '=')) continue;
      let end = j + 2;
      while (end < tokens.length && !tokens[end].lineStart) end++;
      if (is(tokens[end - 1], 'op', ';')) end--;
      // Only a first binding can give a value: later ones only count.
      const first = targets.some((x) => !out.has(tokens[x].text));
      const source = first ? sourceOf(src, k, end) : undefined;
      let values: PyValue[] | null = null;
      if (first && splitTopLevel(src, j + 2, end, '=').items.length === 1) {
        const rhs = splitTopLevel(src, j + 2, end);
        if (targets.length === 1) values = [readValue(src, j + 2, end)];
        else if (rhs.items.length === targets.length)
          values = rhs.items.map(([a, b]) => readValue(src, a, b));
        else {
          const whole = readValue(src, j + 2, end);
          if (Array.isArray(whole) && whole.length === targets.length) values = whole;
        }
      }
      targets.forEach((x, n) => bind(x, values ? values[n] : undefined, source));
      k = end - 1;
    }
  }
  return out;
}
