// "Paste your TCN": reads what people paste (a keras-tcn TCN(...) call in Python, a Keras model's
// JSON, or a TCN layer's get_config()) into settings for the playground, and says what it did
// not use and why. It reads, never runs: no eval, no Function, no import; see ./pythonLiteral.
import type { TcnKey } from '../engine/config';
import { t } from '../i18n/core';
import type { Notice } from './playgroundConfig';
import { fromDocument } from './pastedKerasJson';
import {
  ArgReader,
  SHAPE_ARGS,
  TCN_POSITIONAL_ARGS,
  TCN_SETTINGS,
  WRAPPERS,
  clip,
  display,
  done,
  fail,
  firstExpr,
  howTo,
  isDict,
} from './pastedTcnArgs';
import {
  PyExpr,
  literalAssignments,
  readValue,
  type Assignment,
  type PyValue,
} from './pythonLiteral';
import { sourceOf, splitTopLevel, tokenizePython, type PythonSource } from './pythonTokens';

export { TCN_POSITIONAL_ARGS } from './pastedTcnArgs';

export interface PastedTcn {
  /** What the text was read as. */
  form: 'python' | 'keras-json' | 'config-dict';
  /**
   * Settings to lay over the current ones: TCN arguments by keras-tcn name, and the task's seq_len
   * and input_dim when the input shape gives them. Values as read (numbers, booleans, strings,
   * number lists). An argument the text does not give is absent (keras-tcn's default applies
   * when it is read by parseTcnConfig).
   */
  settings: {
    tcn: Partial<Record<TcnKey, unknown>>;
    task: { seq_len?: number; input_dim?: number };
  };
  /** Every argument not understood or not used, with the reason and what is used instead. */
  notices: Notice[];
}

export type PastedTcnResult = { ok: true; result: PastedTcn } | { ok: false; message: string };

export const MAX_PASTE_LENGTH = 200_000;
/** The most values variables may stand for in one paste (see resolver). */
const RESOLVE_BUDGET = 100_000;

/** Reads pasted text as a TCN. Never throws, never evaluates; linear in the text's length. */
export function parsePastedTcn(text: string): PastedTcnResult {
  try {
    if (typeof text !== 'string')
      return fail(t('messages.paste.nothingToRead', { howTo: howTo() }));
    if (text.length > MAX_PASTE_LENGTH)
      return fail(t('messages.paste.tooLong', { length: text.length, max: MAX_PASTE_LENGTH }));
    if (text.trim() === '') return fail(t('messages.paste.nothingPasted', { howTo: howTo() }));
    const trimmed = text.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      let doc: unknown;
      try {
        doc = JSON.parse(trimmed);
      } catch {
        doc = undefined;
      }
      if (doc !== undefined) return fromDocument(doc, 'JSON');
    }
    return fromPython(stripPrompts(text));
  } catch (error) {
    // Not expected: every path above is written not to throw. A message beats a broken page.
    const message: unknown = (error as Error)?.message ?? null;
    return fail(
      message === null
        ? t('messages.paste.unreadableUnknown', { howTo: howTo() })
        : t('messages.paste.unreadable', { error: message, howTo: howTo() }),
    );
  }
}

/** The key of a notice about an argument given by position (1-based). */
const argument = (position: number) => t('messages.paste.argument', { position });

/** "a and b", "a and b and c": the names or places one notice lists. */
const both = (items: string[]) =>
  items.reduce((list, item) => t('messages.paste.and', { list, item }));

/** Drops the `>>> ` and `... ` prompts of a copied Python session (keeping the lines). */
function stripPrompts(text: string): string {
  if (!/^>>> /m.test(text)) return text;
  return text.replace(/^(?:>>>|\.\.\.)(?: |$)/gm, '');
}

/** Where the `NAME(` calls are: the index of each `(` (not `def NAME(` or `class NAME(`). */
function calls(src: PythonSource, names: ReadonlySet<string>): number[] {
  const out: number[] = [];
  const { tokens } = src;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (
      t.kind !== 'name' ||
      !names.has(t.text) ||
      tokens[k + 1].text !== '(' ||
      tokens[k + 1].kind !== 'op'
    )
      continue;
    const before = tokens[k - 1];
    if (before && before.kind === 'name' && (before.text === 'def' || before.text === 'class'))
      continue;
    out.push(k + 1);
  }
  return out;
}

interface CallArg {
  /** Keyword name; `*` or `**` for unpacking; undefined for a positional argument. */
  name?: string;
  value: PyValue;
  text: string;
}

/**
 * Replaces variables bound once to a literal in the text (`n = 64`) by that literal. `budget`
 * bounds the values built this way over a whole paste (a = (b, b), b = (c, c)… doubles each time).
 */
