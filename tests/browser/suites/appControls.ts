// The playground page's controls, driven as a user would: the numbers a link shows (checked
// against the engine in Node), play / pause / step counter / backend badge, a hostile link
// (notices, no injected markup, no dialog), an invalid edit explained next to its control and
// carried in the URL as the form shows it, back restoring the previous settings, share, and the
// presets.
import type { Browser, Page } from 'playwright-core';
import {
  checkSettings,
  parseFragment,
  rawSettingsOf,
  type PlaygroundConfig,
} from '../../../src/config/playgroundConfig';
import { reachability } from '../../../src/engine/reachability';
import { receptiveField } from '../../../src/engine/receptiveField';
import { parameterCount } from '../../../src/engine/variables';
import { PRESETS } from '../../../src/ui/presets';
import {
  type Line,
  check,
  fail,
  message,
  recordPageErrors,
  pass,
  waitUntilPlayable,
} from '../suite';

interface SuiteContext {
  browser: Browser;
  baseUrl: string;
  log(text: string): void;
}

/** Small: a training step takes well under a second on wasm. */
const SMALL_FRAGMENT =
  'task=lag&seq_len=32&lag=4&nb_filters=4&kernel_size=2&dilations=1,2,4&batch_size=4';
const HOSTILE_FRAGMENT = 'kernel_size=abc&foo=<img src=x onerror=alert(1)>&seq_len=99999';
const LOAD_TIMEOUT_MS = 2 * 60_000;
/** The worker loads TensorFlow.js and a backend before the first step. */
const TRAIN_TIMEOUT_MS = 2 * 60_000;
const UI_TIMEOUT_MS = 10_000;
/** urlSync pushes a history entry 400 ms after the last edit. */
const URL_SETTLE_MS = 1_000;

const testId = (id: string) => `[data-testid="${id}"]`;

/** A fresh context and page that records page errors, console errors and dialogs. */
async function open(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(
    (s) => /\d/.test(document.querySelector(s)?.textContent ?? ''),
    testId('param-count'),
    { timeout: LOAD_TIMEOUT_MS },
  );
  return {
    page,
    dialogs,
    close: async () => {
      await context.close();
      return errors;
    },
  };
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').trim();
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));

/** The presets, in Node: each reads without a notice and can train; the fixes fix. */
function presetLines(): Line[] {
  const lines: Line[] = [];
  const rf: Record<string, number> = {};
  for (const preset of PRESETS) {
    const { config, notices } = parseFragment(preset.fragment);
    const { problems } = checkSettings(rawSettingsOf(config));
    const unreachable = reachability(config.tcn).unreachable.length;
    rf[preset.id] = receptiveField(config.tcn);
    const ok = notices.length === 0 && problems.length === 0;
    lines.push(
      check(
        ok,
        `preset "${preset.name}" reads cleanly and can train`,
        [...notices.map((n) => `${n.key}: ${n.reason}`), ...problems.map((p) => p.message)].join(
          '; ',
        ),
      ),
    );
    if (preset.id === 'seed-case') {
      lines.push(check(unreachable === 2, `the seed case leaves 2 variables without gradient`));
    } else if (preset.id.startsWith('fix-')) {
      lines.push(
        check(
          unreachable === 0,
          `preset "${preset.name}" leaves every variable reachable`,
          `${unreachable} unreachable`,
        ),
      );
    }
  }
  const lesson = (id: string, expected: number) =>
    check(rf[id] === expected, `preset ${id}: receptive field ${expected}`, `got ${rf[id]}`);
  lines.push(lesson('lag-fails', 31), lesson('lag-succeeds', 127), lesson('adding', 61));
  return lines;
}

