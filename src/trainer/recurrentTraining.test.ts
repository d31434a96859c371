// The recurrent baselines through the same trainer as the TCN: every kind trains on every task
// with the TCN's batches and optimizer, reports a gradient for every variable, and has about the
// TCN's parameter count.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFragment } from '../config/playgroundConfig';
import type { SyntheticTaskName } from '../tasks/tasks';
import { Trainer } from './trainer';

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
});

/** Each synthetic task; the series task is trained in seriesTraining.test.ts. */
const SHAPES: Record<SyntheticTaskName, string> = {
  adding: 'seq_len=16&return_sequences=false',
  copy_memory: 'seq_len=24',
  lag: 'seq_len=16&lag=2',
  sine: 'seq_len=16&input_dim=2',
};

describe.each(['lstm', 'gru', 'rnn'] as const)('%s baseline', (network) => {
  it.each(Object.keys(SHAPES) as SyntheticTaskName[])(
    'trains on %s and reports every variable',
    async (task) => {
      const { config } = parseFragment(
        `#task=${task}&${SHAPES[task]}&nb_filters=12&kernel_size=2&dilations=1,2,4&batch_size=4`,
      );
      const tcn = Trainer.create(config, 2);
      const trainer = Trainer.create(config, 2, { network });
      try {
        const params = (t: Trainer) => t.variables.reduce((sum, v) => sum + v.size, 0);
        expect(Math.abs(params(trainer) - params(tcn)) / params(tcn)).toBeLessThanOrEqual(0.1);
        expect(trainer.networkDescription).toMatch(/units: .* parameters against the TCN's/);
        for (let step = 1; step <= 3; step++) {
          const result = await trainer.trainStep();
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.stats.gradients).toHaveLength(trainer.variables.length);
          for (const g of result.stats.gradients) {
            expect(g.status).toBe('ok');
            expect(g.norm).toBeGreaterThan(0);
          }
          if (step === 2) expect(result.stats.heldOut?.loss).toBeGreaterThan(0);
        }
        expect(trainer.variables.map((v) => v.name).at(-1)).toBe('dense/bias');
      } finally {
        tcn.dispose();
        trainer.dispose();
      }
    },
  );
});
