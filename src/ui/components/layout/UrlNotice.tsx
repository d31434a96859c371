// What the opened link asked for that the page ignored or changed, each key with its reason.
// Shown until dismissed; absent when the link was used exactly as written. Each reason comes
// translated from src/config.
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../config/playgroundConfig';
import { usePlayground } from '../../store';

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
            <span className="notice-action">{t(ACTION[n.action])}</span> {n.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
