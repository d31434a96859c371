// `npm run test:browser`: browser test suites in headless Chromium against the Vite dev server.
//   webgpu  keras-tcn fixtures through the engine on tfjs's webgpu backend (SwiftShader adapter)
//   webgl   the same fixtures on the webgl backend (SwiftShader GL through ANGLE)
//   app     smoke test of the playground page (/)
//   a11y    axe-core on four views of the page (no moderate or worse violation); the heatmap and
//           the lattice by keyboard; a quiet gradients live region; a text summary per chart
//   worker-webgpu, worker-webgl, worker-wasm
//           the training worker (src/worker) on each forced backend: a few steps of a small
//           configuration, one gradient entry per variable, pause, snapshot; ms per step
//   worker-auto
//           `auto` picks wasm over a software WebGPU adapter and says why; problems; one step
//   worker-device-loss
//           the WebGPU device is destroyed mid-training: the worker moves to wasm, resumes from
//           the weights it kept, and trains on
//   worker-context-loss
//           the WebGL context is lost mid-training: the worker moves to cpu and trains on
//   worker-crash
//           the page's training worker crashes (an uncaught error, ending itself, crash after
//           crash): a new worker resumes the run with its history and weights, or it pauses
//   embed   the built site in a 960×540 iframe of another origin: it trains, fits its frame,
//           and links to the full playground; the share area's Embed snippet
//   i18n    every screen state (default, gradient case, each lesson, classroom, export, each
//           notice kind) in Chinese leaves no English word and in English no Chinese; html[lang]
//           follows; the header switch writes lang= into the link; the Chinese page passes axe,
//           fits a phone's width and the first viewport; Chinese screenshots at three sizes
//   soak    the page trains a tiny configuration 5,000 steps on each of webgpu, webgl, wasm, cpu
//           (about 12 minutes): tensor count constant, heap growth of page and worker bounded,
//           GPU allocations not growing; the figures are printed
// A suite is an async function of { browser, baseUrl } returning PASS/FAIL lines; add new ones
// to the list in main(); BROWSER_TEST_SUITES=a,b runs only the suites whose names start so. Every suite runs in a fresh browser context; a page error or console error in it is
// a failure. The exit code is non-zero on any failure, and the whole run has a hard time limit.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { formatResult, type Fixture } from '../../src/parity/checkFixture';
import { launchChromium } from './chromium';
import {
  check,
  fail,
  message,
  pass,
  recordPageErrors,
  seconds,
  withTimeout,
  type Line,
  type Suite,
  type SuiteContext,
} from './suite';
import type { ParityRun } from './parityPage';
import { startDevServer, type DevServer } from './server';
import { accessibilitySuite } from './suites/accessibility';
import { appControlsSuite } from './suites/appControls';
import { classroomSuite } from './suites/classroom';
import { gradientsSuite } from './suites/gradients';
import { linkScreenSuite } from './suites/linkScreen';
import { builtSiteSuite } from './suites/builtSite';
import { offlineSuite } from './suites/offline';
import { embedSuite } from './suites/embed';
import { languageSuite } from './suites/language';
import { measuredFieldSuite } from './suites/measuredField';
import { oneScreenSuite } from './suites/oneScreen';
import { pasteTcnSuite } from './suites/pasteTcn';
import { receptiveToolsSuite } from './suites/receptiveTools';
import { seriesSuite } from './suites/series';
import { soakSuite } from './suites/soak';
import { workerCrashSuite } from './suites/workerCrash';
import type { Received, MessageSpec } from './workerPage';
import type { PlaygroundConfig } from '../../src/config/playgroundConfig';
import {
  KEEP_WEIGHTS_EVERY,
  type BackendName,
  type FromWorker,
  type StepStats,
  type ToWorker,
  type WeightSnapshot,
  type BackendStatus,
  type BackendTrial,
} from '../../src/worker/protocol';
import { TRIALS_KEY } from '../../src/worker/trainingClient';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES_DIR = resolve(ROOT, process.env.TCN_FIXTURES_DIR ?? '../shared/fixtures/keras-tcn');
/** The soak suite alone may take up to 28 minutes before its own limits fail a backend. */
const TOTAL_TIMEOUT_MS = Number(process.env.BROWSER_TEST_TIMEOUT_MS) || 45 * 60_000;
const FIXTURE_TIMEOUT_MS = 3 * 60_000;
const PAGE_LOAD_TIMEOUT_MS = 2 * 60_000;

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
  const errors = recordPageErrors(page);
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
/**
 * The page with `auto`: the badge shows the measured figures and the choice, the measurement is
 * kept in localStorage, and a reload takes it from there instead of measuring again.
 */
