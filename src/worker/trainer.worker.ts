// The training worker: owns TensorFlow.js and the Trainer, so the page never blocks on a step.
// Speaks the messages of ./protocol. Every operation on the trainer runs one at a time, in the
// order asked; the training loop gives the message queue a turn between steps so that pause,
// step and configure are handled after at most one step.
//
// A lost WebGPU device or WebGL context (or an error thrown by a GPU backend during a step) does
// not end the run:
// the worker moves to the next backend (webgpu → wasm → webgl → cpu), restores the last copy of
// the weights it keeps in worker memory, and goes on. Weights cannot be read back from a lost
// device, so that copy is refreshed every KEEP_WEIGHTS_EVERY steps, on pause, and after each manual
// step.
import * as tf from '@tensorflow/tfjs';
import {
  ConfigurationError,
  Trainer,
  type StepResult,
  type WeightSnapshot,
} from '../trainer/trainer';
import type { PlaygroundConfig } from '../config/playgroundConfig';
import { t } from '../i18n/core';
// Registers every language with this worker's own i18next: the page says which one to speak.
import { setLanguage } from '../i18n/languages';
import { seriesSource } from '../trainer/batchSource';
import {
  discardBackend,
  errorText,
  fallbackBackend,
  selectBackend,
  gpuContext,
  loseGpuContext,
  watchGpuLoss,
  type GpuContext,
} from './backends';
import { chooseByMeasurement, deviceName, trialKey } from './backendTrial';
import {
  KEEP_WEIGHTS_EVERY,
  type BackendStatus,
  type BackendTrial,
  type FromWorker,
  type ToWorker,
  type WorkerMemory,
} from './protocol';

/** How long a step abandoned on a lost device may take to settle before recovery goes on. */
const ABANDON_WAIT_MS = 2000;
/** How long a failed WebGPU step waits for the device to report a loss. */
const LOSS_GRACE_MS = 250;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

let config: PlaygroundConfig | null = null;
/** task=series: the series the page handed in with the configuration. */
let series: Extract<ToWorker, { type: 'configure' }>['series'] | null = null;
let trainer: Trainer | null = null;
let backend: BackendStatus | null = null;
let running = false;
let loopActive = false;
/** The last weights read back into worker memory: what a backend switch resumes from. */
let kept: WeightSnapshot | null = null;

/** `auto`'s measurements in this worker and those the page kept, by trialKey. */
const measured = new Map<string, BackendTrial>();
let measureSoftware = false;

/** The WebGPU device or WebGL context watched for loss (null on wasm and cpu, once given up). */
let activeGpu: GpuContext | null = null;
/** A device loss seen and not yet recovered from. */
let loss: { message: string } | null = null;
/** Steps and reads waiting on the device; a loss ends their wait. */
const lossListeners = new Set<() => void>();

// ---- one operation at a time ------------------------------------------------------------------

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it; its failure is posted as an `error`. */
function exclusive(task: () => Promise<void>): Promise<void> {
  const next = queue.then(task).catch((error: unknown) => {
    post({ type: 'error', message: errorText(error) });
  });
  queue = next;
  return next;
}

/**
 * Lets queued messages from the page run. A timer task, not a MessageChannel one: Chromium may
 * run a worker's own channel messages ahead of the page's, which delayed a pause by ~20 steps.
 * The 4 ms clamp is small beside a step.
 */
