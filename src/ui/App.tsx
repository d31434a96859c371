// The playground page, on one screen like TensorFlow Playground: a one-line header (play/pause,
// step, reset, backend, examples, link, classroom), then the settings that change the picture
// most, the network picture coloured by its live gradients, and the loss against the task's
// baseline with the dead-variable callout; everything else one click away in tabs below.
// Every panel has its own error boundary, so one failing panel never blanks the page.
import { useState, useEffect, useRef, type ReactNode } from 'react';
import { DEFAULT_CONFIG, TASK_LIMITS } from '../config/playgroundConfig';
import { Charts, LossChart } from './components/charts/Charts';
import { ClassroomToggle } from './components/header/ClassroomToggle';
import { DetailTabs } from './components/layout/DetailTabs';
import { FirstVisitHint } from './components/layout/FirstVisitHint';
import { NetworkPicture } from './components/network/NetworkPicture';
import { Classroom } from './components/classroom/Classroom';
import { ErrorBoundary } from './components/layout/ErrorBoundary';
import { ExportPanel } from './components/export/ExportPanel';
import { GradientPanel } from './components/gradients/GradientPanel';
import { Presets } from './components/header/Presets';
import { ReachabilityWarning } from './components/network/ReachabilityWarning';
import { ReceptiveFieldLattice } from './components/receptive-field/ReceptiveFieldLattice';
import { ReceptiveFieldPanel } from './components/receptive-field/ReceptiveFieldPanel';
import { ShareButton } from './components/header/ShareButton';
import { Summary } from './components/model/Summary';
import { SettingsColumn } from './components/settings/SettingsColumn';
import {
  BackendBadge,
  TrainingControls,
  TrainingMessages,
} from './components/header/TrainingControls';
import { UrlNotice } from './components/layout/UrlNotice';
import { VariablesTable } from './components/model/VariablesTable';
import { lessonById } from './lessons';
import { usePlayground, type ModelView } from './store';

/** Past this much drawing (levels × drawn steps × kernel taps) the lattice would stall the page. */
const MAX_LATTICE_EDGES = 60_000;
/** Past this much work (levels × steps × kernel taps) finding the influence set is too slow. */
const MAX_LATTICE_WORK = 4_000_000;

function describeConfig(model: ModelView): string {
  const { nb_filters, dilations } = model.config;
  const filters = Array.isArray(nb_filters) ? `[${nb_filters.join(', ')}]` : String(nb_filters);
  return `nb_filters ${filters}, dilations [${dilations.join(', ')}]`;
}

/** A panel that shows its own error instead of taking the page down with it. */
function Guarded({ what, children }: { what: string; children: ReactNode }) {
  const raw = usePlayground((s) => s.raw);
  const load = usePlayground((s) => s.load);
  const loadDefaults = () => load(DEFAULT_CONFIG);
  return (
    <ErrorBoundary
      what={what}
      resetKey={raw}
      onReset={loadDefaults}
      resetLabel="Back to the playground’s defaults"
    >
      {children}
    </ErrorBoundary>
  );
}

