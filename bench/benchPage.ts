// Measures training steps on one backend, in the page, with the very code the worker runs.
import * as tf from '@tensorflow/tfjs';
import { parseFragment } from '../src/config/playgroundConfig';
import { Trainer } from '../src/trainer/trainer';
import type { BackendName } from '../src/worker/protocol';
import { selectBackend, setWasmThreads } from '../src/worker/backends';

export interface BenchRequest {
  backend: BackendName;
  fragment: string;
  /** Measured steps for each median. */
  steps: number;
  /** Steps run before measuring, after the first. */
  warmup: number;
  /** wasm: threads to start with (the page is new for each request); all cores when absent. */
  threads?: number;
}

export interface BenchResult {
  backend: string;
  reason: string;
  /** wasm: the threads it computed with, and why only one where so. */
  threads?: number;
  threadsWhy?: string;
  /** Median ms per training step, gradient report included. */
  stepMs: number;
  /** The same without the gradient report. */
  stepMsNoReport: number;
  /** Kernels one training step runs (tf.profile), gradient report included. */
  kernelsPerStep: number;
  /** Build plus the first step (kernel compilation, uploads). */
  firstStepMs: number;
  /** After a hyperparameter change: until the new model can start its first step. */
  rebuildToStartMs: number;
  /** After a hyperparameter change: until its first step has finished. */
  rebuildToFirstStepMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function timedSteps(trainer: Trainer, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const result = await trainer.trainStep();
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(result.message);
  }
  return times;
}

async function runBench(request: BenchRequest): Promise<BenchResult> {
  setWasmThreads(request.threads ?? null);
  const status = await selectBackend(request.backend);
  if (status.name !== request.backend) {
    throw new Error(`backend ${request.backend} is not available here: ${status.reason}`);
  }
  const { config, notices } = parseFragment(request.fragment);
  if (notices.length) throw new Error(notices.map((n) => `${n.key}: ${n.reason}`).join('; '));
  const built = performance.now();
  const trainer = Trainer.create(config, Number.MAX_SAFE_INTEGER);
  await timedSteps(trainer, 1);
  const firstStepMs = performance.now() - built;
  await timedSteps(trainer, request.warmup);
  // With and without the gradient report, alternating step by step, so that both medians see
  // the same warm-up and the same background load.
  const withReport: number[] = [];
  const withoutReport: number[] = [];
  for (let i = 0; i < 2 * request.steps; i++) {
    trainer.reportGradients = i % 2 === 0;
    (trainer.reportGradients ? withReport : withoutReport).push(...(await timedSteps(trainer, 1)));
  }
  trainer.reportGradients = true;
  const stepMs = median(withReport);
  const stepMsNoReport = median(withoutReport);
  const kernelsPerStep = (
    await tf.profile(async () => {
      await trainer.trainStep();
    })
  ).kernels.length;
  trainer.dispose();

  // A hyperparameter change: one more filter, so every shape changes and nothing is reused.
  const changed = structuredClone(config);
  const filters = config.tcn.nb_filters;
  changed.tcn.nb_filters = Array.isArray(filters) ? filters.map((f) => f + 1) : filters + 1;
  const changedAt = performance.now();
  const rebuilt = Trainer.create(changed, Number.MAX_SAFE_INTEGER);
  const rebuildToStartMs = performance.now() - changedAt;
  await timedSteps(rebuilt, 1);
  const rebuildToFirstStepMs = performance.now() - changedAt;
  rebuilt.dispose();
  return {
    backend: status.name,
    reason: status.reason,
    threads: status.threads,
    threadsWhy: status.threadsWhy,
    stepMs,
    stepMsNoReport,
    kernelsPerStep,
    firstStepMs,
    rebuildToStartMs,
    rebuildToFirstStepMs,
  };
}

declare global {
  interface Window {
    runBench: (request: BenchRequest) => Promise<BenchResult>;
  }
}
window.runBench = runBench;