function yieldToQueue(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// ---- state --------------------------------------------------------------------------------------

function setRunning(value: boolean): void {
  if (running === value) return;
  running = value;
  post({ type: 'running', running });
  if (running) void loop();
}

/** `resumed`: the same run goes on (the page keeps its history). */
function postReady(resumed = false): void {
  if (!trainer || !backend) return;
  post({
    type: 'ready',
    backend,
    variables: trainer.variables,
    task: trainer.info,
    network: trainer.networkDescription,
    step: trainer.step,
    ...(resumed ? { resumed } : {}),
  });
}

/** Takes `snapshot` as the copy to resume from, here and in the page. */
function setKept(snapshot: WeightSnapshot): void {
  kept = snapshot;
  post({ type: 'kept', snapshot });
}

function memoryNow(): WorkerMemory {
  const info = tf.memory() as tf.MemoryInfo & {
    numBytesAllocatedInGPU?: number;
    numBytesInGPUAllocated?: number;
  };
  // The webgpu backend and the webgl backend name their allocation figure differently.
  const gpu = info.numBytesAllocatedInGPU ?? info.numBytesInGPUAllocated;
  return {
    tensors: info.numTensors,
    bytes: info.numBytes,
    ...(gpu === undefined ? {} : { gpuBytesAllocated: gpu }),
  };
}

function disposeTrainer(): void {
  const old = trainer;
  trainer = null;
  if (!old) return;
  try {
    old.dispose();
  } catch {
    // A backend whose device is gone may refuse to free; forget the variables so that names
    // can be registered again on the next backend.
  }
  const registry = (
    tf.engine() as unknown as { state: { registeredVariables: Record<string, tf.Variable> } }
  ).state.registeredVariables;
  for (const name of Object.keys(registry)) {
    try {
      registry[name].dispose();
    } catch {
      // as above
    }
    delete registry[name];
  }
}

/** Copies the weights into worker memory; keeps the previous copy if the device cannot answer. */
async function keepWeights(): Promise<void> {
  if (!trainer || loss || kept?.step === trainer.step) return;
  try {
    const copy = await raceLoss(trainer.snapshot(true));
    if (copy !== 'lost') setKept(copy);
  } catch {
    // The device failed while reading: the previous copy stays.
  }
}

function onGpuLost(context: GpuContext, message: string): void {
  if (context !== activeGpu || loss) return;
  loss = { message };
  lossListeners.forEach((listener) => listener());
  lossListeners.clear();
  // If nothing is waiting on the device, recover now rather than at the next step.
  void exclusive(async () => {
    if (loss) await recover(loss.message);
  });
}

const onGpu = () => backend?.name === 'webgpu' || backend?.name === 'webgl';

/**
 * `work` on the GPU, or 'lost' as soon as the device or context is lost: a read from a lost
 * device may never answer, and one from a lost WebGL context answers with nothing real.
 */
function raceLoss<T>(work: Promise<T>): Promise<T | 'lost'> {
  if (!onGpu() && !loss) return work;
  if (loss) {
    work.catch(() => undefined);
    return Promise.resolve('lost');
  }
  let listener!: () => void;
  const lost = new Promise<'lost'>((resolve) => {
    listener = () => resolve('lost');
    lossListeners.add(listener);
  });
  return Promise.race([work, lost]).finally(() => lossListeners.delete(listener));
}

// ---- backend switch -----------------------------------------------------------------------------

/**
 * Moves the run to the next backend after the current one and restores the weights kept in
 * worker memory. Training goes on if it was running.
 */
async function recover(cause: string): Promise<void> {
  loss = null;
  activeGpu = null;
  if (!backend || !config) return;
  const failed = backend.name;
  const lostAt = trainer?.step ?? 0;
  disposeTrainer();
  let next: BackendStatus;
  try {
    next = await fallbackBackend(failed, config.train.backend, cause);
  } catch (error) {
    setRunning(false);
    post({ type: 'paused', step: kept?.step ?? lostAt, message: errorText(error) });
    return;
  }
  backend = next;
  trainer = createTrainer(config);
  let from = 0;
  if (kept) {
    await trainer.restore(kept);
    from = kept.step;
  } else {
    setKept(await trainer.snapshot(true));
  }
  const values = { cause: capitalize(cause), backend: next.name, step: from, failed };
  post({
    type: 'notice',
    message:
      lostAt > from
        ? t('runtime.worker.movedRerun', { ...values, from: from + 1, to: lostAt })
        : t('runtime.worker.moved', values),
  });
  postReady(true);
  watchDevice();
}

/** Listens for the loss of the current backend's device or context, if it has one. */
function watchDevice(): void {
  activeGpu = gpuContext();
  watchGpuLoss(onGpuLost);
}

/** Resolves after `ms`, or as soon as a device loss is seen. */
function lossWithin(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      lossListeners.delete(listener);
      resolve();
    }, ms);
    lossListeners.add(listener);
  });
}

// ---- training -----------------------------------------------------------------------------------

