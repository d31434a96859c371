// The training worker crashes while the page trains, caused three ways:
//   1. an uncaught error in the worker while training: a new worker takes over from the last
//      copy of the weights, training goes on, and the charts keep the run's history;
//   2. the worker ends itself (self.close()) while paused: the new worker holds exactly the
//      weights of the pause (two weight downloads compared value for value), stays paused, and
//      play goes on from there;
//   3. it crashes again and again: after MAX_RESTARTS restarts within a minute the page pauses
//      with a message, keeps the settings, and play starts a new worker that trains on;
//   4. it hangs in an endless loop: after STALL_MIN_MS of silence a new worker takes over.
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page, Worker } from 'playwright-core';
import { KEEP_WEIGHTS_EVERY, type WeightSnapshot } from '../../../src/worker/protocol';
import {
  MAX_RESTARTS,
  STALL_MIN_MS,
  STALL_WARM_UP_STEPS,
} from '../../../src/worker/trainingClient';
import {
  check,
  fail,
  message,
  recordPageErrors,
  seconds,
  type Line,
  type SuiteContext,
  reveal,
} from '../suite';

const FRAGMENT =
  'task=lag&seq_len=40&lag=2&nb_filters=3&kernel_size=2&dilations=1,4&batch_size=4&backend=wasm';
const LOAD_TIMEOUT_MS = 120_000;
const UI_TIMEOUT_MS = 30_000;
/** The error the test throws inside the worker. */
const CAUSED = 'crash caused by the test';

const testId = (id: string) => `[data-testid="${id}"]`;

async function stepShown(page: Page): Promise<number> {
  const text = (await page.locator(testId('step-count')).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

function waitForStep(page: Page, atLeast: number, timeout = UI_TIMEOUT_MS): Promise<unknown> {
  return page.waitForFunction(
    ([selector, n]) =>
      Number((document.querySelector(selector)?.textContent ?? '').replace(/\D/g, '')) >= n,
    [testId('step-count'), atLeast] as const,
    { timeout },
  );
}

/** The notices shown under the training controls, oldest first. */
const notices = (page: Page) => page.locator('.training-notices li').allTextContents();

async function waitForNotice(page: Page, count: number, timeout = UI_TIMEOUT_MS): Promise<string> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('.training-notices li').length >= n,
    count,
    { timeout },
  );
  return (await notices(page))[count - 1];
}

/** The page's current training worker: the newest one still alive. */
function trainingWorker(page: Page): Worker | undefined {
  return page
    .workers()
    .filter((w) => w.url().includes('trainer.worker'))
    .at(-1);
}

/** Waits for a training worker other than `old` to be running. */
async function nextWorker(page: Page, old: Worker | undefined): Promise<Worker> {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    const current = trainingWorker(page);
    if (current && current !== old) return current;
    if (Date.now() > deadline) throw new Error('no new training worker appeared');
    await page.waitForTimeout(50);
  }
}

const throwInWorker = (worker: Worker) =>
  worker.evaluate((text) => {
    setTimeout(() => {
      throw new Error(text);
    }, 0);
  }, CAUSED);

async function downloadWeights(page: Page): Promise<WeightSnapshot> {
  const [download] = (await Promise.all([
    page.waitForEvent('download', { timeout: UI_TIMEOUT_MS }),
    reveal(page, testId('export-weights-download')).then(() =>
      page.locator(testId('export-weights-download')).click(),
    ),
  ])) as [Download, void];
  const text = await readFile(await download.path(), 'utf8');
  return JSON.parse(text) as WeightSnapshot;
}

const chartRange = (page: Page) =>
  page.locator(`${testId('chart-loss')} .lite-chart`).evaluate((el) => ({
    first: Number(el.getAttribute('data-first-x')),
    last: Number(el.getAttribute('data-last-x')),
  }));

/** The one play/pause toggle reads "pause" while training runs, "play" while it does not. */
const isRunning = async (page: Page) => (await page.locator(testId('pause')).count()) === 1;

async function waitForRunning(page: Page, running: boolean) {
  await page.waitForFunction(
    (want) =>
      document.getElementById('play-toggle')?.getAttribute('data-testid') ===
      (want ? 'pause' : 'play'),
    running,
    { timeout: UI_TIMEOUT_MS },
  );
}

