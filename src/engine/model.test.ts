import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTcnConfig, type TcnConfig } from './config';
import { computeGradients } from './gradientReport';
import { buildTcn, commitMovingStatistics } from './model';
import { parameterCount } from './variables';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const configOf = (raw: Partial<TcnConfig>): TcnConfig => {
  const { config, problems } = parseTcnConfig(raw);
  if (!config) throw new Error(problems.map((p) => p.message).join('; '));
  return config;
};

describe('buildTcn', () => {
  it("names and orders variables as keras-tcn and counts keras's parameters", () => {
    const config = configOf({ nb_filters: 64, input_dim: 1 });
    const model = buildTcn(config, 0);
    expect(model.variables.slice(0, 6).map((v) => v.name)).toEqual([
      'tcn/residual_block_0/conv1D_0/kernel',
      'tcn/residual_block_0/conv1D_0/bias',
      'tcn/residual_block_0/conv1D_1/kernel',
      'tcn/residual_block_0/conv1D_1/bias',
      'tcn/residual_block_0/matching_conv1D/kernel',
      'tcn/residual_block_0/matching_conv1D/bias',
    ]);
    // keras-tcn's default TCN on one input channel: Keras reports 136,256 parameters.
    expect(parameterCount(config)).toBe(136_256);
    model.dispose();
  });

  it('draws the same initial weights from the same seed, different ones from another', () => {
    const config = configOf({ nb_filters: 4, dilations: [1, 2], input_dim: 2 });
    const [a, b, c] = [buildTcn(config, 7), buildTcn(config, 7), buildTcn(config, 8)];
    const first = (m: typeof a) => Array.from(m.variables[0].variable.dataSync());
    expect(first(a)).toEqual(first(b));
    expect(first(a)).not.toEqual(first(c));
    [a, b, c].forEach((m) => m.dispose());
  });

  it('applies dropout only in training', () => {
    const config = configOf({
      nb_filters: 8,
      dilations: [1, 2],
      dropout_rate: 0.5,
      return_sequences: true,
    });
    const model = buildTcn(config, 1);
    const x = tf.randomNormal([2, 10, 1], 0, 1, 'float32', 1) as tf.Tensor3D;
    const run = (training: boolean, seed: number) =>
      Array.from(model.apply(x, { training, dropoutSeed: seed }).output.dataSync());
    expect(run(false, 1)).toEqual(run(false, 2));
    expect(run(true, 1)).toEqual(run(true, 1));
    expect(run(true, 1)).not.toEqual(run(true, 2));
    model.dispose();
  });

  it('updates batch norm moving statistics with momentum 0.99 towards the batch statistics', () => {
    const config = configOf({
      nb_filters: 3,
      kernel_size: 1,
      dilations: [1],
      use_batch_norm: true,
      input_dim: 3,
    });
    const model = buildTcn(config, 2);
    const x = tf.randomNormal([4, 8, 3], 2, 1, 'float32', 4) as tf.Tensor3D;
    // The batch mean of conv1D_0's output, computed independently of the batch norm code.
    const kernel = model.variables[0].variable;
    const { output, movingStatistics } = model.apply(x, { training: true });
    output.dispose();
    const manualMean = tf.tidy(() =>
      tf.mean(
        tf.add(tf.conv1d(x, kernel as tf.Tensor3D, 1, 'valid'), model.variables[1].variable),
        [0, 1],
      ),
    );
    commitMovingStatistics(model, movingStatistics);
    const moving = model.variables.find(
      (v) => v.name === 'tcn/residual_block_0/norm_0/moving_mean',
    )!;
    const expected = Array.from(manualMean.dataSync(), (m) => 0.01 * m);
    Array.from(moving.variable.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
    model.dispose();
  });

  it('weight norm starts from the drawn kernel and has gradients that match finite differences', () => {
    const config = configOf({
      nb_filters: 3,
      kernel_size: 2,
      dilations: [1, 2],
      use_weight_norm: true,
      activation: 'tanh',
      input_dim: 2,
      return_sequences: true,
    });
    const plain = buildTcn({ ...config, use_weight_norm: false }, 5);
    const normed = buildTcn(config, 5);
    const x = tf.randomNormal([2, 9, 2], 0, 1, 'float32', 6) as tf.Tensor3D;
    const projection = tf.randomNormal([2, 9, 3], 0, 1, 'float32', 7);
    expect(Array.from(normed.apply(x, { training: false }).output.dataSync())).toEqual(
      Array.from(plain.apply(x, { training: false }).output.dataSync()).map((v) =>
        expect.closeTo(v, 5),
      ),
    );
    expect(normed.trainable.map((v) => v.name)).toContain('tcn/residual_block_0/conv1D_0/g');

    const loss = () =>
      tf.sum(tf.mul(normed.apply(x, { training: true }).output, projection)) as tf.Scalar;
    const { grads } = computeGradients(normed.trainable, loss);
    const eps = 1e-2;
    normed.trainable.forEach(({ variable }, i) => {
      const analytic = grads[i]!.dataSync();
      const values = variable.dataSync().slice();
      for (const j of [0, values.length - 1]) {
        const at = (delta: number) => {
          const moved = values.slice();
          moved[j] += delta;
          variable.assign(tf.tensor(moved, variable.shape));
          return loss().dataSync()[0];
        };
        const numeric = (at(eps) - at(-eps)) / (2 * eps);
        variable.assign(tf.tensor(values, variable.shape));
        expect(Math.abs(numeric - analytic[j])).toBeLessThan(
          2e-2 * Math.max(1, Math.abs(analytic[j])),
        );
      }
    });
    plain.dispose();
    normed.dispose();
  });
});
