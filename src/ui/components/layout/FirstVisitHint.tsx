// On a first visit (never dismissed in this browser), one line that says where to start. A
// link from a teacher is a first visit too, so the link does not matter here.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { usePlayground } from '../../store';

const SEEN_KEY = 'tcn-playground-seen-hint';

function firstVisit(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === null;
  } catch {
    return false;
  }
}

export function FirstVisitHint() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(firstVisit);
  // In classroom mode the lesson says where to start.
  const classroom = usePlayground((s) => s.view.classroom === true);
  if (!shown || classroom) return null;
  const dismiss = () => {
    setShown(false);
    try {
      localStorage.setItem(SEEN_KEY, '1');
    } catch {
      // Private mode: the hint comes back next time, nothing else is lost.
    }
  };
  return (
    <p className="first-visit" data-testid="first-visit">
      <Trans i18nKey="app.firstVisit.hint" components={{ strong: <strong /> }} />{' '}
      <button type="button" className="link-button" onClick={dismiss}>
        {t('app.firstVisit.dismiss')}
      </button>
    </p>
  );
}