async function checkAutoOnPage(page: Page): Promise<Line[]> {
  const badge = page.locator('.backend[title]').first();
  await badge.waitFor({ timeout: PAGE_LOAD_TIMEOUT_MS });
  const title = (await badge.getAttribute('title')) ?? '';
  const name = ((await page.getByTestId('backend').textContent()) ?? '').trim();
  const keptTrials = () =>
    page.evaluate(
      (key) => Object.values(JSON.parse(localStorage.getItem(key) ?? '{}')) as BackendTrial[],
      TRIALS_KEY,
    );
  const before = await keptTrials();
  const lines = [
    check(
      /fastest here by measurement/.test(title) &&
        new RegExp(`${name}[^·]* [\\d.]+ steps/s`).test(title) &&
        before.length === 1 &&
        before[0].chosen === name,
      `auto's figures and choice are on the page: "${name}", "${title}"`,
    ),
  ];
  await page.reload();
  await page.locator('.backend[title]').first().waitFor({ timeout: PAGE_LOAD_TIMEOUT_MS });
  const after = await keptTrials();
  lines.push(
    check(
      after.length === 1 && after[0].at === before[0]?.at,
      `a reload takes the kept measurement instead of measuring again (measured at ${before[0]?.at}, now ${after[0]?.at})`,
    ),
  );
  return lines;
}

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
      lines.push(...(await checkAutoOnPage(page)));
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

// ---- the training worker ------------------------------------------------------------------------

/** Small enough for WebGPU on SwiftShader (about 0.8 s a step), big enough to learn something. */
const WORKER_FRAGMENT =
  'task=lag&seq_len=32&lag=4&nb_filters=4&kernel_size=2&dilations=1,2,4&batch_size=4';
const WORKER_STEPS = 5;
const WORKER_START_TIMEOUT_MS = 2 * 60_000;
const WORKER_STEP_TIMEOUT_MS = 60_000;
/** The first steps compile every shader: on SwiftShader under load that took 23 s. */
const WORKER_FIRST_STEPS_TIMEOUT_MS = 3 * 60_000;

type Ready = Extract<FromWorker, { type: 'ready' }>;

/** One training worker in the harness page (tests/browser/worker.html). */
interface WorkerDriver {
  send(message: ToWorker): Promise<void>;
  /** How many messages have arrived so far: a `from` for waitFor. */
  count(): Promise<number>;
  waitFor(
    spec: MessageSpec,
    from: number,
    timeoutMs?: number,
  ): Promise<Received & { index: number }>;
  log(from?: number): Promise<Received[]>;
  /** WORKER_FRAGMENT's configuration on a backend. */
  config(
    backend: PlaygroundConfig['train']['backend'],
    fragment?: string,
  ): Promise<PlaygroundConfig>;
  close(): Promise<void>;
}

