// The playground inside an iframe of a slide or a course page (`&embed=true`), made for a 16:9
// frame of 960×540: a one-line header (play/pause, step, reset, the step counter and a link to
// the full playground in the same state), then the network picture and the loss chart side by
// side, and the lesson when the link names one. Hidden panels (`hide=`) stay hidden. The page
// never asks for more than its frame: the columns scroll inside it, and a narrow frame stacks
// them and scrolls down, never sideways (styles.css, "Embedded").
import { useTranslation } from 'react-i18next';
import { lessonById } from '../../lessons';
import { usePlayground } from '../../store';
import { LossChart } from '../charts/Charts';
import { LessonPanel } from '../classroom/LessonPanel';
import { useViewClasses } from '../classroom/Classroom';
import { TrainingControls } from '../header/TrainingControls';
import { NetworkPicture } from '../network/NetworkPicture';
import { DeadVariableCallout } from '../network/ReachabilityWarning';
import { ErrorBoundary } from './ErrorBoundary';
import { Guarded } from './Guarded';
import { OpenFullLink } from './OpenFullLink';

export function EmbeddedApp() {
  const { t } = useTranslation();
  useViewClasses();
  const lessonId = usePlayground((s) => s.view.lesson);
  const lesson = lessonById(lessonId);
  return (
    <div className="embed-app" data-testid="embed-app">
      <header className="embed-bar">
        <h1 className="embed-title">TCN Playground</h1>
        <Guarded what={t('app.parts.trainingControls')}>
          <TrainingControls />
        </Guarded>
        <OpenFullLink />
      </header>
      <main className={`embed-stage${lesson ? ' with-lesson' : ''}`}>
        <section className="embed-picture" aria-label={t('app.regions.embedPicture')}>
          <Guarded what={t('app.parts.networkPicture')}>
            <NetworkPicture />
          </Guarded>
        </section>
        <aside className="embed-side" aria-label={t('app.regions.embedSide')}>
          <Guarded what={t('app.parts.warning')}>
            <DeadVariableCallout />
          </Guarded>
          <div className="embed-loss" data-panel="charts">
            <Guarded what={t('app.parts.lossChart')}>
              <LossChart height={150} />
            </Guarded>
          </div>
          {lesson && (
            <ErrorBoundary what={t('app.parts.lesson')} resetKey={lessonId}>
              <LessonPanel />
            </ErrorBoundary>
          )}
        </aside>
      </main>
    </div>
  );
}
