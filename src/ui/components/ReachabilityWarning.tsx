// Trainable variables that can never receive a gradient, why, and one button per fix.
import type { Reachability } from '../../engine/reachability';
import type { TcnConfig } from '../../engine/config';

interface Props {
  reachability: Reachability;
  onFix: (change: Partial<TcnConfig>) => void;
}

export function ReachabilityWarning({ reachability, onFix }: Props) {
  const { unreachable, fixes } = reachability;
  if (unreachable.length === 0) return null;
  const n = unreachable.length;
  return (
    <section className="warning" role="alert" aria-labelledby="warning-title">
      <h2 id="warning-title">
        <span aria-hidden="true">⚠ </span>
        {n === 1 ? '1 variable' : `${n} variables`} can never receive a gradient
      </h2>
      <p>
        Training leaves {n === 1 ? 'it' : 'them'} at the initial random values; TensorFlow warns
        “Gradients do not exist for variables …”.
      </p>
      <ul className="unreachable">
        {unreachable.map((u) => (
          <li key={u.name}>
            <code>{u.name}</code>
            <span className="reason">{u.reason}</span>
          </li>
        ))}
      </ul>
      {fixes.length > 0 ? (
        <>
          <h3>Fixes (each leaves every variable trainable)</h3>
          <ul className="fixes">
            {fixes.map((fix) => (
              <li key={fix.label}>
                <button type="button" onClick={() => onFix(fix.change)}>
                  {fix.label}
                </button>
                <span className="effect">{fix.effect}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No single change of the settings fixes this; try fewer or more residual blocks.</p>
      )}
    </section>
  );
}