async function openWorkerPage(browser: Browser, baseUrl: string) {
  const opened = await openPage(browser, `${baseUrl}/tests/browser/worker.html`);
  await opened.page.waitForFunction(() => window.workerHarnessReady === true, null, {
    timeout: PAGE_LOAD_TIMEOUT_MS,
  });
  const startWorker = async (): Promise<WorkerDriver> => {
    const { page } = opened;
    const id = await page.evaluate(() => window.workerHarness.open());
    return {
      send: (message) =>
        page.evaluate(([i, m]) => window.workerHarness.send(i, m), [id, message] as const),
      count: () => page.evaluate((i) => window.workerHarness.count(i), id),
      waitFor: (spec, from, timeoutMs = WORKER_STEP_TIMEOUT_MS) =>
        page.evaluate(([i, sp, f, t]) => window.workerHarness.waitFor(i, sp, f, t), [
          id,
          spec,
          from,
          timeoutMs,
        ] as const),
      log: (from = 0) =>
        page.evaluate(([i, f]) => window.workerHarness.log(i, f), [id, from] as const),
      config: async (backend, fragment = WORKER_FRAGMENT) => {
        const config = await page.evaluate((f) => window.workerHarness.config(f), fragment);
        config.train.backend = backend;
        return config;
      },
      close: () => page.evaluate((i) => window.workerHarness.close(i), id),
    };
  };
  return { ...opened, startWorker };
}

const statsOf = (log: Received[], from = 0, to = log.length): { at: number; stats: StepStats }[] =>
  log
    .slice(from, to)
    .flatMap((r) => (r.message.type === 'stats' ? [{ at: r.at, stats: r.message.stats }] : []));

interface WorkerSuiteContext {
  worker: WorkerDriver;
  page: Page;
  lines: Line[];
  log: (text: string) => void;
}

/** A suite on the worker harness page that drives one worker; a thrown error is a FAIL line. */
function workerSuite(name: string, body: (context: WorkerSuiteContext) => Promise<void>): Suite {
  return {
    name,
    async run({ browser, baseUrl, log }) {
      const lines: Line[] = [];
      const { page, startWorker, close } = await openWorkerPage(browser, baseUrl);
      try {
        const worker = await startWorker();
        await body({ worker, page, lines, log });
        await worker.close();
      } catch (error) {
        lines.push(fail(`harness: ${message(error)}`));
      } finally {
        lines.push(...(await close()));
      }
      return lines;
    },
  };
}

/** Checks a run of stats: consecutive steps from `first`, finite losses, a gradient per variable. */
function checkStats(stats: StepStats[], variables: number, first: number, label: string): Line[] {
  const lines: Line[] = [];
  const steps = stats.map((s) => s.step);
  const expected = steps.map((_, i) => first + i);
  lines.push(
    steps.join() === expected.join()
      ? pass(`${label}: one stats message per step, steps ${first}–${steps[steps.length - 1]}`)
      : fail(`${label}: steps ${steps.join(',')}; expected ${expected.join(',')}`),
  );
  const nonFinite = stats.filter((s) => !Number.isFinite(s.loss));
  lines.push(
    nonFinite.length === 0
      ? pass(`${label}: loss finite (${stats.map((s) => s.loss.toFixed(3)).join(', ')})`)
      : fail(`${label}: loss not finite at steps ${nonFinite.map((s) => s.step).join(',')}`),
  );
  const misaligned = stats.filter(
    (s) =>
      s.gradients.length !== variables ||
      s.weightNorms.length !== variables ||
      s.updateRatios.length !== variables,
  );
  lines.push(
    misaligned.length === 0
      ? pass(
          `${label}: every step has one gradient, weight norm and update ratio per variable (${variables})`,
        )
      : fail(
          `${label}: steps ${misaligned.map((s) => `${s.step} (${s.gradients.length} gradients)`).join(', ')} do not have ${variables} entries`,
        ),
  );
  return lines;
}

/**
 * Pauses and waits until training has really stopped: the `snapshot` asked after the pause
 * comes after the stats of any step that was under way.
 */
async function pauseAndSettle(
  worker: WorkerDriver,
  from: number,
): Promise<{ snapshot: WeightSnapshot; index: number; pausedIndex: number }> {
  await worker.send({ type: 'pause' });
  const paused = await worker.waitFor({ type: 'running', running: false }, from);
  await worker.send({ type: 'snapshot' });
  const reply = await worker.waitFor({ type: 'snapshot' }, paused.index);
  return {
    snapshot: (reply.message as Extract<FromWorker, { type: 'snapshot' }>).snapshot,
    index: reply.index,
    pausedIndex: paused.index,
  };
}

