// How one cell of a user's table is read: missing, a number, or a date. Kept apart from the
// parser so the rules are stated once and tested on their own.

/** Spellings of "no value" that spreadsheets and pandas write (compared case-insensitively). */
const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none']);

export function isMissing(cell: string): boolean {
  return MISSING.has(cell.toLowerCase());
}

// Plain decimals and exponents only: Number() would also take '0x1f', 'Infinity' and ' ', which
// in a data file are far more likely mistakes than values.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?(\d+,?\d*|,\d+)(e[+-]?\d+)?$/i;

/**
 * The number a cell holds, or null. `decimalComma` also reads '1,5' as 1.5: semicolon-separated
 * files are what spreadsheets write in locales whose decimal mark is the comma.
 */
export function parseNumber(cell: string, decimalComma = false): number | null {
  if (NUMBER.test(cell)) return Number(cell);
  if (decimalComma && DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
  return null;
}

/** Column names that mean "the time axis" (lower case, letters only: 'Date_Time' → 'datetime'). */
const DATE_NAMES = new Set([
  'date',
  'time',
  'timestamp',
  'datetime',
  'day',
  'week',
  'month',
  'year',
  'period',
  'ds',
]);

export function isDateName(name: string): boolean {
  return DATE_NAMES.has(name.toLowerCase().replace(/[^a-z]/g, ''));
}

// ISO-like dates: YYYY-MM, YYYY-MM-DD, optionally a time (T or space) and a zone; '/' also
// allowed as the separator since spreadsheets export 2020/01/31.
const DATE =
  /^(\d{4})([-/])(\d{1,2})(\2(\d{1,2})([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;

export function isDateValue(cell: string): boolean {
  const m = DATE.exec(cell);
  if (!m) return false;
  const month = Number(m[3]);
  const day = m[5] === undefined ? 1 : Number(m[5]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A cell quoted for a message, cut short so one absurd value cannot flood the page. */
export function quote(cell: string): string {
  return `'${cell.length > 40 ? `${cell.slice(0, 37)}...` : cell}'`;
}
