// The built site on a plain static host, as the browser tests need it: files under a sub-path,
// no special headers (so no cross-origin isolation but what the service worker adds), and a
// server that can be stopped to cut the network.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'node_modules/.browser-test-dist');
export const SUB_PATH = '/some/sub/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** A file of the built site (a test may change one to play a new version). */
export const siteFile = (name: string) => join(OUT_DIR, name);

let built: Promise<void> | null = null;

/**
 * Builds the site once per test run, as `npm run build` does (without the type check), in a
 * process of its own: the dev server of the test run sets NODE_ENV=development in this one, and
 * a build under it would be a development build (no service worker, nothing minified).
 */
export function buildSite(): Promise<void> {
  built ??= promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', OUT_DIR, '--emptyOutDir'],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 64 * 1024 * 1024 },
  ).then(() => undefined);
  return built;
}

export interface StaticHost {
  /** The site's address: origin + SUB_PATH. */
  url: string;
  origin: string;
  /** Requests the host answered, in order (path and status). */
  served: string[];
  /** Stops the host and drops open connections: the network is gone for the page. */
  stop(): Promise<void>;
}

/** Serves the built site under SUB_PATH and nothing else. */
export async function serveStatic(): Promise<StaticHost> {
  await buildSite();
  const served: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const answer = (status: number) => {
      served.push(`${status} ${path}`);
      return status;
    };
    if (!path.startsWith(SUB_PATH)) {
      response.writeHead(answer(404)).end();
      return;
    }
    let file = normalize(join(OUT_DIR, path.slice(SUB_PATH.length)));
    if (!file.startsWith(OUT_DIR)) {
      response.writeHead(answer(403)).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(answer(404)).end();
      return;
    }
    response.writeHead(answer(200), {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  const origin = await new Promise<string>((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done(`http://127.0.0.1:${port}`);
    }),
  );
  let stopped: Promise<void> | null = null;
  return {
    url: `${origin}${SUB_PATH}`,
    origin,
    served,
    stop: () =>
      (stopped ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      })),
  };
}
