// While the settings cannot build a network, what is wrong, and that the pictures below show
// the last network that could be built, dimmed.
import { usePlayground, type ModelView } from '../../store';

function describeConfig(model: ModelView): string {
  const { nb_filters, dilations } = model.config;
  const filters = Array.isArray(nb_filters) ? `[${nb_filters.join(', ')}]` : String(nb_filters);
  return `nb_filters ${filters}, dilations [${dilations.join(', ')}]`;
}

export function StaleNote() {
  const model = usePlayground((s) => s.model);
  const stale = usePlayground((s) => s.stale);
  const engineError = usePlayground((s) => s.engineError);
  if (!stale) return null;
  return (
    <p className="stale-note" role="status">
      <strong>
        {engineError
          ? `The playground failed on this configuration (a bug, not your mistake): ${engineError}.`
          : 'This network cannot be built: see the highlighted settings.'}
      </strong>{' '}
      Below, dimmed: the last network that could be built ({describeConfig(model)}).
    </p>
  );
}