/** A link's numbers, play until step 4, pause, the backend badge, share. */
async function trainingLines(page: Page, config: PlaygroundConfig, log: (t: string) => void) {
  const lines: Line[] = [];
  const params = parameterCount(config.tcn);
  const rf = receptiveField(config.tcn);
  const shownParams = await text(page, testId('param-count'));
  const shownRf = await text(page, testId('receptive-field'));
  lines.push(
    check(shownParams === String(params), `param-count shows ${params}`, `"${shownParams}"`),
    check(shownRf === String(rf), `receptive-field shows ${rf}`, `"${shownRf}"`),
    check(
      (await page.locator(testId('url-notice')).count()) === 0,
      'no url-notice for a link that was used as written',
    ),
  );

  const hintBefore = await page.locator(testId('first-visit')).count();
  const started = Date.now();
  await page.click(testId('play'));
  try {
    await page.waitForFunction(
      (s) => Number(document.querySelector(s)?.textContent) > 3,
      testId('step-count'),
      { timeout: TRAIN_TIMEOUT_MS },
    );
    lines.push(pass(`play: the step counter passed 3 in ${Date.now() - started} ms`));
  } catch {
    const step = await text(page, testId('step-count'));
    const stopped = await page.locator('.paused-message').allTextContents();
    lines.push(fail(`play: step counter at "${step}" after ${TRAIN_TIMEOUT_MS} ms ${stopped}`));
  }
  await page.click(testId('pause'));
  try {
    await waitUntilPlayable(page, UI_TIMEOUT_MS);
    // Stats already on their way are drawn within 100 ms (the store's redraw interval).
    await page.waitForTimeout(300);
    const before = await text(page, testId('step-count'));
    await page.waitForTimeout(1_000);
    const after = await text(page, testId('step-count'));
    lines.push(
      check(before === after, `pause: training stopped at step ${after}`, `${before} → ${after}`),
    );
  } catch {
    lines.push(fail('pause: play did not become enabled again'));
  }
  // "Press ▶ Play to train…": once a step is trained it has done its work.
  const hintAfter = await page.locator(testId('first-visit')).count();
  lines.push(
    check(
      hintBefore === 1 && hintAfter === 0,
      'the first-visit hint shows on a first visit and goes once a step is trained',
      `before ${hintBefore}, after ${hintAfter}`,
    ),
  );
  const backend = await text(page, testId('backend'));
  lines.push(
    check(
      /^(webgpu|webgl|wasm|cpu)$/i.test(backend),
      `backend badge names the backend in use ("${backend}")`,
    ),
  );
  log(`backend ${backend}: ${await text(page, '.backend-reason')}`);

  // Share: the clipboard, or a selected read-only field with the link.
  await page.click(testId('share'));
  try {
    await page.waitForFunction(
      (ids) =>
        // innerText: the label shown (the other one is kept, hidden, for its width).
        /copied/i.test(document.querySelector<HTMLElement>(ids[0])?.innerText ?? '') ||
        (document.querySelector(ids[1]) as HTMLInputElement | null)?.value === location.href,
      [testId('share'), testId('share-link')],
      { timeout: UI_TIMEOUT_MS },
    );
    const manual = (await page.locator(testId('share-link')).count()) > 0;
    lines.push(
      pass(`share: ${manual ? 'the link is offered in a field to copy by hand' : 'link copied'}`),
    );
    if (manual) await page.locator('.share-manual').getByRole('button', { name: 'Close' }).click();
  } catch {
    lines.push(fail('share: neither copied nor offered the link'));
  }
  return lines;
}

/** An invalid value is explained next to its control and never reaches the URL; back works. */
async function editingLines(page: Page): Promise<Line[]> {
  const lines: Line[] = [];
  const field = page.locator('.field', { has: page.locator('#field-kernel_size') });
  const before = await hash(page);
  await page.fill('#field-kernel_size', '0');
  try {
    await field.locator('.field-problems').waitFor({ timeout: UI_TIMEOUT_MS });
    const problem = (await field.locator('.field-problems').textContent()) ?? '';
    lines.push(
      check(
        /kernel_size/.test(problem),
        `kernel_size=0 is explained next to its control: "${problem.trim()}"`,
      ),
    );
  } catch {
    lines.push(fail('kernel_size=0: no problem shown next to the control'));
  }
  const playDisabled = await page.locator(testId('play')).isDisabled();
  const reason = await text(page, '#training-blocked');
  lines.push(check(playDisabled && reason !== '', `play is off, with the reason "${reason}"`));
  // The curves on screen were trained with other settings: they say so while training is off.
  const lastRunNotes = page.locator(`${testId('chart-loss')} ${testId('last-run-note')}`);
  const header = await page.locator('header.topbar').boundingBox();
  lines.push(
    check(
      (await lastRunNotes.count()) === 1,
      "while training is off, the loss chart marks its curves as the last run's",
    ),
    check(
      !!header && header.height < 60,
      `at 1280×720 the header stays one row with training off (${Math.round(header?.height ?? 0)} px)`,
    ),
  );
  await page.locator('#training-blocked button').click();
  const focused = await page.evaluate(() => document.activeElement?.id);
  lines.push(
    check(
      focused === 'field-kernel_size',
      `"training off" leads to the setting to fix (focus on ${focused})`,
    ),
  );
  await page.waitForTimeout(URL_SETTLE_MS);
  const after = await hash(page);
  // The link is the screen: the value the form shows travels in the link, marked when opened.
  lines.push(
    check(
      /kernel_size=0(&|$)/.test(after) && after !== before,
      'the invalid value reached the URL fragment as the form shows it',
      after,
    ),
  );

  // A valid edit makes a history entry; back brings the previous value.
  await page.fill('#field-kernel_size', '3');
  try {
    await page.waitForFunction(() => /kernel_size=3(&|$)/.test(location.hash), null, {
      timeout: UI_TIMEOUT_MS,
    });
    lines.push(pass('kernel_size=3 reached the URL fragment'));
    lines.push(
      check(
        (await page.locator(testId('last-run-note')).count()) === 0,
        'with the setting fixed, the last-run mark is gone',
      ),
    );
  } catch {
    lines.push(fail(`kernel_size=3 did not reach the URL fragment (${await hash(page)})`));
  }
  for (const expected of ['0', '2']) {
    await page.evaluate(() => history.back());
    try {
      await page.waitForFunction(
        (value) =>
          (document.querySelector('#field-kernel_size') as HTMLInputElement | null)?.value ===
          value,
        expected,
        { timeout: UI_TIMEOUT_MS },
      );
      lines.push(pass(`back restores kernel_size ${expected}`));
    } catch {
      const value = await page.inputValue('#field-kernel_size');
      lines.push(fail(`back: kernel_size shows "${value}", expected ${expected}`));
    }
  }
  return lines;
}

