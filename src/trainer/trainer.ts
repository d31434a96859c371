// Trains a TCN plus a Dense head on a synthetic task and reports, every step, what each
// variable's gradient and weights are doing. Runs wherever TensorFlow.js runs: the page's
// worker, Node (CLI, tests).
import { readOutputStep, stepByStepEffect } from '../engine/perturbation';
import * as tf from '@tensorflow/tfjs';
import {
  configProblems,
  type PlaygroundConfig,
  type SettingProblem,
  type TrainParams,
} from '../config/playgroundConfig';
import { computeGradients, type GradientStatus } from '../engine/gradientReport';
import { t } from '../i18n/core';
import { initialKernel } from '../engine/layers';
import { disposeBatch, toTensors, type BatchTensors } from './batchTensors';
import { FlatLayout } from './flatLayout';
import { FlatOptimizer } from './flatOptimizer';
import { commitMovingStatistics, type NamedVariable } from '../engine/model';
import { buildNetwork, type Network } from './network';
import type { NetworkKind } from './networkKinds';
import { seededRandom, type Random } from '../tasks/random';
import type { Batch, TaskInfo } from '../tasks/tasks';
import { taskSource, type BatchSource } from './batchSource';
import type { ExportCheck, NamedValues, RunState, WeightSnapshot } from '../config/weightsFile';

// The weights' format lives with the run's other files (src/config/weightsFile.ts).
export type { ExportCheck, NamedValues, RunState, WeightSnapshot };

export interface VariableInfo {
  name: string;
  shape: number[];
  size: number;
}

export interface Sample {
  /** [steps][channels] of the first held-out sequence. */
  input: number[][];
  /** [steps][values]; per-sequence tasks have one row; copy_memory holds class indices. */
  target: number[][];
  prediction: number[][];
  /** A series: the first row of this window in the held-out part (its dates are the page's). */
  firstRow?: number;
}

export interface StepStats {
  step: number;
  loss: number;
  metric: number;
  /** Aligned with `Trainer.variables`. */
  gradients: { status: GradientStatus; norm: number | null }[];
  weightNorms: number[];
  /** ‖Δw‖/‖w‖ of this step's update; null where there was no gradient. */
  updateRatios: (number | null)[];
  stepsPerSecond: number;
  /** Every `evalEvery` steps: the held-out batch's loss and metric, and one sequence to plot. */
  heldOut?: { loss: number; metric: number; sample: Sample };
}

export type StepResult =
  | { ok: true; stats: StepStats }
  /** Training cannot go on: nothing was applied, the weights are the last good ones. */
  | { ok: false; step: number; message: string; stats?: StepStats };

export class ConfigurationError extends Error {
  constructor(readonly problems: SettingProblem[]) {
    super(problems.map((p) => p.message).join(' '));
  }
}

export const DEFAULT_EVAL_EVERY = 20;

export class Trainer {
  /** Its texts follow the page's language (see relocalize). */
  info: TaskInfo;
  readonly variables: VariableInfo[];
  private model!: Network;
  private head!: NamedVariable[];
  private trainable!: NamedVariable[];
  private optimizer!: FlatOptimizer;
  private layout!: FlatLayout;
  /**
   * The trainable variables as one flat vector, kept from the last step's update: gathering
   * them again costs a reshape per variable and a concat. Null whenever it may differ from the
   * variables (before the first step, after a restore or an undone step, or when some
   * variable gets no gradient and so is not written back).
   */
  private flatWeights: tf.Tensor1D | null = null;
  private random!: Random;
  private heldOut: Batch;
  private stepCount = 0;
  private stepsPerSecond = 0;
  /**
   * Off only to measure what the report costs (npm run bench): steps then read back the loss
   * and metric alone, clip on the device, and carry no per-variable statistics.
   */
  reportGradients = true;

  private constructor(
    readonly config: PlaygroundConfig,
    readonly evalEvery: number,
    private readonly source: BatchSource,
    /** The TCN, or a recurrent baseline matched to its parameter count. */
    readonly network: NetworkKind,
  ) {
    this.info = source.info;
    this.heldOut = source.heldOut(Math.min(config.train.batch_size, 64));
    this.build();
    this.variables = this.trainable.map((v) => ({
      name: v.name,
      shape: v.variable.shape.slice(),
      size: v.variable.size,
    }));
  }

