// Gradients of a scalar loss for every trainable variable, with the ones that get none made
// explicit. tf.variableGrads silently leaves such variables out (Keras at least prints
// "Gradients do not exist for variables …"), so the result is aligned with the full list.
import * as tf from '@tensorflow/tfjs';
import type { NamedVariable } from './model';

export type GradientStatus = 'ok' | 'missing' | 'nonfinite';

export interface GradientEntry {
  name: string;
  shape: number[];
  status: GradientStatus;
  /** ‖gradient‖₂; null when the gradient is missing or not finite. */
  norm: number | null;
}

export interface GradientReport {
  loss: number;
  entries: GradientEntry[];
  /** The values of the extra scalars passed in, read in the same transfer. */
  extras: number[];
}

export interface Gradients {
  loss: tf.Scalar;
  /** One per variable, in the variables' order; null where the loss does not depend on it. */
  grads: (tf.Tensor | null)[];
}

/** The caller owns (and disposes) the returned tensors. */
export function computeGradients(variables: NamedVariable[], lossFn: () => tf.Scalar): Gradients {
  const list = variables.map((v) => v.variable);
  try {
    const { value, grads } = tf.variableGrads(lossFn, list);
    return { loss: value, grads: list.map((v) => grads[v.name] ?? null) };
  } catch (error) {
    // variableGrads throws only when no variable at all is connected to the loss.
    if (!String(error).includes('Cannot find a connection')) throw error;
    return { loss: tf.tidy(lossFn), grads: list.map(() => null) };
  }
}

/** ‖g‖₂ as max|g|·‖g/max|g|‖, so that large but finite gradients do not overflow float32. */
export function gradientNorm(g: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const peak = tf.max(tf.abs(g));
    const safePeak = tf.where(tf.greater(peak, 0), peak, tf.onesLike(peak));
    return tf.mul(peak, tf.norm(tf.div(g, safePeak))) as tf.Scalar;
  });
}

/**
 * One vector holding the loss, the extras, then the norm of every present gradient: what a step
 * reads back from the device, in one transfer. All gradients share one scale (the largest finite
 * |g|), so squares cannot overflow and each variable costs three small ops, which matters on
 * wasm where every op has a fixed cost. A gradient holding NaN or ±∞ gets a non-finite norm.
 */
export function packGradientSummary(
  { loss, grads }: Gradients,
  extras: tf.Scalar[] = [],
): tf.Tensor1D {
  return tf.tidy(() => {
    const parts: tf.Tensor[] = [tf.reshape(loss, [1]), ...extras.map((e) => tf.reshape(e, [1]))];
    const present = grads.filter((g): g is tf.Tensor => g !== null);
    if (present.length > 0) {
      const flat = tf.concat(present.map((g) => tf.reshape(g, [-1])));
      const peak = tf.max(tf.where(tf.isFinite(flat), tf.abs(flat), tf.zerosLike(flat)));
      const scale = tf.where(tf.greater(peak, 0), peak, tf.onesLike(peak));
      const inverse = tf.div(1, scale);
      const sums = tf.stack(present.map((g) => tf.sum(tf.square(tf.mul(g, inverse)))));
      parts.push(tf.mul(tf.sqrt(sums), scale));
    }
    return tf.concat(parts) as tf.Tensor1D;
  });
}

/** Reads a packed summary back into a report aligned with `variables`. */
export function unpackGradientSummary(
  variables: NamedVariable[],
  grads: (tf.Tensor | null)[],
  values: ArrayLike<number>,
  extraCount: number,
): GradientReport {
  let next = 1 + extraCount;
  const entries = variables.map((v, i): GradientEntry => {
    const shape = v.variable.shape.slice();
    if (grads[i] === null) return { name: v.name, shape, status: 'missing', norm: null };
    const norm = values[next++];
    return Number.isFinite(norm)
      ? { name: v.name, shape, status: 'ok', norm }
      : { name: v.name, shape, status: 'nonfinite', norm: null };
  });
  return { loss: values[0], entries, extras: Array.from(values).slice(1, 1 + extraCount) };
}

/** Norms and finiteness of every gradient, read back from the device once for all variables. */
export async function summarizeGradients(
  variables: NamedVariable[],
  gradients: Gradients,
  extras: tf.Scalar[] = [],
): Promise<GradientReport> {
  const packed = packGradientSummary(gradients, extras);
  const values = await packed.data();
  packed.dispose();
  return unpackGradientSummary(variables, gradients.grads, values, extras.length);
}

/** Gradients and their report in one call; frees the gradients. */
export async function gradientReport(
  variables: NamedVariable[],
  lossFn: () => tf.Scalar,
): Promise<GradientReport> {
  const gradients = computeGradients(variables, lossFn);
  try {
    return await summarizeGradients(variables, gradients);
  } finally {
    gradients.loss.dispose();
    gradients.grads.forEach((g) => g?.dispose());
  }
}
