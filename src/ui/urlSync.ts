// Keeps the URL fragment and the screen in step: the link always says what the form shows,
// valid or not (a typed "1, 2, x" travels in the link and comes back marked in the form).
// Opening a link restores its exact state (seeds included), every edit becomes a history entry,
// and back/forward bring earlier settings back. A bad link still loads, with a notice per key,
// and is rewritten in place to what the page then shows. The reading and writing of links is
// src/config's (parseFragment, encodeSettings); this file only connects them to the store.
import {
  encodeSettings,
  parseFragment,
  type LinkOptions,
  type RawSettings,
  type ViewSettings,
  VIEW_KEYS,
} from '../config/playgroundConfig';
import { LANGUAGE_CODES } from '../i18n/languages';
import { openLesson } from './openLesson';
import { HIDEABLE_PANELS, LESSONS, lessonById } from './lessons';
import type { PlaygroundStore } from './store';

const PUSH_DELAY_MS = 400;
/** The history state of the entries this page writes (a link typed into the address bar has none). */
const OWN_ENTRY = Object.freeze({ tcnPlaygroundScreen: true });
const isOwnEntry = (state: unknown) =>
  typeof state === 'object' && state !== null && 'tcnPlaygroundScreen' in state;

/** How this page reads a link: its lessons and panels, notices for its form. */
export const PAGE_LINK_OPTIONS: LinkOptions = Object.freeze({
  page: true,
  lessons: LESSONS.map((l) => l.id),
  panels: HIDEABLE_PANELS.map((p) => p.id),
  languages: LANGUAGE_CODES,
});

/** The fragment (with #) of what the page shows. */
export const fragmentOf = (state: { raw: RawSettings; view: ViewSettings }) =>
  `#${encodeSettings(state.raw, state.view)}`;

export interface UrlSync {
  /**
   * The link of this screen, the same string as the address bar: an edit not yet written (the
   * history entry waits for typing to pause) is written first.
   */
  currentLink(): string;
  stop(): void;
}

export function startUrlSync(store: PlaygroundStore): UrlSync {
  // While a link loads, the store passes through intermediate states: only the end is written,
  // replacing the entry (a bad link is rewritten in place, so back does not lead to it again).
  let loading = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  /**
   * Opens the address bar's link; `ownEntry`: back/forward to an entry this page wrote, which
   * holds what the page showed then and comes back exactly (no clamping, no notices).
   */
  const fromLocation = (ownEntry = false) => {
    cancel();
    const options = ownEntry ? { ...PAGE_LINK_OPTIONS, clamp: false } : PAGE_LINK_OPTIONS;
    const { config, raw, notices, view } = parseFragment(window.location.hash, options);
    // A hand-written link such as `#classroom=true&lesson=lag-too-short` names a lesson but no
    // settings: it opens the lesson's own configuration. `backend` says where to run it, not
    // what to run, so it may come along (`…&backend=cpu` on a slow machine).
    const lesson = lessonById(view.lesson);
    const keys = [...new URLSearchParams(window.location.hash.slice(1)).keys()];
    const viewKeys: readonly string[] = VIEW_KEYS;
    const lessonOnly =
      lesson && keys.every((k) => k === 'v' || k === 'backend' || viewKeys.includes(k));
    loading = true;
    try {
      if (lessonOnly)
        openLesson(
          store,
          lesson,
          view,
          keys.includes('backend') ? config.train.backend : undefined,
        );
      else store.getState().load(config, ownEntry ? [] : notices, view, raw);
    } finally {
      loading = false;
    }
    const fragment = fragmentOf(store.getState());
    history.replaceState(OWN_ENTRY, '', fragment);
  };
  const write = () => {
    cancel();
    const fragment = fragmentOf(store.getState());
    if (fragment !== window.location.hash) history.pushState(OWN_ENTRY, '', fragment);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (loading || (state.raw === previous.raw && state.view === previous.view)) return;
    // Typing "16" should make one history entry, not two.
    cancel();
    timer = setTimeout(write, PUSH_DELAY_MS);
  });
  // A page opened (or reloaded) reads its link as any link: clamped, with notices.
  if (window.location.hash.length > 1) fromLocation();
  else history.replaceState(OWN_ENTRY, '', fragmentOf(store.getState()));

  const onPop = (event: PopStateEvent) => fromLocation(isOwnEntry(event.state));
  window.addEventListener('popstate', onPop);
  return {
    currentLink: () => {
      if (timer) write();
      return window.location.href;
    },
    stop: () => {
      cancel();
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    },
  };
}
