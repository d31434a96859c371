// The built site as a static host serves it: from a sub-path, under its Content-Security-Policy,
// with no request leaving the site. It loads, trains a step on wasm, and nothing is blocked.
import type { Browser } from 'playwright-core';
import { type Line } from '../suite';
import { serveStatic, SUB_PATH } from '../staticHost';

export const builtSiteSuite = {
  name: 'built-site',
  async run({ browser }: { browser: Browser }): Promise<Line[]> {
    const lines: Line[] = [];
    const check = (ok: boolean, text: string) =>
      lines.push({ passed: ok, text: `${ok ? 'PASS' : 'FAIL'} ${text}` });
    const host = await serveStatic();
    const origin = host.origin;
    // Without its service worker the site is what a static host serves: not cross-origin isolated
    // (the `offline` suite runs it with the worker).
    const context = await browser.newContext({ serviceWorkers: 'block' });
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
      const threads = (await page.getByTestId('backend-threads').textContent()) ?? '';
      const title = (await page.locator('.backend').first().getAttribute('title')) ?? '';
      check(
        threads.trim() === '×1 thread' && /not cross-origin isolated/.test(title),
        `without isolation the badge says one thread and why (${threads}; ${title})`,
      );
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
      await host.stop();
    }
    return lines;
  },
};