/** Waits for `ready` after `from` and checks its backend. */
async function expectReady(
  worker: WorkerDriver,
  from: number,
  backend: BackendName,
  lines: Line[],
  timeoutMs = WORKER_START_TIMEOUT_MS,
): Promise<Ready & { index: number; at: number }> {
  const received = await worker.waitFor({ type: 'ready' }, from, timeoutMs);
  const ready = received.message as Ready;
  lines.push(
    ready.backend.name === backend
      ? pass(`ready on ${backend}: "${ready.backend.reason}"`)
      : fail(`ready on ${ready.backend.name}, expected ${backend}: "${ready.backend.reason}"`),
  );
  return { ...ready, index: received.index, at: received.at };
}

/**
 * `auto`'s measurement: recorded figures, a choice equal to the fastest of them, and the backend
 * that runs being that choice.
 */
function checkTrial(backend: BackendStatus, what: string): Line[] {
  const trial = backend.trial;
  if (!trial) return [fail(`${what}: no measurement recorded (${backend.reason})`)];
  const best = trial.figures
    .filter((f) => f.stepsPerSecond !== undefined)
    .sort((a, b) => (b.stepsPerSecond ?? 0) - (a.stepsPerSecond ?? 0))[0];
  const figures = trial.figures
    .map((f) => `${f.backend} ${f.stepsPerSecond?.toFixed(1) ?? f.skipped}`)
    .join(', ');
  return [
    check(
      !!best && trial.chosen === best.backend && backend.name === best.backend,
      `${what}: measured in ${Math.round(trial.tookMs)} ms (${figures}); runs on the fastest, ${backend.name}`,
    ),
  ];
}

/** A forced backend: the worker must run on it (no fallback), train, pause promptly, snapshot. */
function workerBackendSuite(backend: 'webgpu' | 'webgl' | 'wasm'): Suite {
  return workerSuite(`worker-${backend}`, async ({ worker, lines, log }) => {
    const sent = Date.now();
    await worker.send({ type: 'configure', config: await worker.config(backend) });
    const ready = await expectReady(worker, 0, backend, lines);
    log(`configure → ready: ${seconds(Date.now() - sent)} (backend start, first build)`);
    if (ready.backend.requested !== backend) {
      lines.push(fail(`ready.backend.requested is ${ready.backend.requested}`));
    }
    await worker.send({ type: 'start' });
    const reached = await worker.waitFor(
      { type: 'stats', minStep: WORKER_STEPS },
      ready.index,
      WORKER_FIRST_STEPS_TIMEOUT_MS,
    );
    const t0 = Date.now();
    const { snapshot, index: end, pausedIndex } = await pauseAndSettle(worker, reached.index);
    log(`pause + snapshot round trip ${Date.now() - t0} ms (includes the step under way)`);
    const run = statsOf(await worker.log(), ready.index, end);
    lines.push(
      ...checkStats(
        run.map((r) => r.stats),
        ready.variables.length,
        1,
        backend,
      ),
    );
    const last = run[run.length - 1].stats.step;
    // Whatever the load (the page may read step 5 while the worker is at step 8), no step may be
    // applied once the worker has said it paused, and the weights are those of the last step.
    const afterPause = statsOf(await worker.log(), pausedIndex, end);
    lines.push(
      afterPause.length === 0 && snapshot.step === last
        ? pass(
            `pause sent after step ${WORKER_STEPS}: training stopped after step ${last}, no step after the pause was acknowledged`,
          )
        : fail(
            `pause: ${afterPause.length} steps reported after the pause was acknowledged (${afterPause.map((r) => r.stats.step).join(', ')}), snapshot at step ${snapshot.step}, last step ${last}`,
          ),
    );
    const msPerStep = (run[run.length - 1].at - run[0].at) / (run.length - 1);
    log(
      `${msPerStep.toFixed(0)} ms/step in the worker (steps 2–${last}; step 1 took ${(run[0].at - ready.at).toFixed(0)} ms from start)`,
    );
    const finite = snapshot.weights.every((w) => w.data.every(Number.isFinite));
    lines.push(
      snapshot.step === last && finite && snapshot.weights.length >= ready.variables.length
        ? pass(`snapshot at step ${snapshot.step}: ${snapshot.weights.length} weights, all finite`)
        : fail(
            `snapshot: step ${snapshot.step} (expected ${last}), ${snapshot.weights.length} weights, finite ${finite}`,
          ),
    );
    const asked = await worker.count();
    const t1 = Date.now();
    await worker.send({ type: 'snapshot' });
    await worker.waitFor({ type: 'snapshot' }, asked);
    log(`snapshot round trip while paused: ${Date.now() - t1} ms`);

    if (backend === 'wasm') {
      // Reset goes back to the very same initial weights and data: step 1 again, same loss.
      const before = await worker.count();
      await worker.send({ type: 'reset' });
      const again = await worker.waitFor({ type: 'ready' }, before);
      await worker.send({ type: 'step' });
      const one = await worker.waitFor({ type: 'stats' }, again.index);
      const first = run[0].stats;
      const redo = (one.message as Extract<FromWorker, { type: 'stats' }>).stats;
      lines.push(
        (again.message as Ready).step === 0 && redo.step === 1 && redo.loss === first.loss
          ? pass(`reset, then one step: step 1 again with the same loss (${redo.loss})`)
          : fail(
              `reset, then one step: step ${redo.step}, loss ${redo.loss}; the first run's step 1 had ${first.loss}`,
            ),
      );
    }
  });
}

