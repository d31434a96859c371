// The synthetic sequence tasks: what each asks of the network, its data, and the score a
// trivial answer gets. Plain TypeScript, no TensorFlow.js.
import { t } from '../i18n/core';
import { seededRandom, type Random } from './random';

export const TASK_NAMES = ['adding', 'copy_memory', 'lag', 'sine', 'series'] as const;
/** The tasks whose batches are made here; `series` reads a file (src/data), not made up. */
export type SyntheticTaskName = Exclude<TaskName, 'series'>;
export type TaskName = (typeof TASK_NAMES)[number];

export interface TaskParams {
  name: TaskName;
  /** Total length of every sequence. */
  seq_len: number;
  /** lag task: how many steps back the target looks. */
  lag: number;
  /** lag and sine tasks: input channels (adding has 2, copy_memory 10; series: its columns). */
  input_dim: number;
  /** Standard deviation of the noise added (lag: to the target; sine: to the signal). */
  noise: number;
}

export interface TaskInfo {
  title: string;
  description: string;
  inputDim: number;
  /** Values the Dense head produces per step (per sequence when !perStep). */
  outputDim: number;
  /** Targets for every step (needs return_sequences=true) or one per sequence (false). */
  perStep: boolean;
  loss: 'mse' | 'crossentropy';
  metric: { name: string; higherIsBetter: boolean };
  baseline: { loss: number; metric: number; description: string };
  /** Output shape the task expects, batch first, e.g. [batch, 1] or [batch, steps, 10]. */
  outputShape: string;
}

export interface Batch {
  x: Float32Array;
  xShape: [number, number, number];
  /** Regression targets, or class indices stored as floats for crossentropy. */
  y: Float32Array;
  /** [batch, outputDim] per sequence, [batch, steps, outputDim] (mse) or [batch, steps] (classes). */
  yShape: number[];
  /** Weight of every target step in the loss ([batch, steps]; all ones when not per step). */
  lossMask: Float32Array;
  /** Which target steps the metric counts (copy_memory: the ten recalled symbols). */
  metricMask: Float32Array;
  /** A series: the first row of each window within its part, so that rows can be dated. */
  rowStarts?: number[];
}

const COPY_SYMBOLS = 10;
const COPY_CLASSES = 10; // 0 blank, 1–8 symbols, 9 delimiter
const SINE_BASELINE_SEED = 12345;
/** The sine task's waves have periods of 4 to 4 + SINE_PERIOD_SPREAD steps. */
const SINE_PERIOD_SPREAD = 28;
const SLOWEST_SINE_PERIOD = 4 + SINE_PERIOD_SPREAD;

/** Input channels: fixed by the adding (2) and copy_memory (10, one-hot) tasks, else chosen. */
export function taskInputDim(p: Pick<TaskParams, 'name' | 'input_dim'>): number {
  return p.name === 'adding' ? 2 : p.name === 'copy_memory' ? COPY_CLASSES : p.input_dim;
}

/** `lng`: the texts in that language rather than the page's (the Keras script is English). */
export function taskInfo(p: TaskParams, lng?: string): TaskInfo {
  const tr = (key: string, values: Record<string, unknown> = {}) =>
    t(key, lng ? { ...values, lng } : values);
  switch (p.name) {
    case 'adding':
      return {
        title: tr('runtime.tasks.adding.title'),
        description: tr('runtime.tasks.adding.description'),
        inputDim: taskInputDim(p),
        outputDim: 1,
        perStep: false,
        loss: 'mse',
        metric: { name: 'MSE', higherIsBetter: false },
        baseline: { loss: 1 / 6, metric: 1 / 6, description: tr('runtime.tasks.adding.baseline') },
        outputShape: '[batch, 1]',
      };
    case 'copy_memory': {
      const ce = (COPY_SYMBOLS * Math.log(8)) / p.seq_len;
      return {
        title: tr('runtime.tasks.copyMemory.title'),
        description: tr('runtime.tasks.copyMemory.description', {
          blank: p.seq_len - 20,
          needed: p.seq_len - 9,
        }),
        inputDim: taskInputDim(p),
        outputDim: COPY_CLASSES,
        perStep: true,
        loss: 'crossentropy',
        metric: { name: tr('runtime.tasks.copyMemory.metric'), higherIsBetter: true },
        baseline: { loss: ce, metric: 1 / 8, description: tr('runtime.tasks.copyMemory.baseline') },
        outputShape: `[batch, ${p.seq_len}, ${COPY_CLASSES}]`,
      };
    }
    case 'lag':
      return {
        title: tr('runtime.tasks.lag.title'),
        description: tr('runtime.tasks.lag.description', { channels: p.input_dim, lag: p.lag }),
        inputDim: taskInputDim(p),
        outputDim: 1,
        perStep: true,
        loss: 'mse',
        metric: { name: 'MSE', higherIsBetter: false },
        baseline: {
          loss: 1 + p.noise ** 2,
          metric: 1 + p.noise ** 2,
          description: tr('runtime.tasks.lag.baseline'),
        },
        outputShape: `[batch, ${p.seq_len}, 1]`,
      };
    case 'series':
      // The batches, the baseline and the title come from the file (trainer/batchSource.ts's
      // seriesSource); this is what can be said before it is read.
      return {
        title: tr('runtime.tasks.series.title'),
        description: tr('runtime.tasks.series.description', { seqLen: p.seq_len }),
        inputDim: taskInputDim(p),
        outputDim: 1,
        perStep: true,
        loss: 'mse',
        metric: { name: 'MSE', higherIsBetter: false },
        baseline: {
          loss: 1,
          metric: Number.NaN,
          description: tr('runtime.tasks.series.baseline'),
        },
        outputShape: `[batch, ${p.seq_len}, 1]`,
      };
    case 'sine': {
      const baseline = sineRepeatBaseline(p);
      return {
        title: tr('runtime.tasks.sine.title'),
        description: tr('runtime.tasks.sine.description', { channels: p.input_dim }),
        inputDim: taskInputDim(p),
        outputDim: p.input_dim,
        perStep: true,
        loss: 'mse',
        metric: { name: 'MSE', higherIsBetter: false },
        baseline: {
          loss: baseline,
          metric: baseline,
          description: tr('runtime.tasks.sine.baseline'),
        },
        outputShape: `[batch, ${p.seq_len}, ${p.input_dim}]`,
      };
    }
  }
}

