// What the chosen mark of the network picture stands for: its name, shape and gradient, and for
// a variable that gets no gradient, why (said once for its layer) and the one-click fixes.
import { usePlayground } from '../../store';
import type { VariableReading } from '../../variableStatus';
import { formatNorm } from '../gradients/Sparkline';
import type { Mark } from './networkLayout';

export function MarkReadout({ mark, reading }: { mark: Mark; reading: VariableReading }) {
  const reachability = usePlayground((s) => s.model.reachability);
  const applyFix = usePlayground((s) => s.applyFix);
  const reason = reachability.unreachable.find((u) => u.name === mark.name)?.reason;
  return (
    <div className="network-readout" data-testid="net-readout">
      <p>
        <code>{mark.name}</code> <span className="readout-shape">[{mark.shape.join(', ')}]</span>{' '}
        {reading.status === 'ok' && (
          <strong>‖g‖ = {reading.norm === null ? '—' : formatNorm(reading.norm)}</strong>
        )}
        {reading.status === 'pending' && <span>no training step yet</span>}
        {reading.status === 'nonfinite' && <strong>gradient not finite (NaN or ∞)</strong>}
        {reading.status === 'missing' && <strong className="readout-missing">no gradient</strong>}
      </p>
      {reading.status === 'missing' && (
        <>
          <p className="readout-reason">
            {reason ??
              'The latest step found no path from it to the loss; the settings changed since, press play to train the new network.'}
          </p>
          {reason && reachability.fixes.length > 0 && (
            <p className="readout-fixes">
              Fix:{' '}
              {reachability.fixes.map((fix) => (
                <button
                  key={fix.label}
                  type="button"
                  className="secondary"
                  data-testid="grad-fix"
                  onClick={() => applyFix(fix.change)}
                >
                  {fix.label}
                </button>
              ))}
            </p>
          )}
        </>
      )}
    </div>
  );
}
