// The page's handle on the training worker. No React and no TensorFlow.js here (type-only
// imports): the worker owns tfjs, the page only sends and receives ./protocol messages.
//
// The client also keeps the run alive when the worker dies. It holds what a new worker needs to
// go on — the last configuration sent, the last copy of the weights the worker sent (`kept`),
// whether training was running, and requests not yet answered — and on a crash starts a new
// worker that resumes from them. A crash is an uncaught error in the worker, a message that
// cannot be read, or the worker ending on its own (seen through a Web Lock the worker holds for
// its whole life). A worker that keeps crashing is given up on: training pauses with a message,
// and the next request starts a new one.
import type { FromWorker, ToWorker, WeightSnapshot } from './protocol';

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
  let kept: WeightSnapshot | null = null;
  let running = false;
  /** Requests whose answer has not come yet; sent again to a new worker. */
  let unanswered: ToWorker[] = [];
  const crashes: number[] = [];

  const answers: Partial<Record<FromWorker['type'], ToWorker['type']>> = {
    snapshot: 'snapshot',
    sensitivity: 'measureSensitivity',
  };

  function receive(from: Worker, message: FromWorker): void {
    if (from !== worker || terminated) return;
    switch (message.type) {
      case 'kept':
        kept = message.snapshot;
        return;
      case 'holding':
        return;
      case 'running':
        running = message.running;
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
      const where = event.filename ? ` at ${event.filename}:${event.lineno}` : '';
      crashed(
        next,
        event.message ? `${event.message}${where}` : 'its script failed to load or threw',
      );
    });
    next.addEventListener('messageerror', () =>
      crashed(next, 'a message from it could not be read'),
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
      void locks.request(name, () => {
        crashed(target, 'it stopped running');
      });
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
    const from = kept ? `the weights of step ${kept.step}` : 'new initial weights';
    if (crashes.length > MAX_RESTARTS) {
      const wasRunning = running;
      running = false;
      unanswered = [];
      if (wasRunning) onMessage({ type: 'running', running: false });
      onMessage({
        type: 'paused',
        step: kept?.step ?? 0,
        message:
          `The training worker crashed ${crashes.length} times within a minute (last: ${reason}), ` +
          `so training paused. The settings, the history and ${from} are kept: press play to ` +
          `try again in a new worker.`,
      });
      return;
    }
    resume();
    if (configure) {
      onMessage({
        type: 'notice',
        message:
          `The training worker crashed (${reason}). A new worker continues from ${from}` +
          `${kept?.run ? " (with the optimizer's state and the data position)" : ''}` +
          `${running ? '' : ', paused'}.`,
      });
    }
  }

  /** A new worker, given the run as it was. */
  function resume(): void {
    const next = start();
    if (configure) {
      next.postMessage({
        ...configure,
        keepWeights: false,
        ...(kept ? { weights: kept } : {}),
      } satisfies ToWorker);
    }
    if (running) next.postMessage({ type: 'start' } satisfies ToWorker);
    for (const request of unanswered) next.postMessage(request);
  }

  function send(message: ToWorker): void {
    if (terminated) return;
    if (message.type === 'configure') {
      configure = message;
      unanswered = [];
      // A new run, unless its weights are carried over (the worker then sends them as `kept`).
      if (!message.keepWeights) kept = null;
    }
    if (message.type === 'snapshot' || message.type === 'measureSensitivity') {
      unanswered.push(message);
    }
    if (!worker) {
      // Given up after repeated crashes: this request starts a new worker with the run.
      crashes.length = 0;
      if (message.type === 'start') running = true;
      resume();
      if (message.type === 'configure' || message.type === 'start') return;
      if (message.type === 'snapshot' || message.type === 'measureSensitivity') return;
    }
    worker?.postMessage(message);
  }

  start();
  return {
    send,
    terminate() {
      terminated = true;
      worker?.terminate();
      worker = null;
    },
  };
}
