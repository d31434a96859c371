// The claim of Bai, Kolter and Koltun (2018) on copy memory, at a size Node trains in minutes:
// with a gap of 100 steps, the TCN learns to recall while an LSTM with the same parameter count,
// trained the same number of steps on the same batches with the same optimizer, stays at the
// memoryless baseline. Budget: 300 steps each, batch 32, RMSprop 0.002, clipnorm 1, wasm.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFragment } from '../config/playgroundConfig';
import type { NetworkKind } from './networkKinds';
import { Trainer } from './trainer';

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
});

// seq_len 120: ten symbols, a gap of 100 steps, the delimiter, ten to recall (copy_memory's layout).
const CONFIG =
  '#task=copy_memory&seq_len=120&nb_filters=10&kernel_size=6&dilations=1,2,4,8,16&batch_size=32&optimizer=rmsprop&learning_rate=0.002&clipnorm=1&seed=1&data_seed=1';
const STEPS = 300;

async function heldOutLoss(network: NetworkKind): Promise<{ loss: number; baseline: number }> {
  const trainer = Trainer.create(parseFragment(CONFIG).config, Number.MAX_SAFE_INTEGER, {
    network,
  });
  try {
    for (let i = 0; i < STEPS; i++) {
      const result = await trainer.trainStep();
      if (!result.ok) throw new Error(result.message);
    }
    const { loss } = await trainer.evaluate();
    console.log(
      `${trainer.networkDescription}: held-out loss ${loss.toFixed(4)} after ${STEPS} steps (memoryless baseline ${trainer.info.baseline.loss.toFixed(4)})`,
    );
    return { loss, baseline: trainer.info.baseline.loss };
  } finally {
    trainer.dispose();
  }
}

describe('copy memory, gap 100: TCN against a matched LSTM', () => {
  it('the TCN gets below half the memoryless baseline; the LSTM not below 80 % of it', async () => {
    const tcn = await heldOutLoss('tcn');
    const lstm = await heldOutLoss('lstm');
    expect(tcn.loss).toBeLessThan(0.5 * tcn.baseline);
    expect(lstm.loss).toBeGreaterThan(0.8 * lstm.baseline);
  }, 900_000);
});
