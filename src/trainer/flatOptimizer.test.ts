import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainParams } from '../config/playgroundConfig';
import { FlatOptimizer } from './flatOptimizer';

// The reference: tfjs's own optimizers, one variable at a time, with the same hyperparameters.
function reference(train: TrainParams): tf.Optimizer {
  switch (train.optimizer) {
    case 'adam':
      return tf.train.adam(train.learning_rate, 0.9, 0.999, 1e-7);
    case 'rmsprop':
      return tf.train.rmsprop(train.learning_rate, 0.9, 0, 1e-7);
    case 'sgd':
      return train.momentum > 0
        ? tf.train.momentum(train.learning_rate, train.momentum)
        : tf.train.sgd(train.learning_rate);
  }
}

const SHAPES = [[3, 2, 4], [4], [1, 2, 4], [4], [4, 1], [1]];
/** Which variables get no gradient (as matching_conv1D in keras-tcn's gradient case). */
const MISSING = new Set([2, 3]);

function relativeError(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let norm = 0;
  a.forEach((x, i) => {
    diff += (x - b[i]) ** 2;
    norm += b[i] ** 2;
  });
  return Math.sqrt(diff / Math.max(norm, 1e-30));
}

describe.each(['wasm', 'cpu'])('FlatOptimizer on %s', (backend) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });
  afterAll(() => tf.disposeVariables());

  const cases: [string, Partial<TrainParams>][] = [
    ['adam', { optimizer: 'adam', learning_rate: 0.01 }],
    ['rmsprop', { optimizer: 'rmsprop', learning_rate: 0.01 }],
    ['sgd with momentum', { optimizer: 'sgd', momentum: 0.9, learning_rate: 0.05 }],
    ['plain sgd', { optimizer: 'sgd', momentum: 0, learning_rate: 0.05 }],
  ];
  it.each(cases)(
    '%s: 6 steps equal tfjs’s optimizer; a variable without gradient stays put',
    (_, change) => {
      const train = { ...DEFAULT_CONFIG.train, ...change } as TrainParams;
      const start = SHAPES.map((shape, i) => tf.randomNormal(shape, 0, 1, 'float32', 10 + i));
      const flat = start.map((t) => tf.variable(t.clone()));
      const ours = new FlatOptimizer(train);
      const theirs = reference(train);
      const tfVars = start.map((t) => tf.variable(t.clone()));
      for (let step = 0; step < 6; step++) {
        const grads = SHAPES.map((shape, i) =>
          MISSING.has(i) ? null : tf.randomNormal(shape, 0, 1 + step, 'float32', 100 * step + i),
        );
        ours.applyGradients(flat, grads);
        theirs.applyGradients(
          Object.fromEntries(
            tfVars.flatMap((v, i) => (grads[i] ? [[v.name, grads[i]!]] : [])),
          ) as tf.NamedTensorMap,
        );
        tf.dispose(grads.filter((g): g is tf.Tensor => g !== null));
      }
      flat.forEach((v, i) => {
        const error = relativeError(
          v.dataSync() as Float32Array,
          tfVars[i].dataSync() as Float32Array,
        );
        expect(error).toBeLessThan(1e-6);
        if (MISSING.has(i))
          expect(Array.from(v.dataSync())).toEqual(Array.from(start[i].dataSync()));
      });
      ours.dispose();
      theirs.dispose();
      tf.dispose([...start, ...flat, ...tfVars]);
    },
  );

  it('a restored optimizer continues exactly where the snapshot was taken', async () => {
    const train = {
      ...DEFAULT_CONFIG.train,
      optimizer: 'adam',
      learning_rate: 0.01,
    } as TrainParams;
    const a = [tf.variable(tf.randomNormal([5], 0, 1, 'float32', 3))];
    const b = [tf.variable(a[0].clone())];
    const g = () => [tf.randomNormal([5], 0, 1, 'float32', 7)];
    const first = new FlatOptimizer(train);
    for (let i = 0; i < 3; i++) first.applyGradients(a, g());
    const second = new FlatOptimizer(train);
    for (let i = 0; i < 3; i++) second.applyGradients(b, g());
    const saved = await second.getWeights();
    const copies = saved.map((s) => ({ name: s.name, tensor: s.tensor.clone() }));
    const resumed = new FlatOptimizer(train);
    await resumed.setWeights(copies);
    first.applyGradients(a, g());
    resumed.applyGradients(b, g());
    expect(Array.from(b[0].dataSync())).toEqual(Array.from(a[0].dataSync()));
    tf.dispose([...copies.map((c) => c.tensor), saved[0].tensor]);
    [first, second, resumed].forEach((o) => o.dispose());
  });

  it('leaves no tensor behind after a step', () => {
    const v = [tf.variable(tf.ones([3])), tf.variable(tf.ones([2]))];
    const optimizer = new FlatOptimizer({
      ...DEFAULT_CONFIG.train,
      optimizer: 'adam',
    } as TrainParams);
    optimizer.applyGradients(v, [tf.ones([3]), null]);
    const before = tf.memory().numTensors;
    const g = tf.ones([3]);
    optimizer.applyGradients(v, [g, null]);
    g.dispose();
    expect(tf.memory().numTensors).toBe(before);
    optimizer.dispose();
    tf.dispose(v);
  });
});