  /** Throws ConfigurationError listing every problem when the configuration cannot train. */
  /**
   * `source` gives the batches: the configuration's synthetic task unless a user's series is
   * handed in (its input columns must equal the configuration's input_dim). `network` trains a
   * recurrent baseline instead of the TCN, with about the TCN's parameter count.
   */
  static create(
    config: PlaygroundConfig,
    evalEvery = DEFAULT_EVAL_EVERY,
    { source, network = config.train.model }: { source?: BatchSource; network?: NetworkKind } = {},
  ): Trainer {
    const problems = configProblems(config);
    if (!source && config.task.name === 'series') {
      throw new ConfigurationError([
        ...problems,
        {
          key: 'data',
          kind: 'tab-limit',
          message: t('runtime.trainer.seriesNeedsFile'),
        },
      ]);
    }
    source ??= taskSource(config.task, config.train.data_seed);
    if (source.info.inputDim !== config.tcn.input_dim) {
      problems.push({
        key: 'input_dim',
        kind: 'keras-rejects',
        message: t('runtime.trainer.inputDimMismatch', {
          columns: source.info.inputDim,
          inputDim: config.tcn.input_dim,
        }),
      });
    }
    if (problems.length) throw new ConfigurationError(problems);
    return new Trainer(config, evalEvery, source, network);
  }

  get step(): number {
    return this.stepCount;
  }

  private build(): void {
    const { tcn, train } = this.config;
    this.model = buildNetwork(this.network, tcn, this.info, train.seed);
    const channels = this.model.outputChannels;
    const outputDim = this.info.outputDim;
    this.head = this.model.includesHead
      ? []
      : [
          {
            name: 'dense/kernel',
            variable: tf.tidy(() =>
              tf.variable(
                tf.reshape(
                  initialKernel([1, channels, outputDim], 'glorot_uniform', train.seed + 7919),
                  [channels, outputDim],
                ),
              ),
            ),
          },
          { name: 'dense/bias', variable: tf.variable(tf.zeros([outputDim])) },
        ];
    this.trainable = [...this.model.trainable, ...this.head];
    this.layout = new FlatLayout(this.trainable.map((v) => v.variable.shape));
    this.optimizer = makeOptimizer(train);
    this.random = seededRandom(train.data_seed);
    this.stepCount = 0;
  }

  /** Back to step 0: the very same initial weights, a fresh optimizer, the data from the start. */
  reset(): void {
    this.disposeState();
    this.build();
  }

  private predict(x: tf.Tensor3D, training: boolean, dropoutSeed = 0) {
    const { output, movingStatistics } = this.model.apply(x, { training, dropoutSeed });
    if (this.model.includesHead) return { prediction: output, movingStatistics };
    const [kernel, bias] = this.head.map((h) => h.variable);
    const channels = kernel.shape[0];
    const flat = tf.reshape(output, [-1, channels]);
    const dense = tf.add(tf.matMul(flat, kernel), bias);
    const shape = this.info.perStep
      ? [x.shape[0], x.shape[1], this.info.outputDim]
      : [x.shape[0], this.info.outputDim];
    return { prediction: tf.reshape(dense, shape), movingStatistics };
  }

  /** What is trained, e.g. "LSTM, 34 units: 4,931 parameters against the TCN's 4,849 (+1.7 %)". */
  /** Writes the task's texts again in the current language. */
  relocalize(): void {
    this.info = this.source.describe();
  }

  get networkDescription(): string {
    return this.model.description;
  }

