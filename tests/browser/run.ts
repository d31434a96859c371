// `npm run test:browser`: browser test suites in headless Chromium against the Vite dev server.
//   webgpu  keras-tcn fixtures through the engine on tfjs's webgpu backend (SwiftShader adapter)
//   webgl   the same fixtures on the webgl backend (SwiftShader GL through ANGLE)
//   app     smoke test of the playground page (/)
// A suite is an async function of { browser, baseUrl } returning PASS/FAIL lines; add new ones
// to the list in main(). Every suite runs in a fresh browser context; a page error or console error in it is
// a failure. The exit code is non-zero on any failure, and the whole run has a hard time limit.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { formatResult, type Fixture } from '../../src/parity/checkFixture';
import { launchChromium } from './chromium';
import type { ParityRun } from './parityPage';
import { startDevServer, type DevServer } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES_DIR = resolve(ROOT, process.env.TCN_FIXTURES_DIR ?? '../shared/fixtures/keras-tcn');
const TOTAL_TIMEOUT_MS = Number(process.env.BROWSER_TEST_TIMEOUT_MS) || 10 * 60_000;
const FIXTURE_TIMEOUT_MS = 3 * 60_000;
const PAGE_LOAD_TIMEOUT_MS = 2 * 60_000;

interface Line {
  passed: boolean;
  text: string;
}

interface SuiteContext {
  browser: Browser;
  /** The dev server's origin, without a trailing slash. */
  baseUrl: string;
  /** Prints an informational line (not counted as a result). */
  log(text: string): void;
}

interface Suite {
  name: string;
  run(context: SuiteContext): Promise<Line[]>;
}

const pass = (text: string): Line => ({ passed: true, text: `PASS ${text}` });
const fail = (text: string): Line => ({ passed: false, text: `FAIL ${text}` });
/** The first line of an error: browser errors carry their page stack after it. */
const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish in ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens `url` in a fresh browser context and records every uncaught page error and console
 * error. `close()` returns them as FAIL lines.
 */
async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; close(): Promise<Line[]> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: Line[] = [];
  page.on('pageerror', (error) => errors.push(fail(`uncaught page error: ${error.message}`)));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url: where, lineNumber } = msg.location();
    errors.push(fail(`console error: ${msg.text()}${where ? ` (${where}:${lineNumber})` : ''}`));
  });
  page.on('crash', () => errors.push(fail('the page crashed')));
  const response = await page.goto(url, { timeout: PAGE_LOAD_TIMEOUT_MS });
  if (response && !response.ok()) {
    errors.push(fail(`GET ${url} answered ${response.status()} ${response.statusText()}`));
  }
  return {
    page,
    close: async () => {
      await context.close();
      return errors;
    },
  };
}

