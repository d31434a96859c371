// Starts the project's Vite dev server (vite.config.ts) on a free port of 127.0.0.1.
import { join } from 'node:path';
import { createServer } from 'vite';

export interface DevServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export async function startDevServer(root: string): Promise<DevServer> {
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    // A cache of its own, so a test run never re-optimizes under a `npm run dev` beside it.
    cacheDir: join(root, 'node_modules/.vite-browser-tests'),
    logLevel: 'warn',
    clearScreen: false,
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      hmr: false,
      // Nothing is edited during a test run; watching the tree only costs time.
      watch: null,
    },
  });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') {
      throw new Error(`Vite dev server has no TCP address (${String(address)})`);
    }
    return {
      url: `http://127.0.0.1:${address.port}`,
      close: () => server.close(),
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
