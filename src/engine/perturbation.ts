// The receptive field proved by perturbation: nudge some input steps, run the network forward,
// and see whether the output at one step moves. Outside the exact influence set (influence() in
// receptiveField.ts) it does not move at all, not even by rounding: those inputs never enter the
// arithmetic that produces that output.
//
// Perturbation runs in inference mode (training: false), as the page's prediction does: dropout
// is off and batch norm uses its moving statistics, so every sequence and every output step is
// computed from its own inputs alone. In training mode batch norm normalises with the mean and
// variance of the whole batch over every time step, so a nudge anywhere in the batch (another
// sequence, or a step of this one far outside the field) moves every output; `training: true`
// is offered only to show that.
import * as tf from '@tensorflow/tfjs';
import { keptOutputStep } from './receptiveField';
import type { TcnModel } from './model';

export interface PerturbationOptions {
  /**
   * Training mode: batch norm on batch statistics, dropout on (with fixed masks, the same in
   * both passes). Default false. Only perturbationEffect accepts it.
   */
  training?: boolean;
  /**
   * Other sequences [n, steps, channels] that share the batch, unperturbed. They change nothing
   * in inference mode; in training mode with batch norm they show the batch mixing.
   */
  batchmates?: tf.Tensor3D;
}

export interface PerturbationResult {
  /** The output step read: the given one, or the kept step when return_sequences is false. */
  outputStep: number;
  /** Σ over output channels of |Δy| at that step. */
  change: number;
  /** Δy per output channel (after − before). */
  channelChanges: number[];
}

/** The output step a model's output row holds: the kept one without return_sequences. */
export function readOutputStep(model: TcnModel, seqLen: number, outputStep: number): number {
  const t = model.config.return_sequences ? outputStep : keptOutputStep(model.config, seqLen);
  if (!Number.isInteger(t) || t < 0 || t >= seqLen) {
    throw new RangeError(`output step ${t} is outside 0…${seqLen - 1}`);
  }
  return t;
}

function checkSequence(model: TcnModel, x: tf.Tensor3D): [number, number] {
  const [batch, steps, channels] = x.shape;
  if (batch !== 1)
    throw new Error(`perturbation takes one sequence [1, steps, channels]; got batch ${batch}`);
  if (channels !== model.config.input_dim) {
    throw new Error(
      `the model expects ${model.config.input_dim} input channels; x has ${channels}`,
    );
  }
  return [steps, channels];
}

/** Rows of the output at step t, [batch, filters], from a batch of sequences. */
function outputAt(model: TcnModel, x: tf.Tensor3D, t: number, training: boolean): tf.Tensor2D {
  const { output, movingStatistics } = model.apply(x, { training, dropoutSeed: 0 });
  // New moving statistics are not committed: a probe must leave the model as it found it.
  movingStatistics.forEach((m) => m.value.dispose());
  if (!model.config.return_sequences) return output as tf.Tensor2D;
  const [batch, , filters] = output.shape;
  return tf.reshape(tf.slice(output, [0, t, 0], [batch, 1, filters]), [batch, filters]);
}

/** x with `delta` added at the given steps, on every channel. */
function nudged(x: tf.Tensor3D, steps: number[], delta: number): tf.Tensor3D {
  const [, length, channels] = x.shape;
  const mask = new Float32Array(length * channels);
  for (const s of steps) {
    if (!Number.isInteger(s) || s < 0 || s >= length) {
      throw new RangeError(`input step ${s} is outside 0…${length - 1}`);
    }
    mask.fill(delta, s * channels, (s + 1) * channels);
  }
  return tf.add(x, tf.tensor3d(mask, [1, length, channels]));
}

/**
 * How much the output at `outputStep` changes (Σ |Δ| over output channels) when every channel
 * of the input at each of the `perturbed` steps gets +delta. Two forward passes of the same
 * shape, in inference mode unless options.training: exactly 0 outside influence(config, steps,
 * outputStep).inputSteps. `outputStep` is in the output's order (with go_backwards the output
 * is not reversed back, as in keras-tcn); `perturbed` is in the caller's input order.
 */
