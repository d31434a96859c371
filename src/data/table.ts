// Reading a user's CSV/TSV into typed columns, or into a list of problems that say which line
// and column to fix. Plain TypeScript: no React, no TensorFlow.js.
import Papa from 'papaparse';
import { t } from '../i18n/core';
import { isDateName, isDateValue, isMissing, parseNumber, quote } from './values';

/** Largest file accepted: 50 MB (50 × 1024 × 1024 bytes); the whole file is held in memory. */
export const MAX_BYTES = 50 * 1024 * 1024;
/** Most data rows accepted (header not counted): 200 000, far beyond what trains in a tab. */
export const MAX_ROWS = 200_000;
/** At most this many problems are listed; a last one counts the rest. */
export const MAX_PROBLEMS = 20;
/** Missing values named in the 'refuse' message before it says "and N more". */
const LISTED_MISSING = 5;
const DELIMITERS = [',', ';', '\t'];
const SNIFF_CHARS = 4096;
/** Share of non-printable characters in the first 4 KB above which a file is taken as binary. */
const BINARY_SHARE = 0.1;

export interface TableProblem {
  /** 1-based line of the file (the header is line 1); 0 when no single line is to blame. */
  line: number;
  column?: string;
  message: string;
  /** Missing values the file could still be read with: by dropping rows or carrying forward. */
  missing?: true;
  /** A problem of the chosen window rather than of the file: the setting to change. */
  setting?: 'horizon' | 'seq_len';
}

export type ColumnKind = 'number' | 'date' | 'text';
export interface Column {
  name: string;
  /** 'number' columns may be inputs; 'date' labels the axis; 'text' is kept but never used. */
  kind: ColumnKind;
  values: Float64Array | string[];
}

export interface Table {
  source: { name: string; bytes: number };
  columns: Column[];
  rows: number;
  /** The first date column: the axis of plots, never an input. */
  dateColumn: string | null;
  /** With missing: 'drop', how many rows were removed. */
  dropped?: number;
  /** With missing: 'carry', how many cells took the value above them. */
  carried?: number;
}

export type MissingPolicy = 'refuse' | 'drop' | 'carry';
export type ParseResult = { table: Table } | { problems: TableProblem[] };

/** The file cut into trimmed cells: header first, each row with its line in the file. */
interface Rows {
  header: string[];
  data: string[][];
  lines: number[];
  decimalComma: boolean;
}

/** A classified column before missing values are dealt with (NaN marks them in numbers). */
interface Draft {
  name: string;
  kind: ColumnKind;
  cells: string[];
  numbers: Float64Array | null;
}

export function parseTable(
  text: string,
  source: { name: string; bytes: number },
  options: { missing?: MissingPolicy } = {},
): ParseResult {
  const early = fileProblem(text, source.bytes);
  if (early) return { problems: [early] };
  const rows = readRows(text);
  if (!('header' in rows)) return { problems: capped(rows) };
  const problems: TableProblem[] = [];
  const drafts = rows.header.map((name, c) => classify(name, c, rows, problems));
  if (problems.length > 0) return { problems: capped(problems) };
  const filled = fillMissing(drafts, rows.lines, options.missing ?? 'refuse');
  if ('problems' in filled) return { problems: capped(filled.problems) };
  const { keep, dropped, carried } = filled;
  if (keep.length < 2) {
    return { problems: [{ line: 0, message: tooFewRows(keep.length, true) }] };
  }
  const columns = drafts.map((d): Column => {
    const values = d.numbers
      ? Float64Array.from(keep, (r) => d.numbers![r])
      : keep.map((r) => d.cells[r]);
    return { name: d.name, kind: d.kind, values };
  });
  const table: Table = {
    source: { name: source.name, bytes: source.bytes },
    columns,
    rows: keep.length,
    dateColumn: columns.find((c) => c.kind === 'date')?.name ?? null,
  };
  if (options.missing === 'drop') table.dropped = dropped;
  if (options.missing === 'carry') table.carried = carried;
  return { table };
}

/** Checks that need no parsing: too large, or not text at all. */
function fileProblem(text: string, bytes: number): TableProblem | null {
  if (bytes > MAX_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return {
      line: 0,
      message: t('runtime.table.tooLarge', { size: mb, limit: MAX_BYTES / 1024 / 1024 }),
    };
  }
  const head = text.slice(0, SNIFF_CHARS);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0)
      odd = head.length; // a NUL never appears in text
    // Control characters other than tab/newline, and U+FFFD: what bytes that are not UTF-8
    // become when the browser decodes them.
    else if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13) ||
      code === 0x7f ||
      code === 0xfffd
    )
      odd++;
  }
  if (head.length > 0 && odd > head.length * BINARY_SHARE) {
    return { line: 0, message: t('runtime.table.binary') };
  }
  return null;
}

const tooFewRows = (n: number, afterDropping = false) =>
  t(afterDropping ? 'runtime.table.tooFewRowsAfterDropping' : 'runtime.table.tooFewRows', {
    count: n,
  });

