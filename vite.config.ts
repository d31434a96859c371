import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset paths let the built site work from any sub-path of a static host.
  base: './',
  plugins: [react()],
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
