// The effective receptive field: how much of the theoretical field the gradient actually uses.
// From |∂y_t/∂x_s| per input step s (what the trainer's inputSensitivity measures), the
// shortest span of input steps around the output that holds a given share of that mass.
import type { TcnConfig } from './config';
import { keptOutputStep } from './receptiveField';

export interface EffectiveSpan {
  /** The share of the gradient mass asked for, e.g. 0.9. */
  fraction: number;
  /** First and last input step of the span, inclusive. */
  from: number;
  to: number;
  /** to − from + 1. */
  width: number;
  /** The share the span actually holds (≥ fraction). */
  share: number;
}

export const DEFAULT_FRACTIONS: readonly number[] = Object.freeze([0.5, 0.9, 0.99]);

/**
 * The input step an output step lines up with, in the caller's time order: the anchor every
 * span must contain. It is the output step itself, the step `return_sequences=false` keeps
 * (see keptOutputStep) in its place, and with go_backwards the network reads the sequence
 * reversed, so output step t lines up with input step seqLen − 1 − t (and a causal network's
 * mass then lies at s ≥ that step).
 */
export function alignedInputStep(
  config: Pick<TcnConfig, 'padding' | 'return_sequences' | 'go_backwards'>,
  seqLen: number,
  outputStep: number,
): number {
  const t = config.return_sequences ? outputStep : keptOutputStep(config, seqLen);
  return config.go_backwards ? seqLen - 1 - t : t;
}

/**
 * For each fraction f, the shortest contiguous span of input steps [from, to] that contains the
 * anchor step and holds at least f of the total mass Σ values.
 *
 * One definition covers both paddings. For a causal network (not go_backwards) every value
 * after the anchor is exactly 0, so the shortest window containing the anchor ends at it:
 * [t − w + 1, t] with the smallest w whose sum reaches f·total (a window reaching past t would
 * only add zeros, and one starting later would hold less). For padding 'same' the mass lies on
 * both sides and the window may be asymmetric: of all contiguous windows containing t, the
 * narrowest that reaches f·total. When several windows of that width reach it, the one holding
 * more mass wins, then the one more nearly centred on t, then the earlier one. (This is not a
 * greedy growth that takes the larger neighbour each step: greedy growth can miss the narrowest
 * window when a large value sits behind a small one.)
 *
 * `values` must be finite and ≥ 0 (absolute gradients); `anchor` is the input step the output
 * lines up with (alignedInputStep; the output step itself for return_sequences without
 * go_backwards). Returns null when the total is 0 (no gradient reached the input at all).
 * A sum counts as reaching f·total within a relative 1e-12, so that rounding in the running
 * sums cannot push a window that holds all the mass over f = 1.
 */
export function effectiveSpans(
  values: ArrayLike<number>,
  anchor: number,
  fractions: readonly number[] = DEFAULT_FRACTIONS,
): EffectiveSpan[] | null {
  const n = values.length;
  if (!Number.isInteger(anchor) || anchor < 0 || anchor >= n) {
    throw new RangeError(`step ${anchor} is outside 0…${n - 1}`);
  }
  for (const f of fractions) {
    if (!(f > 0 && f <= 1)) throw new RangeError(`a fraction must be in (0, 1]; got ${f}`);
  }
  const prefix = new Float64Array(n + 1);
  for (let s = 0; s < n; s++) {
    const v = values[s];
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`values must be finite and ≥ 0; step ${s} has ${v}`);
    }
    prefix[s + 1] = prefix[s] + v;
  }
  const total = prefix[n];
  if (total === 0) return null;
  return fractions.map((fraction) => narrowest(prefix, anchor, fraction, total));
}

function narrowest(
  prefix: Float64Array,
  t: number,
  fraction: number,
  total: number,
): EffectiveSpan {
  const n = prefix.length - 1;
  const target = fraction * total - 1e-12 * total;
  const sum = (from: number, to: number) => prefix[to + 1] - prefix[from];
  // For each start from ≤ t, the first end ≥ t that reaches the target. The prefix sums never
  // decrease, so as `from` moves left the end can only move left too: one pass, O(n).
  let best: { from: number; to: number; mass: number } | null = null;
  let to = n - 1;
  for (let from = t; from >= 0; from--) {
    if (sum(from, n - 1) < target) continue;
    while (to > t && sum(from, to - 1) >= target) to--;
    const mass = sum(from, to);
    if (!best || better(from, to, mass, best, t)) best = { from, to, mass };
  }
  // The whole sequence holds all the mass, so some window always qualifies.
  const { from, to: end, mass } = best!;
  return { fraction, from, to: end, width: end - from + 1, share: mass / total };
}

function better(
  from: number,
  to: number,
  mass: number,
  best: { from: number; to: number; mass: number },
  t: number,
): boolean {
  const width = to - from;
  const bestWidth = best.to - best.from;
  if (width !== bestWidth) return width < bestWidth;
  if (mass !== best.mass) return mass > best.mass;
  const offCentre = Math.abs(from + to - 2 * t);
  const bestOffCentre = Math.abs(best.from + best.to - 2 * t);
  if (offCentre !== bestOffCentre) return offCentre < bestOffCentre;
  return from < best.from;
}
