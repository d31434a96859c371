// A parsed table turned into a forecasting task: the chosen columns split by time, standardised
// with training statistics, and cut into windows shaped like the synthetic tasks' batches so the
// same trainer trains on them. Plain TypeScript: no React, no TensorFlow.js.
import { t } from '../i18n/core';
import type { Random } from '../tasks/random';
import type { Batch } from '../tasks/tasks';
import type { Table, TableProblem } from './table';

/** Share of rows, the last ones, held out from training: 20 % (rounded down). */
export const HELD_OUT_PERCENT = 20;
/** Longest window `defaultChoice` proposes. */
const DEFAULT_SEQ_LEN = 64;

export interface SeriesChoice {
  /** Number columns fed to the network, one channel each (normally including the target). */
  inputs: string[];
  /** Number column to forecast. */
  target: string;
  /** How many rows ahead the target is read (≥ 1). */
  horizon: number;
  /** Rows in one training window (≥ 2). */
  seqLen: number;
}

export interface ColumnStats {
  mean: number;
  /** Population standard deviation of the training part; 1 where that is 0. */
  std: number;
}

export interface SeriesPart {
  rows: number;
  /** Standardised inputs, row-major: [rows, inputs.length]. */
  x: Float32Array;
  /** Standardised target of each row (not yet shifted by the horizon): [rows]. */
  y: Float32Array;
}

export interface PreparedSeries {
  choice: SeriesChoice;
  train: SeriesPart;
  heldOut: SeriesPart;
  /** Training-part statistics of every used column (inputs and target). */
  stats: Record<string, ColumnStats>;
  targetStats: ColumnStats;
  /** MSE, in the target's own units, of predicting y[t + h] = y[t] on the held-out part. */
  persistence: number;
  /** The held-out part's dates, when the table has a date column. */
  dates: string[] | null;
}

/** What a form shows first: every number column in, the first one as target, horizon 1. */
export function defaultChoice(table: Table): SeriesChoice | null {
  const numeric = table.columns.filter((c) => c.kind === 'number').map((c) => c.name);
  if (numeric.length === 0) return null;
  // The longest window that still leaves room for the horizon in the held-out part.
  const fits = Math.floor(table.rows / (100 / HELD_OUT_PERCENT)) - 1;
  return {
    inputs: numeric,
    target: numeric[0],
    horizon: 1,
    seqLen: Math.max(2, Math.min(DEFAULT_SEQ_LEN, fits)),
  };
}

export function prepareSeries(
  table: Table,
  choice: SeriesChoice,
): { series: PreparedSeries } | { problems: TableProblem[] } {
  const problems = choiceProblems(table, choice);
  if (problems.length > 0) return { problems };
  const { inputs, target, horizon, seqLen } = choice;
  // Integer division: rows / 5 is exact enough that floor never lands on the wrong side.
  const heldOutRows = Math.floor(table.rows / (100 / HELD_OUT_PERCENT));
  const trainRows = table.rows - heldOutRows;
  const window = seqLen + horizon;
  if (heldOutRows < window) {
    const needs = window * (100 / HELD_OUT_PERCENT);
    const message = t('runtime.series.tooShort', { needs, rows: table.rows });
    return { problems: [{ line: 0, message }] };
  }
  const column = (name: string) =>
    table.columns.find((c) => c.name === name)!.values as Float64Array;
  const stats: Record<string, ColumnStats> = {};
  for (const name of new Set([...inputs, target]))
    stats[name] = trainStats(column(name), trainRows);
  const part = (from: number, to: number): SeriesPart => ({
    rows: to - from,
    x: standardised(
      inputs.map(column),
      inputs.map((n) => stats[n]),
      from,
      to,
    ),
    y: standardised([column(target)], [stats[target]], from, to),
  });
  const dateColumn = table.columns.find((c) => c.name === table.dateColumn);
  const series: PreparedSeries = {
    choice: { inputs: [...inputs], target, horizon, seqLen },
    train: part(0, trainRows),
    heldOut: part(trainRows, table.rows),
    stats,
    targetStats: stats[target],
    persistence: persistenceMse(column(target).subarray(trainRows), horizon),
    dates: dateColumn ? (dateColumn.values as string[]).slice(trainRows) : null,
  };
  return { series };
}

