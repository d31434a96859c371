// One play/pause toggle (it keeps focus, so Space toggles), one step, reset and new initial weights; the step counter, speed and the worker's
// memory; the backend badge (what runs, and why); and the messages training leaves: why it
// stopped, backend fallbacks, settings the trainer refused.
import { useTranslation } from 'react-i18next';
import { usePlayground, usePlaygroundStore } from '../../store';
import { focusFirstProblem } from '../settings/focusSetting';
import { WorkerMemoryReadout } from './WorkerMemory';

/** Why training cannot start now, or null when it can. */
function useBlocked(): string | null {
  const { t } = useTranslation();
  const hasConfig = usePlayground((s) => s.config !== null);
  const problems = usePlayground((s) => s.problems.length);
  const engineError = usePlayground((s) => s.engineError);
  if (hasConfig) return null;
  if (engineError) return t('app.training.blockedByError');
  return t('app.training.blockedBySettings', { count: problems });
}

const speed = (stepsPerSecond: number) =>
  stepsPerSecond >= 10 ? stepsPerSecond.toFixed(0) : stepsPerSecond.toFixed(1);

export function TrainingControls() {
  const { t } = useTranslation();
  const running = usePlayground((s) => s.training.running);
  const step = usePlayground((s) => s.training.step);
  const stepsPerSecond = usePlayground((s) => s.training.stepsPerSecond);
  const store = usePlaygroundStore();
  const { play, pause, step: oneStep, reset, newWeights } = store.getState();
  const blocked = useBlocked();

  return (
    <div className="training-controls" role="group" aria-label={t('app.training.label')}>
      <div className="buttons">
        <button
          type="button"
          id="play-toggle"
          data-testid={running ? 'pause' : 'play'}
          className={running ? 'play-toggle running' : 'play-toggle'}
          onClick={running ? pause : play}
          disabled={!running && blocked !== null}
          title={running ? t('app.training.pauseTitle') : (blocked ?? t('app.training.playTitle'))}
          aria-describedby={blocked ? 'training-blocked' : undefined}
        >
          {running ? (
            <>
              <span aria-hidden="true">❚❚ </span>
              {t('app.training.pause')}
            </>
          ) : (
            <>
              <span aria-hidden="true">▶ </span>
              {t('app.training.play')}
            </>
          )}
        </button>
        <button
          type="button"
          data-testid="step"
          className="secondary"
          onClick={oneStep}
          disabled={blocked !== null}
          title={blocked ?? t('app.training.stepTitle')}
          aria-describedby={blocked ? 'training-blocked' : undefined}
        >
          {t('app.training.step')}
        </button>
        <button
          type="button"
          data-testid="reset"
          className="secondary"
          onClick={reset}
          title={t('app.training.resetTitle')}
        >
          {t('app.training.reset')}
        </button>
        <button
          type="button"
          data-testid="new-weights"
          className="secondary"
          onClick={newWeights}
          title={t('app.training.newWeightsTitle')}
        >
          {t('app.training.newWeights')}
        </button>
      </div>
      <div className="progress" aria-live="off">
        <span className="progress-step">
          {t('app.training.stepLabel')}{' '}
          <strong data-testid="step-count" className="tabular">
            {step}
          </strong>
        </span>
        {blocked ? (
          // A button to the setting to fix (on a phone the settings lie below the results). A
          // wide screen shows only "Training is off", so that the header stays one row; the
          // sentence is the button's name and title. A phone shows the sentence.
          <span id="training-blocked" className="blocked" role="status">
            <button
              type="button"
              className="link-button"
              title={blocked}
              aria-label={blocked}
              onClick={() => focusFirstProblem(store.getState().problems.map((p) => p.key))}
            >
              <span className="blocked-short">{t('app.training.off')}</span>
              <span className="blocked-full">{blocked}</span>
            </button>
          </span>
        ) : (
          <span className="progress-speed" data-testid="steps-per-second">
            {running
              ? t('app.training.speed', { speed: speed(stepsPerSecond) })
              : step > 0
                ? t('app.training.paused')
                : t('app.training.notStarted')}
          </span>
        )}
        <WorkerMemoryReadout />
      </div>
    </div>
  );
}

/** The backend that runs the training, and the worker's reason for it. */
export function BackendBadge() {
  const { t } = useTranslation();
  const backend = usePlayground((s) => s.training.backend);
  const requested = usePlayground((s) => s.raw.train.backend);
  if (!backend) {
    return (
      <div className="backend">
        <span className="backend-label">{t('app.backend.runsOn')}</span>
        <span className="backend-name pending" data-testid="backend">
          {t('app.backend.starting')}
        </span>
        <span className="backend-reason">
          {requested === 'auto' || typeof requested !== 'string'
            ? t('app.backend.picking')
            : t('app.backend.askedFor', { backend: requested })}
        </span>
      </div>
    );
  }
  const fellBack = backend.requested !== 'auto' && backend.requested !== backend.name;
  const { threads, threadsWhy } = backend;
  const reason = backend.adapter
    ? t('app.backend.withAdapter', { reason: backend.reason, adapter: backend.adapter })
    : backend.reason;
  const why =
    threads === undefined
      ? reason
      : threadsWhy
        ? t('app.backend.withThreadsWhy', { why: reason, count: threads, threadsWhy })
        : t('app.backend.withThreads', { why: reason, count: threads });
  return (
    <div className={fellBack ? 'backend fell-back' : 'backend'} title={why}>
      <span className="backend-label">{t('app.backend.runsOn')}</span>
      <span className="backend-name" data-testid="backend">
        {backend.name}
      </span>
      {threads !== undefined && (
        <span
          className="backend-threads"
          data-testid="backend-threads"
          title={
            threadsWhy
              ? t('app.backend.threadsWhy', { count: threads, threadsWhy })
              : t('app.backend.threads', { count: threads })
          }
        >
          ×{threads}
          <span className="visually-hidden">
            {' '}
            {t('app.backend.threadUnit', { count: threads })}
          </span>
        </span>
      )}
      <span className="backend-reason">
        {fellBack ? t('app.backend.fellBack', { backend: backend.requested, why }) : why}
      </span>
    </div>
  );
}

/** Why training stopped, what the worker wants the user to know, what it refused. */
export function TrainingMessages() {
  const { t } = useTranslation();
  const pausedMessage = usePlayground((s) => s.training.pausedMessage);
  const notices = usePlayground((s) => s.training.notices);
  const dismiss = usePlayground((s) => s.dismissTrainingNotices);
  const workerProblems = usePlayground((s) => s.training.workerProblems);
  const hasConfig = usePlayground((s) => s.config !== null);
  if (!pausedMessage && notices.length === 0 && (workerProblems.length === 0 || !hasConfig)) {
    return null;
  }
  return (
    <div className="training-messages">
      {pausedMessage && (
        <div className="paused-message" role="alert" data-testid="paused-message">
          <strong>{t('app.training.stopped')}</strong> {pausedMessage}
        </div>
      )}
      {hasConfig && workerProblems.length > 0 && (
        <div className="paused-message" role="alert">
          <strong>{t('app.training.refused')}</strong>
          <ul>
            {workerProblems.map((p, i) => (
              <li key={i}>
                <code>{p.key}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.length > 0 && (
        <div className="training-notices-box">
          <ul
            className="training-notices"
            role="status"
            aria-label={t('app.training.noticesLabel')}
          >
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button
            type="button"
            className="training-notices-dismiss"
            data-testid="dismiss-training-notices"
            onClick={dismiss}
          >
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
