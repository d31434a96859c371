// While a recurrent baseline trains, the picture still shows the TCN it is matched to: this says
// so, with the baseline's units and parameter count against the TCN's, and where its gradients
// are (the gradient panel lists the baseline's own variables).
import { Trans, useTranslation } from 'react-i18next';
import { NETWORK_LABELS, type NetworkKind } from '../../../trainer/networkKinds';
import { usePlayground } from '../../store';

export function BaselineNote() {
  const { t } = useTranslation();
  const model = usePlayground((s) => s.config?.train.model ?? s.raw.train.model);
  const network = usePlayground((s) => s.training.network);
  if (model === 'tcn' || typeof model !== 'string') return null;
  const label = NETWORK_LABELS[model as NetworkKind] ?? String(model);
  // Until the worker has built the baseline it still describes the TCN ("TCN: 4,849 parameters"
  // in every language); the baseline's description gives its units and parameter count.
  const detail = network && !network.startsWith('TCN') ? network : null;
  return (
    <p className="baseline-note" role="status" data-testid="baseline-note">
      <Trans
        t={t}
        i18nKey={detail ? 'gradients.network.baselineWithSize' : 'gradients.network.baseline'}
        values={{ model: label, network: detail }}
        components={{ strong: <strong /> }}
      />
    </p>
  );
}
