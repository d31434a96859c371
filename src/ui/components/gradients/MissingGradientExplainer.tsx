// "Why no gradient?": for every variable that got no gradient at the latest step, the engine's
// reason, what Keras would print about it, and the configuration changes that fix it.
import type { Ref } from 'react';
import type { TcnConfig } from '../../../engine/config';
import type { Reachability } from '../../../engine/reachability';

interface Props {
  /** Full names of the variables without a gradient at the latest step. */
  missing: string[];
  step: number;
  reachability: Reachability;
  onFix: (change: Partial<TcnConfig>) => void;
  /** The section, so that a row's "Why?" can bring it into view. */
  ref?: Ref<HTMLElement>;
}

/** Keras names a variable by its last path component: ".../matching_conv1D/kernel" → "kernel". */
export function kerasWarning(missing: string[]): string {
  const names = missing.map((name) => `'${name.slice(name.lastIndexOf('/') + 1)}'`);
  return `Gradients do not exist for variables [${names.join(', ')}] when minimizing the loss`;
}

export function MissingGradientExplainer({ missing, step, reachability, onFix, ref }: Props) {
  const reasons = new Map(reachability.unreachable.map((u) => [u.name, u.reason]));
  // After a fix is applied the engine no longer lists them, until the worker sends new steps.
  const outdated = missing.every((name) => !reasons.has(name));
  const n = missing.length;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="grad-explainer"
      data-testid="grad-explainer"
      aria-labelledby="grad-explainer-title"
    >
      <h3 id="grad-explainer-title">Why no gradient?</h3>
      <p>
        At step {step}, {n === 1 ? '1 variable' : `${n} variables`} got <strong>no gradient</strong>{' '}
        at all — not a small one: the loss does not depend on {n === 1 ? 'it' : 'them'}, so the
        optimizer never changes {n === 1 ? 'it' : 'them'} and {n === 1 ? 'it stays' : 'they stay'}{' '}
        at the random initial values. Keras trains on and only prints a warning:
      </p>
      <pre className="grad-keras" data-testid="grad-keras-warning">
        {kerasWarning(missing)}
      </pre>
      <ul className="grad-explainer-reasons">
        {missing.map((name) => (
          <li key={name}>
            <code>{name}</code>
            <span>
              {reasons.get(name) ??
                (outdated
                  ? 'The settings have changed since this step and no longer cut it off; press play to train the new network.'
                  : 'The engine did not predict this: no path from this variable to the loss was used at this step.')}
            </span>
          </li>
        ))}
      </ul>
      {!outdated && reachability.fixes.length > 0 && (
        <>
          <h4>Fix it with one change (each leaves every variable trainable)</h4>
          <ul className="grad-fixes">
            {reachability.fixes.map((fix) => (
              <li key={fix.label}>
                <button type="button" data-testid="grad-fix" onClick={() => onFix(fix.change)}>
                  {fix.label}
                </button>
                <span>{fix.effect}</span>
              </li>
            ))}
          </ul>
          <p className="grad-explainer-note">
            A fix rebuilds the network from new initial weights at step 0; training goes on if it
            was running, else press play.
          </p>
        </>
      )}
    </section>
  );
}
