// The training history the charts and the heatmap draw: pure helpers, no state of their own.
import type { StepStats } from '../../worker/protocol';

/** How many recent steps the sparklines and the heatmap keep. */
export const HISTORY_STEPS = 300;
/**
 * Held-out evaluations cover the whole run; past this many, every other one is dropped, so an
 * hour-long run keeps its shape in bounded memory.
 */
export const HELD_OUT_POINTS = 400;

export interface History {
  steps: number[];
  loss: number[];
  metric: number[];
  heldOut: { step: number; loss: number; metric: number }[];
  /** Per variable (in `variables` order), the gradient norm per kept step: null = missing, NaN = not finite. */
  gradNorms: (number | null)[][];
}

/** Every other point, the newest always kept, once there are more than `max`. */
export function thin<T>(points: T[], max: number): T[] {
  if (points.length <= max) return points;
  const last = points.length - 1;
  return points.filter((_, i) => (last - i) % 2 === 0);
}

/** The history up to and including `step`: what a resumed run keeps. */
export function historyUpTo(history: History, step: number): History {
  const count = history.steps.findIndex((s) => s > step);
  const cut = <T>(list: T[]) => (count < 0 ? list : list.slice(0, count));
  return {
    steps: cut(history.steps),
    loss: cut(history.loss),
    metric: cut(history.metric),
    heldOut: history.heldOut.filter((point) => point.step <= step),
    gradNorms: history.gradNorms.map(cut),
  };
}

export function appendStats(history: History, stats: StepStats[]): History {
  const keep = <T>(list: T[], more: T[]) => {
    const all = list.concat(more);
    return all.length > HISTORY_STEPS ? all.slice(all.length - HISTORY_STEPS) : all;
  };
  return {
    steps: keep(
      history.steps,
      stats.map((s) => s.step),
    ),
    loss: keep(
      history.loss,
      stats.map((s) => s.loss),
    ),
    metric: keep(
      history.metric,
      stats.map((s) => s.metric),
    ),
    heldOut: thin(
      history.heldOut.concat(
        stats
          .filter((s) => s.heldOut)
          .map((s) => ({ step: s.step, loss: s.heldOut!.loss, metric: s.heldOut!.metric })),
      ),
      HELD_OUT_POINTS,
    ),
    gradNorms: history.gradNorms.map((row, i) =>
      keep(
        row,
        stats.map((s) => {
          const g = s.gradients[i];
          return g.status === 'missing' ? null : g.status === 'nonfinite' ? Number.NaN : g.norm;
        }),
      ),
    ),
  };
}