export const workerCrashSuite = {
  name: 'worker-crash',
  async run({ browser, baseUrl, log }: SuiteContext): Promise<Line[]> {
    const lines: Line[] = [];
    const context = await (browser as Browser).newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // The worker's own report of the error the test throws is expected; anything else is not.
    const errors = recordPageErrors(page, '', CAUSED);
    try {
      await page.goto(`${baseUrl}/#${FRAGMENT}`, { timeout: LOAD_TIMEOUT_MS });
      await page.waitForFunction(
        (s) => (document.querySelector(s) as HTMLButtonElement | null)?.disabled === false,
        testId('play'),
        { timeout: LOAD_TIMEOUT_MS },
      );

      // 1. An uncaught error while training.
      await page.locator(testId('play')).click();
      await waitForStep(page, 2 * KEEP_WEIGHTS_EVERY + 10, LOAD_TIMEOUT_MS);
      const before = await chartRange(page);
      const first = trainingWorker(page);
      if (!first) throw new Error('the page has no training worker');
      const crashedAt = await stepShown(page);
      const thrownAt = Date.now();
      await throwInWorker(first);
      const notice = await waitForNotice(page, 1);
      log(`uncaught error → notice: ${Date.now() - thrownAt} ms`);
      const from = Number(/weights of step (\d+)/.exec(notice)?.[1] ?? NaN);
      lines.push(
        check(
          notice.includes('training worker crashed') &&
            notice.includes(CAUSED) &&
            from % KEEP_WEIGHTS_EVERY === 0 &&
            from >= 2 * KEEP_WEIGHTS_EVERY &&
            from <= crashedAt + KEEP_WEIGHTS_EVERY,
          `an uncaught error in the worker at step ~${crashedAt} is named and the run resumes from the copy kept at step ${from}`,
          `notice "${notice}"`,
        ),
      );
      await waitForStep(page, crashedAt + 30);
      // The chart redraws at most twice a second and lags the counter on a loaded machine: wait
      // for it to draw a step past the crash, then compare what it holds.
      await page
        .waitForFunction(
          ([selector, step]) =>
            Number(document.querySelector(selector)?.getAttribute('data-last-x')) > step,
          [`${testId('chart-loss')} .lite-chart`, crashedAt] as const,
          { timeout: LOAD_TIMEOUT_MS },
        )
        .catch(() => undefined);
      const after = await chartRange(page);
      // The browser reports a terminated worker gone a little later than it stops (later still on
      // a loaded machine, and with its wasm threads to end too): wait for it, up to 20 s.
      const trainingWorkers = () =>
        page.workers().filter((w) => w.url().includes('trainer.worker')).length;
      for (let waited = 0; waited < 20_000 && trainingWorkers() !== 1; waited += 250) {
        await page.waitForTimeout(250);
      }
      const running = await isRunning(page);
      lines.push(
        check(
          running && trainingWorker(page) !== first && trainingWorkers() === 1,
          `training goes on in a new worker (step ${await stepShown(page)}), the crashed one is gone`,
          `running ${running}, a new worker ${trainingWorker(page) !== first}, training workers ${trainingWorkers()}`,
        ),
      );
      lines.push(
        check(
          after.first === before.first && after.last >= before.last && after.last > crashedAt,
          `the loss chart keeps the run's history: steps ${after.first}–${after.last} hold every step drawn before the crash (${before.first}–${before.last}) and go on past it (${crashedAt})`,
        ),
      );

      // 2. The worker ends itself while paused.
      await page.locator(testId('pause')).click();
      await waitForRunning(page, false);
      // The worker sends its copy of the weights once the step under way has finished.
      await page.waitForTimeout(500);
      const paused = await stepShown(page);
      const saved = await downloadWeights(page);
      const second = trainingWorker(page);
      if (!second) throw new Error('the page has no training worker');
      await second.evaluate(() => self.close());
      const closedNotice = await waitForNotice(page, 2);
      const restored = await downloadWeights(page);
      const differing = restored.weights.filter((w, i) => {
        const k = saved.weights[i];
        return !k || k.name !== w.name || k.data.some((v, j) => v !== w.data[j]);
      });
      lines.push(
        check(
          closedNotice.includes('stopped running') &&
            closedNotice.includes(`step ${paused}`) &&
            closedNotice.includes('paused'),
          `a worker that ends itself while paused is noticed: "${closedNotice}"`,
        ),
      );
      lines.push(
        check(
          saved.step === paused &&
            restored.step === paused &&
            differing.length === 0 &&
            restored.weights.length === saved.weights.length &&
            (await stepShown(page)) === paused &&
            !(await page.locator(testId('play')).isDisabled()),
          `the new worker holds, value for value, the weights of the pause at step ${paused} (${saved.weights.length} weights) and stays paused`,
          `downloaded steps ${saved.step} and ${restored.step}; differing: ${differing.map((w) => w.name).join(', ') || 'none'}`,
        ),
      );
      await page.locator(testId('play')).click();
      await waitForStep(page, paused + 10);
      lines.push(check(true, `play goes on from step ${paused}`));

      // 3. Crash after crash: the client gives up and pauses with a message.
      let worker = trainingWorker(page);
      let crashes = 0;
      for (; crashes <= MAX_RESTARTS + 2; crashes++) {
        if (await page.locator(testId('paused-message')).count()) break;
        if (!worker) throw new Error('the page has no training worker');
        const shown = (await notices(page)).length;
        await throwInWorker(worker);
        await page.waitForFunction(
          ([selector, old]) =>
            document.querySelector(selector) !== null ||
            document.querySelectorAll('.training-notices li').length > old,
          [testId('paused-message'), shown] as const,
          { timeout: UI_TIMEOUT_MS },
        );
        if (await page.locator(testId('paused-message')).count()) {
          crashes++;
          break;
        }
        worker = await nextWorker(page, worker);
      }
      const stopped = (await page.locator(testId('paused-message')).textContent()) ?? '';
      lines.push(
        check(
          stopped.includes(`crashed ${MAX_RESTARTS + 1} times within a minute`) &&
            !(await page.locator(testId('play')).isDisabled()) &&
            /\d/.test((await page.locator(testId('param-count')).textContent()) ?? ''),
          `crash after crash (${crashes} caused in a row) ends in a pause with a message, the page intact`,
          `"${stopped}"`,
        ),
      );
      const keptAt = Number(/weights of step (\d+)/.exec(stopped)?.[1] ?? NaN);
      // The counter still shows the last step reported before the pause, which may be past keptAt.
      const shownAtPause = await stepShown(page);
      await page.locator(testId('play')).click();
      // Past the warm-up steps during which a silent worker is given more time.
      await waitForStep(page, shownAtPause + STALL_WARM_UP_STEPS + 10);
      lines.push(
        check(
          (await page.locator(testId('paused-message')).count()) === 0,
          `play after that starts a new worker that trains on from the weights of step ${keptAt} (step ${await stepShown(page)} now)`,
        ),
      );

      // 4. The worker hangs in an endless loop: silence far beyond its steps' time.
      const looping = trainingWorker(page);
      if (!looping) throw new Error('the page has no training worker');
      const hungAt = await stepShown(page);
      const shownBefore = (await notices(page)).length;
      const hangStarted = Date.now();
      await looping.evaluate(() => {
        setTimeout(() => {
          for (;;) {
            // never ends
          }
        }, 0);
      });
      const hung = await waitForNotice(page, shownBefore + 1, STALL_MIN_MS + 20_000);
      const noticedAfter = Date.now() - hangStarted;
      await waitForStep(page, hungAt + 10);
      lines.push(
        check(
          /gave no sign of life for \d+ s/.test(hung) &&
            // The silence began with the last step before the loop, a few ms before this clock.
            noticedAfter >= STALL_MIN_MS - 1000 &&
            noticedAfter < STALL_MIN_MS + 15_000,
          `a worker stuck in an endless loop is replaced after ${seconds(noticedAfter)} of silence (at least ${seconds(STALL_MIN_MS)}) and training goes on: "${hung}"`,
        ),
      );

      await page.locator(testId('pause')).click();
      await page.locator(testId('dismiss-training-notices')).click();
      lines.push(
        check((await notices(page)).length === 0, 'the notices can be dismissed once read'),
      );
    } catch (error) {
      const shown = await notices(page).catch(() => []);
      lines.push(fail(`worker crash: ${message(error)}; notices: ${JSON.stringify(shown)}`));
    } finally {
      await context.close();
    }
    return [...lines, ...errors];
  },
};
