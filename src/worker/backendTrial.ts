// `auto` chooses the backend by measurement: it times a few training steps of the current
// configuration on each backend this device has, in the worker, and takes the fastest. The
// figures are kept per device and configuration size (here and, through the page, in
// localStorage), so a rebuild of the same size does not measure again.
import type { PlaygroundConfig } from '../config/playgroundConfig';
import { t } from '../i18n/core';
import { Trainer } from '../trainer/trainer';
import {
  activate,
  errorText,
  firstWorking,
  LOGICAL_CORES,
  probeAdapter,
  wasmThreading,
} from './backends';
import {
  BACKEND_ORDER,
  type BackendFigure,
  type BackendName,
  type BackendStatus,
  type BackendTrial,
} from './protocol';

/** Figures older than this are measured again (a browser update may change everything). */
export const TRIAL_FRESH_MS = 7 * 24 * 3600 * 1000;

/** Time given to the timed steps of one backend, after its first (compiling) step. */
export const TRIAL_BUDGET_MS = 300;
/** Timed steps per backend: at least this many, whatever the budget says. */
const MIN_TIMED_STEPS = 2;
const MAX_TIMED_STEPS = 8;

/** The backends `auto` measures, in the order of the fallback chain. */
export const TRIAL_BACKENDS: readonly BackendName[] = ['webgpu', 'wasm', 'webgl'];

const log2 = (n: number) => Math.round(Math.log2(Math.max(1, n)));

/**
 * What makes two configurations cost alike: within one key, the fastest backend is the same.
 * Sizes are bucketed by powers of two, so a nudge of one setting does not measure again.
 */
