// While a recurrent baseline trains, the picture still shows the TCN it is matched to: this says
// so, with the baseline's units and parameter count against the TCN's, and where its gradients
// are (the gradient panel lists the baseline's own variables).
import { NETWORK_LABELS, type NetworkKind } from '../../../trainer/networkKinds';
import { usePlayground } from '../../store';

export function BaselineNote() {
  const model = usePlayground((s) => s.config?.train.model ?? s.raw.train.model);
  const network = usePlayground((s) => s.training.network);
  if (model === 'tcn' || typeof model !== 'string') return null;
  const label = NETWORK_LABELS[model as NetworkKind] ?? String(model);
  return (
    <p className="baseline-note" role="status" data-testid="baseline-note">
      <strong>Training the {label} baseline</strong>
      {network && network.includes('units') ? ` — ${network}` : ''}. The picture shows the TCN whose
      parameter count it matches; the gradient panel shows the baseline’s own variables. Pin the
      TCN’s run first to compare the two.
    </p>
  );
}
