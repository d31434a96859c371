// What the opened link asked for that the page ignored or changed, each key with its reason.
// Shown until dismissed; absent when the link was used exactly as written. Each reason comes
// translated from src/config.
import { useTranslation } from 'react-i18next';
import { FLAT_KEYS, VIEW_KEYS, type Notice } from '../../../config/playgroundConfig';
import { usePlayground } from '../../store';
import { PAGE_LINK_OPTIONS } from '../../urlSync';

/** Names a link is written in (settings, panels, lessons, languages): shown as code. */
const LINK_WORDS = new Set<string>([
  ...FLAT_KEYS,
  ...VIEW_KEYS,
  ...(PAGE_LINK_OPTIONS.panels ?? []),
  ...(PAGE_LINK_OPTIONS.lessons ?? []),
  ...(PAGE_LINK_OPTIONS.languages ?? []),
]);

/**
 * A reason with the link's own names in <code>: in any language they are what the link holds,
 * not words of the sentence (a list of panels names them as `hide=` takes them).
 */
function withLinkWords(reason: string) {
  return reason
    .split(/([A-Za-z][\w-]*)/)
    .map((part, i) => (i % 2 === 1 && LINK_WORDS.has(part) ? <code key={i}>{part}</code> : part));
}

/** The words before a notice's reason, with their colon. */
const ACTION: Record<Notice['action'], string> = {
  ignored: 'app.urlNotice.ignored',
  rejected: 'app.urlNotice.rejected',
  adjusted: 'app.urlNotice.adjusted',
};

export function UrlNotice() {
  const { t } = useTranslation();
  const notices = usePlayground((s) => s.urlNotices);
  const dismiss = usePlayground((s) => s.dismissUrlNotices);
  if (notices.length === 0) return null;
  return (
    <section
      className="url-notice"
      data-testid="url-notice"
      role="status"
      aria-labelledby="url-notice-title"
    >
      <div className="url-notice-head">
        <h2 id="url-notice-title">{t('app.urlNotice.title', { count: notices.length })}</h2>
        <button type="button" className="secondary" onClick={dismiss}>
          {t('app.dismiss')}
        </button>
      </div>
      <ul>
        {notices.map((n, i) => (
          <li key={i} data-key={n.key}>
            <code className="notice-key">{n.key}</code>{' '}
            <span className="notice-action">{t(ACTION[n.action])}</span> {withLinkWords(n.reason)}
          </li>
        ))}
      </ul>
    </section>
  );
}
