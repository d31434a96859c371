// Python literals for the generated keras-tcn script (./kerasScript): booleans, strings, floats,
// lists, and JSON that can sit inside a raw triple-quoted string.

export const pyBool = (b: boolean) => (b ? 'True' : 'False');

/** A single-quoted Python string. */
export const pyStr = (s: string) =>
  `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;

/** A Python float literal: 1 → 1.0, 0.005 → 0.005, 1e-7 → 1e-7. */
export const pyFloat = (x: number) =>
  Number.isInteger(x) && Math.abs(x) < 1e15 ? x.toFixed(1) : String(x);

export const pyInts = (xs: number[]) => `[${xs.join(', ')}]`;

/**
 * The shortest decimal that reads back as the same float32: 0.10000000149011612 → 0.1. The
 * weights are float32 in both frameworks, so a file need not carry a double's 17 digits.
 */
export function float32Number(x: number): number {
  const f = Math.fround(x);
  if (!Number.isFinite(f) || f === 0) return f;
  // Six digits and fewer come out of toPrecision(6) too (Number drops the trailing zeros).
  for (let digits = 6; digits < 9; digits++) {
    const shorter = Number(f.toPrecision(digits));
    if (Math.fround(shorter) === f) return shorter;
  }
  return Number(f.toPrecision(9));
}

export const float32Numbers = (xs: ArrayLike<number>): number[] => Array.from(xs, float32Number);

/**
 * JSON text that can stand inside a Python raw triple-quoted string r'''…''' and be read by
 * json.loads: every quote mark and non-ASCII character is written as a \u escape (JSON itself
 * escapes backslashes and line breaks).
 */
export function jsonForPython(value: unknown): string {
  return JSON.stringify(value).replace(
    /['\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
