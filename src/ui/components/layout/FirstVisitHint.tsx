// On a first visit (no link, never dismissed), one line that says where to start.
import { useState } from 'react';

const SEEN_KEY = 'tcn-playground-seen-hint';

function firstVisit(): boolean {
  try {
    return window.location.hash.length <= 1 && localStorage.getItem(SEEN_KEY) === null;
  } catch {
    return false;
  }
}

export function FirstVisitHint() {
  const [shown, setShown] = useState(firstVisit);
  if (!shown) return null;
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
      <strong>New here?</strong> Press <strong>▶ Play</strong> to train this network and watch the
      squares change colour with their gradients, or open <strong>Examples</strong> for the network
      Keras says has “no gradients”.{' '}
      <button type="button" className="link-button" onClick={dismiss}>
        Got it
      </button>
    </p>
  );
}