function resolver(
  assignments: Map<string, Assignment>,
  used: Map<string, Assignment>,
  budget: { left: number },
) {
  const resolve = (v: PyValue, depth: number): PyValue => {
    if (--budget.left < 0) return v;
    if (v instanceof PyExpr) {
      const a = v.name === undefined ? undefined : assignments.get(v.name);
      if (!a || a.count !== 1 || a.value === undefined || depth > 8) return v;
      used.set(v.name as string, a);
      return resolve(a.value, depth + 1);
    }
    if (Array.isArray(v)) return v.map((x) => resolve(x, depth + 1));
    return v;
  };
  return (v: PyValue) => resolve(v, 0);
}

function fromPython(text: string): PastedTcnResult {
  const src = tokenizePython(text);
  const { tokens } = src;
  const found = calls(src, new Set(['TCN']));
  const line = (k: number) => src.lineAt(tokens[k].start);
  if (found.length === 0) return withoutCall(src);
  const open = found[0];
  const close = src.match[open];
  const end = close >= 0 ? tokens[close].end : Infinity;
  const sp = src.stringProblem;
  if (sp && sp.offset < end)
    return fail(
      t('messages.paste.stringNotClosed', { quote: sp.quote, line: src.lineAt(sp.offset) }),
    );
  if (close < 0) {
    const p = src.bracketProblem;
    if (p?.kind === 'mismatch') {
      const values = { expected: p.expected, closer: p.closer, line: src.lineAt(p.offset) };
      return fail(
        p.offset > tokens[open].start
          ? t('messages.paste.callNotClosedBefore', values)
          : t('messages.paste.bracketsBeforeCall', values),
      );
    }
    return fail(t('messages.paste.callNotClosed', { line: line(open) }));
  }

  const reader = new ArgReader(false);
  const assignments = literalAssignments(src);
  const budget = { left: RESOLVE_BUDGET };
  const given = new Map<string, string>();
  let position = 0;
  let sawKeyword = false;
  /** Positional arguments past keras-tcn's last. */
  const extra = { texts: [] as string[], notice: null as Notice | null };
  const take = (key: string, value: PyValue, used: Map<string, Assignment>) => {
    const before = given.get(key);
    if (before !== undefined) {
      reader.notice(key, 'ignored', () =>
        t('messages.paste.givenTwice', { setting: key, first: before }),
      );
      return;
    }
    given.set(key, display(value));
    reader.arg(key, value);
    if (used.size && !firstExpr(value) && (TCN_SETTINGS.has(key) || SHAPE_ARGS.includes(key))) {
      reader.notice(key, 'adjusted', () => {
        const names = [...used.keys()];
        const from = new Set(
          [...used.values()].map((a) =>
            t('messages.paste.lineSource', { line: a.lines[0], source: clip(a.source ?? '') }),
          ),
        );
        return t('messages.paste.variablesRead', {
          count: names.length,
          names: both(names),
          from: both([...from]),
        });
      });
    }
  };
  const positional = (value: PyValue, used: Map<string, Assignment>, text: string) => {
    const p = position++;
    if (sawKeyword)
      reader.notice(
        () => argument(p + 1),
        'ignored',
        () => t('messages.paste.positionalAfterKeyword', { text: clip(text) }),
      );
    else if (p >= TCN_POSITIONAL_ARGS.length) {
      if (extra.texts.length === 0)
        extra.notice = reader.notice(
          () => argument(p + 1),
          'ignored',
          () => '',
        );
      extra.texts.push(text);
    } else take(TCN_POSITIONAL_ARGS[p], value, used);
  };
  for (const [a, b] of close === open + 1 ? [] : splitTopLevel(src, open + 1, close).items) {
    const used = new Map<string, Assignment>();
    const arg = readArg(src, a, b, resolver(assignments, used, budget));
    if (arg.name === '*' || arg.name === '**') {
      const expanded = arg.name === '*' ? Array.isArray(arg.value) : isDict(arg.value);
      const expr = firstExpr(arg.value);
      if (!expanded || expr) {
        reader.notice(clip(arg.text), 'ignored', () =>
          t('messages.paste.unpackUnread', { text: clip(arg.text) }),
        );
      } else if (Array.isArray(arg.value))
        arg.value.forEach((v) => positional(v, used, display(v)));
      else {
        sawKeyword = true;
        for (const [k, v] of Object.entries(arg.value as Record<string, PyValue>)) take(k, v, used);
      }
    } else if (arg.name !== undefined) {
      sawKeyword = true;
      take(arg.name, arg.value, used);
    } else if (arg.text === '')
      reader.notice(
        () => argument(position + 1),
        'ignored',
        () => t('messages.paste.emptyArgument'),
      );
    else positional(arg.value, used, arg.text);
  }

  if (extra.notice) {
    const [first] = extra.texts;
    extra.notice.reason = t(
      extra.texts.length === 1
        ? 'messages.paste.extraPositional'
        : 'messages.paste.extraPositionals',
      { max: TCN_POSITIONAL_ARGS.length, text: clip(first), more: extra.texts.length },
    );
  }
  wrappers(src, open - 1, reader);
  if (found.length > 1) {
    const others = found.slice(1).map(line);
    const lines = others.length > 5 ? `${others.slice(0, 5).join(', ')}…` : others.join(', ');
    reader.notice('TCN', 'ignored', () =>
      t('messages.paste.manyCalls', {
        count: others.length,
        total: found.length,
        line: line(open),
        lines,
      }),
    );
  }
  if (!reader.shapeGiven) inferInput(src, open, assignments, reader);
  return done(reader, 'python');
}

