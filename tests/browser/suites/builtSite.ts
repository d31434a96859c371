// The built site as a static host serves it: from a sub-path, under its Content-Security-Policy,
// with no request leaving the site. It loads, trains a step on wasm, and nothing is blocked.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { type Line } from '../suite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT_DIR = join(ROOT, 'node_modules/.browser-test-dist');
const SUB_PATH = '/some/sub/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** A plain static host: files under SUB_PATH, nothing else, no special headers. */
function serveStatic(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(SUB_PATH)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(OUT_DIR, path.slice(SUB_PATH.length)));
    if (!file.startsWith(OUT_DIR)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

export const builtSiteSuite = {
  name: 'built-site',
  async run({ browser }: { browser: Browser }): Promise<Line[]> {
    const lines: Line[] = [];
    const check = (ok: boolean, text: string) =>
      lines.push({ passed: ok, text: `${ok ? 'PASS' : 'FAIL'} ${text}` });
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
    const { server, origin } = await serveStatic();
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(
        `${origin}${SUB_PATH}#task=lag&seq_len=32&lag=4&nb_filters=4&kernel_size=2&dilations=1,2,4&batch_size=4&backend=wasm`,
      );
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      check(
        !!csp &&
          csp.includes("script-src 'self' 'wasm-unsafe-eval'") &&
          !csp.includes('unsafe-eval;'),
        `the page carries a strict Content-Security-Policy (${csp ?? 'none'})`,
      );
      await page.getByTestId('play').click({ timeout: 120_000 });
      await page.waitForSelector('[data-testid="grad-row"]:not([data-status="pending"])', {
        timeout: 120_000,
      });
      await page.getByTestId('pause').click();
      const backend = (await page.getByTestId('backend').textContent()) ?? '';
      check(/wasm/.test(backend), `trains from a sub-path of a static host, on ${backend.trim()}`);
      const violations = await page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      check(
        violations.length === 0,
        `no Content-Security-Policy violation (${violations.join(', ') || 'none'})`,
      );
      const foreign = requests.filter(
        (u) => !u.startsWith(`${origin}${SUB_PATH}`) && !u.startsWith('data:'),
      );
      check(
        foreign.length === 0,
        `every request stays on the site (${requests.length} requests${foreign.length ? `; elsewhere: ${foreign.join(', ')}` : ''})`,
      );
      check(errors.length === 0, `no page or console error (${errors.join(' | ') || 'none'})`);
    } finally {
      await context.close();
      await new Promise((done) => server.close(done));
    }
    return lines;
  },
};
