// While the settings cannot build a network, what is wrong, and that the pictures below show
// the last network that could be built, dimmed.
import { Trans } from 'react-i18next';
import { usePlayground, type ModelView } from '../../store';

/** keras-tcn's own arguments, shown as code in every language. */
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
      <Trans
        i18nKey={engineError ? 'app.stale.engineError' : 'app.stale.cannotBuild'}
        values={{ error: engineError, config: describeConfig(model) }}
        components={{ strong: <strong />, code: <code /> }}
      />
    </p>
  );
}
