// One play/pause toggle (it keeps focus, so Space toggles), one step, reset and new initial weights; the step counter, speed and the worker's
// memory; the backend badge (what runs, and why); and the messages training leaves: why it
// stopped, backend fallbacks, settings the trainer refused.
import { usePlayground, usePlaygroundStore } from '../../store';
import { WorkerMemoryReadout } from './WorkerMemory';

/** Why training cannot start now, or null when it can. */
function useBlocked(): string | null {
  const hasConfig = usePlayground((s) => s.config !== null);
  const problems = usePlayground((s) => s.problems.length);
  const engineError = usePlayground((s) => s.engineError);
  if (hasConfig) return null;
  if (engineError) return 'Training is off: the playground failed on this configuration.';
  return problems === 1
    ? 'Training is off until the highlighted setting is fixed.'
    : `Training is off until the ${problems} highlighted settings are fixed.`;
}

const speed = (stepsPerSecond: number) =>
  stepsPerSecond >= 10 ? stepsPerSecond.toFixed(0) : stepsPerSecond.toFixed(1);

export function TrainingControls() {
  const running = usePlayground((s) => s.training.running);
  const step = usePlayground((s) => s.training.step);
  const stepsPerSecond = usePlayground((s) => s.training.stepsPerSecond);
  const { play, pause, step: oneStep, reset, newWeights } = usePlaygroundStore().getState();
  const blocked = useBlocked();

  return (
    <div className="training-controls" role="group" aria-label="training">
      <div className="buttons">
        <button
          type="button"
          id="play-toggle"
          data-testid={running ? 'pause' : 'play'}
          className={running ? 'play-toggle running' : 'play-toggle'}
          onClick={running ? pause : play}
          disabled={!running && blocked !== null}
          title={
            running
              ? 'Stop after the current step; the weights are kept'
              : (blocked ?? 'Train until paused')
          }
          aria-describedby={blocked ? 'training-blocked' : undefined}
        >
          {running ? (
            <>
              <span aria-hidden="true">❚❚ </span>Pause
            </>
          ) : (
            <>
              <span aria-hidden="true">▶ </span>Play
            </>
          )}
        </button>
        <button
          type="button"
          data-testid="step"
          className="secondary"
          onClick={oneStep}
          disabled={blocked !== null}
          title={blocked ?? 'Train exactly one step'}
          aria-describedby={blocked ? 'training-blocked' : undefined}
        >
          Step
        </button>
        <button
          type="button"
          data-testid="reset"
          className="secondary"
          onClick={reset}
          title="Back to step 0 with the same initial weights"
        >
          Reset
        </button>
        <button
          type="button"
          data-testid="new-weights"
          className="secondary"
          onClick={newWeights}
          title="Another seed (seed + 1): different initial weights, back to step 0"
        >
          New weights
        </button>
      </div>
      <div className="progress" aria-live="off">
        <span className="progress-step">
          step{' '}
          <strong data-testid="step-count" className="tabular">
            {step}
          </strong>
        </span>
        {blocked ? (
          <span id="training-blocked" className="blocked" role="status">
            {blocked}
          </span>
        ) : (
          <span className="progress-speed" data-testid="steps-per-second">
            {running ? `${speed(stepsPerSecond)} steps/s` : step > 0 ? 'paused' : 'not started'}
          </span>
        )}
        <WorkerMemoryReadout />
      </div>
    </div>
  );
}

/** The backend that runs the training, and the worker's reason for it. */
export function BackendBadge() {
  const backend = usePlayground((s) => s.training.backend);
  const requested = usePlayground((s) => s.raw.train.backend);
  if (!backend) {
    return (
      <div className="backend">
        <span className="backend-label">runs on</span>
        <span className="backend-name pending" data-testid="backend">
          starting…
        </span>
        <span className="backend-reason">
          {requested === 'auto' || typeof requested !== 'string'
            ? 'picking a backend'
            : `asked for ${requested}`}
        </span>
      </div>
    );
  }
  const fellBack = backend.requested !== 'auto' && backend.requested !== backend.name;
  const threads =
    backend.threads === undefined
      ? ''
      : `; ${backend.threads} thread${backend.threads === 1 ? '' : 's'}${backend.threadsWhy ? ` (${backend.threadsWhy})` : ''}`;
  const why = `${backend.reason}${backend.adapter ? ` (adapter: ${backend.adapter})` : ''}${threads}`;
  return (
    <div className={fellBack ? 'backend fell-back' : 'backend'} title={why}>
      <span className="backend-label">runs on</span>
      <span className="backend-name" data-testid="backend">
        {backend.name}
      </span>
      {backend.threads !== undefined && (
        <span
          className="backend-threads"
          data-testid="backend-threads"
          title={`${backend.threads} ${backend.threads === 1 ? 'thread' : 'threads'}${backend.threadsWhy ? `: ${backend.threadsWhy}` : ''}`}
        >
          ×{backend.threads}
          <span className="visually-hidden">{backend.threads === 1 ? ' thread' : ' threads'}</span>
        </span>
      )}
      <span className="backend-reason">
        {fellBack ? `asked for ${backend.requested}: ` : ''}
        {why}
      </span>
    </div>
  );
}

/** Why training stopped, what the worker wants the user to know, what it refused. */
export function TrainingMessages() {
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
          <strong>Training stopped.</strong> {pausedMessage}
        </div>
      )}
      {hasConfig && workerProblems.length > 0 && (
        <div className="paused-message" role="alert">
          <strong>The trainer cannot run this configuration:</strong>
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
          <ul className="training-notices" role="status" aria-label="training notices">
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
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
