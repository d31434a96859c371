import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Padding } from './config';
import { causalConv1d, im2colConv, tapsConv, threeConvs } from './causalConv1d';
import { convPadding } from './receptiveField';

// A direct float64 convolution, written from the definition, as the reference.
function referenceConv(
  x: Float64Array,
  [batch, steps, inCh]: number[],
  w: Float64Array,
  [k, , outCh]: number[],
  dilation: number,
  padding: Padding,
): Float64Array {
  const [left] = convPadding(k, dilation, padding);
  const y = new Float64Array(batch * steps * outCh);
  for (let b = 0; b < batch; b++)
    for (let t = 0; t < steps; t++)
      for (let o = 0; o < outCh; o++) {
        let sum = 0;
        for (let j = 0; j < k; j++) {
          const s = t - left + j * dilation;
          if (s < 0 || s >= steps) continue;
          for (let c = 0; c < inCh; c++)
            sum += x[(b * steps + s) * inCh + c] * w[(j * inCh + c) * outCh + o];
        }
        y[(b * steps + t) * outCh + o] = sum;
      }
  return y;
}

const random = (n: number, seed: number) => {
  let state = seed;
  return Float64Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 30 - 1;
  });
};

// wasm takes a different gradient path (explicit transposes, see matMul.ts), so both are checked.
// Both implementations (the page picks one per backend) on both CPU backends.
describe.each([
  ['cpu', im2colConv],
  ['cpu', tapsConv],
  ['wasm', im2colConv],
  ['wasm', tapsConv],
  ['cpu', threeConvs],
  ['wasm', threeConvs],
  ['wasm', causalConv1d],
])('dilated convolution on %s, %o', (backend, conv) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });

  const cases: [number, number, Padding][] = [];
  for (const dilation of [1, 2, 4, 8, 16])
    for (const padding of ['causal', 'same'] as const) cases.push([3, dilation, padding]);
  cases.push([1, 1, 'causal'], [2, 16, 'same'], [5, 3, 'causal'], [4, 5, 'same']);

  it.each(cases)(
    'kernel %i, dilation %i, %s: forward and gradients match finite differences',
    (k, dilation, padding) => {
      const xShape = [2, 40, 2];
      const wShape = [k, 2, 3];
      const x = random(
        xShape.reduce((a, b) => a * b),
        7 + dilation,
      );
      const w = random(
        wShape.reduce((a, b) => a * b),
        11 + k,
      );
      const projection = random(2 * 40 * 3, 13);
      // The loss Σ conv(x, w)·P is linear in each of x and w, so a central difference in float64
      // is exact up to rounding: the reference gradient.
      const loss = (xv: Float64Array, wv: Float64Array) =>
        referenceConv(xv, xShape, wv, wShape, dilation, padding).reduce(
          (s, v, i) => s + v * projection[i],
          0,
        );
      const finiteDifference = (of: 'x' | 'w') => {
        const base = of === 'x' ? x : w;
        return Float64Array.from(base, (_, i) => {
          const eps = 1e-3;
          const plus = base.slice();
          const minus = base.slice();
          plus[i] += eps;
          minus[i] -= eps;
          return of === 'x'
            ? (loss(plus, w) - loss(minus, w)) / (2 * eps)
            : (loss(x, plus) - loss(x, minus)) / (2 * eps);
        });
      };

      const xt = tf.tensor3d(Float32Array.from(x), xShape as [number, number, number]);
      const wt = tf.tensor3d(Float32Array.from(w), wShape as [number, number, number]);
      const pt = tf.tensor3d(Float32Array.from(projection), [2, 40, 3]);
      const forward = conv(xt, wt, dilation, padding).dataSync();
      const expected = referenceConv(x, xShape, w, wShape, dilation, padding);
      expectClose(forward, expected, 1e-5);

      const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.mul(conv(a as tf.Tensor3D, b as tf.Tensor3D, dilation, padding), pt)),
      )([xt, wt]);
      expectClose(gx.dataSync(), finiteDifference('x'), 1e-5);
      expectClose(gw.dataSync(), finiteDifference('w'), 1e-5);
      tf.dispose([xt, wt, pt, gx, gw]);
    },
  );

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    const x = tf.randomNormal([1, 16, 2]) as tf.Tensor3D;
    const w = tf.randomNormal([3, 2, 2]) as tf.Tensor3D;
    const y = conv(x, w, 4, 'causal');
    tf.dispose([x, w, y]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('pads causal on the left only and same floor-left, ceil-right', () => {
    expect(convPadding(3, 4, 'causal')).toEqual([8, 0]);
    expect(convPadding(2, 3, 'same')).toEqual([1, 2]);
  });
});

// The bias is fused into the convolution's kernel on the paths the model uses.
describe.each([
  ['cpu', threeConvs],
  ['wasm', threeConvs],
  ['wasm', causalConv1d],
])('dilated convolution with a bias on %s, %o', (backend, conv) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });

  it('with a bias (one fused kernel): output + b, and ∂/∂b of Σ y·P is Σ over batch and time of P', () => {
    const xShape: [number, number, number] = [2, 20, 3];
    const wShape: [number, number, number] = [3, 3, 2];
    const x = random(120, 5);
    const w = random(18, 6);
    const b = [0.5, -1.25];
    const projection = random(2 * 20 * 2, 9);
    const xt = tf.tensor3d(Float32Array.from(x), xShape);
    const wt = tf.tensor3d(Float32Array.from(w), wShape);
    const bt = tf.tensor1d(b);
    const pt = tf.tensor3d(Float32Array.from(projection), [2, 20, 2]);
    const run = (c: typeof threeConvs, a: tf.Tensor, k: tf.Tensor, bias?: tf.Tensor) =>
      c(a as tf.Tensor3D, k as tf.Tensor3D, 4, 'causal', bias as tf.Tensor1D | undefined);
    const y = run(conv, xt, wt, bt).dataSync();
    const reference = referenceConv(x, xShape, w, wShape, 4, 'causal').map((v, i) => v + b[i % 2]);
    expectClose(y, reference, 1e-5);
    const [, , gb] = tf.grads((a: tf.Tensor, k: tf.Tensor, bias: tf.Tensor) =>
      tf.sum(tf.mul(run(conv, a, k, bias), pt)),
    )([xt, wt, bt]);
    const expected = [0, 1].map((o) =>
      projection.filter((_, i) => i % 2 === o).reduce((s, v) => s + v, 0),
    );
    expectClose(gb.dataSync(), expected, 1e-6);
    tf.dispose([xt, wt, bt, pt, gb]);
  });
});

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number) {
  let diff = 0;
  let norm = 0;
  for (let i = 0; i < expected.length; i++) {
    diff += (actual[i] - expected[i]) ** 2;
    norm += expected[i] ** 2;
  }
  expect(actual.length).toBe(expected.length);
  expect(Math.sqrt(diff / norm)).toBeLessThan(tolerance);
}
