import { describe, expect, it } from 'vitest';
import { seededRandom } from '../tasks/random';
import {
  defaultChoice,
  prepareSeries,
  seriesBatch,
  toOriginalMse,
  toOriginalValue,
  type PreparedSeries,
  type SeriesChoice,
} from './series';
import { parseTable, type Table } from './table';
import { seasonalSeries } from './synthetic';

function table(text: string): Table {
  const result = parseTable(text, { name: 't.csv', bytes: text.length });
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.table;
}

function prepare(t: Table, choice: Partial<SeriesChoice>): PreparedSeries {
  const result = prepareSeries(t, {
    inputs: ['v', 'w'],
    target: 'v',
    horizon: 1,
    seqLen: 2,
    ...choice,
  });
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.series;
}

/**
 * 15 rows: the last floor(15 × 20 %) = 3 are held out, the first 12 train.
 * v trains on 0, 4, 0, 4, … → mean 2, population std 2; held out 5, 7, 4.
 * w trains on a constant 10 → std 0, used as 1; held out 20, 30, 40.
 */
function tiny(heldOutV = [5, 7, 4]): Table {
  const v = [...Array.from({ length: 12 }, (_, i) => (i % 2) * 4), ...heldOutV];
  const w = [...Array(12).fill(10), 20, 30, 40];
  const rows = v.map((_, i) => `2021-01-${String(i + 1).padStart(2, '0')},${v[i]},${w[i]},x`);
  return table(`date,v,w,note\n${rows.join('\n')}\n`);
}

describe('prepareSeries', () => {
  it('splits by time and standardises with training statistics', () => {
    const s = prepare(tiny(), {});
    expect(s.train.rows).toBe(12);
    expect(s.heldOut.rows).toBe(3);
    expect(s.stats).toEqual({ v: { mean: 2, std: 2 }, w: { mean: 10, std: 1 } });
    expect(s.targetStats).toEqual({ mean: 2, std: 2 });
    // Train rows 0–1: v (0 − 2)/2 = −1, (4 − 2)/2 = 1; w (10 − 10)/1 = 0.
    expect(Array.from(s.train.x.subarray(0, 4))).toEqual([-1, 0, 1, 0]);
    // Held out: v (5, 7, 4) → 1.5, 2.5, 1; w (20, 30, 40) → 10, 20, 30.
    expect(Array.from(s.heldOut.x)).toEqual([1.5, 10, 2.5, 20, 1, 30]);
    expect(Array.from(s.heldOut.y)).toEqual([1.5, 2.5, 1]);
    expect(s.dates).toEqual(['2021-01-13', '2021-01-14', '2021-01-15']);
  });

  it('does not let held-out values into the statistics', () => {
    const a = prepare(tiny(), {});
    const b = prepare(tiny([100, -50, 3]), {});
    expect(b.stats).toEqual(a.stats);
    expect(Array.from(b.train.x)).toEqual(Array.from(a.train.x));
    expect(Array.from(b.heldOut.y)).toEqual([49, -26, 0.5]); // (100 − 2)/2, (−50 − 2)/2, (3 − 2)/2
  });

  it('measures persistence on the held-out part in original units', () => {
    // Held out 5, 7, 4 with horizon 1: ((7 − 5)² + (4 − 7)²) / 2 = (4 + 9) / 2 = 6.5.
    expect(prepare(tiny(), {}).persistence).toBe(6.5);
    // 25 rows of v = t²: held out t = 20…24 → 400, 441, 484, 529, 576. Horizon 2:
    // ((484 − 400)² + (529 − 441)² + (576 − 484)²) / 3 = (7056 + 7744 + 8464) / 3 = 7754.6…
    const rows = Array.from({ length: 25 }, (_, t) => `${t * t}`);
    const s = prepare(table(`v\n${rows.join('\n')}\n`), { inputs: ['v'], horizon: 2, seqLen: 2 });
    expect(s.persistence).toBeCloseTo(23264 / 3, 9);
    expect(s.dates).toBeNull();
  });

  it('refuses a series too short for the window and horizon', () => {
    // seqLen 2 + horizon 2 = 4 rows in each part; 20 % of the rows is 4 from 20 rows on.
    const result = prepareSeries(tiny(), { inputs: ['v'], target: 'v', horizon: 2, seqLen: 2 });
    expect(result).toEqual({
      problems: [
        {
          line: 0,
          message: 'The series is too short for the window and horizon: needs 20 rows, has 15.',
        },
      ],
    });
  });

  it('validates the choice', () => {
    const result = prepareSeries(tiny(), {
      inputs: ['note', 'nope'],
      target: 'date',
      horizon: 0,
      seqLen: 1.5,
    });
    expect('problems' in result && result.problems.map((p) => p.message)).toEqual([
      "Column 'note' holds text, so it cannot be an input.",
      "There is no column 'nope'.",
      "Column 'date' holds dates, so it cannot be the target.",
      'The horizon must be a whole number of rows, at least 1 (got 0).',
      'The window must be a whole number of rows, at least 2 (got 1.5).',
    ]);
    // The window's problems name the setting to change, in any language.
    expect('problems' in result && result.problems.map((p) => p.setting)).toEqual([
      undefined,
      undefined,
      undefined,
      'horizon',
      'seq_len',
    ]);
    const none = prepareSeries(tiny(), { inputs: [], target: 'v', horizon: 1, seqLen: 2 });
    expect('problems' in none && none.problems[0].message).toBe(
      'Choose at least one input column.',
    );
  });

  it('proposes every number column, the first as target', () => {
    // 15 rows: held out 3 = window + horizon 1 → window 2.
    expect(defaultChoice(tiny())).toEqual({
      inputs: ['v', 'w'],
      target: 'v',
      horizon: 1,
      seqLen: 2,
    });
    expect(defaultChoice(table('a\nx\ny\n'))).toBeNull();
  });

  it('converts standardised errors and values back to original units', () => {
    const s = prepare(tiny(), {});
    expect(toOriginalMse(0.5, s)).toBe(2); // 0.5 × 2²
    expect(toOriginalValue(1.5, s)).toBe(5); // 1.5 × 2 + 2
  });
});