/** `auto` skips a software WebGPU adapter for wasm and says so; configurations that cannot train. */
const workerAutoSuite = workerSuite('worker-auto', async ({ worker, page, lines }) => {
  const adapter = await page.evaluate(() => window.workerHarness.adapter());
  const software =
    !adapter || /swiftshader/i.test(adapter.architecture) || adapter.isFallbackAdapter;
  await worker.send({ type: 'configure', config: await worker.config('auto') });
  const received = await worker.waitFor({ type: 'ready' }, 0, WORKER_START_TIMEOUT_MS);
  const ready = { ...(received.message as Ready), index: received.index };
  const { reason, requested, trial } = ready.backend;
  if (requested !== 'auto') lines.push(fail(`ready.backend.requested is ${requested}`));
  lines.push(...checkTrial(ready.backend, 'auto'));
  if (software && trial) {
    const webgpu = trial.figures.find((f) => f.backend === 'webgpu');
    lines.push(
      webgpu?.stepsPerSecond === undefined && /software/.test(webgpu?.skipped ?? '')
        ? pass(`a software WebGPU adapter is not measured by default: "${webgpu?.skipped}"`)
        : fail(`webgpu figure with a software adapter: ${JSON.stringify(webgpu)}`),
    );
  }
  lines.push(
    /by measurement/.test(reason) && /steps\/s/.test(reason)
      ? pass(`the reason gives the figures: "${reason}"`)
      : fail(`the reason gives no figures: "${reason}"`),
  );

  // Every backend measured (software adapters included): the fastest is taken.
  const bigger = await worker.config('auto', 'seq_len=48');
  const beforeAll = await worker.count();
  await worker.send({ type: 'configure', config: bigger, measureSoftware: true });
  const all = (await worker.waitFor({ type: 'ready' }, beforeAll, WORKER_START_TIMEOUT_MS))
    .message as Ready;
  lines.push(...checkTrial(all.backend, 'every backend'));
  const measuredNames = all.backend.trial?.figures
    .filter((f) => f.stepsPerSecond !== undefined)
    .map((f) => f.backend);
  lines.push(
    measuredNames && measuredNames.length >= 3
      ? pass(`with software adapters included, ${measuredNames.join(', ')} are all measured`)
      : fail(`measured only ${measuredNames?.join(', ')}: ${JSON.stringify(all.backend.trial)}`),
  );
  // The same size again: the kept measurement, not a new one.
  const again = await worker.count();
  await worker.send({ type: 'configure', config: bigger, keepWeights: true });
  const kept = (await worker.waitFor({ type: 'ready' }, again, WORKER_START_TIMEOUT_MS))
    .message as Ready;
  lines.push(
    kept.backend.trial?.at === all.backend.trial?.at &&
      kept.backend.name === all.backend.trial?.chosen
      ? pass(`the same configuration size is not measured again (${kept.backend.name})`)
      : fail(`measured again: ${JSON.stringify(kept.backend.trial)}`),
  );
  // Back to the first configuration for the steps below.
  const back = await worker.count();
  await worker.send({ type: 'configure', config: await worker.config('auto') });
  ready.index = (await worker.waitFor({ type: 'ready' }, back, WORKER_START_TIMEOUT_MS)).index;
  await worker.send({ type: 'step' });
  await worker.send({ type: 'step' });
  await worker.waitFor({ type: 'stats', minStep: 2 }, ready.index);
  const stepped = statsOf(await worker.log(), ready.index).map((r) => r.stats);
  lines.push(
    ...checkStats(
      stepped,
      ready.variables.length,
      1,
      `auto (${ready.backend.name}), two single steps`,
    ),
  );

  // A configuration that cannot train: the adding task answers once per sequence.
  const from = await worker.count();
  const bad = await worker.config('auto', 'task=adding&seq_len=32&return_sequences=true');
  await worker.send({ type: 'configure', config: bad });
  const problems = await worker.waitFor({ type: 'problems' }, from);
  const list = (problems.message as Extract<FromWorker, { type: 'problems' }>).problems;
  lines.push(
    list.some((p) => /return_sequences/.test(p.message))
      ? pass(`problems instead of a trainer: "${list[0].message}"`)
      : fail(`problems: ${JSON.stringify(list)}`),
  );
  const afterProblems = await worker.count();
  await worker.send({ type: 'start' });
  const refused = await worker.waitFor({ type: 'error' }, afterProblems);
  lines.push(
    pass(
      `start without a trainer answers an error: "${(refused.message as { message: string }).message}"`,
    ),
  );
});