/** Loading a preset replaces the settings. */
async function presetPageLines(page: Page): Promise<Line[]> {
  const seed = PRESETS.find((p) => p.id === 'seed-case')!;
  const expected = parameterCount(parseFragment(seed.fragment).config.tcn);
  await page.click(`${testId('presets')} > summary`);
  await page.click(`[data-preset="${seed.id}"]`);
  try {
    await page.waitForFunction(
      ([s, n]) => document.querySelector(s)?.textContent?.trim() === n,
      [testId('param-count'), String(expected)] as const,
      { timeout: UI_TIMEOUT_MS },
    );
    const warning = await page.locator('#warning-title').count();
    return [
      check(warning === 1, `the seed-case preset loads (${expected} parameters) with its warning`),
    ];
  } catch {
    return [fail(`seed-case preset: param-count is "${await text(page, testId('param-count'))}"`)];
  }
}

/** A hostile link: every bad key explained, nothing injected, no dialog. */
async function hostileLines(browser: Browser, baseUrl: string): Promise<Line[]> {
  const lines: Line[] = [];
  const { page, dialogs, close } = await open(browser, `${baseUrl}/#${HOSTILE_FRAGMENT}`);
  try {
    const notice = page.locator(testId('url-notice'));
    await notice.waitFor({ timeout: UI_TIMEOUT_MS });
    const keys = await notice
      .locator('[data-key]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-key')));
    for (const key of ['kernel_size', 'foo', 'seq_len']) {
      lines.push(
        check(keys.includes(key), `url-notice explains ${key}`, `keys: ${keys.join(', ')}`),
      );
    }
    const rf = await text(page, testId('receptive-field'));
    lines.push(check(/^\d+$/.test(rf), `the page renders (receptive field ${rf})`));
    await page.waitForTimeout(500);
    const injected = await page.evaluate(() => document.querySelectorAll('img, [onerror]').length);
    lines.push(check(injected === 0, 'no <img> or onerror attribute got into the page'));
    lines.push(check(dialogs.length === 0, 'no dialog opened', dialogs.join('; ')));
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    lines.push(check((await notice.count()) === 0, 'dismiss removes the url-notice'));
  } catch (error) {
    lines.push(fail(`hostile link: ${message(error)}`));
  } finally {
    lines.push(...(await close()));
  }
  return lines;
}

export const appControlsSuite = {
  name: 'app-controls',
  async run({ browser, baseUrl, log }: SuiteContext): Promise<Line[]> {
    const lines: Line[] = [];
    const timed = async (what: string, work: () => Promise<Line[]>) => {
      const started = Date.now();
      try {
        lines.push(...(await work()));
      } catch (error) {
        lines.push(fail(`${what}: ${message(error)}`));
      }
      log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    };
    await timed('presets in Node', async () => presetLines());
    const { config } = parseFragment(SMALL_FRAGMENT);
    const opened = await open(browser, `${baseUrl}/#${SMALL_FRAGMENT}`);
    await timed('training', () => trainingLines(opened.page, config, log));
    await timed('editing and history', () => editingLines(opened.page));
    await timed('presets on the page', () => presetPageLines(opened.page));
    lines.push(...(await opened.close()));
    await timed('hostile link', () => hostileLines(browser, baseUrl));
    return lines;
  },
};
