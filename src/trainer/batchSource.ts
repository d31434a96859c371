// Where a trainer's batches come from: one of the synthetic tasks (made from the configuration)
// or a user's series (a parsed file, which a link cannot carry, so it is handed in beside the
// configuration). Both give the trainer the same Batch shape and a TaskInfo to score by.
import { t } from '../i18n/core';
import { seededRandom, type Random } from '../tasks/random';
import { makeBatch, taskInfo, type Batch, type TaskInfo, type TaskParams } from '../tasks/tasks';
import { HELD_OUT_PERCENT, seriesBatch, type PreparedSeries } from '../data/series';

export interface BatchSource {
  info: TaskInfo;
  /** `info` written again in the current language (after the page switched it). */
  describe(): TaskInfo;
  /** A training batch drawn with `random`. */
  train(batchSize: number, random: Random): Batch;
  /** The fixed held-out batch the trainer evaluates on. */
  heldOut(batchSize: number): Batch;
  /**
   * What the metric is multiplied by to be reported: 1 for the tasks; a series' target variance,
   * so that its MSE is in the file's own units, comparable to the persistence baseline.
   */
  metricScale: number;
  /** A series: how its columns were standardised (the training part's mean and std). */
  scaling?: {
    inputs: { name: string; mean: number; std: number }[];
    target: { name: string; mean: number; std: number };
  };
}

/** Mixed into data_seed for the held-out batch, so that it differs from every training batch. */
export const HELD_OUT_SEED_MIX = 0x5bd1e995;

export function taskSource(task: TaskParams, dataSeed: number): BatchSource {
  return {
    info: taskInfo(task),
    describe: () => taskInfo(task),
    train: (batchSize, random) => makeBatch(task, batchSize, random),
    heldOut: (batchSize) =>
      makeBatch(task, batchSize, seededRandom((dataSeed ^ HELD_OUT_SEED_MIX) >>> 0)),
    metricScale: 1,
  };
}

/** A user's series: every step forecasts the target `horizon` rows later. */
export function seriesSource(series: PreparedSeries, name: string, dataSeed: number): BatchSource {
  const { inputs, target, horizon, seqLen } = series.choice;
  const variance = series.targetStats.std ** 2;
  const describe = (): TaskInfo => ({
    title: t('runtime.tasks.yourSeries.title', { name }),
    description: t('runtime.tasks.yourSeries.description', {
      inputs: inputs.length,
      columns: inputs.join(t('runtime.tasks.columnSeparator')),
      target,
      horizon,
      heldOut: HELD_OUT_PERCENT,
    }),
    inputDim: inputs.length,
    outputDim: 1,
    perStep: true,
    loss: 'mse',
    metric: { name: t('runtime.tasks.yourSeries.metric', { target }), higherIsBetter: false },
    baseline: {
      loss: series.persistence / variance,
      metric: series.persistence,
      description: t('runtime.tasks.yourSeries.baseline', { target }),
    },
    outputShape: `[batch, ${seqLen}, 1]`,
  });
  return {
    info: describe(),
    describe,
    train: (batchSize, random) => seriesBatch(series, 'train', batchSize, random),
    heldOut: (batchSize) =>
      seriesBatch(series, 'heldOut', batchSize, seededRandom((dataSeed ^ HELD_OUT_SEED_MIX) >>> 0)),
    metricScale: variance,
    scaling: {
      inputs: inputs.map((name) => ({ name, ...statsOf(series, name) })),
      target: { name: target, mean: series.targetStats.mean, std: series.targetStats.std },
    },
  };
}

function statsOf(series: PreparedSeries, column: string): { mean: number; std: number } {
  const stats = series.stats[column];
  return { mean: stats?.mean ?? 0, std: stats?.std ?? 1 };
}
