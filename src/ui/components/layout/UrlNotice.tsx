// What the opened link asked for that the page ignored or changed, each key with its reason.
// Shown until dismissed; absent when the link was used exactly as written.
import type { Notice } from '../../../config/playgroundConfig';
import { usePlayground } from '../../store';

const ACTION: Record<Notice['action'], string> = {
  ignored: 'ignored',
  rejected: 'not used',
  adjusted: 'changed',
};

export function UrlNotice() {
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
        <h2 id="url-notice-title">
          This link was opened with{' '}
          {notices.length === 1 ? 'one change' : `${notices.length} changes`}
        </h2>
        <button type="button" className="secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <ul>
        {notices.map((n, i) => (
          <li key={i} data-key={n.key}>
            <code className="notice-key">{n.key}</code>{' '}
            <span className="notice-action">{ACTION[n.action]}:</span> {n.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