/**
 * Loses the GPU of `from` (a WebGPU device destroyed, a WebGL context lost) while a worker trains
 * on it: the worker must move to `to`, resume from its last periodic copy (step
 * KEEP_WEIGHTS_EVERY) and train on from trained weights. Returns where it settled after a pause.
 */
async function loseWhileTraining(
  worker: WorkerDriver,
  from: 'webgpu' | 'webgl',
  to: BackendName,
  lines: Line[],
  log: (text: string) => void,
) {
  const config = await worker.config(from);
  const start = await worker.count();
  await worker.send({ type: 'configure', config });
  const ready = await expectReady(worker, start, from, lines);
  await worker.send({ type: 'start' });
  const lostAfter = KEEP_WEIGHTS_EVERY + 2;
  const reached = await worker.waitFor(
    { type: 'stats', minStep: lostAfter },
    ready.index,
    WORKER_FIRST_STEPS_TIMEOUT_MS,
  );
  const lostAt = Date.now();
  await worker.send({ type: 'loseDevice' });
  const notice = await worker.waitFor({ type: 'notice' }, reached.index);
  const moved = await expectReady(worker, notice.index, to, lines);
  log(`${from} lost → ready on ${to}: ${Date.now() - lostAt} ms`);
  const text = (notice.message as { message: string }).message;
  const named = from === 'webgpu' ? /device was lost/i : /WebGL context was lost/i;
  lines.push(
    named.test(text) && text.includes(`step ${KEEP_WEIGHTS_EVERY}`)
      ? pass(`notice: "${text}"`)
      : fail(`notice does not name the loss and step ${KEEP_WEIGHTS_EVERY}: "${text}"`),
  );
  lines.push(
    moved.step === KEEP_WEIGHTS_EVERY && moved.resumed === true
      ? pass(`resumed (same run) from the copy kept at step ${moved.step}`)
      : fail(
          `resumed at step ${moved.step} (resumed: ${moved.resumed}), expected ${KEEP_WEIGHTS_EVERY}`,
        ),
  );
  const onward = await worker.waitFor(
    { type: 'stats', minStep: KEEP_WEIGHTS_EVERY + WORKER_STEPS },
    moved.index,
    WORKER_FIRST_STEPS_TIMEOUT_MS,
  );
  const settled = await pauseAndSettle(worker, onward.index);
  const all = await worker.log();
  const stoppedBefore = all
    .slice(reached.index, moved.index)
    .some((r) => r.message.type === 'running' && !r.message.running);
  if (stoppedBefore) lines.push(fail(`training stopped at the ${from} loss`));
  const before = statsOf(all, ready.index, moved.index).map((r) => r.stats);
  const after = statsOf(all, moved.index, settled.index).map((r) => r.stats);
  lines.push(
    ...checkStats(after, moved.variables.length, KEEP_WEIGHTS_EVERY + 1, 'after the loss'),
  );
  // The steps redone after the switch see the same batches with the same weights and optimizer
  // state, so their loss is the one computed before the loss, up to the two backends' float32
  // rounding. A fresh optimizer or restarted data would change it far more.
  const redone = after.filter((a) => before.some((b) => b.step === a.step));
  const gaps = redone.map((a) => {
    const b = before.find((x) => x.step === a.step)!;
    return { step: a.step, before: b.loss, after: a.loss, rel: Math.abs(a.loss - b.loss) / b.loss };
  });
  const worst = Math.max(...gaps.map((g) => g.rel));
  lines.push(
    gaps.length > 0 && worst < 1e-3
      ? pass(
          `the run goes on exactly: redone steps ${gaps.map((g) => g.step).join(', ')} on ${to} give the losses computed on ${from} (worst relative difference ${worst.toExponential(1)})`,
        )
      : fail(
          `redone steps differ from the run before the loss: ${JSON.stringify(gaps)} (none redone if empty)`,
        ),
  );
  return { config, settled };
}

