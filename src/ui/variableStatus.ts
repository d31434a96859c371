// One rule for what the page says about a variable's gradient, shared by the gradient table and
// the network picture so that the two always agree. Before the worker has reported a step for
// the network on screen, the engine's reachability already knows which variables can never get
// a gradient: those are 'missing' from the start, the others 'pending'.
import type { StepStats, VariableInfo } from '../worker/protocol';

export type VariableStatus = 'ok' | 'missing' | 'nonfinite' | 'pending';

export interface VariableReading {
  status: VariableStatus;
  /** The latest gradient norm when the status is 'ok'. */
  norm: number | null;
}

/**
 * What the latest step says of each variable, by full name; `unreachable` decides the variables
 * the latest step does not cover (no step yet, or a network the worker has not built yet).
 */
export function readVariables(
  names: readonly string[],
  variables: readonly VariableInfo[],
  latest: StepStats | null,
  unreachable: ReadonlySet<string>,
): VariableReading[] {
  const reported = new Map<string, VariableReading>();
  if (latest && latest.gradients.length === variables.length) {
    variables.forEach((v, i) => {
      const g = latest.gradients[i];
      reported.set(v.name, { status: g.status, norm: g.status === 'ok' ? g.norm : null });
    });
  }
  return names.map(
    (name) =>
      reported.get(name) ?? {
        status: unreachable.has(name) ? 'missing' : 'pending',
        norm: null,
      },
  );
}
