// The receptive-field questions answered in the page: the dilation advisor warns that a field
// is too short for the task's lag, its first suggestion covers it and, applied, gives the
// network the receptive field it showed; the measured gradient gives the effective field's
// 50/90/99 % spans, inside the theoretical field; and perturbing each input step changes the
// output by exactly 0.0 outside the receptive field.
import type { Browser, Page } from 'playwright-core';
import {
  type Line,
  type Suite,
  check,
  fail,
  message,
  openPlayground,
  waitUntilPlayable,
} from '../suite';

const LOAD_TIMEOUT_MS = 2 * 60_000;
const UI_TIMEOUT_MS = 30_000;
const testId = (id: string) => `[data-testid="${id}"]`;
/** Lag 48 with a receptive field of 31: too short. */
const TOO_SHORT = 'v=1&task=lag&seq_len=96&lag=48&nb_filters=8&kernel_size=2&dilations=1,2,4,8';

async function openPage(browser: Browser, url: string) {
  const opened = await openPlayground(browser, url, { width: 1440, height: 900 });
  await opened.page.click(testId('tab-receptive-field'));
  return opened;
}

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

async function advisorLines(page: Page, lines: Line[]) {
  const warning = await text(page, testId('advisor-warning'));
  lines.push(
    check(
      /receptive field \(31\) is shorter than the 49 steps/.test(warning),
      'the advisor warns that 31 steps cannot see a lag of 48',
      warning,
    ),
  );
  const first = page.locator(testId('advisor-suggestion')).first();
  const shown = Number(await first.getAttribute('data-rf'));
  lines.push(check(shown >= 49, `its first suggestion covers 49 steps (${shown})`));
  await first.locator(testId('advisor-apply')).click();
  await page
    .waitForFunction(
      (rf) =>
        document.querySelector('[data-testid="receptive-field"]')?.textContent?.trim() ===
        String(rf),
      shown,
      { timeout: UI_TIMEOUT_MS },
    )
    .catch(() => undefined);
  const applied = Number(await text(page, testId('receptive-field')));
  lines.push(
    check(
      applied === shown,
      `applied, the network's receptive field is the one shown (${applied} against ${shown})`,
    ),
  );
  const gone = (await page.locator(testId('advisor-warning')).count()) === 0;
  lines.push(check(gone, 'and the warning is gone'));
}

async function effectiveFieldLines(page: Page, lines: Line[]) {
  await waitUntilPlayable(page, LOAD_TIMEOUT_MS);
  await page.click(testId('step'));
  await page.click(testId('measure-sensitivity'));
  const spans = await page.waitForSelector(testId('erf-spans'), { timeout: UI_TIMEOUT_MS });
  const widths = ((await spans.getAttribute('data-widths')) ?? '').split(',').map(Number);
  const rf = Number(await text(page, testId('receptive-field')));
  lines.push(
    check(
      widths.length === 3 &&
        widths.every((w, i) => w >= 1 && w <= rf && (i === 0 || w >= widths[i - 1])),
      `the effective field's 50/90/99 % spans (${widths.join(', ')}) lie inside the theoretical ${rf}`,
    ),
  );
}

async function perturbationLines(page: Page, lines: Line[], what: string) {
  await waitUntilPlayable(page, LOAD_TIMEOUT_MS);
  await page.click(testId('step'));
  await page.waitForFunction(
    () =>
      !(document.querySelector('[data-testid="perturb"]') as HTMLButtonElement | null)?.disabled,
    undefined,
    { timeout: UI_TIMEOUT_MS },
  );
  await page.click(testId('perturb'));
  const readout = await page.waitForSelector(testId('perturbation-readout'), {
    timeout: UI_TIMEOUT_MS,
  });
  const n = async (name: string) => Number(await readout.getAttribute(`data-${name}`));
  const [outside, zero, inside, moved] = [
    await n('outside'),
    await n('outside-zero'),
    await n('inside'),
    await n('inside-moved'),
  ];
  lines.push(
    check(
      outside > 0 && zero === outside && moved > 0,
      `${what}: the output change is exactly 0.0 at all ${outside} input steps outside the receptive field, non-zero at ${moved} of ${inside} inside`,
      `${zero} of ${outside} zero, ${moved} of ${inside} moved`,
    ),
  );
  return (await readout.textContent()) ?? '';
}

export const receptiveToolsSuite: Suite = {
  name: 'receptive-tools',
  async run({ browser, baseUrl, log }) {
    const lines: Line[] = [];
    const { page, close } = await openPage(browser, `${baseUrl}/#${TOO_SHORT}`);
    try {
      for (const [what, work] of [
        ['advisor', () => advisorLines(page, lines)],
        ['effective field', () => effectiveFieldLines(page, lines)],
        ['perturbation', () => perturbationLines(page, lines, 'causal').then(() => undefined)],
      ] as const) {
        const started = Date.now();
        try {
          await work();
        } catch (error) {
          lines.push(fail(`${what}: ${message(error)}`));
        }
        log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    } finally {
      lines.push(...(await close()));
    }
    // padding='same': the field is centred, and the page says so.
    const same = await openPage(
      browser,
      `${baseUrl}/#${TOO_SHORT.replace('seq_len=96', 'seq_len=64')}&padding=same`,
    );
    try {
      const text = await perturbationLines(same.page, lines, 'padding same');
      lines.push(
        check(
          /later input steps move the output too/.test(text),
          'with padding same the page names the future half',
          text,
        ),
      );
    } catch (error) {
      lines.push(fail(`perturbation with padding same: ${message(error)}`));
    } finally {
      lines.push(...(await same.close()));
    }
    return lines;
  },
};
