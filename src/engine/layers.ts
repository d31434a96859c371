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

export interface BatchNormResult {
  y: tf.Tensor3D;
  /** New moving statistics, present only in training mode; the caller assigns them. */
  movingMean?: tf.Tensor1D;
  movingVariance?: tf.Tensor1D;
}

/** Over batch and time, per channel; batch statistics when training, moving ones otherwise. */
export function batchNorm(
  x: tf.Tensor3D,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  movingMean: tf.Tensor1D,
  movingVariance: tf.Tensor1D,
  training: boolean,
): BatchNormResult {
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
      ),
    };
  }
  const { mean, variance } = tf.moments(x, [0, 1]);
  const y = tf.tidy(() =>
    tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, NORM_EPSILON))), gamma), beta),
  ) as tf.Tensor3D;
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

/** Over the channels of each step. */
export function layerNorm(x: tf.Tensor3D, gamma: tf.Tensor1D, beta: tf.Tensor1D): tf.Tensor3D {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(x, -1, true);
    return tf.add(
      tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, NORM_EPSILON))), gamma),
      beta,
    );
  }) as tf.Tensor3D;
}

/**
 * Weight normalization (Salimans & Kingma 2016, as locuslab's TCN uses it): the kernel is
 * g · v/‖v‖ with one norm per output filter, so a filter's length (g) and direction (v)
 * are learned separately.
 */
export function weightNormKernel(v: tf.Tensor3D, g: tf.Tensor1D): tf.Tensor3D {
  return tf.tidy(() => tf.mul(tf.div(v, tf.norm(v, 'euclidean', [0, 1], true)), g)) as tf.Tensor3D;
}

/** keras SpatialDropout1D: whole channels dropped per sequence, survivors scaled by 1/keep. */
export function spatialDropout(x: tf.Tensor3D, rate: number, seed: number): tf.Tensor3D {
  if (rate === 0) return x;
  return tf.tidy(() => {
    const keep = 1 - rate;
    const [batch, , channels] = x.shape;
    const mask = tf.floor(
      tf.add(tf.randomUniform([batch, 1, channels], 0, 1, 'float32', seed), keep),
    );
    return tf.mul(x, tf.div(mask, keep));
  }) as tf.Tensor3D;
}
