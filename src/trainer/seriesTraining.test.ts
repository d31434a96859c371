// A user's series through the trainer: on a seasonal series the TCN must beat the persistence
// baseline (repeat the last known value) on the held-out part, in the file's own units.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFragment } from '../config/playgroundConfig';
import { prepareSeries, type PreparedSeries } from '../data/series';
import { seasonalSeries } from '../data/synthetic';
import { parseTable } from '../data/table';
import { seriesSource } from './batchSource';
import { Trainer } from './trainer';

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
});

function seasonal(horizon: number): PreparedSeries {
  const text = seasonalSeries(1200, 20, 0.3, 7);
  const parsed = parseTable(text, { name: 'seasonal.csv', bytes: text.length });
  if (!('table' in parsed)) throw new Error(JSON.stringify(parsed.problems));
  const prepared = prepareSeries(parsed.table, {
    inputs: ['value'],
    target: 'value',
    horizon,
    seqLen: 64,
  });
  if (!('series' in prepared)) throw new Error(JSON.stringify(prepared.problems));
  return prepared.series;
}

// The configuration's task only fixes the shapes here (a per-step regression on 1 channel); the
// batches come from the series.
const CONFIG =
  '#task=sine&input_dim=1&seq_len=64&nb_filters=16&kernel_size=3&dilations=1,2,4,8&batch_size=16&learning_rate=0.005&optimizer=adam&seed=3&data_seed=5';

describe('training on a series', () => {
  it('the TCN beats persistence by at least 30 % on a seasonal series (400 steps, wasm)', async () => {
    const series = seasonal(5);
    const trainer = Trainer.create(parseFragment(CONFIG).config, Number.MAX_SAFE_INTEGER, {
      source: seriesSource(series, 'seasonal.csv', 5),
    });
    try {
      expect(trainer.info.baseline.metric).toBeCloseTo(series.persistence, 10);
      for (let i = 0; i < 400; i++) {
        const result = await trainer.trainStep();
        expect(result.ok).toBe(true);
      }
      const { metric } = await trainer.evaluate();
      console.log(
        `held-out MSE ${metric.toFixed(3)} against persistence ${series.persistence.toFixed(3)} (${((1 - metric / series.persistence) * 100).toFixed(0)} % lower)`,
      );
      expect(metric).toBeLessThan(0.7 * series.persistence);
    } finally {
      trainer.dispose();
    }
  });

  it('refuses a series whose input columns differ from input_dim', () => {
    const series = seasonal(1);
    const { config } = parseFragment(CONFIG.replace('input_dim=1', 'input_dim=2'));
    expect(() =>
      Trainer.create(config, 20, { source: seriesSource(series, 'seasonal.csv', 5) }),
    ).toThrow(/1 input column\(s\) but the TCN's input_dim is 2/);
  });
});
