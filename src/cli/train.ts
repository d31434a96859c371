// `train`: the page's trainer in Node, on the wasm (default) or cpu backend. With --json, one
// JSON object per step on stdout; otherwise a progress line every ~10% and a summary against
// the task's baseline. Notices, warnings and errors go to stderr.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { configProblems, type PlaygroundConfig } from '../config/playgroundConfig';
import { parameterCount } from '../engine/variables';
import { receptiveField } from '../engine/receptiveField';
import { alignedInputStep, effectiveSpans } from '../engine/effectiveField';
import { outputChannels } from '../engine/config';
import {
  ConfigurationError,
  DEFAULT_EVAL_EVERY,
  Trainer,
  type StepStats,
} from '../trainer/trainer';
import { kerasExportProblems, writeKerasExport } from './exportKeras';
import type { Io } from './io';
import { dataOfConfig, loadSeries, type DataOptions } from './seriesData';
import { seriesSource, type BatchSource } from '../trainer/batchSource';
import type { NetworkKind } from '../trainer/networkKinds';

export type CliBackend = 'wasm' | 'cpu';

export interface TrainOptions {
  /** The TCN (default) or a recurrent baseline with about its parameter count. */
  network?: NetworkKind;
  /** A user's series (--data) instead of the configuration's task. */
  data?: DataOptions | null;
  json: boolean;
  steps: number;
  /** Held-out evaluation every N steps; null: DEFAULT_EVAL_EVERY with json, else every progress line. */
  evalEvery: number | null;
  /** json: include the held-out sample sequence. */
  samples: boolean;
  /** null: the configuration's train.backend when it is wasm or cpu, else wasm. */
  backend: CliBackend | null;
  /** After training, write the trained model's keras-tcn script and weights into this folder. */
  exportKeras?: string | null;
}

/** The JSON object printed for one step. */
export interface StepLine {
  step: number;
  loss: number;
  metric: number;
  grad_norms: Record<string, number | null>;
  grad_status: Record<string, 'ok' | 'missing' | 'nonfinite'>;
  weight_norms: Record<string, number | null>;
  update_ratios: Record<string, number | null>;
  steps_per_second: number;
  elapsed_s: number;
  held_out?: {
    loss: number;
    metric: number;
    sample?: { input: number[][]; target: number[][]; prediction: number[][] };
    /**
     * The effective receptive field of the last output step with the weights of this step:
     * the spans of input steps holding 50, 90 and 99 % of |∂y/∂x| (TCN only).
     */
    effective_field?: {
      output_step: number;
      receptive_field: number;
      spans: { fraction: number; from: number; to: number; width: number }[];
    } | null;
  };
}

const finite = (x: number | null | undefined): number | null =>
  typeof x === 'number' && Number.isFinite(x) ? x : null;

export function stepLine(
  names: string[],
  stats: StepStats,
  elapsedSeconds: number,
  samples: boolean,
): StepLine {
  const byName = <T>(values: T[]) => Object.fromEntries(names.map((n, i) => [n, values[i]]));
  const line: StepLine = {
    step: stats.step,
    loss: stats.loss,
    metric: stats.metric,
    grad_norms: byName(stats.gradients.map((g) => (g.status === 'ok' ? finite(g.norm) : null))),
    grad_status: byName(stats.gradients.map((g) => g.status)),
    weight_norms: byName(stats.weightNorms.map(finite)),
    update_ratios: byName(stats.updateRatios.map(finite)),
    steps_per_second: stats.stepsPerSecond,
    elapsed_s: elapsedSeconds,
  };
  if (stats.heldOut) {
    line.held_out = { loss: stats.heldOut.loss, metric: stats.heldOut.metric };
    if (samples) line.held_out.sample = stats.heldOut.sample;
  }
  return line;
}