/**
 * The WebGPU device is destroyed while training. (1) Running: the worker moves to wasm, resumes
 * from its last periodic copy (step KEEP_WEIGHTS_EVERY) and trains on. (2) After `configure`
 * with keepWeights back onto a fresh WebGPU device, destroyed again right with a pause: the
 * restored weights are exactly the copy kept before the loss.
 */
const workerDeviceLossSuite = workerSuite('worker-device-loss', async ({ worker, lines, log }) => {
  const { config, settled } = await loseWhileTraining(worker, 'webgpu', 'wasm', lines, log);

  // (2) Back onto WebGPU (a fresh device) with the trained weights; lose it again at once.
  const p = settled.snapshot.step;
  const back = await worker.count();
  await worker.send({ type: 'configure', config, keepWeights: true });
  const again = await expectReady(worker, back, 'webgpu', lines);
  lines.push(
    again.step === p
      ? pass(`configure with keepWeights onto a new WebGPU device kept step ${p}`)
      : fail(`configure with keepWeights: step ${again.step}, expected ${p}`),
  );
  // Train a little on the new device, pause, and lose the device while paused: whatever
  // the timing, the weights on wasm must then be those of the pause, value for value.
  // (Losing it mid-step is part (1); pausing right after a loss races with the recovery.)
  await worker.send({ type: 'start' });
  const running = await worker.waitFor({ type: 'stats', minStep: p + 2 }, again.index);
  await worker.send({ type: 'pause' });
  const stopped = await worker.waitFor({ type: 'running', running: false }, running.index);
  await worker.send({ type: 'snapshot' });
  const kept = (
    (await worker.waitFor({ type: 'snapshot' }, stopped.index)).message as {
      snapshot: WeightSnapshot;
    }
  ).snapshot;
  const beforeLoss = await worker.count();
  await worker.send({ type: 'loseDevice' });
  await expectReady(worker, beforeLoss, 'wasm', lines);
  const asked = await worker.count();
  await worker.send({ type: 'snapshot' });
  const restored = (
    (await worker.waitFor({ type: 'snapshot' }, asked)).message as { snapshot: WeightSnapshot }
  ).snapshot;
  const differing = restored.weights.filter((w, i) => {
    const k = kept.weights[i];
    return !k || k.name !== w.name || k.data.some((v, j) => v !== w.data[j]);
  });
  lines.push(
    restored.step === kept.step &&
      differing.length === 0 &&
      restored.weights.length === kept.weights.length
      ? pass(
          `after the second loss the weights on wasm equal, value for value, the copy kept at step ${kept.step} (${kept.weights.length} weights)`,
        )
      : fail(
          `restored step ${restored.step} vs kept ${kept.step}; differing weights: ${differing.map((w) => w.name).join(', ') || 'none'}`,
        ),
  );
  const resumeFrom = await worker.count();
  await worker.send({ type: 'start' });
  const more = await worker.waitFor({ type: 'stats', minStep: kept.step + 2 }, resumeFrom);
  await worker.send({ type: 'pause' });
  await worker.waitFor({ type: 'running', running: false }, more.index);
  lines.push(pass(`and training goes on on wasm from step ${kept.step + 1}`));
});

