import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFragment, type PlaygroundConfig } from '../config/playgroundConfig';
import { influence, receptiveField } from '../engine/receptiveField';
import { Trainer, ConfigurationError, type StepStats } from './trainer';

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
});

const configOf = (fragment: string): PlaygroundConfig => {
  const { config, notices } = parseFragment(fragment);
  expect(notices).toEqual([]);
  return config;
};

async function train(trainer: Trainer, steps: number): Promise<StepStats[]> {
  const all: StepStats[] = [];
  for (let i = 0; i < steps; i++) {
    const result = await trainer.trainStep();
    if (!result.ok) throw new Error(result.message);
    all.push(result.stats);
  }
  return all;
}

describe('Trainer learns the tasks (fixed seeds, wasm backend)', () => {
  it('adding, seq_len 50: held-out MSE below 0.01 within 500 steps (baseline ≈ 0.167)', async () => {
    const trainer = Trainer.create(
      configOf(
        '#task=adding&seq_len=50&return_sequences=false&nb_filters=16&kernel_size=3&dilations=1,2,4,8&batch_size=32&learning_rate=0.01',
      ),
      100,
    );
    expect(trainer.info.baseline.loss).toBeCloseTo(0.167, 3);
    const stats = await train(trainer, 500);
    const last = stats[stats.length - 1];
    expect(last.heldOut!.loss).toBeLessThan(0.01);
    trainer.dispose();
  }, 180_000);

  it('lag 48: receptive field 127 gets below 0.05 and receptive field 31 stays above 0.8 in 200 steps', async () => {
    const long = configOf(
      '#task=lag&seq_len=96&lag=48&nb_filters=16&kernel_size=2&dilations=1,2,4,8,16,32&batch_size=16',
    );
    const short = configOf(
      '#task=lag&seq_len=96&lag=48&nb_filters=16&kernel_size=2&dilations=1,2,4,8&batch_size=16',
    );
    expect(receptiveField(long.tcn)).toBeGreaterThanOrEqual(64);
    expect(receptiveField(short.tcn)).toBeLessThan(48);
    for (const [config, check] of [
      [long, (loss: number) => expect(loss).toBeLessThan(0.05)],
      [short, (loss: number) => expect(loss).toBeGreaterThan(0.8)],
    ] as const) {
      const trainer = Trainer.create(config, 100);
      const stats = await train(trainer, 200);
      check(stats[stats.length - 1].heldOut!.loss);
      trainer.dispose();
    }
  }, 180_000);
});

