/// <reference lib="webworker" />
// The service worker: it keeps the whole app (code, wasm files, lessons) in a precache so that it
// opens and trains without a network after one visit, and it adds the two cross-origin isolation
// headers to every response, which static hosts cannot send, so that the wasm backend may run
// threads. Workbox does the precaching (versioned entries, integrity, clean-up of old ones); only
// the headers are ours, the same two that coi-serviceworker adds.
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { setDefaultHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

const ISOLATION_HEADERS: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The response with the isolation headers added (its body untouched). */
function isolated(response: Response): Response {
  if (response.type === 'opaque' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

const isolation: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) =>
    cachedResponse ? isolated(cachedResponse) : cachedResponse,
  fetchDidSucceed: async ({ response }) => isolated(response),
};

// A new version waits until the page asks for it (at its next load, never mid-lesson); the first
// one takes the open page at once, which then reloads once to become cross-origin isolated.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
cleanupOutdatedCaches();
addPlugins([isolation]);
precacheAndRoute(self.__WB_MANIFEST);
setDefaultHandler(new NetworkOnly({ plugins: [isolation] }));
