// The playground page, on one screen like TensorFlow Playground: a one-line header (play/pause,
// step, reset, backend, examples, link, classroom), then the settings that change the picture
// most, the network picture coloured by its live gradients, and the loss against the task's
// baseline with the dead-variable callout; everything else one click away in tabs below.
// Every panel has its own error boundary, so one failing panel never blanks the page. A link with
// `embed=true` gets the compact layout of an iframe instead (EmbeddedApp).
import { useEffect, useRef, type ReactNode } from 'react';
import { Charts, LossChart } from './components/charts/Charts';
import { Classroom } from './components/classroom/Classroom';
import { LessonPicture } from './components/classroom/LessonPicture';
import { ExportPanel } from './components/export/ExportPanel';
import { GradientPanel } from './components/gradients/GradientPanel';
import { ClassroomToggle } from './components/header/ClassroomToggle';
import { Presets } from './components/header/Presets';
import { ShareButton } from './components/header/ShareButton';
import {
  BackendBadge,
  TrainingControls,
  TrainingMessages,
} from './components/header/TrainingControls';
import { DetailTabs } from './components/layout/DetailTabs';
import { EmbeddedApp } from './components/layout/EmbeddedApp';
import { FirstVisitHint } from './components/layout/FirstVisitHint';
import { Guarded } from './components/layout/Guarded';
import { UrlNotice } from './components/layout/UrlNotice';
import { StaleNote } from './components/model/StaleNote';
import { Summary } from './components/model/Summary';
import { VariablesTable } from './components/model/VariablesTable';
import { NetworkPicture } from './components/network/NetworkPicture';
import { DeadVariableCallout } from './components/network/ReachabilityWarning';
import { DilationAdvisor } from './components/receptive-field/DilationAdvisor';
import { LatticePanel } from './components/receptive-field/LatticePanel';
import { ReceptiveFieldPanel } from './components/receptive-field/ReceptiveFieldPanel';
import { SettingsColumn } from './components/settings/SettingsColumn';
import { usePlayground } from './store';

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
              {guarded('the receptive-field lattice', <LatticePanel />)}
              {guarded('the dilation advisor', <DilationAdvisor model={model} />)}
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

/** The page: the embedded layout for a link with `embed=true`, the full one otherwise. */
export function App() {
  const embed = usePlayground((s) => s.view.embed === true);
  return embed ? <EmbeddedApp /> : <FullApp />;
}

function FullApp() {
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
      <main className="stage">
        <aside className="settings" aria-label="settings" data-panel="settings">
          <Guarded what="the settings">
            <SettingsColumn />
          </Guarded>
        </aside>
        <section className="picture" id="results" tabIndex={-1} aria-label="results">
          <Guarded what="the network picture">
            <StaleNote />
            <FirstVisitHint />
            <LessonPicture />
            <NetworkPicture />
            <ModelFacts />
          </Guarded>
        </section>
        <aside className="side" aria-label="lesson, warnings and loss">
          <Classroom />
          <Guarded what="the warning">
            <DeadVariableCallout />
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