/**
 * How many steps back the network must see for the task to be learnable, when the task says:
 * the lag plus the step itself, the whole copy-memory gap, the whole adding sequence, the slowest
 * sine's period. A series does not say (null): the user chooses.
 */
export function stepsNeeded(p: Pick<TaskParams, 'name' | 'seq_len' | 'lag'>): number | null {
  switch (p.name) {
    case 'lag':
      return p.lag + 1;
    case 'copy_memory':
      return p.seq_len - COPY_SYMBOLS + 1;
    case 'adding':
      return p.seq_len;
    case 'sine':
      return SLOWEST_SINE_PERIOD;
    case 'series':
      return null;
  }
}

export function makeBatch(p: TaskParams, batch: number, random: Random): Batch {
  if (p.name === 'series')
    throw new Error('A series task draws its batches from its file (seriesSource), not makeBatch.');
  const T = p.seq_len;
  const C = taskInputDim(p);
  const x = new Float32Array(batch * T * C);
  const lossMask = new Float32Array(batch * T).fill(1);
  let metricMask = lossMask;
  let y: Float32Array;
  let yShape: number[];
  switch (p.name) {
    case 'adding': {
      y = new Float32Array(batch);
      yShape = [batch, 1];
      for (let b = 0; b < batch; b++) {
        const half = Math.max(1, Math.floor(T / 2));
        const first = random.int(half);
        const second = Math.min(T - 1, half + random.int(T - half));
        for (let t = 0; t < T; t++) x[(b * T + t) * 2] = random.uniform();
        x[(b * T + first) * 2 + 1] = 1;
        x[(b * T + second) * 2 + 1] = 1;
        y[b] = x[(b * T + first) * 2] + x[(b * T + second) * 2];
      }
      break;
    }
    case 'copy_memory': {
      y = new Float32Array(batch * T);
      yShape = [batch, T];
      metricMask = new Float32Array(batch * T);
      for (let b = 0; b < batch; b++) {
        const symbols = Array.from({ length: COPY_SYMBOLS }, () => 1 + random.int(8));
        const input = new Array<number>(T).fill(0);
        symbols.forEach((s, i) => (input[i] = s));
        input[T - COPY_SYMBOLS - 1] = 9;
        for (let t = 0; t < T; t++) x[(b * T + t) * C + input[t]] = 1;
        symbols.forEach((s, i) => {
          y[b * T + T - COPY_SYMBOLS + i] = s;
          metricMask[b * T + T - COPY_SYMBOLS + i] = 1;
        });
      }
      break;
    }
    case 'lag': {
      y = new Float32Array(batch * T);
      yShape = [batch, T, 1];
      for (let i = 0; i < x.length; i++) x[i] = random.normal();
      for (let b = 0; b < batch; b++)
        for (let t = 0; t < T; t++) {
          if (t < p.lag) lossMask[b * T + t] = 0;
          else y[b * T + t] = x[(b * T + t - p.lag) * C] + p.noise * random.normal();
        }
      break;
    }
    case 'sine': {
      y = new Float32Array(batch * T * C);
      yShape = [batch, T, C];
      const signal = new Float32Array(T + 1);
      for (let b = 0; b < batch; b++)
        for (let c = 0; c < C; c++) {
          const waves = Array.from({ length: 3 }, () => ({
            period: 4 + random.uniform() * SINE_PERIOD_SPREAD,
            phase: random.uniform() * 2 * Math.PI,
            amplitude: 0.3 + random.uniform() * 0.7,
          }));
          for (let t = 0; t <= T; t++) {
            signal[t] =
              waves.reduce(
                (s, w) => s + w.amplitude * Math.sin((2 * Math.PI * t) / w.period + w.phase),
                0,
              ) /
                2 +
              p.noise * random.normal();
          }
          for (let t = 0; t < T; t++) {
            x[(b * T + t) * C + c] = signal[t];
            y[(b * T + t) * C + c] = signal[t + 1];
          }
        }
      break;
    }
  }
  return { x, xShape: [batch, T, C], y, yShape, lossMask, metricMask };
}

/**
 * MSE of "the next value equals this one", measured once on a fixed sample. Every channel and
 * step follows the same law, so one channel of at most 256 steps measures it as well as all.
 */
const sineBaselines = new Map<number, number>();
function sineRepeatBaseline(p: TaskParams): number {
  const known = sineBaselines.get(p.noise);
  if (known !== undefined) return known;
  const sample = { ...p, name: 'sine' as const, input_dim: 1, seq_len: 256 };
  const batch = makeBatch(sample, 64, seededRandom(SINE_BASELINE_SEED));
  let sum = 0;
  for (let i = 0; i < batch.x.length; i++) sum += (batch.y[i] - batch.x[i]) ** 2;
  const baseline = sum / batch.x.length;
  sineBaselines.set(p.noise, baseline);
  return baseline;
}