describe('Trainer reports', () => {
  it('the seed configuration: matching_conv1D missing at every step, every other variable finite and non-zero', async () => {
    const trainer = Trainer.create(
      configOf(
        '#task=lag&input_dim=4&seq_len=128&lag=4&nb_filters=2&kernel_size=91&dilations=1&use_skip_connections=true&return_sequences=true&batch_size=4',
      ),
    );
    const names = trainer.variables.map((v) => v.name);
    const missing = [
      'tcn/residual_block_0/matching_conv1D/kernel',
      'tcn/residual_block_0/matching_conv1D/bias',
    ];
    expect(names).toEqual(expect.arrayContaining(missing));
    for (const stats of await train(trainer, 5)) {
      stats.gradients.forEach((g, i) => {
        if (missing.includes(names[i])) {
          expect(g).toEqual({ status: 'missing', norm: null });
          expect(stats.updateRatios[i]).toBeNull();
        } else {
          expect(g.status).toBe('ok');
          expect(g.norm).toBeGreaterThan(0);
          expect(Number.isFinite(g.norm)).toBe(true);
        }
      });
    }
    trainer.dispose();
  }, 60_000);

  it('measures |∂y_t/∂x_s| that is non-zero exactly on the influence set', async () => {
    for (const fragment of [
      '#task=lag&seq_len=40&lag=2&nb_filters=3&kernel_size=2&dilations=1,4&activation=tanh',
      '#task=sine&seq_len=30&nb_filters=3&kernel_size=3&dilations=2&padding=same&activation=tanh&go_backwards=true',
    ]) {
      const config = configOf(fragment);
      const trainer = Trainer.create(config);
      await train(trainer, 2);
      const values = await trainer.inputSensitivity(25);
      const measured = values.flatMap((v, s) => (v > 0 ? [s] : []));
      expect(measured).toEqual(influence(config.tcn, config.task.seq_len, 25).inputSteps);
      trainer.dispose();
    }
  });

  it('reset restarts from the very same initial weights and data', async () => {
    const trainer = Trainer.create(
      configOf('#task=sine&seq_len=24&nb_filters=4&dilations=1,2&batch_size=4'),
    );
    const first = await train(trainer, 3);
    trainer.reset();
    const again = await train(trainer, 3);
    expect(again.map((s) => s.loss)).toEqual(first.map((s) => s.loss));
    expect(trainer.step).toBe(3);
    trainer.dispose();
  });

  it('exportCheck: the first held-out sequences, the model’s inference output on them, targets, mask and loss', async () => {
    const trainer = Trainer.create(
      configOf('#task=lag&seq_len=24&lag=3&input_dim=2&nb_filters=4&dilations=1,2&batch_size=8'),
    );
    await train(trainer, 3);
    const check = await trainer.exportCheck(2);
    const { sample, loss } = await trainer.evaluate();
    expect(check.xShape).toEqual([2, 24, 2]);
    expect(check.outputShape).toEqual([2, 24, 1]);
    expect(check.yShape).toEqual([2, 24, 1]);
    expect(check.x.slice(0, 48)).toEqual(sample.input.flat());
    expect(check.output.slice(0, 24)).toEqual(sample.prediction.flat());
    expect(check.y.slice(0, 24)).toEqual(sample.target.flat());
    expect(check.lossMask.slice(0, 5)).toEqual([0, 0, 0, 1, 1]);
    expect(check.lossMask).toHaveLength(48);
    // Two sequences of the held-out batch: the loss is near the whole batch's, not equal.
    expect(check.loss).toBeGreaterThan(0);
    expect(Math.abs(check.loss - loss) / loss).toBeLessThan(0.5);
    // At most the held-out batch (8 here); 4 by default.
    expect((await trainer.exportCheck(100)).xShape[0]).toBe(8);
    expect((await trainer.exportCheck()).xShape[0]).toBe(4);
    trainer.dispose();

    // copy_memory: the logits over the 10 classes, as a Keras Dense head outputs them.
    const copy = Trainer.create(
      configOf('#task=copy_memory&seq_len=24&dilations=1,2,4&batch_size=4'),
    );
    const logits = await copy.exportCheck(1);
    expect(logits.outputShape).toEqual([1, 24, 10]);
    expect(logits.yShape).toEqual([1, 24]);
    expect(logits.output.some((v) => !Number.isInteger(v))).toBe(true);
    copy.dispose();
  });

  it('clipnorm bounds every variable gradient that the optimizer sees', async () => {
    const trainer = Trainer.create(
      configOf(
        '#task=lag&seq_len=24&lag=2&nb_filters=4&dilations=1,2&optimizer=sgd&momentum=0&learning_rate=1&clipnorm=0.001&batch_size=4',
      ),
    );
    const before = await trainer.snapshot();
    const [stats] = await train(trainer, 1);
    const after = await trainer.snapshot();
    // With plain SGD at learning rate 1 the update is the clipped gradient itself.
    after.weights.forEach((w, i) => {
      const delta = Math.hypot(...w.data.map((v, j) => v - before.weights[i].data[j]));
      expect(delta).toBeLessThanOrEqual(0.001 * 1.0001);
    });
    expect(stats.gradients.some((g) => g.norm! > 0.001)).toBe(true);
    trainer.dispose();
  });

  it('trains identically without the gradient report (the benchmark measures its cost this way)', async () => {
    const fragment =
      '#task=lag&seq_len=24&lag=2&nb_filters=4&dilations=1,2&clipnorm=0.01&batch_size=4';
    const reported = Trainer.create(configOf(fragment));
    const silent = Trainer.create(configOf(fragment));
    silent.reportGradients = false;
    const a = await train(reported, 3);
    const b = await train(silent, 3);
    b.forEach((s, i) => expect(s.loss).toBeCloseTo(a[i].loss, 5));
    expect(b[2].gradients).toEqual([]);
    const [wa, wb] = [await reported.snapshot(), await silent.snapshot()];
    wa.weights.forEach((w, i) =>
      w.data.forEach((v, j) => expect(wb.weights[i].data[j]).toBeCloseTo(v, 5)),
    );
    reported.dispose();
    silent.dispose();
  });

  it.each(['adam', 'rmsprop', 'sgd&momentum=0.9', 'sgd&momentum=0'])(
    'a run restored from snapshot(true) goes on exactly as without the break (%s)',
    async (optimizer) => {
      const config = configOf(
        `#task=lag&seq_len=24&lag=2&nb_filters=4&dilations=1,2&batch_size=4&optimizer=${optimizer}&dropout_rate=0.1`,
      );
      const whole = Trainer.create(config);
      const expected = await train(whole, 8);
      const first = Trainer.create(config);
      await train(first, 5);
      const tensorsBefore = tf.memory().numTensors;
      const kept = await first.snapshot(true);
      expect(tf.memory().numTensors).toBe(tensorsBefore);
      first.dispose();
      const resumed = Trainer.create(config);
      await resumed.restore(kept);
      const rest = await train(resumed, 3);
      expect(rest.map((s) => s.step)).toEqual([6, 7, 8]);
      // Equal up to float32 rounding: on restore tfjs recomputes Adam's bias correction as
      // β^(t+1) rather than the running product an uninterrupted run multiplies up.
      const near = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));
      rest.forEach((s, i) => expect(near(s.loss, expected[5 + i].loss)).toBe(true));
      const [a, b] = [await whole.snapshot(), await resumed.snapshot()];
      a.weights.forEach((w, i) =>
        w.data.forEach((v, j) => expect(near(b.weights[i].data[j], v)).toBe(true)),
      );
      // Without the run state the optimizer starts afresh: Adam's first update then differs.
      if (optimizer === 'adam') {
        const fresh = Trainer.create(config);
        await fresh.restore({ step: kept.step, weights: kept.weights });
        const [next] = await train(fresh, 1);
        const [w1, w2] = [await fresh.snapshot(), await whole.snapshot()];
        expect(next.step).toBe(6);
        expect(
          w1.weights.some((w, i) =>
            w.data.some((v, j) => Math.abs(v - w2.weights[i].data[j]) > 1e-4),
          ),
        ).toBe(true);
        fresh.dispose();
      }
      whole.dispose();
      resumed.dispose();
    },
  );

  it('pauses on a non-finite gradient, naming the variable and the step, and keeps the last good weights', async () => {
    const trainer = Trainer.create(
      configOf(
        '#task=adding&seq_len=12&return_sequences=false&nb_filters=4&dilations=1,2&optimizer=sgd&momentum=0&learning_rate=10&clipnorm=0&batch_size=8',
      ),
    );
    let result = await trainer.trainStep();
    let good = await trainer.snapshot();
    for (let i = 0; i < 200 && result.ok; i++) {
      good = await trainer.snapshot();
      result = await trainer.trainStep();
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      new RegExp(`^Step ${result.step}: the (gradient of \\S+|loss) is not finite`),
    );
    expect(await trainer.snapshot()).toEqual(good);
    trainer.dispose();
  });

  it('refuses a configuration it cannot train, with every problem', () => {
    const { config } = parseFragment('#task=adding&use_batch_norm=true&use_layer_norm=true');
    expect(() => Trainer.create(config)).toThrow(ConfigurationError);
    try {
      Trainer.create(config);
    } catch (error) {
      expect((error as ConfigurationError).problems.map((p) => p.key).sort()).toEqual([
        'return_sequences',
        'use_layer_norm',
      ]);
    }
  });

  it('leaks nothing: tensor count and backend memory stay constant over 2,000 steps', async () => {
    const trainer = Trainer.create(
      configOf(
        '#task=copy_memory&seq_len=22&nb_filters=3&kernel_size=2&dilations=1,2&use_batch_norm=true&dropout_rate=0.1&batch_size=2',
      ),
      50,
    );
    await train(trainer, 50);
    const tensors = tf.memory().numTensors;
    const bytes = tf.memory().numBytes;
    await train(trainer, 2000);
    expect(tf.memory().numTensors).toBe(tensors);
    expect(tf.memory().numBytes).toBe(bytes);
    trainer.dispose();
  }, 180_000);
});
