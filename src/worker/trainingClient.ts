// The page's handle on the training worker. No React and no TensorFlow.js here (type-only
// imports): the worker owns tfjs, the page only sends and receives ./protocol messages.
//
// The client also keeps the run alive when the worker dies. It holds what a new worker needs to
// go on — the last configuration sent, the last copy of the weights the worker sent (`kept`),
// whether training was running, and requests not yet answered — and on a crash starts a new
// worker that resumes from them. A crash is an uncaught error in the worker, a message that
// cannot be read, the worker ending on its own (seen through a Web Lock the worker holds for
// its whole life), or a worker that gives no sign of life for far longer than its steps take
// (stuck in a loop). A worker that keeps crashing is given up on: training pauses with a
// message, and the next request starts a new one. A new worker is also told the last language
// the page asked for, so that its texts stay in it.
import { t } from '../i18n/core';
import {
  BACKEND_ORDER,
  type BackendTrial,
  type FromWorker,
  type ToWorker,
  type WeightSnapshot,
} from './protocol';

export interface TrainingClient {
  send(message: ToWorker): void;
  /** Stops the worker at once; no message arrives afterwards. */
  terminate(): void;
}

/** How a worker is made; the page's is the real one, tests may pass their own. */
export type WorkerFactory = () => Worker;

/** More crashes than this within CRASH_WINDOW_MS and the client stops restarting. */
export const MAX_RESTARTS = 3;
export const CRASH_WINDOW_MS = 60_000;
/**
 * A training worker silent for longer than STALL_STEPS times its slowest step so far (and at
 * least STALL_MIN_MS) is taken as stuck. Before its first step on a new network, or while a
 * request is open, it may be compiling (SwiftShader WebGPU took up to 70 s): STALL_FIRST_MS.
 */
export const STALL_STEPS = 20;
export const STALL_MIN_MS = 15_000;
export const STALL_FIRST_MS = 180_000;
/**
 * Steps after a start during which STALL_FIRST_MS still applies: later steps may still compile
 * kernels of their own (the first held-out evaluation, the first kept copy).
 */
export const STALL_WARM_UP_STEPS = 50;
/** How often the silence is checked; a check this much late means the computer slept. */
const STALL_TICK_MS = 1_000;
const SLEPT_MS = 5_000;

/** localStorage key of `auto`'s measurements, so that a new visit need not measure again. */
export const TRIALS_KEY = 'tcn-playground:backend-trials';
/** Measurements kept at most; the oldest go first. */
const TRIALS_KEPT = 24;

function keptTrials(): Record<string, BackendTrial> {
  try {
    const text = globalThis.localStorage?.getItem(TRIALS_KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    // Only well-formed entries: anything else is measured again.
    return Object.fromEntries(
      Object.entries(parsed as Record<string, Partial<BackendTrial>>).filter(
        ([key, t]) =>
          t?.key === key &&
          typeof t.at === 'number' &&
          Array.isArray(t.figures) &&
          (BACKEND_ORDER as readonly string[]).includes(String(t.chosen)),
      ),
    ) as Record<string, BackendTrial>;
  } catch {
    // Storage refused (private mode) or a damaged entry: measure again.
    return {};
  }
}

function keepTrial(trial: BackendTrial): void {
  try {
    const all = { ...keptTrials(), [trial.key]: trial };
    const newest = Object.values(all)
      .sort((a, b) => b.at - a.at)
      .slice(0, TRIALS_KEPT);
    globalThis.localStorage?.setItem(
      TRIALS_KEY,
      JSON.stringify(Object.fromEntries(newest.map((t) => [t.key, t]))),
    );
  } catch {
    // Without storage the next visit measures again; nothing else depends on it.
  }
}

const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });

let lockCount = 0;

/**
 * Starts a training worker. Every message from it reaches `onMessage`. A crash arrives as a
 * `notice` (a new worker took over) or, when the worker keeps crashing, as `paused`.
 */
