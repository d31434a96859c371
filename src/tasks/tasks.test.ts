import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';
import { makeBatch, taskInfo, type TaskParams } from './tasks';

const params = (p: Partial<TaskParams>): TaskParams => ({
  name: 'lag',
  seq_len: 30,
  lag: 5,
  input_dim: 2,
  noise: 0,
  ...p,
});

describe('tasks', () => {
  it('gives the same data for the same seed and different data for another', () => {
    const a = makeBatch(params({}), 4, seededRandom(1));
    expect(makeBatch(params({}), 4, seededRandom(1))).toEqual(a);
    expect(makeBatch(params({}), 4, seededRandom(2)).x).not.toEqual(a.x);
  });

  it('adding: the target is the sum of the two marked values, and answering 1 scores about 1/6', () => {
    const batch = makeBatch(params({ name: 'adding', seq_len: 50 }), 2000, seededRandom(3));
    let squared = 0;
    for (let b = 0; b < 2000; b++) {
      let sum = 0;
      let marks = 0;
      for (let t = 0; t < 50; t++) {
        if (batch.x[(b * 50 + t) * 2 + 1] === 1) {
          sum += batch.x[(b * 50 + t) * 2];
          marks++;
        }
      }
      expect(marks).toBe(2);
      expect(batch.y[b]).toBeCloseTo(sum, 5);
      squared += (batch.y[b] - 1) ** 2;
    }
    expect(squared / 2000).toBeCloseTo(taskInfo(params({ name: 'adding' })).baseline.loss, 1);
  });

  it('lag: the target is channel 0, lag steps earlier, counted from step lag on', () => {
    const p = params({ lag: 7 });
    const batch = makeBatch(p, 3, seededRandom(4));
    for (let b = 0; b < 3; b++)
      for (let t = 0; t < 30; t++) {
        expect(batch.lossMask[b * 30 + t]).toBe(t >= 7 ? 1 : 0);
        if (t >= 7) expect(batch.y[b * 30 + t]).toBe(batch.x[(b * 30 + t - 7) * 2]);
      }
  });

  it('copy_memory: ten symbols, a delimiter ten steps before the end, recall in the last ten', () => {
    const p = params({ name: 'copy_memory', seq_len: 40 });
    const batch = makeBatch(p, 2, seededRandom(5));
    const symbolAt = (b: number, t: number) =>
      Array.from({ length: 10 }, (_, c) => batch.x[(b * 40 + t) * 10 + c]).indexOf(1);
    for (let b = 0; b < 2; b++) {
      const symbols = Array.from({ length: 10 }, (_, t) => symbolAt(b, t));
      symbols.forEach((s) => expect(s).toBeGreaterThanOrEqual(1));
      expect(symbolAt(b, 29)).toBe(9);
      expect(Array.from(batch.y.slice(b * 40 + 30, b * 40 + 40))).toEqual(symbols);
      expect(batch.metricMask.slice(b * 40, b * 40 + 40).reduce((a, v) => a + v)).toBe(10);
    }
    expect(taskInfo(p).baseline.metric).toBe(1 / 8);
  });

  it('sine: the target is the next value, and repeating the last value has the stated MSE', () => {
    const p = params({ name: 'sine', noise: 0.1 });
    const batch = makeBatch(p, 64, seededRandom(6));
    for (let t = 0; t < 29; t++) expect(batch.y[t * 2]).toBe(batch.x[(t + 1) * 2]);
    let sum = 0;
    for (let i = 0; i < batch.x.length; i++) sum += (batch.y[i] - batch.x[i]) ** 2;
    expect(sum / batch.x.length).toBeCloseTo(taskInfo(p).baseline.loss, 1);
  });
});
