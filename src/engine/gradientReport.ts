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

/**
 * Norms and finiteness of every gradient, read back from the device once for all variables.
 * A norm is computed as max|g|·‖g/max|g|‖ so that large but finite gradients do not overflow.
 */
export async function summarizeGradients(
  variables: NamedVariable[],
  { loss, grads }: Gradients,
  extras: tf.Scalar[] = [],
): Promise<GradientReport> {
  const present = grads.filter((g): g is tf.Tensor => g !== null);
  const packed = tf.tidy(() => {
    const parts: tf.Tensor[] = [tf.reshape(loss, [1]), ...extras.map((e) => tf.reshape(e, [1]))];
    for (const g of present) {
      const peak = tf.max(tf.abs(g));
      const safePeak = tf.where(tf.greater(peak, 0), peak, tf.onesLike(peak));
      const norm = tf.mul(peak, tf.norm(tf.div(g, safePeak)));
      const finite = tf.cast(tf.all(tf.isFinite(g)), 'float32');
      parts.push(tf.stack([norm, finite]));
    }
    return tf.concat(parts);
  });
  const values = await packed.data();
  packed.dispose();
  let next = 1 + extras.length;
  const entries = variables.map((v, i): GradientEntry => {
    const shape = v.variable.shape.slice();
    if (grads[i] === null) return { name: v.name, shape, status: 'missing', norm: null };
    const norm = values[next];
    const finite = values[next + 1] === 1 && Number.isFinite(norm);
    next += 2;
    return finite
      ? { name: v.name, shape, status: 'ok', norm }
      : { name: v.name, shape, status: 'nonfinite', norm: null };
  });
  return { loss: values[0], entries, extras: Array.from(values.slice(1, 1 + extras.length)) };
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