function StaleNote() {
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

function Reachability() {
  const reachability = usePlayground((s) => s.model.reachability);
  const stale = usePlayground((s) => s.stale);
  const applyFix = usePlayground((s) => s.applyFix);
  if (stale) return null;
  return <ReachabilityWarning reachability={reachability} onFix={applyFix} />;
}

/** The task's seq_len when it is a valid one, else null. */
function useSeqLen(): number | null {
  const seqLen = usePlayground((s) => s.raw.task.seq_len);
  const invalid = usePlayground((s) => s.problems.some((p) => p.key === 'seq_len'));
  return !invalid &&
    typeof seqLen === 'number' &&
    Number.isInteger(seqLen) &&
    seqLen >= 2 &&
    seqLen <= TASK_LIMITS.maxSeqLen
    ? seqLen
    : null;
}

/** The picture an open lesson talks about, beside the lesson (the network is always shown). */
function LessonPicture() {
  const lesson = usePlayground((s) => lessonById(s.view.lesson));
  if (lesson?.picture !== 'lattice') return null;
  return (
    <div className="lesson-picture" data-testid="lesson-picture">
      <Lattice titleId="lesson-lattice-title" />
    </div>
  );
}

function Lattice({ titleId = 'lattice-title' }: { titleId?: string }) {
  const config = usePlayground((s) => s.model.config);
  const seqLen = useSeqLen();
  const sensitivity = usePlayground((s) => s.training.sensitivity);
  const ready = usePlayground((s) => s.training.variables.length > 0 && !s.stale);
  const measure = usePlayground((s) => s.measureSensitivity);
  const [chosen, setChosen] = useState<number | null>(null);
  // The worker measures against the caller's time order; the lattice draws the processed order.
  const measured =
    sensitivity && seqLen !== null && sensitivity.values.length === seqLen
      ? config.go_backwards
        ? [...sensitivity.values].reverse()
        : sensitivity.values
      : null;
  let note: string | null = null;
  if (seqLen === null) {
    note = 'The lattice is drawn for the task’s seq_len: set a valid seq_len to see it.';
  } else {
    const levels = 1 + 2 * config.nb_stacks * config.dilations.length;
    const edges = levels * Math.min(seqLen, 96) * config.kernel_size;
    const work = levels * seqLen * config.kernel_size;
    if (edges > MAX_LATTICE_EDGES || work > MAX_LATTICE_WORK) {
      note = `This network is too large to draw step by step (${levels - 1} convolutions of ${config.kernel_size} taps over ${seqLen} steps); the formula above still holds.`;
    }
  }
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Which input steps reach an output</h2>
      {note || seqLen === null ? (
        <p className="panel-note">{note}</p>
      ) : (
        <>
          <ReceptiveFieldLattice
            config={config}
            seqLen={seqLen}
            measured={measured}
            onSelect={(step) => {
              setChosen(step);
              if (ready) measure(step);
            }}
          />
          <p className="panel-note">
            <button
              type="button"
              className="secondary"
              data-testid="measure-sensitivity"
              disabled={!ready}
              onClick={() => measure(chosen ?? seqLen - 1)}
            >
              Measure |∂y/∂x| with the current weights
            </button>{' '}
            {measured
              ? `Bars under the lattice: measured |∂y/∂x| for output step ${sensitivity!.outputStep} after training step ${sensitivity!.step}; theory (lit nodes) and measurement should cover the same input steps.`
              : 'Click an output step, or this button, to measure how much each input step moves that output with the current weights.'}
          </p>
        </>
      )}
    </section>
  );
}

function ModelFacts() {
  const model = usePlayground((s) => s.model);
  return (
    <Guarded what="the summary">
      <Summary model={model} />
    </Guarded>
  );
}

/** Keeps --topbar-height current, so the settings column can sit just under the sticky top bar. */
function useTopbarHeight() {
  const header = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--topbar-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return header;
}

const guarded = (what: string, content: ReactNode) => <Guarded what={what}>{content}</Guarded>;

function Details() {
  const model = usePlayground((s) => s.model);
  const stale = usePlayground((s) => s.stale);
  const dim = (content: ReactNode) => <div className={stale ? 'stale' : undefined}>{content}</div>;
  return (
    <DetailTabs
      label="More about this network"
      tabs={[
        {
          id: 'gradients',
          label: 'Gradients',
          content: guarded('the gradients', <GradientPanel />),
        },
        {
          id: 'receptive-field',
          label: 'Receptive field',
          content: dim(
            <>
              {guarded('the receptive field', <ReceptiveFieldPanel model={model} />)}
              {guarded('the receptive-field lattice', <Lattice />)}
            </>,
          ),
        },
        { id: 'charts', label: 'Training charts', content: guarded('the charts', <Charts />) },
        {
          id: 'variables',
          label: 'Variables',
          content: dim(guarded('the variables', <VariablesTable model={model} />)),
        },
        { id: 'export', label: 'Export and files', content: <ExportPanel /> },
      ]}
    />
  );
}

export function App() {
  const header = useTopbarHeight();
  return (
    <div className="app">
      <header className="topbar" ref={header}>
        <a className="skip-link" href="#results">
          Skip to the results
        </a>
        <div className="topbar-row">
          <h1 className="topbar-title">TCN Playground</h1>
          <Guarded what="the training controls">
            <TrainingControls />
            <BackendBadge />
          </Guarded>
          <div className="topbar-actions">
            <Guarded what="the examples">
              <Presets />
            </Guarded>
            <ShareButton />
            <ClassroomToggle />
          </div>
        </div>
      </header>
      <Guarded what="the messages">
        <UrlNotice />
        <TrainingMessages />
      </Guarded>
      <FirstVisitHint />
      <main className="stage">
        <aside className="settings" aria-label="settings" data-panel="settings">
          <Guarded what="the settings">
            <SettingsColumn />
          </Guarded>
        </aside>
        <section className="picture" id="results" tabIndex={-1} aria-label="results">
          <Guarded what="the network picture">
            <StaleNote />
            <LessonPicture />
            <NetworkPicture />
            <ModelFacts />
          </Guarded>
        </section>
        <aside className="side" aria-label="lesson, warnings and loss">
          <Classroom />
          <Guarded what="the warning">
            <Reachability />
          </Guarded>
          <Guarded what="the loss chart">
            <LossChart height={170} />
          </Guarded>
        </aside>
      </main>
      <Details />
    </div>
  );
}
