// The building blocks keras-tcn takes from Keras, with Keras's numerics (epsilons, momentum,
// initializer scales), so that loaded keras-tcn weights give keras-tcn's outputs.
import * as tf from '@tensorflow/tfjs';
import type { Activation, KernelInitializer } from './config';

export function activate(x: tf.Tensor, activation: Activation): tf.Tensor {
  switch (activation) {
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'elu':
      return tf.elu(x);
    case 'selu':
      return tf.selu(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'linear':
      return x;
    case 'gelu':
      // Keras's default gelu is the exact one (approximate=False), built on erf.
      return tf.tidy(() => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2)))));
    case 'swish':
      return tf.tidy(() => tf.mul(x, tf.sigmoid(x)));
  }
}

// Keras's truncated normal is cut at two standard deviations; this constant restores the
// intended variance (keras.initializers.VarianceScaling).
const TRUNCATED_STDDEV_CORRECTION = 0.87962566103423978;

/** A conv kernel [kernelSize, in, out] drawn as Keras draws it. */
export function initialKernel(
  shape: [number, number, number],
  initializer: KernelInitializer,
  seed: number,
): tf.Tensor3D {
  const [k, inCh, outCh] = shape;
  const fanIn = k * inCh;
  const fanOut = k * outCh;
  switch (initializer) {
    case 'he_normal':
      return tf.truncatedNormal(
        shape,
        0,
        Math.sqrt(2 / fanIn) / TRUNCATED_STDDEV_CORRECTION,
        'float32',
        seed,
      );
    case 'glorot_normal':
      return tf.truncatedNormal(
        shape,
        0,
        Math.sqrt(2 / (fanIn + fanOut)) / TRUNCATED_STDDEV_CORRECTION,
        'float32',
        seed,
      );
    case 'he_uniform': {
      const limit = Math.sqrt(6 / fanIn);
      return tf.randomUniform(shape, -limit, limit, 'float32', seed);
    }
    case 'glorot_uniform': {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      return tf.randomUniform(shape, -limit, limit, 'float32', seed);
    }
    case 'random_normal':
      return tf.randomNormal(shape, 0, 0.05, 'float32', seed);
  }
}

/** Keras defaults for BatchNormalization and LayerNormalization. */
export const NORM_EPSILON = 1e-3;
export const BATCH_NORM_MOMENTUM = 0.99;

export interface BatchNormResult<T extends tf.Tensor> {
  y: T;
  /** New moving statistics, present only in training mode; the caller assigns them. */
  movingMean?: tf.Tensor1D;
  movingVariance?: tf.Tensor1D;
}

/**
 * Over every axis but the channels (the last), per channel; batch statistics when training,
 * moving ones otherwise.
 */
export function batchNorm<T extends tf.Tensor>(
  x: T,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  movingMean: tf.Tensor1D,
  movingVariance: tf.Tensor1D,
  training: boolean,
): BatchNormResult<T> {
  if (!training) {
    return {
      y: tf.tidy(() =>
        tf.add(
          tf.mul(
            tf.mul(tf.sub(x, movingMean), tf.rsqrt(tf.add(movingVariance, NORM_EPSILON))),
            gamma,
          ),
          beta,
        ),
      ) as T,
    };
  }
  const axes = x.shape.slice(0, -1).map((_, i) => i);
  const { mean, variance } = tf.moments(x, axes);
  const y = tf.tidy(() =>
    tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, NORM_EPSILON))), gamma), beta),
  ) as T;
  const blend = (moving: tf.Tensor1D, batch: tf.Tensor) =>
    tf.tidy(() =>
      tf.add(tf.mul(moving, BATCH_NORM_MOMENTUM), tf.mul(batch, 1 - BATCH_NORM_MOMENTUM)),
    ) as tf.Tensor1D;
  return {
    y,
    movingMean: blend(movingMean, mean),
    movingVariance: blend(movingVariance, variance),
  };
}

/** Over the channels (the last axis) of each step. */
export function layerNorm<T extends tf.Tensor>(x: T, gamma: tf.Tensor1D, beta: tf.Tensor1D): T {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(x, -1, true);
    return tf.add(
      tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, NORM_EPSILON))), gamma),
      beta,
    );
  }) as T;
}

/**
 * Weight normalization (Salimans & Kingma 2016, as locuslab's TCN uses it): the kernel is
 * g · v/‖v‖ with one norm per output filter, so a filter's length (g) and direction (v)
 * are learned separately.
 */
export function weightNormKernel(v: tf.Tensor3D, g: tf.Tensor1D): tf.Tensor3D {
  return tf.tidy(() => tf.mul(tf.div(v, tf.norm(v, 'euclidean', [0, 1], true)), g)) as tf.Tensor3D;
}

/**
 * keras SpatialDropout1D: whole channels (the last axis) dropped per sequence (the first),
 * survivors scaled by 1/keep.
 */
export function spatialDropout<T extends tf.Tensor>(x: T, rate: number, seed: number): T {
  if (rate === 0) return x;
  return tf.tidy(() => {
    const keep = 1 - rate;
    const last = x.rank - 1;
    const maskShape = x.shape.map((size, axis) => (axis === 0 || axis === last ? size : 1));
    const mask = tf.floor(tf.add(tf.randomUniform(maskShape, 0, 1, 'float32', seed), keep));
    return tf.mul(x, tf.div(mask, keep));
  }) as T;
}

/**
 * relu(a + b) with its gradient from the output alone: the tape would save copies of a, b and
 * the sum and run six kernels backward; this saves y and runs three. The two gradients are
 * distinct tensors because the tape disposes an input's gradient when it adds another to it.
 */
export const reluOfSum = tf.customGrad((a, b, save) => {
  const y = tf.relu(tf.add(a as tf.Tensor, b as tf.Tensor));
  (save as tf.GradSaveFunc)([y]);
  return {
    value: y,
    gradFunc: (dy, [savedY]) => {
      const mask = tf.step(savedY);
      return [tf.mul(dy, mask), tf.mul(dy, mask)];
    },
  };
}) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;

/**
 * Σ of same-shaped tensors in one kernel, whose gradient (dy for every term) costs one reshape
 * per term but the first; tfjs's addN saves a copy of every term and copies dy for each.
 */
export function sumOf<T extends tf.Tensor>(terms: T[]): T {
  if (terms.length === 1) return terms[0];
  const sum = tf.customGrad((...args) => {
    const inputs = args.slice(0, -1) as tf.Tensor[];
    return {
      value: tf.addN(inputs),
      // Distinct tensors for the same reason as in reluOfSum; a reshape is the cheapest.
      gradFunc: (dy) => inputs.map((_, i) => (i === 0 ? dy : tf.reshape(dy, dy.shape))),
    };
  });
  return sum(...terms) as T;
}
