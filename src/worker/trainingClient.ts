// The page's handle on the training worker. No React and no TensorFlow.js here (type-only
// imports): the worker owns tfjs, the page only sends and receives ./protocol messages.
import type { FromWorker, ToWorker } from './protocol';

export interface TrainingClient {
  send(message: ToWorker): void;
  /** Stops the worker at once; no message arrives afterwards. */
  terminate(): void;
}

/**
 * Starts a training worker. Every message from it reaches `onMessage`; a crash of the worker
 * (an uncaught error, a script that fails to load, a message that cannot be read) arrives as
 * an `error` message too.
 */
export function createTrainingClient(onMessage: (message: FromWorker) => void): TrainingClient {
  const worker = new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });
  let alive = true;
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    if (alive) onMessage(event.data);
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    // The page reports it as an `error` message; the browser need not log it again.
    event.preventDefault();
    if (!alive) return;
    const where = event.filename ? ` (${event.filename}:${event.lineno})` : '';
    onMessage({
      type: 'error',
      message: event.message
        ? `The training worker crashed: ${event.message}${where}`
        : 'The training worker could not start or crashed (its script failed to load or threw).',
    });
  });
  worker.addEventListener('messageerror', () => {
    if (alive)
      onMessage({
        type: 'error',
        message: 'A message from the training worker could not be read.',
      });
  });
  return {
    send(message) {
      if (alive) worker.postMessage(message);
    },
    terminate() {
      alive = false;
      worker.terminate();
    },
  };
}
