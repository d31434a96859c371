// Keeps the URL fragment and the settings in step: opening a link restores its exact state
// (seeds included), every edit that gives a valid configuration becomes a history entry, and
// back/forward bring earlier settings back. A bad link still loads, with a notice per key.
import { encodeFragment, parseFragment } from '../config/playgroundConfig';
import type { PlaygroundStore } from './store';

const PUSH_DELAY_MS = 400;

export function startUrlSync(store: PlaygroundStore): () => void {
  // A state that came from the URL replaces its entry (a bad link is rewritten in place), so
  // that back does not lead to the same bad link again.
  let fromUrl = false;
  const fromLocation = () => {
    const { config, notices, view } = parseFragment(window.location.hash);
    fromUrl = true;
    store.getState().load(config, notices, view);
    fromUrl = false;
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.config || (state.config === previous.config && state.view === previous.view)) return;
    const fragment = `#${encodeFragment(state.config, state.view)}`;
    if (timer) clearTimeout(timer);
    if (fromUrl) {
      history.replaceState(null, '', fragment);
      return;
    }
    // Typing "16" should make one history entry, not two.
    timer = setTimeout(() => {
      if (fragment !== window.location.hash) history.pushState(null, '', fragment);
    }, PUSH_DELAY_MS);
  });
  // Listening first, so that a link with notices is rewritten in place as it loads.
  if (window.location.hash.length > 1) fromLocation();
  else {
    const { config, view } = store.getState();
    if (config) history.replaceState(null, '', `#${encodeFragment(config, view)}`);
  }

  const onPop = () => {
    if (timer) clearTimeout(timer);
    fromLocation();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
