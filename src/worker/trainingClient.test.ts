import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from './protocol';
import {
  STALL_FIRST_MS,
  STALL_MIN_MS,
  STALL_WARM_UP_STEPS,
  createTrainingClient,
} from './trainingClient';

/**
 * The silence watch decides from messages and the clock alone, so a worker that only records
 * what it was sent and says what the test tells it is enough here; the real worker's crashes
 * and hangs are proven in the browser suite `worker-crash`.
 */
class ScriptedWorker extends EventTarget {
  sent: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: FromWorker): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

const stats = { type: 'stats' } as unknown as FromWorker;
const configure = { type: 'configure' } as unknown as ToWorker;

function startedClient() {
  const workers: ScriptedWorker[] = [];
  const received: FromWorker[] = [];
  const client = createTrainingClient(
    (message) => received.push(message),
    () => {
      const worker = new ScriptedWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  );
  client.send(configure);
  workers[0].say({ type: 'ready', backend: {} } as unknown as FromWorker);
  client.send({ type: 'start' });
  workers[0].say({ type: 'running', running: true } as FromWorker);
  // Past the warm-up, 10 ms a step.
  for (let step = 0; step < STALL_WARM_UP_STEPS + 10; step++) {
    vi.advanceTimersByTime(10);
    workers[0].say(stats);
  }
  return { client, workers, received };
}

describe('the silence watch on the training worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('replaces a running worker silent past STALL_MIN_MS', () => {
    const { client, workers, received } = startedClient();
    vi.advanceTimersByTime(STALL_MIN_MS + 2_000);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const notice = received.find((m) => m.type === 'notice');
    expect(notice && 'message' in notice ? notice.message : '').toMatch(/no sign of life/);
    client.terminate();
  });

  it('does not give a repeated request compile time', () => {
    const { client, workers } = startedClient();
    client.send({ type: 'measureSensitivity', outputStep: 9 });
    vi.advanceTimersByTime(10);
    workers[0].say({ type: 'sensitivity' } as unknown as FromWorker);
    vi.advanceTimersByTime(10);
    workers[0].say(stats);
    // A repeat, sent as the worker hangs, does not stretch the watch to STALL_FIRST_MS.
    client.send({ type: 'measureSensitivity', outputStep: 9 });
    vi.advanceTimersByTime(STALL_MIN_MS + 2_000);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // The unanswered request goes to the new worker.
    expect(workers[1].sent.map((m) => m.type)).toContain('measureSensitivity');
    client.terminate();
  });

  it('gives the first request of a kind compile time, up to STALL_FIRST_MS', () => {
    const { client, workers } = startedClient();
    client.send({ type: 'measureSensitivity', outputStep: 9 });
    vi.advanceTimersByTime(STALL_FIRST_MS - 2_000);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(4_000);
    expect(workers).toHaveLength(2);
    client.terminate();
  });
});

describe('the language of a replacement worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is the last one sent: its configure carries it', () => {
    const { client, workers } = startedClient();
    client.send({ type: 'language', code: 'zh' });
    expect(workers[0].sent.at(-1)).toEqual({ type: 'language', code: 'zh' });
    vi.advanceTimersByTime(STALL_MIN_MS + 2_000);
    const resent = workers[1].sent.find((m) => m.type === 'configure');
    expect(resent && 'language' in resent ? resent.language : null).toBe('zh');
    client.terminate();
  });

  it('is sent alone when no configuration was', () => {
    const workers: ScriptedWorker[] = [];
    const client = createTrainingClient(
      () => undefined,
      () => {
        const worker = new ScriptedWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
    );
    client.send({ type: 'language', code: 'zh' });
    client.send({ type: 'measureSensitivity', outputStep: 0 });
    vi.advanceTimersByTime(STALL_FIRST_MS + 2_000);
    expect(workers).toHaveLength(2);
    expect(workers[1].sent).toContainEqual({ type: 'language', code: 'zh' });
    client.terminate();
  });
});
