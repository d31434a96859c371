// The gradient panel on the seed case (keras-tcn's "Gradients do not exist for variables
// ['kernel', 'bias']"): after training steps the two matching_conv1D variables show "no
// gradient" and every other variable a positive norm; the explainer gives the engine's reason
// and its fixes; "Turn skip connections off" and play again give matching_conv1D a gradient.
// Pinning the first run shows both runs' final gradient norms side by side.
import type { Page } from 'playwright-core';
import { SEED_CASE_FRAGMENT } from '../../../src/ui/store';
import {
  type Line,
  type SuiteContext as Context,
  check,
  fail,
  message,
  recordPageErrors,
  pass,
  reveal,
} from '../suite';

/** The seed case with shorter sequences, so that a step is quick on a CPU backend. */
export const GRADIENTS_FRAGMENT = SEED_CASE_FRAGMENT.replace(/seq_len=\d+/, 'seq_len=96');

const MATCHING = [
  'tcn/residual_block_0/matching_conv1D/kernel',
  'tcn/residual_block_0/matching_conv1D/bias',
];
const LOAD_TIMEOUT_MS = 2 * 60_000;
const TRAIN_TIMEOUT_MS = 2 * 60_000;

interface Row {
  variable: string;
  status: string;
  norm: string | null;
}

const rowsOf = (page: Page): Promise<Row[]> =>
  page.$$eval('[data-testid="grad-row"]', (rows) =>
    rows.map((r) => ({
      variable: r.getAttribute('data-variable') ?? '',
      status: r.getAttribute('data-status') ?? '',
      norm: r.getAttribute('data-norm'),
    })),
  );

/** Waits until there are rows and every one of them passes `test` (run in the page). */
async function waitForRows(page: Page, statuses: string[], only: string[] | null, ms: number) {
  await page.waitForFunction(
    ([wanted, names]) => {
      const rows = [...document.querySelectorAll('[data-testid="grad-row"]')].filter(
        (r) => !names || names.includes(r.getAttribute('data-variable') ?? ''),
      );
      return (
        rows.length > 0 && rows.every((r) => wanted.includes(r.getAttribute('data-status') ?? ''))
      );
    },
    [statuses, only] as const,
    { timeout: ms },
  );
}

const positiveFinite = (norm: string | null) =>
  norm !== null && Number.isFinite(Number(norm)) && Number(norm) > 0;

/** Every row but matching_conv1D's is "ok" with a positive finite norm. */
function checkOthers(rows: Row[], label: string): Line {
  const bad = rows.filter(
    (r) => !MATCHING.includes(r.variable) && (r.status !== 'ok' || !positiveFinite(r.norm)),
  );
  return check(
    bad.length === 0,
    `${label}: every other row is "ok" with a positive finite data-norm`,
    bad.map((r) => `${r.variable} ${r.status} norm=${r.norm}`).join(', '),
  );
}

async function trainUntilNotPending(page: Page) {
  await page.locator('[data-testid="play"]').click();
  await waitForRows(page, ['ok', 'missing', 'nonfinite'], null, TRAIN_TIMEOUT_MS);
  await page.locator('[data-testid="pause"]').click();
}

