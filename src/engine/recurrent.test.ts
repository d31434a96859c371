import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import fixture from './fixtures/recurrent.json';
import { computeGradients } from './gradientReport';
import {
  createRecurrentModel,
  matchUnits,
  recurrentParamCount,
  type RecurrentKind,
} from './recurrent';

// The reference (scripts/recurrent_fixture.py) is Keras 3 in float64 on float32-exact weights and
// inputs, so the differences measured here are the float32 error of our models.
const TOLERANCE = 1e-5;
const KINDS: RecurrentKind[] = ['lstm', 'gru', 'rnn'];
const { batch, time, input, units, output } = fixture.sizes;

/** ‖actual − expected‖ / ‖expected‖. */
function relativeError(actual: tf.Tensor, expected: { shape: number[]; data: number[] }): number {
  expect(actual.shape).toEqual(expected.shape);
  const a = actual.dataSync();
  let diff = 0;
  let norm = 0;
  expected.data.forEach((e, i) => {
    diff += (a[i] - e) ** 2;
    norm += e ** 2;
  });
  expect(norm).toBeGreaterThan(0);
  return Math.sqrt(diff / norm);
}

const x = () => tf.tensor3d(fixture.input.data, fixture.input.shape as [number, number, number]);

describe('recurrentParamCount and matchUnits', () => {
  it.each(fixture.cases.filter((c) => c.returnSequences))(
    "counts Keras's parameters for $kind",
    (c) => {
      expect(recurrentParamCount(c.kind as RecurrentKind, input, units, output)).toBe(c.paramCount);
    },
  );

  it.each(KINDS)('finds the %s units closest to the default TCN (4,849 parameters)', (kind) => {
    const match = matchUnits(kind, 1, 1, 4849);
    expect(match.withinTenPercent).toBe(true);
    expect(match.params).toBe(recurrentParamCount(kind, 1, match.units, 1));
    for (const u of [match.units - 1, match.units + 1]) {
      const other = Math.abs(recurrentParamCount(kind, 1, u, 1) - 4849);
      expect(Math.abs(match.params - 4849)).toBeLessThanOrEqual(other);
    }
  });

  it('keeps at least one unit and reports a target it cannot reach within 10 %', () => {
    expect(matchUnits('lstm', 1, 1, 1)).toEqual({ units: 1, params: 14, withinTenPercent: false });
  });
});

describe.each(['cpu', 'wasm'])('recurrent models against Keras 3 on %s', (backend) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });

  it.each(fixture.cases)(
    '$kind (return_sequences $returnSequences): names, output, loss and every gradient',
    (c) => {
      const model = createRecurrentModel({
        kind: c.kind as RecurrentKind,
        inputDim: input,
        units,
        outputDim: output,
        returnSequences: c.returnSequences,
        seed: 0,
      });
      expect(model.variables.map((v) => v.name)).toEqual(c.names);
      model.setWeights(c.weights);
      const inputs = x();
      const target = tf.tensor(c.target.data, c.target.shape);
      expect(relativeError(model.apply(inputs), c.output)).toBeLessThan(TOLERANCE);
      const lossFn = () => tf.losses.meanSquaredError(target, model.apply(inputs)) as tf.Scalar;
      const { loss, grads } = computeGradients(model.trainable, lossFn);
      expect(Math.abs(loss.dataSync()[0] - c.loss) / c.loss).toBeLessThan(TOLERANCE);
      c.gradients.forEach((g, i) => {
        expect(grads[i], g.name).not.toBeNull();
        expect(relativeError(grads[i]!, g), g.name).toBeLessThan(TOLERANCE);
      });
      tf.dispose([inputs, target, loss, ...grads.filter((g) => g !== null)]);
      model.dispose();
    },
  );
});

describe('initial weights and training', () => {
  beforeAll(async () => {
    expect(await tf.setBackend('cpu')).toBe(true);
  });

  const build = (kind: RecurrentKind, seed: number, returnSequences = true) =>
    createRecurrentModel({ kind, inputDim: 1, units: 6, outputDim: 1, returnSequences, seed });

  it.each(KINDS)("draws %s weights with Keras's default initialisers, per seed", (kind) => {
    const [a, b, c] = [build(kind, 3), build(kind, 3), build(kind, 4)];
    const values = (m: typeof a, i: number) => Array.from(m.variables[i].variable.dataSync());
    expect(values(a, 0)).toEqual(values(b, 0));
    expect(values(a, 0)).not.toEqual(values(c, 0));
    // Orthogonal recurrent kernel [units, gates·units]: its rows are orthonormal.
    const recurrent = a.variables[1].variable as tf.Tensor2D;
    const gram = tf.matMul(recurrent, recurrent, false, true);
    expect(
      relativeError(gram, { shape: [6, 6], data: Array.from(tf.eye(6).dataSync()) }),
    ).toBeLessThan(1e-5);
    // Zero biases but the LSTM's forget gate (unit_forget_bias).
    const bias = values(a, 2);
    const forget = kind === 'lstm' ? bias.slice(6, 12) : [];
    expect(forget.every((v) => v === 1)).toBe(true);
    expect(bias.filter((v) => v !== 0).length).toBe(forget.length);
    [a, b, c].forEach((m) => m.dispose());
  });

  it.each(KINDS)('%s learns to echo the previous input (a few Adam steps)', (kind) => {
    const model = build(kind, 1);
    const xs = tf.randomNormal([8, 12, 1], 0, 1, 'float32', 5) as tf.Tensor3D;
    // y_t = x_{t−1} (and 0 at the first step).
    const ys = tf.concat([tf.zeros([8, 1, 1]), tf.slice(xs, [0, 0, 0], [-1, 11, -1])], 1);
    const vars = model.trainable.map((v) => v.variable);
    const optimizer = tf.train.adam(0.03);
    const loss = () => tf.losses.meanSquaredError(ys, model.apply(xs)) as tf.Scalar;
    const before = tf.tidy(() => loss().dataSync()[0]);
    for (let step = 0; step < 30; step++) optimizer.minimize(loss, false, vars);
    const after = tf.tidy(() => loss().dataSync()[0]);
    expect(after).toBeLessThan(0.7 * before);
    optimizer.dispose();
    model.dispose();
  });
});

// Keeps the fixture's sizes honest: the cases above are the shapes the script says they are.
it('fixture holds batch 2, time 5, input 3, units 4, output 2', () => {
  expect([batch, time, input, units, output]).toEqual([2, 5, 3, 4, 2]);
});
