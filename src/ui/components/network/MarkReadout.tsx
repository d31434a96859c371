// What the chosen mark of the network picture stands for: its name, shape and gradient, and for
// a variable that gets no gradient, why (said once for its layer) and the one-click fixes.
import { useTranslation } from 'react-i18next';
import { usePlayground } from '../../store';
import type { VariableReading } from '../../variableStatus';
import { formatNorm } from '../gradients/Sparkline';
import type { Mark } from './networkLayout';

export function MarkReadout({ mark, reading }: { mark: Mark; reading: VariableReading }) {
  const { t } = useTranslation();
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
        {reading.status === 'pending' && (
          <span>{t('gradients.network.readout.noTrainingStep')}</span>
        )}
        {reading.status === 'nonfinite' && (
          <strong>{t('gradients.network.readout.notFinite')}</strong>
        )}
        {reading.status === 'missing' && (
          <strong className="readout-missing">{t('gradients.status.noGradient')}</strong>
        )}
      </p>
      {reading.status === 'missing' && (
        <>
          <p className="readout-reason">{reason ?? t('gradients.network.readout.outdated')}</p>
          {reason && reachability.fixes.length > 0 && (
            <p className="readout-fixes">
              {t('gradients.network.readout.fix')}{' '}
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