/**
 * The WebGL context is lost while training (WEBGL_lose_context, as a GPU reset would): tfjs
 * would go on computing nothing; the worker must notice, move to cpu (next after webgl) and
 * resume from the weights it kept.
 */
const workerContextLossSuite = workerSuite(
  'worker-context-loss',
  async ({ worker, lines, log }) => {
    await loseWhileTraining(worker, 'webgl', 'cpu', lines, log);
  },
);

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
  const allSuites: Suite[] = [
    paritySuite('webgpu', fixtures),
    paritySuite('webgl', fixtures),
    appSmokeSuite,
    appControlsSuite,
    linkScreenSuite,
    classroomSuite,
    gradientsSuite,
    accessibilitySuite,
    builtSiteSuite,
    offlineSuite,
    embedSuite,
    languageSuite,
    measuredFieldSuite,
    oneScreenSuite,
    seriesSuite,
    pasteTcnSuite,
    receptiveToolsSuite,
    workerBackendSuite('wasm'),
    workerBackendSuite('webgl'),
    workerBackendSuite('webgpu'),
    workerAutoSuite,
    workerDeviceLossSuite,
    workerContextLossSuite,
    workerCrashSuite,
    soakSuite,
  ];
  // BROWSER_TEST_SUITES=worker-wasm,worker-auto runs only those (a name prefix also works).
  const only = (process.env.BROWSER_TEST_SUITES ?? '').split(',').filter(Boolean);
  const suites = only.length
    ? allSuites.filter((suite) => only.some((name) => suite.name.startsWith(name)))
    : allSuites;
  if (suites.length === 0) console.error(`FAIL no suite matches BROWSER_TEST_SUITES=${only}`);
  let passed = 0;
  const failures: string[] = [];
  const print = (suite: string, line: Line) => {
    if (aborting) return;
    console.log(`[${suite}] ${line.text}`);
    if (line.passed) passed++;
    else failures.push(`[${suite}] ${line.text}`);
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
    // Repeated last, where a log cut to its end still shows them.
    if (failures.length > 0) console.log(['Failed checks:', ...failures].join('\n  '));
    console.log(`${passed} passed, ${failures.length} failed (${seconds(Date.now() - started)})`);
  }
  return failures.length === 0 && passed > 0 ? 0 : 1;
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
