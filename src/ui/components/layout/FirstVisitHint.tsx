// On a first visit (never dismissed in this browser), one line that says where to start. A
// link from a teacher is a first visit too, so the link does not matter here. Once the user has
// trained a step, it has done its work: it goes, for good, and gives its room back.
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { usePlayground, usePlaygroundStore } from '../../store';

const SEEN_KEY = 'tcn-playground-seen-hint';

function firstVisit(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === null;
  } catch {
    return false;
  }
}

function dismiss(setShown: (shown: boolean) => void) {
  setShown(false);
  try {
    localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Private mode: the hint comes back next time, nothing else is lost.
  }
}

export function FirstVisitHint() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(firstVisit);
  // In classroom mode the lesson says where to start.
  const classroom = usePlayground((s) => s.view.classroom === true);
  const store = usePlaygroundStore();
  // Subscribed only while shown: training updates the store many times a second.
  useEffect(() => {
    if (!shown) return;
    return store.subscribe((state) => {
      if (state.training.step > 0) dismiss(setShown);
    });
  }, [store, shown]);
  if (!shown || classroom) return null;
  return (
    <p className="first-visit" data-testid="first-visit">
      <Trans i18nKey="app.firstVisit.hint" components={{ strong: <strong /> }} />{' '}
      <button type="button" className="link-button" onClick={() => dismiss(setShown)}>
        {t('app.firstVisit.dismiss')}
      </button>
    </p>
  );
}