function loadFixtures(): { fixtures: Fixture[]; problems: Line[] } {
  const fixtures: Fixture[] = [];
  const problems: Line[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(FIXTURES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    problems.push(fail(`cannot read fixtures folder ${FIXTURES_DIR}: ${message(error)}`));
  }
  for (const file of files) {
    try {
      const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as Fixture;
      fixture.name ??= file.replace(/\.json$/, '');
      fixtures.push(fixture);
    } catch (error) {
      problems.push(fail(`${file}: not a readable fixture (${message(error)})`));
    }
  }
  if (files.length === 0 && problems.length === 0) {
    problems.push(fail(`no fixture (*.json) in ${FIXTURES_DIR}`));
  }
  return { fixtures, problems };
}

/** The keras-tcn fixtures on one tfjs backend; the backend must start, there is no fallback. */
function paritySuite(backend: string, fixtures: Fixture[]): Suite {
  return {
    name: backend,
    async run({ browser, baseUrl, log }) {
      const lines: Line[] = [];
      const { page, close } = await openPage(browser, `${baseUrl}/tests/browser/parity.html`);
      try {
        await page.waitForFunction(() => window.parityReady === true, null, {
          timeout: PAGE_LOAD_TIMEOUT_MS,
        });
        const runParity = (chunk: Fixture[]) =>
          page.evaluate(([f, b]) => window.runParity(f, b), [chunk, backend] as const);
        let setup: ParityRun;
        try {
          setup = await withTimeout(runParity([]), PAGE_LOAD_TIMEOUT_MS, `starting ${backend}`);
        } catch (error) {
          lines.push(fail(`backend ${backend} is not available: ${message(error)}`));
          return lines;
        }
        log(`backend ${setup.backend}, device ${JSON.stringify(setup.device)}`);
        for (const fixture of fixtures) {
          try {
            const run = await withTimeout(
              runParity([fixture]),
              FIXTURE_TIMEOUT_MS,
              `fixture ${fixture.name}`,
            );
            const result = run.results[0];
            lines.push({
              passed: result.passed,
              text: `${formatResult(result)} [${seconds(result.ms)}]`,
            });
          } catch (error) {
            lines.push(fail(`${fixture.name}: ${message(error)}`));
          }
        }
        const { numTensors } = await runParity([]);
        lines.push(
          numTensors === 0
            ? pass('no tensor left alive after the fixtures')
            : fail(`${numTensors} tensors left alive after the fixtures (a leak)`),
        );
      } catch (error) {
        lines.push(fail(`harness: ${message(error)}`));
      } finally {
        lines.push(...(await close()));
      }
      return lines;
    },
  };
}

/** The playground page loads and shows its parameter count and receptive field. */
const appSmokeSuite: Suite = {
  name: 'app',
  async run({ browser, baseUrl }) {
    const lines: Line[] = [];
    const { page, close } = await openPage(browser, `${baseUrl}/`);
    try {
      for (const testId of ['param-count', 'receptive-field']) {
        const selector = `[data-testid="${testId}"]`;
        try {
          await page.waitForFunction(
            (s) => /\d/.test(document.querySelector(s)?.textContent ?? ''),
            selector,
            { timeout: PAGE_LOAD_TIMEOUT_MS },
          );
          const text = (await page.locator(selector).first().textContent())?.trim() ?? '';
          lines.push(pass(`${testId}: "${text}"`));
        } catch {
          const text = await page.evaluate(
            (s) => document.querySelector(s)?.textContent ?? null,
            selector,
          );
          lines.push(
            fail(
              text === null
                ? `${testId}: no element ${selector} on the page`
                : `${testId}: "${text.trim()}" contains no number`,
            ),
          );
        }
      }
      // Let anything scheduled right after the first render run before judging the errors.
      await page.waitForTimeout(500);
    } catch (error) {
      lines.push(fail(`harness: ${message(error)}`));
    } finally {
      lines.push(...(await close()));
    }
    if (lines.every((l) => l.passed)) lines.push(pass('no page or console errors'));
    return lines;
  },
};

let server: DevServer | null = null;
let browser: Browser | null = null;
/** Set once the run is being torn down early: later results are only noise of the teardown. */
let aborting = false;
async function cleanUp(): Promise<void> {
  const [b, s] = [browser, server];
  [browser, server] = [null, null];
  await Promise.allSettled([b?.close(), s?.close()]);
}

function abort(reason: string, code: number): void {
  if (aborting) return;
  aborting = true;
  console.error(`FAIL ${reason}`);
  // Exit even if closing hangs.
  setTimeout(() => process.exit(code), 10_000).unref();
  void cleanUp().finally(() => process.exit(code));
}

async function main(): Promise<number> {
  const started = Date.now();
  const { fixtures, problems } = loadFixtures();
  const suites: Suite[] = [
    paritySuite('webgpu', fixtures),
    paritySuite('webgl', fixtures),
    appSmokeSuite,
  ];
  let passed = 0;
  let failed = 0;
  const print = (suite: string, line: Line) => {
    if (aborting) return;
    console.log(`[${suite}] ${line.text}`);
    if (line.passed) passed++;
    else failed++;
  };
  problems.forEach((line) => print('fixtures', line));
  try {
    server = await startDevServer(ROOT);
    browser = await launchChromium();
    console.log(`Chromium ${browser.version()}, dev server ${server.url}`);
    for (const suite of suites) {
      if (aborting) break;
      const suiteStart = Date.now();
      const context: SuiteContext = {
        browser,
        baseUrl: server.url,
        log: (text) => {
          if (!aborting) console.log(`[${suite.name}] ${text}`);
        },
      };
      let lines: Line[];
      try {
        lines = await suite.run(context);
      } catch (error) {
        lines = [fail(`suite crashed: ${message(error)}`)];
      }
      if (aborting) break;
      if (lines.length === 0) lines = [fail('suite reported nothing')];
      lines.forEach((line) => print(suite.name, line));
      const ok = lines.filter((l) => l.passed).length;
      console.log(
        `[${suite.name}] ${ok} passed, ${lines.length - ok} failed (${seconds(Date.now() - suiteStart)})`,
      );
    }
  } catch (error) {
    print('setup', fail(message(error)));
  } finally {
    await cleanUp();
  }
  if (!aborting) {
    console.log(`${passed} passed, ${failed} failed (${seconds(Date.now() - started)})`);
  }
  return failed === 0 && passed > 0 ? 0 : 1;
}

const watchdog = setTimeout(
  () => abort(`browser tests timed out after ${seconds(TOTAL_TIMEOUT_MS)}`, 1),
  TOTAL_TIMEOUT_MS,
);
process.once('SIGINT', () => abort('interrupted (SIGINT)', 130));
process.once('SIGTERM', () => abort('terminated (SIGTERM)', 143));
const code = await main();
clearTimeout(watchdog);
process.exit(code);