function readArg(
  src: PythonSource,
  a: number,
  b: number,
  lookup: (v: PyValue) => PyValue,
): CallArg {
  const { tokens } = src;
  const text = sourceOf(src, a, b);
  const t = tokens[a];
  if (a < b && t.kind === 'op' && (t.text === '*' || t.text === '**'))
    return { name: t.text, value: lookup(readValue(src, a + 1, b)), text };
  if (b - a >= 2 && t.kind === 'name' && tokens[a + 1].kind === 'op' && tokens[a + 1].text === '=')
    return { name: t.text, value: lookup(readValue(src, a + 2, b)), text };
  return { value: lookup(readValue(src, a, b)), text };
}

/** Notices for the wrappers around the call (Bidirectional(TCN(...)), TimeDistributed(...)). */
function wrappers(src: PythonSource, nameIndex: number, reader: ArgReader) {
  const { tokens } = src;
  let k = nameIndex;
  for (let guard = 0; guard < 100; guard++) {
    while (k >= 2 && tokens[k - 1].text === '.' && tokens[k - 2].kind === 'name') k -= 2;
    const p = src.parent[k];
    if (p < 1 || tokens[p].text !== '(' || !WRAPPERS.has(tokens[p - 1].text)) return;
    const w = tokens[p - 1].text;
    reader.notice(w, 'ignored', () =>
      t(w === 'Bidirectional' ? 'messages.paste.bidirectional' : 'messages.paste.timeDistributed', {
        wrapper: w,
      }),
    );
    k = p - 1;
  }
}

/** When the call has no input shape: the Input(shape=(T, C)) of the script, nearest before it. */
function inferInput(
  src: PythonSource,
  open: number,
  assignments: Map<string, Assignment>,
  reader: ArgReader,
) {
  const inputs = calls(src, new Set(['Input', 'InputLayer'])).filter((k) => src.match[k] > k);
  const before = inputs.filter((k) => k < open);
  const chosen = before.length
    ? before[before.length - 1]
    : inputs.find((k) => k > src.match[open]);
  if (chosen === undefined) return;
  const lookup = resolver(assignments, new Map(), { left: RESOLVE_BUDGET });
  const close = src.match[chosen];
  const items = close === chosen + 1 ? [] : splitTopLevel(src, chosen + 1, close).items;
  const from = {
    call: clip(sourceOf(src, chosen - 1, close + 1)),
    line: src.lineAt(src.tokens[chosen].start),
  };
  for (const [i, [a, b]] of items.entries()) {
    const arg = readArg(src, a, b, lookup);
    const key = arg.name ?? (i === 0 ? 'shape' : '');
    if (key === 'shape' || key === 'input_shape') reader.shape('Input', arg.value, 2, from);
    else if (key === 'batch_shape' || key === 'batch_input_shape')
      reader.shape('Input', arg.value, 3, from);
  }
}

/** No TCN(...) call: a printed get_config() dict, or nothing the playground can read. */
function withoutCall(src: PythonSource): PastedTcnResult {
  const { tokens } = src;
  if (tokens.length && tokens[0].text === '{' && tokens[0].kind === 'op') {
    const sp = src.stringProblem;
    if (sp)
      return fail(
        t('messages.paste.stringNotClosed', { quote: sp.quote, line: src.lineAt(sp.offset) }),
      );
    if (src.match[0] < 0) return fail(t('messages.paste.dictNotClosed'));
    return fromDocument(readValue(src, 0, src.match[0] + 1, { jsonNames: true }), 'Python dict');
  }
  if (calls(src, new Set(['compiled_tcn'])).length) return fail(t('messages.paste.compiledTcn'));
  return fail(t('messages.paste.noCall', { howTo: howTo() }));
}