export async function perturbationEffect(
  model: TcnModel,
  x: tf.Tensor3D,
  outputStep: number,
  perturbed: number[],
  delta = 1,
  options: PerturbationOptions = {},
): Promise<PerturbationResult> {
  const [steps] = checkSequence(model, x);
  const t = readOutputStep(model, steps, outputStep);
  const training = options.training ?? false;
  const mates = options.batchmates;
  if (mates && (mates.shape[1] !== steps || mates.shape[2] !== x.shape[2])) {
    throw new Error(`batchmates must be [n, ${steps}, ${x.shape[2]}]; got [${mates.shape}]`);
  }
  const row = (input: tf.Tensor3D) =>
    tf.tidy(() => {
      const batch = mates ? (tf.concat([input, mates], 0) as tf.Tensor3D) : input;
      return tf.slice(outputAt(model, batch, t, training), [0, 0], [1, -1]);
    });
  const before = row(x);
  const after = tf.tidy(() => row(nudged(x, perturbed, delta)));
  const [b, a] = await Promise.all([before.data(), after.data()]);
  before.dispose();
  after.dispose();
  // The difference in float64 of two float32 values: 0 exactly when they are the same number.
  const channelChanges = Array.from(a, (v, i) => v - b[i]);
  const change = channelChanges.reduce((sum, d) => sum + Math.abs(d), 0);
  return { outputStep: t, change, channelChanges };
}

export interface StepByStepOptions {
  /** Most sequences per forward pass (the reference sequence included); default from the size. */
  maxBatch?: number;
  delta?: number;
}

/**
 * For every input step s (caller's order), the change of the output at `outputStep`
 * (Σ |Δ| over channels) when only step s gets +delta: an array of length steps, 0 exactly outside
 * the influence set. Inference mode only (in training mode the batch itself would mix the
 * sequences). The perturbed copies run as a batch; each pass carries the unperturbed sequence as
 * its first row, so every difference is taken within one pass.
 */
export async function stepByStepEffect(
  model: TcnModel,
  x: tf.Tensor3D,
  outputStep: number,
  options: StepByStepOptions = {},
): Promise<number[]> {
  const [steps, channels] = checkSequence(model, x);
  const t = readOutputStep(model, steps, outputStep);
  const delta = options.delta ?? 1;
  // Keep a pass's widest activation around 4M floats (16 MB).
  const widest = Math.max(channels, ...model.blocks.map((b) => b.filters));
  const fit = Math.max(2, Math.floor(4_000_000 / Math.max(1, steps * widest)));
  const maxBatch = Math.max(2, Math.floor(options.maxBatch ?? fit));
  const perPass = maxBatch - 1;
  const effect = new Array<number>(steps).fill(0);
  for (let first = 0; first < steps; first += perPass) {
    const count = Math.min(perPass, steps - first);
    const rows = tf.tidy(() => {
      // Row 0: x; row 1 + i: x with step first + i nudged on every channel.
      const mask = new Float32Array((count + 1) * steps * channels);
      for (let i = 0; i < count; i++) {
        const offset = ((i + 1) * steps + first + i) * channels;
        mask.fill(delta, offset, offset + channels);
      }
      const batch = tf.add(
        tf.tile(x, [count + 1, 1, 1]),
        tf.tensor3d(mask, [count + 1, steps, channels]),
      ) as tf.Tensor3D;
      return outputAt(model, batch, t, false);
    });
    const values = await rows.data();
    const filters = rows.shape[1];
    rows.dispose();
    for (let i = 0; i < count; i++) {
      let sum = 0;
      for (let c = 0; c < filters; c++) {
        sum += Math.abs(values[(i + 1) * filters + c] - values[c]);
      }
      effect[first + i] = sum;
    }
  }
  return effect;
}
