// Registers the service worker (src/sw.ts) of the built site and decides when the page may
// reload for it: once on the first visit, so that the page becomes cross-origin isolated (wasm
// threads), and at the next load when a new version is waiting — never while a run is going on,
// since a reload in the middle of a lesson would lose the class's progress.
import { Workbox } from 'workbox-window';

export interface ServiceWorkerHooks {
  /** True while nothing would be lost by a reload (no training step run yet). */
  canReloadNow: () => boolean;
  /** Shows a sentence to the user. */
  notify: (text: string) => void;
  /** Reloads the page (a parameter so that tests and other hosts can observe it). */
  reload?: () => void;
  /** Remembers across the reload that one happened, and why. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** sessionStorage key: the reason of the reload this page did, read once after it. */
export const RELOAD_REASON_KEY = 'tcn-playground:reloaded-for';

export const MESSAGES = {
  isolated: 'Offline ready: this page now works without a network, and wasm runs on every core.',
  updated: 'TCN Playground was updated to its new version when this page loaded.',
  waiting:
    'A new version of TCN Playground is ready. It opens the next time you load the page; this lesson goes on undisturbed.',
  isolationLater:
    'Offline ready. wasm threads arrive with the next load of the page (it must reload once to use them).',
} as const;

/**
 * Starts the service worker where the page is served as a built site; does nothing in the dev
 * server (which sends the isolation headers itself) or a browser without service workers.
 */
export async function startServiceWorker(hooks: ServiceWorkerHooks): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // In an iframe of another site (an embedded playground) a browser that blocks third-party
  // storage refuses sessionStorage and the service worker alike: the page then runs without them.
  let storage: NonNullable<ServiceWorkerHooks['storage']>;
  try {
    storage = hooks.storage ?? sessionStorage;
  } catch {
    return;
  }
  const reload = hooks.reload ?? (() => location.reload());
  const reloadFor = (reason: 'isolated' | 'updated') => {
    storage.setItem(RELOAD_REASON_KEY, reason);
    reload();
  };
  const previous = storage.getItem(RELOAD_REASON_KEY) as keyof typeof MESSAGES | null;
  storage.removeItem(RELOAD_REASON_KEY);
  if (previous && previous in MESSAGES) hooks.notify(MESSAGES[previous]);

  const workbox = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
  workbox.addEventListener('waiting', (event) => {
    // Only a version that was already waiting when this page loaded is taken now; one found
    // during the session waits for the next load.
    if (event.wasWaitingBeforeRegister && hooks.canReloadNow()) {
      // The new version takes over before anything has started; the page reloads into it.
      workbox.addEventListener('controlling', () => reloadFor('updated'));
      workbox.messageSkipWaiting();
    } else {
      hooks.notify(MESSAGES.waiting);
    }
  });
  workbox.addEventListener('controlling', (event) => {
    // The very first version took this page over (clientsClaim): reload once to be isolated.
    if (event.isUpdate || crossOriginIsolated) return;
    if (previous !== 'isolated' && hooks.canReloadNow()) reloadFor('isolated');
    else hooks.notify(MESSAGES.isolationLater);
  });
  try {
    await workbox.register();
  } catch (error) {
    hooks.notify(
      `This page cannot work offline here: the service worker did not start (${(error as Error).message}).`,
    );
  }
}
