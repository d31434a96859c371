// Registers the service worker (src/sw.ts) of the built site and decides when the page may
// reload for it: once on the first visit, so that the page becomes cross-origin isolated (wasm
// threads), and at the next load when a new version is waiting — never while a run is going on,
// since a reload in the middle of a lesson would lose the class's progress.
import { Workbox } from 'workbox-window';
import { t } from '../i18n/core';

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

/** Why the page reloaded itself: each reason has its notice (app.offline.<reason>). */
const RELOAD_REASONS = ['isolated', 'updated'] as const;
type ReloadReason = (typeof RELOAD_REASONS)[number];
const isReloadReason = (value: string | null): value is ReloadReason =>
  (RELOAD_REASONS as readonly (string | null)[]).includes(value);

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
  const reloadFor = (reason: ReloadReason) => {
    storage.setItem(RELOAD_REASON_KEY, reason);
    reload();
  };
  const previous = storage.getItem(RELOAD_REASON_KEY);
  storage.removeItem(RELOAD_REASON_KEY);
  if (isReloadReason(previous)) hooks.notify(t(`app.offline.${previous}`));

  const workbox = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
  workbox.addEventListener('waiting', (event) => {
    // Only a version that was already waiting when this page loaded is taken now; one found
    // during the session waits for the next load.
    if (event.wasWaitingBeforeRegister && hooks.canReloadNow()) {
      // The new version takes over before anything has started; the page reloads into it.
      workbox.addEventListener('controlling', () => reloadFor('updated'));
      workbox.messageSkipWaiting();
    } else {
      hooks.notify(t('app.offline.waiting'));
    }
  });
  workbox.addEventListener('controlling', (event) => {
    // The very first version took this page over (clientsClaim): reload once to be isolated.
    if (event.isUpdate || crossOriginIsolated) return;
    if (previous !== 'isolated' && hooks.canReloadNow()) reloadFor('isolated');
    else hooks.notify(t('app.offline.isolationLater'));
  });
  try {
    await workbox.register();
  } catch (error) {
    hooks.notify(t('app.offline.failed', { error: (error as Error).message }));
  }
}