export const gradientsSuite = {
  name: 'gradients',
  async run({ browser, baseUrl, log }: Context): Promise<Line[]> {
    const lines: Line[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 1400 } });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    try {
      const started = Date.now();
      await page.goto(`${baseUrl}/#${GRADIENTS_FRAGMENT}`, { timeout: LOAD_TIMEOUT_MS });
      await waitForRows(page, ['pending', 'missing'], null, LOAD_TIMEOUT_MS);
      const initial = await rowsOf(page);
      // Before any step the engine's reachability already knows matching_conv1D's fate.
      lines.push(
        check(
          initial.length === 8 &&
            initial.every((r) => r.norm === null) &&
            initial.every(
              (r) => r.status === (MATCHING.includes(r.variable) ? 'missing' : 'pending'),
            ),
          `before any step: ${initial.length} rows without data-norm, matching_conv1D's two "missing" (from reachability), the others "pending"`,
          initial.map((r) => `${r.variable}=${r.status}`).join(', '),
        ),
      );
      log(`worker ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

      // The seed case: matching_conv1D gets no gradient.
      let t = Date.now();
      await trainUntilNotPending(page);
      log(`first steps after ${((Date.now() - t) / 1000).toFixed(1)} s`);
      const seeded = await rowsOf(page);
      for (const name of MATCHING) {
        const row = seeded.find((r) => r.variable === name);
        lines.push(
          check(
            row?.status === 'missing' && row.norm === null,
            `${name}: data-status="missing", no data-norm`,
            row ? `status ${row.status}, norm ${row.norm}` : 'no row',
          ),
        );
      }
      lines.push(checkOthers(seeded, 'seed case'));
      const missingText = await page
        .locator('[data-testid="grad-row"][data-status="missing"]')
        .first()
        .textContent();
      lines.push(
        check(
          /no gradient/.test(missingText ?? ''),
          'a missing row says "no gradient" (not a number)',
        ),
      );

      const explainer = page.locator('[data-testid="grad-explainer"]');
      const visible = await explainer.isVisible();
      const text = visible ? ((await explainer.textContent()) ?? '') : '';
      lines.push(check(visible, 'the "Why no gradient?" explainer is visible'));
      lines.push(
        check(
          text.includes('use_skip_connections=True'),
          'the explainer gives the engine’s reason (use_skip_connections=True …)',
        ),
      );
      lines.push(
        check(
          text.includes(
            "Gradients do not exist for variables ['kernel', 'bias'] when minimizing the loss",
          ),
          'the explainer quotes what Keras prints',
        ),
      );
      const heatmap = await page.locator('[data-testid="grad-heatmap"]').count();
      lines.push(check(heatmap === 1, 'the gradient heatmap is drawn'));

      // Pin this run, apply the fix, train again.
      await reveal(page, '[data-testid="pin"]');
      await page.locator('[data-testid="pin"]').click();
      const fix = explainer.getByRole('button', { name: 'Turn skip connections off' });
      await reveal(page, '[data-testid="grad-explainer"]');
      await fix.click();
      await waitForRows(page, ['pending'], null, LOAD_TIMEOUT_MS);
      // The link follows an edit after a short delay (urlSync): wait for it, then read it.
      await page
        .waitForFunction(() => window.location.hash.includes('use_skip_connections=false'), null, {
          timeout: 5_000,
        })
        .catch(() => undefined);
      const hash = await page.evaluate(() => window.location.hash);
      lines.push(
        check(
          hash.includes('use_skip_connections=false'),
          'the fix turned use_skip_connections off',
          hash,
        ),
      );
      t = Date.now();
      await trainUntilNotPending(page);
      await waitForRows(page, ['ok'], MATCHING, TRAIN_TIMEOUT_MS);
      log(`steps after the fix after ${((Date.now() - t) / 1000).toFixed(1)} s`);
      const fixed = await rowsOf(page);
      for (const name of MATCHING) {
        const row = fixed.find((r) => r.variable === name);
        lines.push(
          check(
            row?.status === 'ok' && positiveFinite(row.norm),
            `after the fix, ${name}: data-status="ok" with a positive data-norm`,
            row ? `status ${row.status}, norm ${row.norm}` : 'no row',
          ),
        );
      }
      // Not "positive" here: with 2 filters a ReLU path can be dead for a whole batch, and its
      // gradient is then exactly 0 (drawn grey, not as "no gradient").
      const notOk = fixed.filter((r) => r.status !== 'ok' || !Number.isFinite(Number(r.norm)));
      lines.push(
        check(
          notOk.length === 0,
          'after the fix: every row is "ok" with a finite data-norm',
          notOk.map((r) => `${r.variable} ${r.status} norm=${r.norm}`).join(', '),
        ),
      );
      lines.push(check(!(await explainer.isVisible()), 'the explainer is gone after the fix'));

      // The comparison redraws at most twice a second: wait for the current run's number.
      const pinRow = `[data-testid="pin-row"][data-variable="${MATCHING[0]}"]`;
      const cells = () =>
        page.evaluate((selector) => {
          const row = document.querySelector(selector);
          return [row?.children[1]?.textContent ?? '', row?.children[2]?.textContent ?? ''];
        }, pinRow);
      await page
        .waitForFunction(
          (selector) => /\d/.test(document.querySelector(selector)?.children[2]?.textContent ?? ''),
          pinRow,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      const [pinnedText, currentText] = await cells();
      lines.push(
        check(
          /no gradient/.test(pinnedText) && /\d/.test(currentText),
          'the pinned run shows matching_conv1D/kernel without a gradient, the current run with one',
          `pinned "${pinnedText}", current "${currentText}"`,
        ),
      );
      await page.waitForTimeout(300);
    } catch (error) {
      lines.push(fail(`harness: ${message(error)}`));
      const rows = await rowsOf(page).catch(() => []);
      if (rows.length) log(`rows: ${rows.map((r) => `${r.variable}=${r.status}`).join(', ')}`);
    } finally {
      await context.close();
    }
    lines.push(...errors);
    if (errors.length === 0) lines.push(pass('no page or console errors'));
    return lines;
  },
};
