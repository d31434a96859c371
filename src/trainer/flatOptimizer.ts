// Adam, RMSprop and SGD (with or without momentum) over all variables at once: the gradients
// are concatenated into one flat vector, updated with a handful of ops, and split back. tfjs's
// own optimizers run about 14 kernels per variable and step (340 for the default network), which
// on wasm costs more than the arithmetic; this runs about 25 whatever the number of variables.
// Hand-written because tfjs has no fused multi-tensor optimizer. The same formulas as tfjs's
// optimizers (tested against them in flatOptimizer.test.ts): Adam with ε added to the corrected
// √v̂, RMSprop uncentered with momentum, SGD momentum not Nesterov. A variable whose gradient is
// missing (null) is left exactly as it is, slots included: its slots stay 0, so its update is 0.
import * as tf from '@tensorflow/tfjs';
import type { TrainParams } from '../config/playgroundConfig';
import { FlatLayout } from './flatLayout';

export interface NamedSlot {
  name: string;
  tensor: tf.Tensor;
}

const SLOT_NAMES: Record<string, string[]> = {
  adam: ['m', 'v'],
  rmsprop: ['mean_square', 'momentum'],
  momentum: ['accumulation'],
  sgd: [],
};

export class FlatOptimizer {
  private iterations = 0;
  private slots: tf.Variable[] | null = null;
  private readonly kind: 'adam' | 'rmsprop' | 'momentum' | 'sgd';

  constructor(private readonly train: TrainParams) {
    this.kind =
      train.optimizer === 'sgd' ? (train.momentum > 0 ? 'momentum' : 'sgd') : train.optimizer;
  }

  /**
   * One update: the new flat weights for flat weights `w` and flat gradient `g` (zeros where a
   * variable has no gradient). The caller owns the result; the slots are updated in place.
   */
  update(w: tf.Tensor1D, g: tf.Tensor1D): tf.Tensor1D {
    this.slots ??= SLOT_NAMES[this.kind].map(() => tf.variable(tf.zeros([w.size]), false));
    this.iterations++;
    const t = this.iterations;
    const lr = this.train.learning_rate;
    const slots = this.slots;
    return tf.tidy(() => {
      let step: tf.Tensor;
      switch (this.kind) {
        case 'adam': {
          const [b1, b2, eps] = [0.9, 0.999, 1e-7];
          const m = tf.add(tf.mul(slots[0], b1), tf.mul(g, 1 - b1));
          const v = tf.add(tf.mul(slots[1], b2), tf.mul(tf.square(g), 1 - b2));
          slots[0].assign(m);
          slots[1].assign(v);
          const mHat = tf.div(m, 1 - b1 ** t);
          const vHat = tf.div(v, 1 - b2 ** t);
          step = tf.mul(tf.div(mHat, tf.add(tf.sqrt(vHat), eps)), lr);
          break;
        }
        case 'rmsprop': {
          const [rho, eps] = [0.9, 1e-7];
          const ms = tf.add(tf.mul(slots[0], rho), tf.mul(tf.square(g), 1 - rho));
          // Momentum 0 (as tfjs's RMSprop was made here): the "momentum" slot is the step.
          const mom = tf.div(tf.mul(g, lr), tf.sqrt(tf.add(ms, eps)));
          slots[0].assign(ms);
          slots[1].assign(mom);
          step = mom;
          break;
        }
        case 'momentum': {
          const acc = tf.add(tf.mul(slots[0], this.train.momentum), g);
          slots[0].assign(acc);
          step = tf.mul(acc, lr);
          break;
        }
        case 'sgd':
          step = tf.mul(g, lr);
          break;
      }
      return tf.sub(w, step) as tf.Tensor1D;
    });
  }

  /** One update of `variables` by `grads` (same order; null: no gradient, left untouched). */
  applyGradients(variables: tf.Variable[], grads: (tf.Tensor | null)[]): void {
    const layout = new FlatLayout(variables.map((v) => v.shape));
    try {
      const next = tf.tidy(() => this.update(layout.concat(variables), layout.concat(grads)));
      layout.assign(
        variables,
        next,
        grads.map((g) => g !== null),
      );
      next.dispose();
    } finally {
      layout.dispose();
    }
  }

  /** The iteration count (an int32 scalar, as tfjs's) and the slots, for a snapshot. */
  async getWeights(): Promise<NamedSlot[]> {
    return [
      { name: 'iter', tensor: tf.scalar(this.iterations, 'int32') },
      ...(this.slots ?? []).map((s, i) => ({ name: SLOT_NAMES[this.kind][i], tensor: s })),
    ];
  }

  /** Restores what getWeights gave (copies; the caller keeps its tensors). */
  async setWeights(weights: NamedSlot[]): Promise<void> {
    const [iterations, ...slots] = weights;
    this.iterations = (await iterations.tensor.data())[0];
    this.slots?.forEach((s) => s.dispose());
    this.slots = slots.length ? slots.map((s) => tf.variable(s.tensor.clone(), false)) : null;
  }

  dispose(): void {
    this.slots?.forEach((s) => s.dispose());
    this.slots = null;
  }
}