export function createTrainingClient(
  onMessage: (message: FromWorker) => void,
  makeWorker: WorkerFactory = defaultWorker,
): TrainingClient {
  let worker: Worker | null = null;
  let terminated = false;
  let configure: Extract<ToWorker, { type: 'configure' }> | null = null;
  /** The last language sent, with `configure` or alone. */
  let language: string | null = null;
  let kept: WeightSnapshot | null = null;
  let running = false;
  /** Requests whose answer has not come yet; sent again to a new worker. */
  let unanswered: ToWorker[] = [];
  const crashes: number[] = [];
  /** Silence watch: when the worker was last heard, and how long its steps take. */
  let lastHeard = Date.now();
  let awaitingAnswer = false;
  let lastStatsAt: number | null = null;
  let slowestStepMs = 0;
  /** Steps reported since the last start, rebuild or resume. */
  let stepsSeen = 0;
  /**
   * Kinds of request this worker has answered on its current network: their kernels are
   * compiled, so waiting for another of them earns no compile time.
   */
  let answeredKinds = new Set<ToWorker['type']>();
  let lastTick = Date.now();
  const watch = setInterval(checkSilence, STALL_TICK_MS);

  const answers: Partial<Record<FromWorker['type'], ToWorker['type']>> = {
    snapshot: 'snapshot',
    exportCheck: 'exportCheck',
    sensitivity: 'measureSensitivity',
  };

  function receive(from: Worker, message: FromWorker): void {
    if (from !== worker || terminated) return;
    const now = Date.now();
    lastHeard = now;
    if (['ready', 'problems', 'error', 'running', 'stats', 'paused'].includes(message.type)) {
      awaitingAnswer = false;
    }
    switch (message.type) {
      case 'stats':
        if (lastStatsAt !== null) slowestStepMs = Math.max(slowestStepMs, now - lastStatsAt);
        lastStatsAt = now;
        stepsSeen++;
        break;
      case 'ready':
        if (message.backend.trial) keepTrial(message.backend.trial);
        // A new network (or backend) compiles afresh: its first step may be slow again.
        lastStatsAt = null;
        slowestStepMs = 0;
        stepsSeen = 0;
        answeredKinds = new Set();
        break;
      case 'kept':
        kept = message.snapshot;
        return;
      case 'holding':
        return;
      case 'running':
        running = message.running;
        lastStatsAt = null;
        stepsSeen = 0;
        break;
      case 'paused':
        running = false;
        break;
      case 'problems':
        kept = null;
        break;
    }
    const answered = answers[message.type];
    if (answered) {
      const index = unanswered.findIndex((m) => m.type === answered);
      if (index >= 0) unanswered.splice(index, 1);
      answeredKinds.add(answered);
    }
    onMessage(message);
  }

  function start(): Worker {
    const next = makeWorker();
    worker = next;
    next.addEventListener('message', (event: MessageEvent<FromWorker>) =>
      receive(next, event.data),
    );
    next.addEventListener('error', (event: ErrorEvent) => {
      // Reported as a notice or a pause; the browser need not log it again.
      event.preventDefault();
      crashed(
        next,
        !event.message
          ? t('runtime.client.crash.scriptFailed')
          : event.filename
            ? t('runtime.client.crash.errorAt', {
                message: event.message,
                file: event.filename,
                line: event.lineno,
              })
            : event.message,
      );
    });
    next.addEventListener('messageerror', () =>
      crashed(next, t('runtime.client.crash.unreadable')),
    );
    watchLifetime(next);
    return next;
  }

  /** Learns, without polling, when `target` ends: its lock is then free for the page to take. */
  function watchLifetime(target: Worker): void {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return;
    const name = `tcn-playground-worker-${Date.now()}-${++lockCount}-${Math.random()}`;
    const onHolding = (event: MessageEvent<FromWorker>) => {
      if (event.data?.type !== 'holding') return;
      target.removeEventListener('message', onHolding);
      // Refused in a frame of another site (SecurityError): the other crash signals remain.
      locks
        .request(name, () => {
          crashed(target, t('runtime.client.crash.stopped'));
        })
        .catch(() => undefined);
    };
    target.addEventListener('message', onHolding);
    target.postMessage({ type: 'holdLifetimeLock', name } satisfies ToWorker);
  }

  function crashed(which: Worker, reason: string): void {
    if (which !== worker || terminated) return;
    which.terminate();
    worker = null;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_RESTARTS) {
      const wasRunning = running;
      running = false;
      unanswered = [];
      if (wasRunning) onMessage({ type: 'running', running: false });
      onMessage({
        type: 'paused',
        step: kept?.step ?? 0,
        message: t(kept ? 'runtime.client.gaveUp.fromStep' : 'runtime.client.gaveUp.fromInitial', {
          crashes: crashes.length,
          reason,
          step: kept?.step,
        }),
      });
      return;
    }
    resume();
    if (configure) {
      // restarted.fromInitial, .fromStep, .fromStepWithState, each also …Paused.
      const from = !kept ? 'fromInitial' : kept.run ? 'fromStepWithState' : 'fromStep';
      onMessage({
        type: 'notice',
        message: t(`runtime.client.restarted.${from}${running ? '' : 'Paused'}`, {
          reason,
          step: kept?.step,
        }),
      });
    }
  }

  /** Restarts a worker that stays silent far longer than it should (see STALL_STEPS). */
  function checkSilence(): void {
    const now = Date.now();
    // Timers stop while the computer sleeps: that silence is not the worker's.
    if (now - lastTick > SLEPT_MS) lastHeard += now - lastTick;
    lastTick = now;
    if (!worker || terminated) return;
    const waiting = awaitingAnswer || unanswered.length > 0;
    if (!running && !waiting) return;
    // Only a first request of its kind may be compiling; a repeat is as quick as a step.
    const compiling = awaitingAnswer || unanswered.some((m) => !answeredKinds.has(m.type));
    const limit =
      stepsSeen < STALL_WARM_UP_STEPS || compiling
        ? STALL_FIRST_MS
        : Math.max(STALL_MIN_MS, STALL_STEPS * slowestStepMs);
    const silent = now - lastHeard;
    if (silent <= limit) return;
    const seconds = Math.round(silent / 1000);
    crashed(
      worker,
      slowestStepMs > 0
        ? t('runtime.client.crash.silentSteps', { seconds, ms: slowestStepMs })
        : t('runtime.client.crash.silent', { seconds }),
    );
  }

  /** A new worker, given the run as it was. */
  function resume(): void {
    lastHeard = Date.now();
    lastStatsAt = null;
    slowestStepMs = 0;
    stepsSeen = 0;
    answeredKinds = new Set();
    awaitingAnswer = configure !== null;
    const next = start();
    if (configure) {
      next.postMessage({
        ...configure,
        keepWeights: false,
        ...(kept ? { weights: kept } : {}),
        ...(language ? { language } : {}),
      } satisfies ToWorker);
    } else if (language) {
      next.postMessage({ type: 'language', code: language } satisfies ToWorker);
    }
    if (running) next.postMessage({ type: 'start' } satisfies ToWorker);
    for (const request of unanswered) next.postMessage(request);
  }

  function send(message: ToWorker): void {
    if (terminated) return;
    if (message.type === 'language') {
      language = message.code;
      // A worker given up on is not restarted for this: the next one is told with its configure.
      worker?.postMessage(message);
      return;
    }
    const wasWatching = running || awaitingAnswer || unanswered.length > 0;
    if (message.type === 'configure') {
      const trials = keptTrials();
      if (Object.keys(trials).length > 0)
        message = { ...message, trials: { ...trials, ...message.trials } };
      configure = message;
      if (message.language) language = message.language;
      unanswered = [];
      // A new run, unless its weights are carried over (the worker then sends them as `kept`).
      if (!message.keepWeights) kept = null;
    }
    if (isRequest(message)) unanswered.push(message);
    if (['configure', 'reset', 'load', 'start', 'step'].includes(message.type)) {
      awaitingAnswer = true;
    }
    // An idle worker is silent by right: the watch starts with this request.
    if (!wasWatching) lastHeard = Date.now();
    if (!worker) {
      // Given up after repeated crashes: this request starts a new worker with the run.
      crashes.length = 0;
      if (message.type === 'start') running = true;
      resume();
      if (message.type === 'configure' || message.type === 'start') return;
      if (isRequest(message)) return;
    }
    worker?.postMessage(message);
  }

  start();
  return {
    send,
    terminate() {
      terminated = true;
      clearInterval(watch);
      worker?.terminate();
      worker = null;
    },
  };
}

/** A request the worker answers once; sent again to a new worker if the old one crashed first. */
function isRequest(message: ToWorker): boolean {
  return (
    message.type === 'snapshot' ||
    message.type === 'exportCheck' ||
    message.type === 'measureSensitivity'
  );
}
