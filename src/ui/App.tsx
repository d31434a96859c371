// The playground page: the configuration on the left, the model it builds on the right.
import { ConfigEditor } from './components/ConfigEditor';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ReachabilityWarning } from './components/ReachabilityWarning';
import { ReceptiveFieldPanel } from './components/ReceptiveFieldPanel';
import { Summary } from './components/Summary';
import { VariablesTable } from './components/VariablesTable';
import { usePlayground, type ModelView } from './store';

function describeConfig(model: ModelView): string {
  const { nb_filters, dilations } = model.config;
  const filters = Array.isArray(nb_filters) ? `[${nb_filters.join(', ')}]` : String(nb_filters);
  return `nb_filters ${filters}, dilations [${dilations.join(', ')}]`;
}

function ModelPanels() {
  const model = usePlayground((s) => s.model);
  const stale = usePlayground((s) => s.stale);
  const problems = usePlayground((s) => s.problems.length);
  const engineError = usePlayground((s) => s.engineError);
  const applyFix = usePlayground((s) => s.applyFix);
  return (
    <>
      {stale && (
        <p className="stale-note" role="status">
          <strong>
            {engineError
              ? `The playground failed on this configuration (a bug, not your mistake): ${engineError}.`
              : `This configuration cannot be built (${problems} problem${problems === 1 ? '' : 's'}, shown next to the settings).`}
          </strong>{' '}
          Below, dimmed: the last model that could be built ({describeConfig(model)}).
        </p>
      )}
      {!stale && <ReachabilityWarning reachability={model.reachability} onFix={applyFix} />}
      <div className={stale ? 'model stale' : 'model'}>
        <Summary model={model} />
        <VariablesTable model={model} />
        <ReceptiveFieldPanel model={model} />
      </div>
    </>
  );
}

export function App() {
  const raw = usePlayground((s) => s.raw);
  const reset = usePlayground((s) => s.reset);
  return (
    <div className="app">
      <header className="app-header">
        <h1>TCN Playground</h1>
        <p>
          keras-tcn’s <code>TCN</code> layer, built from its settings: the variables it creates, how
          far back it sees, and which variables can learn.
        </p>
      </header>
      <main className="layout">
        <ConfigEditor />
        <div className="results">
          <ErrorBoundary
            what="the model"
            resetKey={raw}
            onReset={reset}
            resetLabel="Reset to keras-tcn defaults"
          >
            <ModelPanels />
          </ErrorBoundary>
        </div>
      </main>
    </div>
  );
}
