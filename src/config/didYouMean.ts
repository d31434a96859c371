// "Did you mean": the known name a misspelt key (nb_filter, kernal_size) was meant to be, and the
// notices that suggest it.
import { t } from '../i18n/core';

/** Levenshtein distance (case-insensitive), for "did you mean". */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let row = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const next = [i];
    for (let j = 1; j <= t.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[t.length];
}

/**
 * The known name closest to `name`, if it is a near miss: the same but for case, a letter or two
 * off (nb_filter, kernal_size), a singular for a plural. Short names need a closer match.
 */
export function didYouMean(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === name) continue;
    const d = distance(name, candidate);
    if (d < bestDistance && d <= 2 && d * 3 <= candidate.length) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The sentence `key.plain`, or `key.guess` ("… — did you mean X?") when a known name is a near
 * miss of `name`; `values` fill both.
 */
export const withGuess = (
  key: string,
  values: Record<string, unknown>,
  name: string,
  known: readonly string[],
) => {
  const guess = didYouMean(name, known);
  return guess ? t(`${key}.guess`, { ...values, guess }) : t(`${key}.plain`, values);
};
