// The guided lesson of classroom mode: what to look at and what to try, previous/next, and for
// lessons that train, play/pause with the loss (the charts may be hidden).
import { Trans, useTranslation } from 'react-i18next';
import { LessonPrediction } from './LessonPrediction';
import { LESSONS, lessonById } from '../../lessons';
import { openLesson } from '../../openLesson';
import { usePlayground, usePlaygroundStore } from '../../store';

const formatLoss = (x: number) =>
  !Number.isFinite(x) ? String(x) : Math.abs(x) >= 0.01 ? x.toFixed(3) : x.toExponential(2);

function TrainControls() {
  const { t } = useTranslation();
  const running = usePlayground((s) => s.training.running);
  const step = usePlayground((s) => s.training.step);
  const loss = usePlayground((s) => s.training.latest?.loss ?? null);
  const baseline = usePlayground((s) => s.training.task?.baseline ?? null);
  const canTrain = usePlayground((s) => s.config !== null && s.training.variables.length > 0);
  const play = usePlayground((s) => s.play);
  const pause = usePlayground((s) => s.pause);
  const reset = usePlayground((s) => s.reset);
  return (
    <div className="lesson-train" data-testid="lesson-train">
      <button
        type="button"
        onClick={running ? pause : play}
        disabled={!canTrain && !running}
        data-testid="lesson-play"
      >
        {running ? t('classroom.train.pause') : t('classroom.train.play')}
      </button>
      <button type="button" className="secondary" onClick={reset} disabled={!canTrain}>
        {t('classroom.train.reset')}
      </button>
      <span className="lesson-readout" aria-live="off">
        <Trans
          i18nKey="classroom.train.step"
          values={{ step }}
          components={{ strong: <strong /> }}
        />
        {loss !== null && (
          <>
            {' · '}
            <Trans
              i18nKey="classroom.train.loss"
              values={{ loss: formatLoss(loss) }}
              components={{ strong: <strong data-testid="lesson-loss" /> }}
            />
          </>
        )}
        {baseline && (
          <span className="lesson-baseline">
            {' '}
            {t('classroom.train.baseline', {
              description: baseline.description,
              loss: formatLoss(baseline.loss),
            })}
          </span>
        )}
      </span>
    </div>
  );
}

function LessonList({ unknown }: { unknown?: string }) {
  const { t } = useTranslation();
  const store = usePlaygroundStore();
  return (
    <>
      <h2 id="lesson-title">{t('classroom.lesson.list')}</h2>
      {unknown !== undefined && (
        <p className="lesson-unknown" role="alert">
          {t('classroom.lesson.unknown', { id: unknown })}
        </p>
      )}
      <ol className="lesson-list">
        {LESSONS.map((l) => (
          <li key={l.id}>
            <button type="button" className="secondary" onClick={() => openLesson(store, l)}>
              {l.title}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}

export function LessonPanel() {
  const { t } = useTranslation();
  const store = usePlaygroundStore();
  const view = usePlayground((s) => s.view);
  const setView = usePlayground((s) => s.setView);
  const lesson = lessonById(view.lesson);
  const index = lesson ? LESSONS.indexOf(lesson) : -1;
  const previous = index > 0 ? LESSONS[index - 1] : undefined;
  const next = index >= 0 && index < LESSONS.length - 1 ? LESSONS[index + 1] : undefined;

  return (
    <section
      className="lesson-panel"
      aria-labelledby="lesson-title"
      data-testid="lesson-panel"
      data-lesson={lesson?.id ?? ''}
    >
      {lesson ? (
        <>
          <div className="lesson-head">
            <h2 id="lesson-title">
              <span className="lesson-number">
                {t('classroom.lesson.number', { number: index + 1, total: LESSONS.length })}
              </span>{' '}
              {lesson.title}
            </h2>
            <nav className="lesson-nav" aria-label={t('classroom.lesson.list')}>
              <button
                type="button"
                className="secondary"
                disabled={!previous}
                onClick={() => previous && openLesson(store, previous)}
                data-testid="lesson-previous"
              >
                {t('classroom.lesson.previous')}
              </button>
              <button
                type="button"
                disabled={!next}
                onClick={() => next && openLesson(store, next)}
                data-testid="lesson-next"
              >
                {t('classroom.lesson.next')}
              </button>
            </nav>
          </div>
          {lesson.predict && <LessonPrediction key={lesson.id} predict={lesson.predict} />}
          <p className="lesson-look">
            <strong>{t('classroom.lesson.look')}</strong> {lesson.look}
          </p>
          <div className="lesson-try">
            <strong>{t('classroom.lesson.try')}</strong>
            <ol>
              {lesson.tryThis.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </div>
          {lesson.why && (
            <p className="lesson-why">
              <strong>{t('classroom.lesson.why')}</strong> {lesson.why}
            </p>
          )}
          {lesson.train && <TrainControls />}
        </>
      ) : (
        <LessonList unknown={view.lesson} />
      )}
      <div className="lesson-foot">
        {lesson && (
          <button type="button" className="secondary" onClick={() => openLesson(store, lesson)}>
            {t('classroom.lesson.again')}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          // The page keeps its language when it leaves classroom mode.
          onClick={() => setView(view.lang ? { lang: view.lang } : {})}
          data-testid="lesson-leave"
        >
          {t('classroom.lesson.leave')}
        </button>
      </div>
    </section>
  );
}
