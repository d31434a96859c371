// A user's own series through the page, end to end: a CSV opened with the file input trains and
// shows the persistence baseline; a bad file is reported by line and column and changes
// nothing; the link made with the file asks for it on opening and keeps every other setting;
// and "Pin, then train a matched LSTM" shows the TCN's and the LSTM's curves side by side.
import type { Browser, Page } from 'playwright-core';
import { parseFragment } from '../../../src/config/playgroundConfig';
import { seasonalSeries } from '../../../src/data/synthetic';
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
const TRAIN_TIMEOUT_MS = 3 * 60_000;
const UI_TIMEOUT_MS = 15_000;
const FILE_NAME = 'shop-sales.csv';
const testId = (id: string) => `[data-testid="${id}"]`;

/** 600 daily rows of a weekly cycle with a little noise: the date column is named `date`. */
const GOOD = Buffer.from(seasonalSeries(600, 7, 0.2, 3));
/** A number column with a word in it, on line 12 (the header is line 1). */
const BAD = Buffer.from(
  [
    'day,units',
    ...Array.from({ length: 40 }, (_, i) => `${i},${i === 10 ? 'twelve' : i % 7}`),
  ].join('\n'),
);

const openPage = (browser: Browser, url: string) => openPlayground(browser, url);

const stepCount = (page: Page) =>
  page.$eval(testId('step-count'), (e) => Number(e.textContent?.replace(/\D/g, '') ?? 0));

async function trainUntil(page: Page, steps: number) {
  await waitUntilPlayable(page, LOAD_TIMEOUT_MS);
  await page.click(testId('play'));
  await page.waitForFunction(
    (n) =>
      Number(
        document.querySelector('[data-testid="step-count"]')?.textContent?.replace(/\D/g, ''),
      ) >= n,
    steps,
    { timeout: TRAIN_TIMEOUT_MS },
  );
  await page.click(testId('pause'));
}

async function openTab(page: Page, id: string) {
  await page.click(testId(`tab-${id}`));
}

/** A file opened through the page; its bad sibling; the link made with it. Returns the link. */
async function fileLines(browser: Browser, baseUrl: string, lines: Line[]): Promise<string> {
  const { page, close } = await openPage(
    browser,
    `${baseUrl}/#v=1&task=series&data=file&kernel_size=3`,
  );
  try {
    await page.waitForSelector(testId('series-file'), { timeout: UI_TIMEOUT_MS });
    await page.setInputFiles(testId('series-file'), {
      name: FILE_NAME,
      mimeType: 'text/csv',
      buffer: GOOD,
    });
    const summary = await (
      await page.waitForSelector(testId('series-summary'), { timeout: UI_TIMEOUT_MS })
    ).textContent();
    lines.push(
      check(
        /600 rows \(480 to train on, the last 120 held out\), dates from column 'date'/.test(
          summary ?? '',
        ),
        'the opened file is read: 600 rows, 480 to train on, 120 held out, date column found',
        summary ?? '',
      ),
    );
    await trainUntil(page, 60);
    await openTab(page, 'charts');
    const note = await page.$eval(
      `${testId('chart-metric')} .chart-note`,
      (e) => e.textContent ?? '',
    );
    lines.push(
      check(
        /persistence: repeating the last known value/.test(note) && /MSE of value \d/.test(note),
        'it trains and the metric chart shows the persistence baseline in the file’s units',
        note,
      ),
    );
    const link = await page.evaluate(() => location.hash);
    const parsed = parseFragment(link);
    lines.push(
      check(
        parsed.config.task.name === 'series' &&
          parsed.config.data.file === FILE_NAME &&
          parsed.config.data.columns.join() === 'value',
        'the link names the series task, the file and its columns (not the data)',
        link,
      ),
    );
    lines.push(check(!link.includes('10.'), 'the link carries no value of the file'));

    await page.setInputFiles(testId('series-file'), {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: BAD,
    });
    const problems = await (
      await page.waitForSelector(testId('series-problems'), { timeout: UI_TIMEOUT_MS })
    ).textContent();
    lines.push(
      check(
        /line 12, column units/.test(problems ?? '') &&
          /'twelve' is not a number/.test(problems ?? ''),
        'a bad file is reported with its line and column',
        problems ?? '',
      ),
    );
    const after = await page.evaluate(() => location.hash);
    const stillSummary = await page.$eval(testId('series-summary'), (e) => e.textContent ?? '');
    lines.push(
      check(
        after === link && stillSummary.includes(FILE_NAME),
        'the bad file changed nothing: the same link, the previous file still in use',
      ),
    );
    return link;
  } finally {
    lines.push(...(await close()));
  }
}

