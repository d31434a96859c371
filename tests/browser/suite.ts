// What every browser test suite shares: its result lines, the context it runs in, and helpers.
import type { Browser, Page } from 'playwright-core';

export interface Line {
  passed: boolean;
  text: string;
}

export interface SuiteContext {
  browser: Browser;
  /** The dev server's origin, without a trailing slash. */
  baseUrl: string;
  /** Prints an informational line (not counted as a result). */
  log(text: string): void;
}

export interface Suite {
  name: string;
  run(context: SuiteContext): Promise<Line[]>;
}

export const pass = (text: string): Line => ({ passed: true, text: `PASS ${text}` });
export const fail = (text: string): Line => ({ passed: false, text: `FAIL ${text}` });
export const check = (ok: boolean, text: string, why = ''): Line =>
  ok ? pass(text) : fail(why ? `${text}: ${why}` : text);
/** The first line of an error: browser errors carry their page stack after it. */
export const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `promise`, or a rejection naming `what` once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish in ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Records every uncaught error, console error and crash of `page` as a FAIL line (each line
 * starting with `prefix`), into the returned list. A console error containing `expected` is the
 * test's own doing and not recorded.
 */
export function recordPageErrors(page: Page, prefix = '', expected?: string): Line[] {
  const errors: Line[] = [];
  page.on('pageerror', (error) =>
    errors.push(fail(`${prefix}uncaught page error: ${error.message}`)),
  );
  page.on('console', (msg) => {
    if (msg.type() !== 'error' || (expected && msg.text().includes(expected))) return;
    const { url: where, lineNumber } = msg.location();
    errors.push(
      fail(`${prefix}console error: ${msg.text()}${where ? ` (${where}:${lineNumber})` : ''}`),
    );
  });
  page.on('crash', () => errors.push(fail(`${prefix}the page crashed`)));
  return errors;
}

/**
 * Brings the element of `selector` into view as a user would reach it: clicks the tab whose
 * panel holds it (the detail tabs under the network picture) and opens a folded <details>
 * ("More settings") around it.
 */
export async function reveal(page: Page, selector: string): Promise<void> {
  const tab = await page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) return null;
    const folded = element.closest('details');
    if (folded && !folded.open) folded.open = true;
    const panel = element.closest<HTMLElement>('[role="tabpanel"]');
    return panel?.hidden ? panel.getAttribute('aria-labelledby') : null;
  }, selector);
  if (tab) await page.locator(`#${tab}`).click();
}

/**
 * Waits until training has stopped: the one play/pause toggle reads "play" again (test id
 * `play`) and is enabled.
 */
export async function waitUntilPlayable(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const toggle = document.querySelector<HTMLButtonElement>('[data-testid="play"]');
      return toggle !== null && !toggle.disabled;
    },
    undefined,
    { timeout },
  );
}

/**
 * The page at `url` in a fresh context, once its settings are drawn; `close()` returns its page
 * and console errors as FAIL lines.
 */
export async function openPlayground(
  browser: Browser,
  url: string,
  viewport?: { width: number; height: number },
): Promise<{ page: Page; close(): Promise<Line[]> }> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(url, { timeout: 2 * 60_000 });
  await page.waitForSelector('#field-kernel_size', { timeout: 2 * 60_000 });
  return {
    page,
    close: async () => {
      await context.close();
      return errors;
    },
  };
}