/** Cuts the text into rows, keeping each row's line number, and checks the table's shape. */
function readRows(text: string): Rows | TableProblem[] {
  const body = text.replace(/^\uFEFF/, '');
  // Guess on non-empty lines only: papaparse counts an empty line as a 1-field row, which can
  // make it miss the delimiter of a short file. Then parse with empty lines kept, to count lines.
  const guess = Papa.parse<string[]>(body, {
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  const delimiter = guess.meta.delimiter || ',';
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const linebreak = parsed.meta.linebreak === '\r' ? '\r' : '\n';
  const rowLines: number[] = [];
  const cells: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  for (const row of parsed.data) {
    rowLines.push(line);
    const trimmed = row.map((f) => f.trim());
    if (trimmed.some((f) => f !== '')) {
      cells.push(trimmed);
      lines.push(line);
    }
    // A quoted field may span lines; the next row starts after all of them.
    line += 1 + row.reduce((n, f) => n + f.split(linebreak).length - 1, 0);
  }
  const problems = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => {
      const line = rowLines[e.row ?? 0] ?? 0;
      const message = t(
        e.code === 'MissingQuotes'
          ? 'runtime.table.quoteNotClosed'
          : 'runtime.table.quoteMalformed',
        { line },
      );
      return { line, message };
    });
  if (problems.length > 0) return problems;
  return shapeProblems(cells, lines, delimiter === ';');
}

function shapeProblems(
  cells: string[][],
  lines: number[],
  decimalComma: boolean,
): Rows | TableProblem[] {
  if (cells.length === 0) return [{ line: 0, message: t('runtime.table.empty') }];
  if (cells.length - 1 > MAX_ROWS) {
    const message = t('runtime.table.tooManyRows', { rows: cells.length - 1, limit: MAX_ROWS });
    return [{ line: 0, message }];
  }
  const [header, ...data] = cells;
  const headerLine = lines[0];
  if (header.every((f) => parseNumber(f, decimalComma) !== null)) {
    const message = t('runtime.table.headerIsNumbers', { line: headerLine });
    return [{ line: headerLine, message }];
  }
  const problems: TableProblem[] = [];
  header.forEach((name, c) => {
    if (name === '') {
      problems.push({
        line: headerLine,
        message: t('runtime.table.emptyHeaderField', { line: headerLine, field: c + 1 }),
      });
    } else if (header.indexOf(name) !== c) {
      problems.push({
        line: headerLine,
        column: name,
        message: t('runtime.table.duplicateColumn', { line: headerLine, name }),
      });
    }
  });
  if (data.length < 2) problems.push({ line: 0, message: tooFewRows(data.length) });
  data.forEach((row, r) => {
    if (row.length === header.length) return;
    const line = lines[r + 1];
    const message = t('runtime.table.fieldCount', {
      line,
      count: row.length,
      header: header.length,
    });
    problems.push({ line, message });
  });
  return problems.length > 0 ? problems : { header, data, lines: lines.slice(1), decimalComma };
}

/**
 * A column's kind: 'date' by its name or when every value is a date; 'number' when most values
 * are numbers (the others are reported, as they are likely typos); otherwise 'text'.
 */
function classify(name: string, c: number, rows: Rows, problems: TableProblem[]): Draft {
  const cells = rows.data.map((row) => row[c]);
  const present = cells.filter((cell) => !isMissing(cell));
  if (isDateName(name) || (present.length > 0 && present.every(isDateValue))) {
    return { name, kind: 'date', cells, numbers: null };
  }
  const numbers = new Float64Array(cells.length);
  let numeric = 0;
  cells.forEach((cell, r) => {
    const value = isMissing(cell) ? NaN : parseNumber(cell, rows.decimalComma);
    numbers[r] = value ?? NaN;
    if (value !== null && !Number.isNaN(value)) numeric++;
  });
  if (numeric * 2 <= present.length) return { name, kind: 'text', cells, numbers: null };
  cells.forEach((cell, r) => {
    if (isMissing(cell) || parseNumber(cell, rows.decimalComma) !== null) return;
    const line = rows.lines[r];
    problems.push({
      line,
      column: name,
      message: t('runtime.table.notNumber', { line, column: name, value: quote(cell) }),
    });
  });
  return { name, kind: 'number', cells, numbers };
}

type Filled = { keep: number[]; dropped: number; carried: number } | { problems: TableProblem[] };

/** Applies the missing-value policy to the number columns; returns the rows to keep. */
function fillMissing(drafts: Draft[], lines: number[], policy: MissingPolicy): Filled {
  const numeric = drafts.filter((d) => d.numbers !== null);
  const rows = lines.length;
  const missing: { row: number; column: string }[] = [];
  for (let r = 0; r < rows; r++) {
    for (const d of numeric)
      if (Number.isNaN(d.numbers![r])) missing.push({ row: r, column: d.name });
  }
  const all = Array.from({ length: rows }, (_, r) => r);
  if (missing.length === 0) return { keep: all, dropped: 0, carried: 0 };
  if (policy === 'drop') {
    const bad = new Set(missing.map((m) => m.row));
    return { keep: all.filter((r) => !bad.has(r)), dropped: bad.size, carried: 0 };
  }
  if (policy === 'carry') {
    const problems = missing
      .filter((m) => m.row === 0)
      .map((m) => ({
        line: lines[0],
        column: m.column,
        message: t('runtime.table.firstMissing', { line: lines[0], column: m.column }),
      }));
    if (problems.length > 0) return { problems };
    for (const d of numeric)
      for (let r = 1; r < rows; r++)
        if (Number.isNaN(d.numbers![r])) d.numbers![r] = d.numbers![r - 1];
    return { keep: all, dropped: 0, carried: missing.length };
  }
  const places = missing
    .slice(0, LISTED_MISSING)
    .map((m) => t('runtime.table.missingAt', { line: lines[m.row], column: m.column }))
    .join(t('runtime.separator'));
  const more = missing.length - LISTED_MISSING;
  const message = t(more > 0 ? 'runtime.table.missingMore' : 'runtime.table.missing', {
    count: missing.length,
    places,
    more,
  });
  return {
    problems: [{ line: lines[missing[0].row], column: missing[0].column, message, missing: true }],
  };
}

/** Keeps a long list readable: the first MAX_PROBLEMS, then one line counting the rest. */
function capped(problems: TableProblem[]): TableProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { line: 0, message: t('runtime.table.moreProblems', { rest }) },
  ];
}
