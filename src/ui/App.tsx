// The playground page, on one screen like TensorFlow Playground: a one-line header (play/pause,
// step, reset, backend, examples, link, classroom), then the settings that change the picture
// most, the network picture coloured by its live gradients, and the loss against the task's
// baseline with the dead-variable callout; everything else one click away in tabs below.
// Every panel has its own error boundary, so one failing panel never blanks the page. A link with
// `embed=true` gets the compact layout of an iframe instead (EmbeddedApp).
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Charts, LossChart } from './components/charts/Charts';
import { Classroom } from './components/classroom/Classroom';
import { LessonPicture } from './components/classroom/LessonPicture';
import { ExportPanel } from './components/export/ExportPanel';
import { GradientPanel } from './components/gradients/GradientPanel';
import { ClassroomToggle } from './components/header/ClassroomToggle';
import { LanguageSwitch } from './components/header/LanguageSwitch';
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
  const { t } = useTranslation();
  const model = usePlayground((s) => s.model);
  return (
    <Guarded what={t('app.parts.summary')}>
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
  const { t } = useTranslation();
  const model = usePlayground((s) => s.model);
  const stale = usePlayground((s) => s.stale);
  const dim = (content: ReactNode) => <div className={stale ? 'stale' : undefined}>{content}</div>;
  return (
    <DetailTabs
      label={t('app.details.label')}
      tabs={[
        {
          id: 'gradients',
          label: t('app.details.gradients'),
          content: guarded(t('app.parts.gradients'), <GradientPanel />),
        },
        {
          id: 'receptive-field',
          label: t('app.details.receptiveField'),
          content: dim(
            <>
              {guarded(t('app.parts.receptiveField'), <ReceptiveFieldPanel model={model} />)}
              {guarded(t('app.parts.lattice'), <LatticePanel />)}
              {guarded(t('app.parts.dilationAdvisor'), <DilationAdvisor model={model} />)}
            </>,
          ),
        },
        {
          id: 'charts',
          label: t('app.details.charts'),
          content: guarded(t('app.parts.charts'), <Charts />),
        },
        {
          id: 'variables',
          label: t('app.details.variables'),
          content: dim(guarded(t('app.parts.variables'), <VariablesTable model={model} />)),
        },
        { id: 'export', label: t('app.details.export'), content: <ExportPanel /> },
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
  const { t } = useTranslation();
  const header = useTopbarHeight();
  return (
    <div className="app">
      <header className="topbar" ref={header}>
        <a className="skip-link" href="#results">
          {t('app.skipToResults')}
        </a>
        <div className="topbar-row">
          <h1 className="topbar-title">TCN Playground</h1>
          <Guarded what={t('app.parts.trainingControls')}>
            <TrainingControls />
            <BackendBadge />
          </Guarded>
          <div className="topbar-actions">
            <Guarded what={t('app.parts.examples')}>
              <Presets />
            </Guarded>
            <ShareButton />
            <ClassroomToggle />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <Guarded what={t('app.parts.messages')}>
        <UrlNotice />
        <TrainingMessages />
      </Guarded>
      <main className="stage">
        <aside className="settings" aria-label={t('app.regions.settings')} data-panel="settings">
          <Guarded what={t('app.parts.settings')}>
            <SettingsColumn />
          </Guarded>
        </aside>
        <section
          className="picture"
          id="results"
          tabIndex={-1}
          aria-label={t('app.regions.results')}
        >
          <Guarded what={t('app.parts.networkPicture')}>
            <StaleNote />
            <FirstVisitHint />
            <LessonPicture />
            <NetworkPicture />
            <ModelFacts />
          </Guarded>
        </section>
        <aside className="side" aria-label={t('app.regions.side')}>
          <Classroom />
          <Guarded what={t('app.parts.warning')}>
            <DeadVariableCallout />
          </Guarded>
          <Guarded what={t('app.parts.lossChart')}>
            <LossChart height={170} />
          </Guarded>
        </aside>
      </main>
      <Details />
    </div>
  );
}