/** The link made with the file, opened in a fresh page: it asks for the file, then trains. */
async function askLines(browser: Browser, baseUrl: string, link: string, lines: Line[]) {
  const { page, close } = await openPage(browser, `${baseUrl}/${link}`);
  try {
    const asks = await (
      await page.waitForSelector(testId('series-asks'), { timeout: UI_TIMEOUT_MS })
    ).textContent();
    lines.push(
      check(
        (asks ?? '').includes(FILE_NAME) && /columns value; target value/.test(asks ?? ''),
        'opening the link asks for the file by name and columns',
        asks ?? '',
      ),
    );
    const kernel = await page.inputValue('#field-kernel_size');
    const playDisabled = await page.$eval(testId('play'), (e) => (e as HTMLButtonElement).disabled);
    lines.push(
      check(
        kernel === '3' && playDisabled,
        'the rest of the link is kept; training waits for the file',
      ),
    );
    await page.setInputFiles(testId('series-file'), {
      name: FILE_NAME,
      mimeType: 'text/csv',
      buffer: GOOD,
    });
    await trainUntil(page, 5);
    lines.push(check((await stepCount(page)) >= 5, 'with the file given, it trains'));
  } finally {
    lines.push(...(await close()));
  }
}

/** The TCN pinned, the matched LSTM trained on the same task: both curves and both figures. */
async function compareLines(browser: Browser, baseUrl: string, lines: Line[]) {
  const { page, close } = await openPage(
    browser,
    `${baseUrl}/#v=1&task=lag&seq_len=32&lag=4&nb_filters=8&dilations=1,2,4&batch_size=8`,
  );
  try {
    await trainUntil(page, 30);
    await openTab(page, 'charts');
    await page.click(testId('compare-lstm'));
    await page.waitForSelector(testId('baseline-note'), { timeout: UI_TIMEOUT_MS });
    // The LSTM's own steps: its row names it once the worker has built it.
    await page.waitForFunction(
      () => {
        const cells = [
          ...document.querySelectorAll('[data-testid="pin-figures"] tr[data-run="current"] td'),
        ];
        return /^LSTM/.test(cells[0]?.textContent ?? '') && Number(cells[1]?.textContent) >= 20;
      },
      undefined,
      { timeout: TRAIN_TIMEOUT_MS },
    );
    await page.click(testId('pause'));
    const figures = await page.$$eval(`${testId('pin-figures')} tbody tr`, (rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
    const [pinned, current] = figures;
    lines.push(
      check(
        /^TCN: /.test(pinned?.[1] ?? '') &&
          /^LSTM, \d+ units: .*against the TCN/.test(current?.[1] ?? ''),
        'the figures name the pinned TCN and the matched LSTM with its units',
        JSON.stringify(figures),
      ),
    );
    lines.push(
      check(
        figures.every((r) => Number(r[2]) > 0 && r[3] !== '—' && Number(r[5]) > 0),
        'each run has steps, a loss and a speed',
        JSON.stringify(figures),
      ),
    );
    const curves = await page.$$eval('.pin-compare .lite-chart path', (paths) =>
      paths.map((p) => ({
        stroke: p.getAttribute('stroke'),
        points: (p.getAttribute('d') ?? '').split('L').length,
      })),
    );
    const drawn = (color: string) => curves.some((c) => c.stroke === color && c.points >= 5);
    lines.push(
      check(
        drawn('#7c3aed') && drawn('#0b3d91'),
        'the comparison chart draws both curves, the TCN’s (pinned) and the LSTM’s',
        JSON.stringify(curves),
      ),
    );
    const rows = await page.$$eval('[data-testid="grad-row"]', (r) =>
      r.map((e) => e.getAttribute('data-variable')),
    );
    lines.push(
      check(
        rows.some((n) => /lstm/.test(n ?? '')),
        'the gradient panel lists the LSTM’s own variables',
        JSON.stringify(rows),
      ),
    );
  } finally {
    lines.push(...(await close()));
  }
}

export const seriesSuite: Suite = {
  name: 'series',
  async run({ browser, baseUrl, log }) {
    const lines: Line[] = [];
    let link = '';
    for (const [what, work] of [
      ['your own file', async () => void (link = await fileLines(browser, baseUrl, lines))],
      ['a link made with a file', () => askLines(browser, baseUrl, link, lines)],
      ['TCN against a matched LSTM', () => compareLines(browser, baseUrl, lines)],
    ] as const) {
      const started = Date.now();
      try {
        await work();
      } catch (error) {
        lines.push(fail(`${what}: ${message(error)}`));
      }
      log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return lines;
  },
};
