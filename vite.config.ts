import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built site's Content-Security-Policy: scripts only from the site itself, no inline script
 * and no eval ('wasm-unsafe-eval' only lets WebAssembly compile), no requests to other hosts.
 * Inline styles stay allowed: React and recharts set style attributes.
 *
 * Framing is allowed on purpose: teachers embed the playground in slides and course pages
 * (`&embed=true`, an <iframe> of another origin). The policy sets no `frame-ancestors` (browsers
 * ignore it in a <meta> anyway), static hosts send no X-Frame-Options, and the service worker
 * (src/sw.ts) adds only the two isolation headers below, which do not forbid framing: COOP
 * applies to top-level windows only, and COEP governs what the framed page loads (all of it its
 * own), not who frames it. The embedded page has no forms and its only way out is a plain link
 * opened in a new tab (`rel="noopener"`). Nothing else is loosened.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Cross-origin isolation: with these two headers the page may share memory between threads, which
 * the threaded wasm build needs. Every resource the site loads is its own, so `require-corp` costs
 * nothing. Static hosts that cannot send headers get them from the service worker (src/sw.ts).
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

// Only in the build: the dev server injects inline scripts of its own (hot reload).
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
});

/**
 * tfjs's threaded wasm build starts its threads from a Blob holding the emscripten factory's own
 * source text (`factory.toString()`). That function reads `_scriptDir`, a variable of the closure
 * around it, behind a `typeof` guard; the minifier renames the variable and drops the guard, so
 * every thread dies with "ReferenceError: e is not defined" and training crashes. Making it a
 * global property keeps the name and the guard through minification (no other closure variable
 * is read). Only the build minifies; the dev server's copy is untouched.
 */
const threadedWasmFactory = (): Plugin => ({
  name: 'threaded-wasm-factory',
  apply: 'build',
  transform(code, id) {
    if (!id.includes('tfjs-backend-wasm-threaded-simd.js')) return null;
    const declaration = 'var _scriptDir = typeof document';
    if (!code.includes(declaration)) {
      this.error('tfjs-backend-wasm-threaded-simd.js changed: see threadedWasmFactory');
    }
    return {
      code: code.replace(declaration, 'globalThis._scriptDir = typeof document'),
      map: null,
    };
  },
});

export default defineConfig({
  // Relative asset paths let the built site work from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    threadedWasmFactory(),
    // The service worker (src/sw.ts): offline use and cross-origin isolation on static hosts.
    // Registered by src/offline/serviceWorker.ts, not by the plugin, to control when a new
    // version takes over.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,svg,wasm,json}'],
        // The wasm binaries and the worker bundle (TensorFlow.js) are far above workbox's 2 MiB.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  // ES module workers keep the backends' dynamic imports as separate chunks, loaded on demand.
  worker: { format: 'es', plugins: () => [threadedWasmFactory()] },
  preview: {
    headers: ISOLATION_HEADERS,
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
  },
  server: {
    headers: ISOLATION_HEADERS,
    // The fixtures live beside the project; the browser tests read them through the dev server.
    fs: { allow: ['..'] },
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