export async function startBackend(name: CliBackend): Promise<void> {
  let ok: boolean;
  try {
    ok = await tf.setBackend(name);
    await tf.ready();
  } catch (error) {
    throw new Error(`the ${name} backend could not start: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!ok || tf.getBackend() !== name) throw new Error(`the ${name} backend could not start.`);
}

const fmt = (x: number) =>
  !Number.isFinite(x)
    ? String(x)
    : Math.abs(x) >= 1e-3 || x === 0
      ? x.toFixed(4)
      : x.toExponential(2);

/** Trains `options.steps` steps; 0 when done, 1 on configuration problems or a pause, 130 on abort. */
export async function runTrain(
  config: PlaygroundConfig,
  options: TrainOptions,
  io: Io,
  signal?: AbortSignal,
): Promise<number> {
  let source: BatchSource | undefined;
  let data = options.data ?? null;
  if (!data && config.task.name === 'series') {
    const ofConfig = dataOfConfig(config);
    if ('problem' in ofConfig) {
      io.err(`error: ${ofConfig.problem}`);
      return 1;
    }
    data = ofConfig;
  }
  if (data) {
    const loaded = loadSeries(data, config);
    if ('problems' in loaded) {
      io.err(`error: the data cannot be used (${loaded.problems.length} problem(s)):`);
      for (const p of loaded.problems) io.err(`  ${p}`);
      return 1;
    }
    config = loaded.config;
    source = seriesSource(loaded.series, loaded.name, config.train.data_seed);
  }
  const problems = configProblems(config);
  if (problems.length) {
    printProblems(problems, io);
    return 1;
  }
  const network = options.network ?? config.train.model;
  if (options.exportKeras) {
    const refused = kerasExportProblems(config, network);
    if (refused.length) {
      io.err('error: --export-keras: this model cannot be exported to keras-tcn:');
      refused.forEach((e) => io.err(`  ${e}`));
      return 1;
    }
  }
  const configured = config.train.backend;
  const backend: CliBackend =
    options.backend ?? (configured === 'wasm' || configured === 'cpu' ? configured : 'wasm');
  if (!options.backend && (configured === 'webgpu' || configured === 'webgl')) {
    io.err(
      `notice: train.backend ${configured} is for the page; the CLI runs on ${backend} (choose with --backend wasm|cpu).`,
    );
  }
  try {
    await startBackend(backend);
  } catch (error) {
    io.err(`error: ${(error as Error).message}`);
    return 1;
  }

  const progressEvery = Math.max(1, Math.ceil(options.steps / 10));
  const evalEvery = options.evalEvery ?? (options.json ? DEFAULT_EVAL_EVERY : progressEvery);
  let trainer: Trainer;
  try {
    trainer = Trainer.create(config, evalEvery, { source, network });
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    printProblems(error.problems, io);
    return 1;
  }
  try {
    const code = await loop(trainer, config, backend, options, progressEvery, io, signal);
    if (code !== 0 || !options.exportKeras) return code;
    return await writeKerasExport(trainer, config, options.exportKeras, options.json, io);
  } finally {
    trainer.dispose();
  }
}

/** The effective field of the last output step, from the measured |∂y/∂x| of the held-out sequence. */
async function effectiveField(trainer: Trainer, config: PlaygroundConfig) {
  const steps = config.task.seq_len;
  const outputStep = steps - 1;
  const values = await trainer.inputSensitivity(outputStep);
  const spans = effectiveSpans(values, alignedInputStep(config.tcn, steps, outputStep));
  return spans
    ? {
        output_step: outputStep,
        receptive_field: receptiveField(config.tcn),
        spans: spans.map(({ fraction, from, to, width }) => ({ fraction, from, to, width })),
      }
    : null;
}

function printProblems(problems: ConfigurationError['problems'], io: Io): void {
  io.err(`error: this configuration cannot be trained (${problems.length} problem(s)):`);
  for (const p of problems) io.err(`  ${p.key}: ${p.message}`);
}

async function loop(
  trainer: Trainer,
  config: PlaygroundConfig,
  backend: CliBackend,
  options: TrainOptions,
  progressEvery: number,
  io: Io,
  signal?: AbortSignal,
): Promise<number> {
  const { info } = trainer;
  const names = trainer.variables.map((v) => v.name);
  const metricName = info.metric.name;
  const { train } = config;
  if (!options.json) {
    const head = outputChannels(config.tcn) * info.outputDim + info.outputDim;
    const optimizer =
      train.optimizer === 'sgd' ? `sgd (momentum ${train.momentum})` : train.optimizer;
    io.out(
      `Training ${config.task.name === 'series' ? info.title : `${config.task.name} (${info.title})`} on ${backend}: ${options.steps} steps, batch ${train.batch_size}, ${optimizer}, learning_rate ${train.learning_rate}, clipnorm ${train.clipnorm || 'off'}, seed ${train.seed}, data_seed ${train.data_seed}`,
    );
    io.out(
      `Model: ${
        trainer.network === 'tcn'
          ? `${(parameterCount(config.tcn) + head).toLocaleString('en-US')} parameters, receptive field ${receptiveField(config.tcn)}`
          : trainer.networkDescription
      }. Baseline (${info.baseline.description}): loss ${fmt(info.baseline.loss)}, ${metricName} ${fmt(info.baseline.metric)}.`,
    );
  }

  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let last: StepStats | null = null;
  let lastHeldOut: { loss: number; metric: number } | null = null;
  const missingAlways = new Set(names);
  for (let i = 0; i < options.steps; i++) {
    if (signal?.aborted) {
      if (!options.json) summary(io, info, last, lastHeldOut, missingAlways, elapsed(), true);
      io.err(`Stopped after ${last?.step ?? 0} of ${options.steps} steps.`);
      return 130;
    }
    const result = await trainer.trainStep();
    if (!result.ok) {
      io.err(
        `error: ${result.message.replace(' Training paused;', ' Training stopped;').replace(/, then press play\.$/, ', then train again.')}`,
      );
      return 1;
    }
    const stats = result.stats;
    last = stats;
    if (stats.heldOut) lastHeldOut = stats.heldOut;
    stats.gradients.forEach((g, j) => g.status !== 'missing' && missingAlways.delete(names[j]));
    if (options.json) {
      const line = stepLine(names, stats, elapsed(), options.samples);
      if (line.held_out && trainer.network === 'tcn')
        line.held_out.effective_field = await effectiveField(trainer, config);
      io.out(JSON.stringify(line));
      continue;
    }
    if (stats.step === 1) {
      const missing = names.filter((_, j) => stats.gradients[j].status === 'missing');
      if (missing.length) {
        io.err(
          `warning: ${missing.length} variable(s) got no gradient: ${missing.join(', ')}. They will never change; run inspect for the reason and the fixes.`,
        );
      }
    }
    if (stats.step % progressEvery === 0 || stats.step === options.steps) {
      const width = String(options.steps).length;
      const held = stats.heldOut
        ? `  held-out loss ${fmt(stats.heldOut.loss)} ${metricName} ${fmt(stats.heldOut.metric)}`
        : '';
      io.out(
        `step ${String(stats.step).padStart(width)}/${options.steps}  loss ${fmt(stats.loss)} ${metricName} ${fmt(stats.metric)}${held}  ${stats.stepsPerSecond.toFixed(1)} steps/s`,
      );
    }
  }
  if (!options.json) {
    if (last && !last.heldOut) lastHeldOut = await trainer.evaluate();
    summary(io, info, last, lastHeldOut, missingAlways, elapsed(), false);
  }
  return 0;
}

function summary(
  io: Io,
  info: Trainer['info'],
  last: StepStats | null,
  heldOut: { loss: number; metric: number } | null,
  missingAlways: Set<string>,
  seconds: number,
  stopped: boolean,
): void {
  const steps = last?.step ?? 0;
  const metricName = info.metric.name;
  io.out('');
  io.out(
    `${stopped ? 'Stopped' : 'Done'}: ${steps} step(s) in ${seconds.toFixed(1)} s (${(steps / Math.max(seconds, 1e-9)).toFixed(1)} steps/s overall).`,
  );
  if (!last) return;
  io.out(`Last training batch: loss ${fmt(last.loss)}, ${metricName} ${fmt(last.metric)}.`);
  const { baseline } = info;
  io.out(
    `Task baseline (${baseline.description}): loss ${fmt(baseline.loss)}, ${metricName} ${fmt(baseline.metric)}.`,
  );
  if (heldOut) {
    const better = info.metric.higherIsBetter
      ? heldOut.metric > baseline.metric
      : heldOut.metric < baseline.metric;
    const verdict = better
      ? info.metric.higherIsBetter
        ? `above the baseline's ${fmt(baseline.metric)}`
        : `${(100 * (1 - heldOut.metric / baseline.metric)).toFixed(1)}% below the baseline`
      : 'not better than the baseline yet: the network has not learned more than the trivial answer';
    io.out(
      `Held-out: loss ${fmt(heldOut.loss)}, ${metricName} ${fmt(heldOut.metric)}: ${verdict}.`,
    );
  }
  if (missingAlways.size) {
    io.out(
      `Never got a gradient: ${[...missingAlways].join(', ')} (run inspect for the reason and the fixes).`,
    );
  }
}
