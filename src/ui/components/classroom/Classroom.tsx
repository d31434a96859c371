// Classroom mode: a link with `classroom=true` gives larger type for a projector, `hide=…` hides
// panels, and `lesson=<id>` opens a guided lesson. Classroom only sets classes on the document
// root (styles.css hides the panels); the teacher builds the link with ClassroomLink.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  encodeFragment,
  type PlaygroundConfig,
  type ViewSettings,
} from '../../../config/playgroundConfig';
import { copyText } from '../../download';
import { HIDEABLE_PANELS, LESSONS, lessonById } from '../../lessons';
import { usePlayground, usePlaygroundStore } from '../../store';
import { ErrorBoundary } from '../layout/ErrorBoundary';
import { openLesson } from '../../openLesson';
import { LessonPanel } from './LessonPanel';

/** The whole link of a configuration and view on this page (any host, any sub-path). */
export function linkTo(config: PlaygroundConfig, view: ViewSettings): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${encodeFragment(config, view)}`;
}

/** The panels of `view.hide` this page knows. */
export function hiddenPanels(view: ViewSettings): string[] {
  const hide = view.hide ?? [];
  return HIDEABLE_PANELS.map((p) => p.id).filter((id) => hide.includes(id));
}

/**
 * Keeps the view's classes on the document root while mounted: `class-mode`, `class-hide-<panel>`
 * (styles.css enlarges the type and hides the panels) and `embed-mode` for an embedded page.
 */
export function useViewClasses() {
  const view = usePlayground((s) => s.view);
  const classes = [
    view.classroom ? 'class-mode' : '',
    view.embed ? 'embed-mode' : '',
    ...hiddenPanels(view).map((id) => `class-hide-${id}`),
  ]
    .filter(Boolean)
    .join(' ');
  useEffect(() => {
    if (!classes) return;
    const list = classes.split(' ');
    const root = document.documentElement;
    root.classList.add(...list);
    return () => root.classList.remove(...list);
  }, [classes]);
}

/**
 * Sets the classroom classes on the document root (`class-mode`, `class-hide-<panel>`; styles.css
 * enlarges the type and hides the panels) and shows the lesson panel in classroom mode.
 */
export function Classroom() {
  const { t } = useTranslation();
  const view = usePlayground((s) => s.view);
  const lessonKey = usePlayground((s) => s.view.lesson);
  useViewClasses();
  if (view.classroom !== true && view.lesson === undefined) return null;
  return (
    <div className="class-lesson-wrap">
      <ErrorBoundary what={t('classroom.lesson.boundary')} resetKey={lessonKey}>
        <LessonPanel />
      </ErrorBoundary>
    </div>
  );
}

/** The teacher's control: classroom mode, panels to hide, the first lesson, and the link. */
export function ClassroomLink() {
  const { t } = useTranslation();
  const view = usePlayground((s) => s.view);
  const config = usePlayground((s) => s.config);
  const setView = usePlayground((s) => s.setView);
  const store = usePlaygroundStore();
  // Whether the last copy worked; the notice is written at render, in the current language.
  const [copied, setCopied] = useState<'copied' | 'copyRefused' | null>(null);
  const hidden = hiddenPanels(view);
  const link = config ? linkTo(config, view) : null;

  const change = (next: ViewSettings) => {
    setCopied(null);
    setView(next);
  };
  const toggleHidden = (id: string, hide: boolean) => {
    const next = hide ? [...hidden, id] : hidden.filter((h) => h !== id);
    const ordered = HIDEABLE_PANELS.map((p) => p.id).filter((p) => next.includes(p));
    change({ ...view, hide: ordered.length ? ordered : undefined });
  };
  const pickLesson = (id: string) => {
    setCopied(null);
    const lesson = lessonById(id);
    if (lesson) openLesson(store, lesson, view);
    else setView({ ...view, lesson: undefined });
  };
  const copy = async () => {
    if (!link) return;
    setCopied((await copyText(link)) ? 'copied' : 'copyRefused');
  };

  return (
    <fieldset className="export-block class-link" data-testid="class-link">
      <legend>
        <h3>{t('classroom.link.title')}</h3>
      </legend>
      <p className="export-help">{t('classroom.link.help')}</p>
      <label className="class-check">
        <input
          type="checkbox"
          checked={view.classroom === true}
          onChange={(e) => change({ ...view, classroom: e.target.checked || undefined })}
          data-testid="class-toggle"
        />
        {t('classroom.link.mode')}
      </label>
      <div className="class-hide-list" role="group" aria-label={t('classroom.link.hideGroup')}>
        <span className="class-caption">{t('classroom.link.hide')}</span>
        {HIDEABLE_PANELS.map((p) => (
          <label key={p.id} className="class-check">
            <input
              type="checkbox"
              checked={hidden.includes(p.id)}
              onChange={(e) => toggleHidden(p.id, e.target.checked)}
            />
            {p.label}
          </label>
        ))}
      </div>
      <label className="class-select">
        <span className="class-caption">{t('classroom.link.startAt')}</span>
        <select
          value={lessonById(view.lesson) ? view.lesson : ''}
          onChange={(e) => pickLesson(e.target.value)}
          data-testid="class-lesson-select"
        >
          <option value="">{t('classroom.link.noLesson')}</option>
          {LESSONS.map((l, i) => (
            <option key={l.id} value={l.id}>
              {t('classroom.link.lessonOption', { number: i + 1, title: l.title })}
            </option>
          ))}
        </select>
      </label>
      {link ? (
        <div className="class-link-row">
          <input
            className="class-link-text"
            readOnly
            value={link}
            aria-label={t('classroom.link.title')}
            onFocus={(e) => e.target.select()}
            data-testid="class-link-text"
          />
          <button type="button" onClick={() => void copy()}>
            {t('classroom.link.copy')}
          </button>
        </div>
      ) : (
        <p className="export-help">{t('classroom.link.fixSettings')}</p>
      )}
      {copied && (
        <p className="export-note" role="status">
          {t(`classroom.link.${copied}`)}
        </p>
      )}
    </fieldset>
  );
}
