// A made-up "own data" file for tests and demos: a daily series with an obvious season, so a
// forecaster that learns anything beats persistence clearly.
import { seededRandom } from '../tasks/random';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = Date.UTC(2020, 0, 1);

/**
 * CSV text with a header `date,value` and `rows` daily rows from 2020-01-01:
 * value = 10 + 5 sin(2π t / period) + noise · N(0, 1), written with 4 decimals.
 * The same seed gives the same text.
 */
export function seasonalSeries(rows: number, period: number, noise: number, seed: number): string {
  const random = seededRandom(seed);
  const lines = ['date,value'];
  for (let t = 0; t < rows; t++) {
    const date = new Date(START + t * DAY_MS).toISOString().slice(0, 10);
    const value = 10 + 5 * Math.sin((2 * Math.PI * t) / period) + noise * random.normal();
    lines.push(`${date},${value.toFixed(4)}`);
  }
  return `${lines.join('\n')}\n`;
}