describe('seriesBatch', () => {
  it('masks the steps whose target lies past the held-out part', () => {
    const s = prepare(tiny(), {});
    const batch = seriesBatch(s, 'heldOut', 20, seededRandom(1));
    expect(batch.xShape).toEqual([20, 2, 2]);
    expect(batch.yShape).toEqual([20, 2, 1]);
    expect(batch.metricMask).toEqual(batch.lossMask);
    const starts = new Set<number>();
    for (let b = 0; b < 20; b++) {
      // Held-out standardised v is 1.5, 2.5, 1: the first input tells where the window starts.
      const start = [1.5, 2.5, 1].indexOf(batch.x[b * 4]);
      starts.add(start);
      // Start 0: targets are rows 1 and 2. Start 1: row 2, then row 3 is outside → masked.
      const [y, mask] =
        start === 0
          ? [
              [2.5, 1],
              [1, 1],
            ]
          : [
              [1, 0],
              [1, 0],
            ];
      expect(Array.from(batch.y.subarray(b * 2, b * 2 + 2))).toEqual(y);
      expect(Array.from(batch.lossMask.subarray(b * 2, b * 2 + 2))).toEqual(mask);
    }
    expect(starts).toEqual(new Set([0, 1]));
  });

  it('reads the target horizon steps ahead and masks exactly the last steps at the end', () => {
    // 60 rows: held out 12 (≥ window 8 + horizon 3), train 48. Train windows start at 0…40.
    const t = table(seasonalSeries(60, 7, 0.1, 5));
    const s = prepare(t, { inputs: ['value'], target: 'value', horizon: 3, seqLen: 8 });
    const [B, T, H] = [300, 8, 3];
    const batch = seriesBatch(s, 'train', B, seededRandom(2));
    expect(batch.x).toHaveLength(B * T);
    expect(batch.y).toHaveLength(B * T);
    let sawEnd = 0;
    for (let b = 0; b < B; b++) {
      const x = batch.x.subarray(b * T, (b + 1) * T);
      const start = s.train.x.findIndex((_, i) => x.every((v, j) => v === s.train.x[i + j]));
      expect(start).toBeGreaterThanOrEqual(0);
      const mask = Array.from(batch.lossMask.subarray(b * T, (b + 1) * T));
      if (start === 48 - T) {
        sawEnd++;
        expect(mask).toEqual([1, 1, 1, 1, 1, 0, 0, 0]);
      }
      mask.forEach((m, i) => expect(m).toBe(start + i + H < 48 ? 1 : 0));
      // The target is an input: y at step i equals x at step i + H.
      for (let i = 0; i + H < T; i++) expect(batch.y[b * T + i]).toBe(x[i + H]);
    }
    expect(sawEnd).toBeGreaterThan(0);
  });

  it('is deterministic for a given Random', () => {
    const s = prepare(tiny(), {});
    const a = seriesBatch(s, 'train', 8, seededRandom(3));
    expect(seriesBatch(s, 'train', 8, seededRandom(3))).toEqual(a);
    expect(seriesBatch(s, 'train', 8, seededRandom(4)).x).not.toEqual(a.x);
  });
});

describe('seasonalSeries', () => {
  it('writes a dated CSV of 10 + 5 sin(2πt / period) plus noise', () => {
    const t = table(seasonalSeries(32, 4, 0, 1));
    expect(t.rows).toBe(32);
    expect(t.dateColumn).toBe('date');
    // Period 4: sin at 0, π/2, π, 3π/2 → 10, 15, 10, 5.
    expect(Array.from(t.columns[1].values as Float64Array).slice(0, 4)).toEqual([10, 15, 10, 5]);
    expect((t.columns[0].values as string[])[31]).toBe('2020-02-01');
    expect(seasonalSeries(10, 4, 0.5, 7)).toBe(seasonalSeries(10, 4, 0.5, 7));
    expect(seasonalSeries(10, 4, 0.5, 7)).not.toBe(seasonalSeries(10, 4, 0.5, 8));
  });
});