  /** Loss and metric of a prediction, as scalars. */
  private score(
    prediction: tf.Tensor,
    batch: BatchTensors,
  ): { loss: tf.Scalar; metric: tf.Scalar } {
    if (this.info.loss === 'crossentropy') {
      const labels = tf.oneHot(tf.cast(batch.y, 'int32'), this.info.outputDim);
      const perStep = tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(prediction)), -1));
      const loss = tf.mean(perStep) as tf.Scalar;
      const correct = tf.cast(
        tf.equal(tf.argMax(prediction, -1), tf.cast(batch.y, 'int32')),
        'float32',
      );
      const metric = tf.div(
        tf.sum(tf.mul(correct, batch.metricMask)),
        tf.sum(batch.metricMask),
      ) as tf.Scalar;
      return { loss, metric };
    }
    const squared = tf.square(tf.sub(prediction, batch.y));
    if (!this.info.perStep) {
      const loss = tf.mean(squared) as tf.Scalar;
      return { loss, metric: loss };
    }
    const mask = tf.expandDims(batch.lossMask, -1);
    const loss = tf.div(
      tf.sum(tf.mul(squared, mask)),
      tf.mul(tf.sum(mask), this.info.outputDim),
    ) as tf.Scalar;
    const scale = this.source.metricScale;
    return { loss, metric: scale === 1 ? loss : (tf.mul(loss, scale) as tf.Scalar) };
  }

  /** One optimizer step on a fresh batch. */
  async trainStep(): Promise<StepResult> {
    const started = performance.now();
    const step = this.stepCount + 1;
    const batch = toTensors(this.source.train(this.config.train.batch_size, this.random));
    const report = this.reportGradients;
    const variables = this.trainable.map((v) => v.variable);
    // A step with non-finite values is undone from copies, so that the whole step needs a single
    // read-back from the device: the flat weights before the update, and batch norm's moving
    // statistics (the only variables a step changes besides the trainable ones).
    const statistics = this.model.variables.filter((v) => !v.variable.trainable);
    const statisticsBefore = statistics.map((v) => tf.clone(v.variable));
    let moving: { name: string; value: tf.Tensor }[] = [];
    let metric: tf.Scalar | null = null;
    const gradients = computeGradients(this.trainable, () => {
      const { prediction, movingStatistics } = this.predict(
        batch.x,
        true,
        this.config.train.seed * 100_003 + step,
      );
      moving = movingStatistics.map((s) => ({ name: s.name, value: tf.keep(s.value) }));
      const scored = this.score(prediction, batch);
      metric = tf.keep(scored.metric);
      return scored.loss;
    });
    const present = gradients.grads.map((g) => g !== null);
    const layout = this.layout;
    const before = this.flatWeights ?? tf.tidy(() => layout.concat(variables));
    this.flatWeights = null;
    const { after, readBack } = tf.tidy(() => {
      const g = layout.concat(gradients.grads);
      const norms = layout.norms(g);
      // Keras's clipnorm: each variable's gradient scaled to a norm of at most `clip`.
      const clip = this.config.train.clipnorm;
      const clipped = clip ? tf.mul(g, layout.spread(tf.div(clip, tf.maximum(norms, clip)))) : g;
      const next = tf.keep(this.optimizer.update(before, clipped as tf.Tensor1D));
      const parts: tf.Tensor[] = [tf.reshape(gradients.loss, [1]), tf.reshape(metric!, [1]), norms];
      if (report) {
        // ‖w‖ and ‖Δw‖ for every variable.
        parts.push(
          tf.sqrt(layout.sums(tf.square(next))),
          tf.sqrt(layout.sums(tf.square(tf.sub(next, before)))),
        );
      }
      return { after: next, readBack: tf.concat(parts) };
    });
    layout.assign(variables, after, present);
    commitMovingStatistics(this.model, moving);
    const values = await readBack.data();
    tf.dispose([readBack, gradients.loss, metric!]);
    gradients.grads.forEach((g) => g?.dispose());
    disposeBatch(batch);

    const count = variables.length;
    const norms = values.subarray(2, 2 + count);
    const weightNorms = values.subarray(2 + count, 2 + 2 * count);
    const updateNorms = values.subarray(2 + 2 * count, 2 + 3 * count);
    const summary = {
      loss: values[0],
      entries: this.trainable.map((v, i) => ({
        name: v.name,
        status: !present[i]
          ? ('missing' as const)
          : Number.isFinite(norms[i])
            ? ('ok' as const)
            : ('nonfinite' as const),
        norm: present[i] && Number.isFinite(norms[i]) ? norms[i] : null,
      })),
    };
    const broken = summary.entries.find((e) => e.status === 'nonfinite');
    if (!Number.isFinite(summary.loss) || broken) {
      // Undo the step: every weight and moving statistic back, and a fresh optimizer, whose
      // moments the non-finite gradient has spoiled.
      layout.assign(variables, before, present);
      statistics.forEach((v, i) => v.variable.assign(statisticsBefore[i]));
      tf.dispose([before, after, ...statisticsBefore]);
      this.optimizer.dispose();
      this.optimizer = makeOptimizer(this.config.train);
      return {
        ok: false,
        step,
        message: broken
          ? t('runtime.trainer.gradientNotFinite', {
              step,
              variable: broken.name,
              previous: step - 1,
            })
          : t('runtime.trainer.lossNotFinite', { step, previous: step - 1 }),
      };
    }
    tf.dispose([before, ...statisticsBefore]);
    // A variable without a gradient is not written back, so it need not equal its part of
    // `after` (its update by a zero gradient): the cache is kept only when every one was written.
    if (present.every(Boolean)) this.flatWeights = after;
    else after.dispose();
    this.stepCount = step;

    const ms = performance.now() - started;
    this.stepsPerSecond = this.stepsPerSecond
      ? 0.8 * this.stepsPerSecond + 0.2 * (1000 / ms)
      : 1000 / ms;
    const stats: StepStats = {
      step,
      loss: summary.loss,
      metric: values[1],
      gradients: report ? summary.entries.map((e) => ({ status: e.status, norm: e.norm })) : [],
      weightNorms: report ? Array.from(weightNorms) : [],
      updateRatios: report
        ? this.trainable.map((_, i) =>
            present[i] ? updateNorms[i] / Math.max(weightNorms[i], 1e-12) : null,
          )
        : [],
      stepsPerSecond: this.stepsPerSecond,
    };
    if (!report) return { ok: true, stats };
    if (step % this.evalEvery === 0 || step === 1) stats.heldOut = await this.evaluate();
    return { ok: true, stats };
  }

  /** Loss and metric on the held-out batch (inference mode) and its first sequence. */
  async evaluate(): Promise<{ loss: number; metric: number; sample: Sample }> {
    const batch = toTensors(this.heldOut);
    const { packed, prediction } = tf.tidy(() => {
      const { prediction } = this.predict(batch.x, false);
      const { loss, metric } = this.score(prediction, batch);
      const first = tf.slice(prediction, 0, 1);
      const shown =
        this.info.loss === 'crossentropy' ? tf.cast(tf.argMax(first, -1), 'float32') : first;
      return { packed: tf.stack([loss, metric]), prediction: shown };
    });
    const [values, predicted] = await Promise.all([packed.data(), prediction.data()]);
    tf.dispose([packed, prediction]);
    disposeBatch(batch);
    const { xShape, x, y } = this.heldOut;
    const [, steps, channels] = xShape;
    const rows = (data: ArrayLike<number>, width: number, count: number) =>
      Array.from({ length: count }, (_, t) =>
        Array.from({ length: width }, (_, c) => data[t * width + c]),
      );
    const perRow = this.info.loss === 'crossentropy' ? 1 : this.info.outputDim;
    const count = this.info.perStep ? steps : 1;
    return {
      loss: values[0],
      metric: values[1],
      sample: {
        input: rows(x, channels, steps),
        target: rows(y, perRow, count),
        prediction: rows(predicted, perRow, count),
        ...(this.heldOut.rowStarts ? { firstRow: this.heldOut.rowStarts[0] } : {}),
      },
    };
  }

  /**
   * The first `count` held-out sequences and the model's output on them in inference mode (the
   * network's own output, not the loss: the Dense head's values, logits for copy_memory), with
   * their targets, loss mask and loss: what another framework checks itself against (see
   * src/config/kerasScript.ts).
   */
  async exportCheck(count = 4): Promise<ExportCheck> {
    const { x, xShape, y, yShape, lossMask, metricMask } = this.heldOut;
    const [all, steps, channels] = xShape;
    const n = Math.max(1, Math.min(Math.floor(count), all));
    const yPer = y.length / all;
    const batch: Batch = {
      x: x.subarray(0, n * steps * channels),
      xShape: [n, steps, channels],
      y: y.subarray(0, n * yPer),
      yShape: [n, ...yShape.slice(1)],
      lossMask: lossMask.subarray(0, n * steps),
      metricMask: metricMask.subarray(0, n * steps),
    };
    const tensors = toTensors(batch);
    const { prediction, loss } = tf.tidy(() => {
      const { prediction } = this.predict(tensors.x, false);
      return { prediction, loss: this.score(prediction, tensors).loss };
    });
    const [output, lossValue] = await Promise.all([prediction.data(), loss.data()]);
    const outputShape = prediction.shape.slice();
    tf.dispose([prediction, loss]);
    disposeBatch(tensors);
    return {
      x: Array.from(batch.x),
      xShape: batch.xShape,
      output: Array.from(output),
      outputShape,
      y: Array.from(batch.y),
      yShape: batch.yShape,
      lossMask: Array.from(batch.lossMask),
      loss: lossValue[0],
      ...(this.source.scaling ? { scaling: this.source.scaling } : {}),
    };
  }

  /**
   * The proof by perturbation on the first held-out sequence with the current weights: for each
   * input step s, how much the TCN's output at step t changes when x_s alone gets +1 (summed
   * over channels), in inference mode. Exactly 0 outside the receptive field. Null for a
   * recurrent baseline, whose output at t reads every earlier step.
   */
  async perturbation(outputStep: number): Promise<{ outputStep: number; change: number[] } | null> {
    const tcn = this.model.tcn;
    if (!tcn) return null;
    const [, steps, channels] = this.heldOut.xShape;
    const t = Math.min(Math.max(0, Math.floor(outputStep)), steps - 1);
    const x = tf.tensor3d(this.heldOut.x.slice(0, steps * channels), [1, steps, channels]);
    try {
      const change = await stepByStepEffect(tcn, x, t);
      return { outputStep: readOutputStep(tcn, steps, t), change };
    } finally {
      x.dispose();
    }
  }

  /**
   * |∂y_t/∂x_s| for the first held-out sequence with the current weights: how much each input
   * step s moves the TCN's output at step t (summed over channels). The measured counterpart of
   * the receptive field; zero wherever the input cannot reach the output.
   */
  async inputSensitivity(outputStep: number): Promise<number[]> {
    const [, steps, channels] = this.heldOut.xShape;
    const t = Math.min(Math.max(0, Math.floor(outputStep)), steps - 1);
    const perStep = tf.tidy(() => {
      const x = tf.tensor3d(this.heldOut.x.subarray(0, steps * channels), [1, steps, channels]);
      const grad = tf.grad((input: tf.Tensor) => {
        const { output } = this.model.apply(input as tf.Tensor3D, { training: false });
        const picked = this.config.tcn.return_sequences
          ? tf.slice(output, [0, t, 0], [1, 1, -1])
          : output;
        return tf.sum(picked);
      })(x);
      return tf.sum(tf.abs(grad), [0, 2]);
    });
    const values = await perStep.data();
    perStep.dispose();
    return Array.from(values);
  }

  /**
   * Every weight (TCN, head), for download or to continue on another backend; `withRunState`
   * adds the optimizer's slots and the data position, so that a restore continues the run exactly.
   */
  async snapshot(withRunState = false): Promise<WeightSnapshot> {
    const all = [...this.model.variables, ...this.head];
    const data = await Promise.all(all.map((v) => v.variable.data()));
    const snapshot: WeightSnapshot = {
      step: this.stepCount,
      weights: all.map((v, i) => ({
        name: v.name,
        shape: v.variable.shape.slice(),
        data: Array.from(data[i]),
      })),
    };
    if (withRunState) {
      const data = this.random.state();
      const slots = await this.optimizer.getWeights();
      try {
        const values = await Promise.all(slots.map((s) => s.tensor.data()));
        const optimizer = slots.map((s, i) => ({
          name: s.name,
          shape: s.tensor.shape.slice(),
          data: Array.from(values[i]),
        }));
        snapshot.run = { optimizer, data };
      } finally {
        // getWeights makes a new tensor for the iteration count; the slots themselves stay.
        tf.dispose(slots.filter((s) => !(s.tensor instanceof tf.Variable)).map((s) => s.tensor));
      }
    }
    return snapshot;
  }

  /**
   * Loads a snapshot. With its run state, the optimizer and the data go on where they were;
   * without, the optimizer starts afresh. Throws naming a wrong weight.
   */
  async restore(snapshot: WeightSnapshot): Promise<void> {
    this.flatWeights?.dispose();
    this.flatWeights = null;
    const headNames = new Set(this.head.map((h) => h.name));
    this.model.setWeights(snapshot.weights.filter((w) => !headNames.has(w.name)));
    for (const h of this.head) {
      const w = snapshot.weights.find((s) => s.name === h.name);
      if (!w || w.shape.join() !== h.variable.shape.join())
        throw new Error(t('runtime.trainer.weightMismatch', { name: h.name }));
      tf.tidy(() => h.variable.assign(tf.tensor(w.data, w.shape)));
    }
    this.optimizer.dispose();
    this.optimizer = makeOptimizer(this.config.train);
    this.stepCount = snapshot.step;
    if (!snapshot.run) return;
    const slots = snapshot.run.optimizer.map((s, i) => ({
      name: s.name,
      // The first slot is the iteration count, an int32 scalar in tfjs.
      tensor: tf.tensor(s.data, s.shape, i === 0 && s.shape.length === 0 ? 'int32' : 'float32'),
    }));
    try {
      await this.optimizer.setWeights(slots);
    } finally {
      // setWeights copies the slots into variables of its own.
      tf.dispose(slots.map((s) => s.tensor));
    }
    this.random = seededRandom(this.config.train.data_seed, snapshot.run.data);
  }

  private disposeState(): void {
    this.flatWeights?.dispose();
    this.flatWeights = null;
    this.model.dispose();
    this.head.forEach((h) => h.variable.dispose());
    this.layout.dispose();
    this.optimizer.dispose();
  }

  dispose(): void {
    this.disposeState();
  }
}

/** Keras's optimizers (Keras's epsilon 1e-7), all variables updated at once. */
const makeOptimizer = (train: TrainParams) => new FlatOptimizer(train);