function choiceProblems(table: Table, choice: SeriesChoice): TableProblem[] {
  const problems: TableProblem[] = [];
  const check = (name: string, role: 'Input' | 'Target') => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) {
      problems.push({ line: 0, column: name, message: t('runtime.series.noColumn', { name }) });
    } else if (column.kind !== 'number') {
      // datesAsInput, datesAsTarget, textAsInput, textAsTarget
      const holds = column.kind === 'date' ? 'dates' : 'text';
      const message = t(`runtime.series.${holds}As${role}`, { name });
      problems.push({ line: 0, column: name, message });
    }
  };
  if (choice.inputs.length === 0) problems.push({ line: 0, message: t('runtime.series.noInput') });
  if (new Set(choice.inputs).size !== choice.inputs.length) {
    problems.push({ line: 0, message: t('runtime.series.inputTwice') });
  }
  choice.inputs.forEach((name) => check(name, 'Input'));
  check(choice.target, 'Target');
  if (!Number.isInteger(choice.horizon) || choice.horizon < 1) {
    problems.push({
      line: 0,
      setting: 'horizon',
      message: t('runtime.series.badHorizon', { value: choice.horizon }),
    });
  }
  if (!Number.isInteger(choice.seqLen) || choice.seqLen < 2) {
    problems.push({
      line: 0,
      setting: 'seq_len',
      message: t('runtime.series.badWindow', { value: choice.seqLen }),
    });
  }
  return problems;
}

/** Mean and standard deviation of the first `rows` values: the held-out part must not leak in. */
function trainStats(values: Float64Array, rows: number): ColumnStats {
  let sum = 0;
  for (let i = 0; i < rows; i++) sum += values[i];
  const mean = sum / rows;
  let squares = 0;
  for (let i = 0; i < rows; i++) squares += (values[i] - mean) ** 2;
  const std = Math.sqrt(squares / rows);
  // A constant column carries no information; dividing by 1 keeps it finite (all zeros).
  return { mean, std: std > 0 ? std : 1 };
}

/** Rows [from, to) of the columns, standardised, interleaved row-major. */
function standardised(
  columns: Float64Array[],
  stats: ColumnStats[],
  from: number,
  to: number,
): Float32Array {
  const C = columns.length;
  const out = new Float32Array((to - from) * C);
  for (let r = from; r < to; r++) {
    for (let c = 0; c < C; c++)
      out[(r - from) * C + c] = (columns[c][r] - stats[c].mean) / stats[c].std;
  }
  return out;
}

/** Mean of (v[t + h] − v[t])² over every t with t + h inside the values. */
export function persistenceMse(values: ArrayLike<number>, horizon: number): number {
  let sum = 0;
  const n = values.length - horizon;
  for (let t = 0; t < n; t++) sum += (values[t + horizon] - values[t]) ** 2;
  return sum / n;
}

/**
 * `batchSize` windows of seqLen consecutive rows at random starts inside one part. Step t's
 * target is the target column horizon rows later; steps whose target would lie past the part's
 * end are masked out of loss and metric (never read from the other part: no leakage).
 */
export function seriesBatch(
  series: PreparedSeries,
  part: 'train' | 'heldOut',
  batchSize: number,
  random: Random,
): Batch {
  const { rows, x: px, y: py } = series[part];
  const { seqLen: T, horizon, inputs } = series.choice;
  const C = inputs.length;
  const x = new Float32Array(batchSize * T * C);
  const y = new Float32Array(batchSize * T);
  const lossMask = new Float32Array(batchSize * T);
  const rowStarts: number[] = [];
  for (let b = 0; b < batchSize; b++) {
    const start = random.int(rows - T + 1);
    rowStarts.push(start);
    x.set(px.subarray(start * C, (start + T) * C), b * T * C);
    for (let t = 0; t < T; t++) {
      const ahead = start + t + horizon;
      if (ahead >= rows) continue;
      y[b * T + t] = py[ahead];
      lossMask[b * T + t] = 1;
    }
  }
  return {
    x,
    xShape: [batchSize, T, C],
    y,
    yShape: [batchSize, T, 1],
    lossMask,
    metricMask: lossMask,
    rowStarts,
  };
}

/** An MSE on standardised targets, back in the target's units (squared). */
export function toOriginalMse(standardisedMse: number, series: PreparedSeries): number {
  return standardisedMse * series.targetStats.std ** 2;
}

/** A standardised target value (a prediction) back in the target's units. */
export function toOriginalValue(standardisedValue: number, series: PreparedSeries): number {
  return standardisedValue * series.targetStats.std + series.targetStats.mean;
}