async function loop(): Promise<void> {
  if (loopActive) return;
  loopActive = true;
  try {
    while (running) {
      await exclusive(stepOnce);
      if (running) await yieldToQueue();
    }
  } finally {
    loopActive = false;
  }
  void exclusive(keepWeights);
}

/** One training step; posts its stats, or pauses, or moves to another backend. */
async function stepOnce(): Promise<void> {
  if (loss) await recover(loss.message);
  if (!trainer || !backend) {
    setRunning(false);
    post({ type: 'error', message: t('runtime.worker.nothingBuilt') });
    return;
  }
  const current = trainer;
  const work = current.trainStep();
  let result: StepResult | 'lost';
  try {
    result = await raceLoss(work);
  } catch (error) {
    // A read on a destroyed device fails before the device reports its loss: give it a moment,
    // so that the notice names the cause rather than the failed read.
    if (onGpu() && !loss) await lossWithin(LOSS_GRACE_MS);
    if (loss) return recover(loss.message);
    if (backend.name === 'webgpu' || backend.name === 'webgl') {
      return recover(
        t('runtime.worker.backendFailedStep', {
          backend: backend.name,
          step: current.step + 1,
          error: errorText(error),
        }),
      );
    }
    setRunning(false);
    post({
      type: 'paused',
      step: current.step,
      message: t('runtime.worker.stepFailed', {
        step: current.step + 1,
        backend: backend.name,
        error: errorText(error),
        previous: current.step,
      }),
    });
    return;
  }
  if (result === 'lost') {
    // Let the abandoned step settle (its reads fail on a lost device) before freeing its tensors.
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    await Promise.race([settled, new Promise((r) => setTimeout(r, ABANDON_WAIT_MS))]);
    if (loss) await recover(loss.message);
    return;
  }
  if (!result.ok) {
    setRunning(false);
    post({ type: 'paused', step: result.step, message: result.message });
    return;
  }
  post({ type: 'stats', stats: result.stats, memory: memoryNow() });
  if (result.stats.step % KEEP_WEIGHTS_EVERY === 0) await keepWeights();
}

// ---- messages -----------------------------------------------------------------------------------

/** The trainer of a configuration, on the series handed in when its task is one. */
function createTrainer(of: PlaygroundConfig): Trainer {
  const source =
    of.task.name === 'series' && series
      ? seriesSource(series.prepared, series.name, of.train.data_seed)
      : undefined;
  return Trainer.create(of, undefined, { source });
}

