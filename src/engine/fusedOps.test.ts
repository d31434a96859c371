import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { dilatedConv, threeConvs } from './causalConv1d';
import { reluOfSum, sumOf } from './layers';

// The model's fused pieces against the unfused tfjs ops they replace, whose gradients tfjs
// derives itself (and the convolution's are checked by finite differences in
// causalConv1d.test.ts). A relu has kinks, so autodiff rather than finite differences is the
// reference here.
const values = (n: number, seed: number) =>
  Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 12.9898 + i * 78.233) * 1.5);
const tensor = (shape: number[], seed: number) =>
  tf.tensor(
    values(
      shape.reduce((a, b) => a * b, 1),
      seed,
    ),
    shape,
  );

function expectSame(actual: tf.Tensor, expected: tf.Tensor, tolerance: number) {
  expect(actual.shape).toEqual(expected.shape);
  const a = actual.dataSync();
  const e = expected.dataSync();
  let diff = 0;
  let norm = 0;
  for (let i = 0; i < e.length; i++) {
    diff += (a[i] - e[i]) ** 2;
    norm += e[i] ** 2;
  }
  expect(norm).toBeGreaterThan(0);
  expect(Math.sqrt(diff / norm)).toBeLessThanOrEqual(tolerance);
}

describe.each(['cpu', 'wasm'])('fused pieces of the model on %s', (backend) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });

  it.each([
    [3, 4, 'causal'],
    [2, 1, 'causal'],
    [1, 1, 'same'],
    [4, 2, 'same'],
  ] as const)(
    'conv with relu in its kernel (k %i, d %i, %s): output and gradients of relu(conv + b)',
    (k, dilation, padding) => {
      const [batch, steps, inCh, outCh] = [2, 18, 3, 4];
      const x = tensor([batch, steps, inCh], 1);
      const w = tensor([k, inCh, outCh], 2);
      const b = tensor([outCh], 3);
      const projection = tensor([batch, steps, outCh], 4);
      const fused = (xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) =>
        tf.reshape(
          dilatedConv(
            tf.reshape(xi, [batch, 1, steps, inCh]) as tf.Tensor4D,
            wi as tf.Tensor3D,
            dilation,
            padding,
            bi as tf.Tensor1D,
            'relu',
          ),
          [batch, steps, outCh],
        );
      const unfused = (xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) =>
        tf.relu(
          threeConvs(xi as tf.Tensor3D, wi as tf.Tensor3D, dilation, padding, bi as tf.Tensor1D),
        );
      const loss = (conv: typeof fused) => (xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) =>
        tf.sum(tf.mul(conv(xi, wi, bi), projection));
      const y = fused(x, w, b);
      const expected = unfused(x, w, b);
      // Some outputs must be cut by the relu, or the test would not test it.
      expect(Array.from(expected.dataSync()).filter((v) => v === 0).length).toBeGreaterThan(10);
      expectSame(y, expected, 1e-6);
      const got = tf.grads(loss(fused))([x, w, b]);
      const want = tf.grads(loss(unfused))([x, w, b]);
      got.forEach((g, i) => expectSame(g, want[i], 1e-6));
      tf.dispose([x, w, b, projection, y, expected, ...got, ...want]);
    },
  );

  it('relu(a + b) and Σ of terms: values and gradients equal the tape ops, terms reused', () => {
    const shape = [2, 1, 9, 3];
    const [a, b, c] = [tensor(shape, 5), tensor(shape, 6), tensor(shape, 7)];
    const [p, q, r] = [tensor(shape, 8), tensor(shape, 9), tensor(shape, 10)];
    // The tape adds to (and disposes) an input's gradient when it reaches an earlier consumer
    // of that input: here a's after reluOfSum handed out b's, and c's after sumOf handed out
    // s's but before s's producer reads it. The gradients an op hands out must therefore be
    // tensors of their own.
    const loss = (fused: boolean) => (ai: tf.Tensor, bi: tf.Tensor, ci: tf.Tensor) => {
      const early = tf.sum(tf.mul(ai, q));
      const s = fused ? reluOfSum(ai, bi) : tf.relu(tf.add(ai, bi));
      const middle = tf.sum(tf.mul(tf.mul(ci, ci), r));
      const total = fused ? sumOf([ci, s]) : tf.addN([ci, s]);
      return tf.addN([early, middle, tf.sum(tf.mul(total, p))]);
    };
    const got = tf.grads(loss(true))([a, b, c]);
    const want = tf.grads(loss(false))([a, b, c]);
    got.forEach((g, i) => expectSame(g, want[i], 0));
    expectSame(reluOfSum(a, b), tf.relu(tf.add(a, b)), 0);
    expectSame(sumOf([a, b, c]), tf.addN([a, b, c]), 0);
    expect(sumOf([a])).toBe(a);
    tf.dispose([a, b, c, p, q, r, ...got, ...want]);
  });

  it('leaves no tensor behind', () => {
    const x = tensor([1, 1, 12, 2], 11) as tf.Tensor4D;
    const w = tensor([3, 2, 2], 12) as tf.Tensor3D;
    const bias = tensor([2], 13) as tf.Tensor1D;
    const before = tf.memory().numTensors;
    const grads = tf.grads((xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) => {
      const y = dilatedConv(
        xi as tf.Tensor4D,
        wi as tf.Tensor3D,
        2,
        'causal',
        bi as tf.Tensor1D,
        'relu',
      );
      return tf.sum(sumOf([reluOfSum(y, xi), y]));
    })([x, w, bias]);
    tf.dispose(grads);
    tf.dispose(dilatedConv(x, w, 2, 'causal', bias, 'relu'));
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, w, bias]);
  });
});
