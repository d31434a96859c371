import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The built site's Content-Security-Policy: scripts only from the site itself, no inline script
 * and no eval ('wasm-unsafe-eval' only lets WebAssembly compile), no requests to other hosts.
 * Inline styles stay allowed: React and recharts set style attributes.
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

export default defineConfig({
  // Relative asset paths let the built site work from any sub-path of a static host.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  // ES module workers keep the backends' dynamic imports as separate chunks, loaded on demand.
  worker: { format: 'es' },
  preview: {
    // `npm run preview` serves the built dist/ as any static host would: no special headers (so
    // no cross-origin isolation, as on GitHub Pages: tfjs picks the non-threaded wasm build).
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
  },
  server: {
    // The fixtures live beside the project; the browser tests read them through the dev server.
    fs: { allow: ['..'] },
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
