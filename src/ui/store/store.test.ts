import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, StepStats, ToWorker, WorkerMemory } from '../../worker/protocol';
import {
  HELD_OUT_POINTS,
  HISTORY_STEPS,
  appendStats,
  createPlaygroundStore,
  historyUpTo,
  type History,
  type TrainingClientFactory,
} from '.';

const empty = (): History => ({ steps: [], loss: [], metric: [], heldOut: [], gradNorms: [[]] });

function stats(step: number, evalEvery = 0): StepStats {
  return {
    step,
    loss: 1 / step,
    metric: step,
    gradients: [{ status: 'ok', norm: step }],
    weightNorms: [1],
    updateRatios: [0.01],
    stepsPerSecond: 10,
    ...(evalEvery && step % evalEvery === 0
      ? { heldOut: { loss: 2 / step, metric: step, sample: { input: [], target: [], output: [] } } }
      : {}),
  } as StepStats;
}

const run = (from: number, to: number, evalEvery = 0) =>
  Array.from({ length: to - from + 1 }, (_, i) => stats(from + i, evalEvery));

describe('training history', () => {
  it('keeps the last HISTORY_STEPS steps of per-step series', () => {
    const history = appendStats(empty(), run(1, HISTORY_STEPS + 50));
    expect(history.steps).toHaveLength(HISTORY_STEPS);
    expect(history.steps[0]).toBe(51);
    expect(history.gradNorms[0].at(-1)).toBe(HISTORY_STEPS + 50);
  });

  it('keeps held-out points of the whole run within HELD_OUT_POINTS, first and newest included', () => {
    let history = empty();
    // An hour at ~30 steps/s with a held-out batch every 20 steps: 5,400 evaluations.
    for (let from = 1; from <= 108_000; from += 1000) {
      history = appendStats(history, run(from, from + 999, 20));
    }
    expect(history.heldOut.length).toBeLessThanOrEqual(HELD_OUT_POINTS);
    expect(history.heldOut.length).toBeGreaterThan(HELD_OUT_POINTS / 2 - 1);
    expect(history.heldOut.at(-1)!.step).toBe(108_000);
    expect(history.heldOut[0].step).toBeLessThan(108_000 / 4);
    const steps = history.heldOut.map((p) => p.step);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('a resumed run keeps the history up to its resume step and drops later steps', () => {
    const history = appendStats(empty(), run(1, 60, 20));
    const resumed = historyUpTo(history, 50);
    expect(resumed.steps).toEqual(history.steps.slice(0, 50));
    expect(resumed.loss).toEqual(history.loss.slice(0, 50));
    expect(resumed.gradNorms[0]).toEqual(history.gradNorms[0].slice(0, 50));
    expect(resumed.heldOut.map((p) => p.step)).toEqual([20, 40]);
    // Steps redone after the resume point follow without duplicates.
    const redone = appendStats(resumed, run(51, 55));
    expect(redone.steps.slice(-6)).toEqual([50, 51, 52, 53, 54, 55]);
  });
});

/** A training client that records what the store sends and lets the test answer. */
function fakeClient() {
  const sent: ToWorker[] = [];
  let onMessage: ((message: FromWorker) => void) | null = null;
  const createClient = vi.fn<TrainingClientFactory>((deliver) => {
    onMessage = deliver;
    return { send: (message) => sent.push(message), terminate: () => {} };
  });
  const deliver = (message: FromWorker) => onMessage!(message);
  return { sent, createClient, deliver };
}

// The client is created and messaged after a promise settles.
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createPlaygroundStore', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('talks to the client it was handed, created on first use', async () => {
    const fake = fakeClient();
    const store = createPlaygroundStore({ createClient: fake.createClient });
    expect(fake.createClient).not.toHaveBeenCalled();
    store.startTraining();
    await settle();
    store.getState().play();
    await settle();
    expect(fake.createClient).toHaveBeenCalledTimes(1);
    expect(fake.sent).toEqual([
      { type: 'configure', config: store.getState().config },
      { type: 'start' },
    ]);
    fake.deliver({ type: 'running', running: true });
    expect(store.getState().training.running).toBe(true);
  });

  it('tells the worker the page language with each configuration and when it changes', async () => {
    const fake = fakeClient();
    let language = 'zh';
    const store = createPlaygroundStore({
      createClient: fake.createClient,
      language: () => language,
    });
    store.startTraining();
    await settle();
    language = 'en';
    store.getState().relocalize();
    await settle();
    expect(fake.sent).toEqual([
      { type: 'configure', config: store.getState().config, language: 'zh' },
      { type: 'language', code: 'en' },
    ]);
  });

  it('configures 150 ms after the last edit; startTraining then sends nothing more', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    const store = createPlaygroundStore({ createClient: fake.createClient });
    store.getState().setTcnField('kernel_size', 3);
    store.getState().setTcnField('kernel_size', 4);
    store.startTraining();
    await vi.advanceTimersByTimeAsync(149);
    expect(fake.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.sent).toEqual([
      { type: 'configure', config: store.getState().config, keepWeights: false },
    ]);
    expect(store.getState().config?.tcn.kernel_size).toBe(4);
  });

  it('play or step right after an edit sends the configuration first, once', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    const store = createPlaygroundStore({ createClient: fake.createClient });
    store.getState().setTcnField('kernel_size', 3);
    store.getState().play();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.sent.map((m) => m.type)).toEqual(['configure', 'start']);
    // Both went to one worker: the client is made once, however close the first messages are.
    expect(fake.createClient).toHaveBeenCalledTimes(1);
    expect(fake.sent[0]).toMatchObject({ config: { tcn: { kernel_size: 3 } } });
    await vi.advanceTimersByTimeAsync(500);
    expect(fake.sent.map((m) => m.type)).toEqual(['configure', 'start']);
    store.getState().setTcnField('kernel_size', 4);
    store.getState().step();
    await vi.advanceTimersByTimeAsync(500);
    expect(fake.sent.map((m) => m.type)).toEqual(['configure', 'start', 'configure', 'step']);
  });

  it('two stores have their own state, client and queued stats', async () => {
    vi.useFakeTimers();
    const fakeA = fakeClient();
    const fakeB = fakeClient();
    const a = createPlaygroundStore({ createClient: fakeA.createClient });
    const b = createPlaygroundStore({ createClient: fakeB.createClient });
    const before = b.getState();

    a.getState().setTcnField('kernel_size', 5);
    a.getState().setView({ classroom: true });
    a.getState().play();
    await vi.advanceTimersByTimeAsync(200);
    expect(fakeA.sent.map((m) => m.type)).toEqual(['configure', 'start']);
    expect(fakeB.createClient).not.toHaveBeenCalled();
    expect(b.getState()).toBe(before);
    expect(b.getState().raw.tcn.kernel_size).not.toBe(5);

    fakeA.deliver({ type: 'running', running: true });
    fakeA.deliver({ type: 'stats', stats: stats(7), memory: {} as WorkerMemory });
    await vi.advanceTimersByTimeAsync(100);
    expect(a.getState().training).toMatchObject({ running: true, step: 7 });
    expect(b.getState().training).toMatchObject({ running: false, step: 0 });

    // A store made without a client trains nowhere and does not fail.
    const alone = createPlaygroundStore();
    alone.startTraining();
    alone.getState().play();
    await vi.advanceTimersByTimeAsync(200);
    expect(alone.getState().training.running).toBe(false);
  });
});