async function configure(
  next: PlaygroundConfig,
  keep: boolean,
  weights: WeightSnapshot | undefined,
): Promise<void> {
  let carried: WeightSnapshot | null = weights ?? null;
  if (!carried && keep && trainer) {
    const s = await raceLoss(trainer.snapshot()).catch(() => null);
    carried = s === 'lost' ? kept : s;
  }
  disposeTrainer();
  kept = null;
  config = next;
  if (loss) {
    // The device went while this was being asked for: start afresh on a new one.
    if (backend) discardBackend(backend.name);
    backend = null;
    loss = null;
    activeGpu = null;
  }
  const requested = next.train.backend;
  // `auto` measures again for a configuration of another size (see trialKey).
  const auto = requested === 'auto' ? trialKey(next, await deviceName()) : null;
  if (
    !backend ||
    backend.requested !== requested ||
    (requested !== 'auto' && backend.name !== requested) ||
    (auto !== null && backend.trial?.key !== auto)
  ) {
    backend =
      requested === 'auto'
        ? await chooseByMeasurement(next, measured, measureSoftware)
        : await selectBackend(requested);
    if (backend.name !== requested && requested !== 'auto') {
      post({
        type: 'notice',
        message: t('runtime.worker.notAvailable', { requested, reason: backend.reason }),
      });
    }
    watchDevice();
  }
  try {
    trainer = createTrainer(next);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    setRunning(false);
    post({ type: 'problems', problems: error.problems });
    return;
  }
  if (carried) {
    try {
      await trainer.restore(carried);
    } catch (error) {
      post({
        type: 'notice',
        message: t('runtime.worker.weightsNotKept', { error: errorText(error) }),
      });
    }
  }
  setKept(await trainer.snapshot(true));
  postReady(weights !== undefined && trainer.step === weights.step);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'configure':
      if (message.language) setLanguage(message.language);
      for (const [key, trial] of Object.entries(message.trials ?? {})) {
        if (!measured.has(key)) measured.set(key, trial);
      }
      measureSoftware = message.measureSoftware ?? false;
      void exclusive(() => {
        // Taken in turn, so that a step still queued trains on the series it was asked for.
        series = message.series ?? null;
        return configure(message.config, message.keepWeights ?? false, message.weights);
      });
      return;
    case 'start':
      void exclusive(async () => {
        if (!trainer) throw new Error(t('runtime.worker.nothingToStart'));
        setRunning(true);
      });
      return;
    case 'pause':
      if (!running) return;
      running = false;
      // The step under way finishes first: the acknowledgement follows its stats, so that no
      // step is reported after the worker has said it paused.
      void exclusive(async () => post({ type: 'running', running: false }));
      return;
    case 'step':
      setRunning(false);
      void exclusive(async () => {
        await stepOnce();
        await keepWeights();
      });
      return;
    case 'reset':
      void exclusive(async () => {
        if (!trainer) throw new Error(t('runtime.worker.nothingToReset'));
        trainer.reset();
        setKept(await trainer.snapshot(true));
        postReady();
      });
      return;
    case 'snapshot':
      void exclusive(async () => {
        if (!trainer) throw new Error(t('runtime.worker.noWeights'));
        const copy = await raceLoss(trainer.snapshot(true));
        if (copy === 'lost') throw new Error(t('runtime.worker.gpuLostReading'));
        // A fresh read is also the newest copy to resume from; the page gets the weights alone.
        setKept(copy);
        post({ type: 'snapshot', snapshot: { step: copy.step, weights: copy.weights } });
      });
      return;
    case 'exportCheck':
      void exclusive(async () => {
        if (!trainer) throw new Error(t('runtime.worker.nothingToExport'));
        const snapshot = await raceLoss(trainer.snapshot());
        const check =
          snapshot === 'lost' ? 'lost' : await raceLoss(trainer.exportCheck(message.count));
        if (snapshot === 'lost' || check === 'lost')
          throw new Error(t('runtime.worker.gpuLostReading'));
        post({ type: 'exportCheck', snapshot, check });
      });
      return;
    case 'load':
      void exclusive(async () => {
        if (!trainer) throw new Error(t('runtime.worker.cannotLoad'));
        await trainer.restore(message.snapshot);
        setKept(await trainer.snapshot(true));
        postReady();
      });
      return;
    case 'measureSensitivity':
      void exclusive(async () => {
        if (!trainer) return;
        const values = await trainer.inputSensitivity(message.outputStep);
        post({ type: 'sensitivity', outputStep: message.outputStep, step: trainer.step, values });
      });
      return;
    case 'perturb':
      void exclusive(async () => {
        if (!trainer) return;
        const result = await trainer.perturbation(message.outputStep);
        post({
          type: 'perturbation',
          outputStep: result?.outputStep ?? message.outputStep,
          step: trainer.step,
          change: result?.change ?? null,
        });
      });
      return;
    case 'loseDevice':
      loseGpuContext();
      return;
    case 'language':
      // At once, not in turn: texts of work already queued come in the new language too.
      setLanguage(message.code);
      if (trainer) {
        trainer.relocalize();
        post({ type: 'texts', task: trainer.info, network: trainer.networkDescription });
      }
      return;
    case 'holdLifetimeLock':
      // Never released: the lock goes when the worker does. A frame of another site may be
      // refused locks (SecurityError, storage partitioned or blocked): the page then watches
      // the worker by its errors and its silence alone.
      navigator.locks
        ?.request(message.name, () => {
          post({ type: 'holding' });
          return new Promise<never>(() => undefined);
        })
        .catch(() => undefined);
      return;
    default:
      post({
        type: 'error',
        message: t('runtime.worker.unknownMessage', {
          type: JSON.stringify((message as { type?: unknown }).type),
        }),
      });
  }
};

scope.addEventListener('unhandledrejection', (event) => {
  post({
    type: 'error',
    message: t('runtime.worker.uncaught', { error: errorText(event.reason) }),
  });
});

/** A clause as a sentence's start (a no-op in a script without capitals). */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