export function trialKey(config: PlaygroundConfig, device: string): string {
  const filters = config.tcn.nb_filters;
  const widest = Array.isArray(filters) ? Math.max(...filters) : filters;
  const convs = config.tcn.dilations.length * config.tcn.nb_stacks;
  const work = config.task.seq_len * config.train.batch_size;
  return [
    device,
    `work${log2(work)}`,
    `filters${log2(widest)}`,
    `convs${log2(convs)}`,
    `k${config.tcn.kernel_size}`,
  ].join('|');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * A series is timed as the lag task of the same shapes (one target per step, as many input
 * channels): its file is not needed to know how fast a step is.
 */
function timingStandIn(config: PlaygroundConfig): PlaygroundConfig {
  if (config.task.name !== 'series') return config;
  return { ...config, task: { ...config.task, name: 'lag', lag: 1 } };
}

/** Times training steps of `config` on the backend tfjs runs now. */
export async function timeSteps(
  config: PlaygroundConfig,
  budgetMs = TRIAL_BUDGET_MS,
): Promise<{ msPerStep: number; firstStepMs: number; steps: number }> {
  const trainer = Trainer.create(timingStandIn(config), Number.MAX_SAFE_INTEGER);
  try {
    const started = performance.now();
    await trainer.trainStep();
    const firstStepMs = performance.now() - started;
    const times: number[] = [];
    const until = performance.now() + budgetMs;
    while (
      times.length < MIN_TIMED_STEPS ||
      (performance.now() < until && times.length < MAX_TIMED_STEPS)
    ) {
      const at = performance.now();
      await trainer.trainStep();
      times.push(performance.now() - at);
    }
    return { msPerStep: median(times), firstStepMs, steps: times.length };
  } finally {
    trainer.dispose();
  }
}

/** The measured figure with the most steps per second; null when none was measured. */
export function fastest(figures: readonly BackendFigure[]): BackendFigure | null {
  let best: BackendFigure | null = null;
  for (const figure of figures) {
    if (figure.stepsPerSecond === undefined) continue;
    if (!best || figure.stepsPerSecond > (best.stepsPerSecond ?? 0)) best = figure;
  }
  return best;
}

/** "wasm ×2 threads 61 steps/s · webgpu 9 steps/s · webgl skipped (software renderer)" */
export function describeTrial(trial: BackendTrial): string {
  return trial.figures
    .map((f) => {
      const name = f.threads
        ? t('runtime.trial.threads', { backend: f.backend, count: f.threads })
        : f.backend;
      // The backend's name, then why it has no figure: a clause of its own.
      if (f.stepsPerSecond === undefined)
        return `${name} ${f.skipped ?? t('runtime.trial.notMeasured')}`;
      const rate =
        f.stepsPerSecond >= 10 ? f.stepsPerSecond.toFixed(0) : f.stepsPerSecond.toFixed(1);
      return t('runtime.trial.rate', { backend: name, rate });
    })
    .join(' · ');
}

/** The WebGL renderer's name here, or null without WebGL (workers draw on an OffscreenCanvas). */
function webglRenderer(): string | null {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|software|basic render/i;

let device: Promise<string> | null = null;

/**
 * Names this device for the cache: its WebGPU adapter, WebGL renderer, cores and isolation. A key,
 * never shown: the same in every language.
 */
export function deviceName(): Promise<string> {
  device ??= probeAdapter().then(
    (probe) =>
      `${probe.id ?? 'no WebGPU adapter'}; ${webglRenderer() ?? 'no WebGL'}; ${LOGICAL_CORES} cores; ${
        // wasm runs threads only where the page is isolated: another figure.
        (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated
          ? 'isolated'
          : 'not isolated'
      }`,
  );
  return device;
}

/**
 * Times `config` on every backend this device has and names the fastest. Software GPU adapters
 * are skipped unless `includeSoftware`: their first step compiles for seconds, to learn what the
 * benchmark already shows (they are several times slower than wasm).
 */
export async function measureBackends(
  config: PlaygroundConfig,
  includeSoftware = false,
): Promise<BackendTrial> {
  const started = performance.now();
  const key = trialKey(config, await deviceName());
  const figures: BackendFigure[] = [];
  const probe = await probeAdapter();
  for (const backend of TRIAL_BACKENDS) {
    if (backend === 'webgpu' && !probe.usable && !(includeSoftware && probe.software)) {
      figures.push({ backend, skipped: t('runtime.trial.skipped', { why: probe.why }) });
      continue;
    }
    if (backend === 'webgl') {
      const renderer = webglRenderer();
      if (!renderer) {
        figures.push({ backend, skipped: t('runtime.trial.skippedNoWebgl') });
        continue;
      }
      if (SOFTWARE_RENDERER.test(renderer) && !includeSoftware) {
        figures.push({
          backend,
          skipped: t('runtime.trial.skippedSoftware', {
            renderer: renderer.match(SOFTWARE_RENDERER)?.[0],
          }),
        });
        continue;
      }
    }
    try {
      await activate(backend);
    } catch (error) {
      figures.push({
        backend,
        skipped: t('runtime.trial.didNotStart', { error: errorText(error) }),
      });
      continue;
    }
    try {
      const timed = await timeSteps(config);
      const figure: BackendFigure = {
        backend,
        msPerStep: timed.msPerStep,
        stepsPerSecond: 1000 / Math.max(timed.msPerStep, 1e-3),
        firstStepMs: timed.firstStepMs,
      };
      if (backend === 'wasm') figure.threads = (await wasmThreading()).threads;
      figures.push(figure);
    } catch (error) {
      figures.push({
        backend,
        skipped: t('runtime.trial.failedStep', { error: errorText(error) }),
      });
    }
  }
  return {
    key,
    figures,
    chosen: fastest(figures)?.backend ?? 'cpu',
    tookMs: performance.now() - started,
    at: Date.now(),
  };
}

/**
 * `auto`: the backend this configuration trains fastest on here, from a kept measurement of the
 * same device and size when there is a fresh one (`known`), else measured now and added to it.
 */
export async function chooseByMeasurement(
  config: PlaygroundConfig,
  known: Map<string, BackendTrial>,
  includeSoftware = false,
): Promise<BackendStatus> {
  const key = trialKey(config, await deviceName());
  let trial = known.get(key);
  if (!trial || Date.now() - trial.at > TRIAL_FRESH_MS) {
    trial = await measureBackends(config, includeSoftware);
    known.set(key, trial);
  }
  const measured = trial;
  const order = [measured.chosen, ...BACKEND_ORDER.filter((b) => b !== measured.chosen)];
  const status = await firstWorking(order, 'auto', [], () =>
    t('runtime.trial.fastest', { figures: describeTrial(measured) }),
  );
  status.trial = measured;
  return status;
}
