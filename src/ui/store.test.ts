import { describe, expect, it } from 'vitest';
import type { StepStats } from '../worker/protocol';
import { HELD_OUT_POINTS, HISTORY_STEPS, appendStats, historyUpTo, type History } from './store';

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
