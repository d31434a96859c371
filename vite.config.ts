import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset paths let the built site work from any sub-path of a static host.
  base: './',
  plugins: [react()],
  server: {
    // The fixtures live beside the project; the browser tests read them through the dev server.
    fs: { allow: ['..'] },
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
