// "The link is the screen": the address bar and the link "Copy link" copies are the same
// string, and read in Node with parseFragment they give exactly the values the form shows,
// for a link the page refuses (over the resource budget), for the default link, for values
// typed into the form that cannot be used or are out of range, after a reload of those, and for
// a hand-written link with near-miss keys and unknown panels and lessons. Only stable selectors
// are used (the form's `#field-<key>` ids, data-testids): the layout around them may change.
import type { Browser, Page } from 'playwright-core';
import { FLAT_KEYS, parseFragment, type RawSettings } from '../../../src/config/playgroundConfig';
import { HIDEABLE_PANELS, LESSONS } from '../../../src/ui/lessons';
import { type Line, type Suite, check, fail, message, pass, recordPageErrors } from '../suite';

const LOAD_TIMEOUT_MS = 2 * 60_000;
const UI_TIMEOUT_MS = 10_000;
/** urlSync writes a history entry 400 ms after the last edit. */
const URL_SETTLE_MS = 1_000;
const BUDGET_FRAGMENT = 'seq_len=4096&batch_size=512&nb_filters=64';
const HAND_WRITTEN =
  'nb_filter=8&Kernel_Size=3&hide=chart,variables&lesson=no-such-lesson&seq_len=99999&dilations=1,2,y';
/** How the page reads links (as urlSync does). */
const OPTIONS = {
  page: true,
  lessons: LESSONS.map((l) => l.id),
  panels: HIDEABLE_PANELS.map((p) => p.id),
};

const testId = (id: string) => `[data-testid="${id}"]`;

/** A fresh context whose clipboard writes are recorded (and still made). */
async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await context.addInitScript(() => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return;
    const original = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (window as unknown as { __copied: string }).__copied = text;
      return original(text).catch(() => undefined);
    };
  });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
  await ready(page);
  return {
    page,
    close: async () => {
      await context.close();
      return errors;
    },
  };
}

/** The page has drawn its settings and written its link. */
async function ready(page: Page) {
  await page.waitForSelector('#field-kernel_size', { timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(() => /(^#|&)v=1(&|$)/.test(location.hash), null, {
    timeout: LOAD_TIMEOUT_MS,
  });
}

/** What the form shows for each setting with a control on the page (absent ones are left out). */
async function formValues(page: Page): Promise<Record<string, string | boolean>> {
  const keys = FLAT_KEYS.filter((k) => k !== 'v');
  return page.evaluate((ids) => {
    const shown: Record<string, string | boolean> = {};
    for (const key of ids) {
      const element = document.getElementById(`field-${key}`);
      if (element instanceof HTMLInputElement)
        shown[key] = element.type === 'checkbox' ? element.checked : element.value;
      else if (element instanceof HTMLSelectElement) shown[key] = element.value;
    }
    return shown;
  }, keys);
}

function rawValue(raw: RawSettings, key: string): unknown {
  if (key === 'task') return raw.task.name;
  for (const section of [raw.task, raw.tcn, raw.train] as Record<string, unknown>[]) {
    if (key in section) return section[key];
  }
  return undefined;
}

/** Text compared without spaces, numbers by value ("1.50" = "1.5"), a one-entry list in brackets. */
function normal(value: unknown, key: string): string | boolean {
  if (typeof value === 'boolean') return value;
  const token = (t: string) => {
    const s = t.trim();
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? String(Number(s)) : s;
  };
  if (Array.isArray(value)) {
    const text = value.map((v) => token(String(v))).join(',');
    return key === 'nb_filters' && value.length < 2 ? `[${text}]` : text;
  }
  const text = String(value).trim();
  const bracketed = text.startsWith('[') && text.endsWith(']');
  const inner = bracketed ? text.slice(1, -1) : text;
  const list = inner.includes(',') || bracketed;
  const joined = list ? inner.split(',').map(token).join(',') : token(inner);
  return bracketed && key === 'nb_filters' && !inner.includes(',') ? `[${joined}]` : joined;
}

/** Keys where the form and the link's settings differ, as "key: form ≠ link". */
function differences(form: Record<string, string | boolean>, raw: RawSettings): string[] {
  return Object.entries(form)
    .filter(([key, shown]) => normal(shown, key) !== normal(rawValue(raw, key), key))
    .map(
      ([key, shown]) =>
        `${key}: form ${JSON.stringify(shown)} ≠ link ${JSON.stringify(rawValue(raw, key))}`,
    );
}

/** Clicks "Copy link" and returns what it copied (the clipboard, or the field to copy by hand). */
async function copiedLink(page: Page): Promise<string> {
  await page.evaluate(() => ((window as unknown as { __copied?: string }).__copied = undefined));
  await page.click(testId('share'));
  await page.waitForFunction(
    (field) =>
      (window as unknown as { __copied?: string }).__copied !== undefined ||
      document.querySelector(field) !== null,
    testId('share-link'),
    { timeout: UI_TIMEOUT_MS },
  );
  const copied = await page.evaluate(() => (window as unknown as { __copied?: string }).__copied);
  if (copied !== undefined) return copied;
  const manual = await page.inputValue(testId('share-link'));
  await page.locator('.share-manual').getByRole('button', { name: 'Close' }).click();
  return manual;
}

/**
 * The screen and its two links: Copy link = address bar, and both read back as the form.
 * `expected` are values the form itself must show (as typed or as clamped).
 */
async function sameScreen(
  page: Page,
  what: string,
  expected: Record<string, string | boolean> = {},
): Promise<Line[]> {
  const lines: Line[] = [];
  const copied = await copiedLink(page);
  const address = page.url();
  lines.push(
    check(copied === address, `${what}: Copy link = address bar`, `${copied} ≠ ${address}`),
  );
  const form = await formValues(page);
  for (const [key, value] of Object.entries(expected)) {
    lines.push(
      check(
        normal(form[key], key) === normal(value, key),
        `${what}: the form shows ${key} ${JSON.stringify(value)}`,
        `it shows ${JSON.stringify(form[key])}`,
      ),
    );
  }
  for (const [name, link] of [
    ['address bar', address],
    ['copied link', copied],
  ] as const) {
    const hash = new URL(link).hash;
    // The link as written holds the form's values (a typed out-of-range number included).
    const written = differences(form, parseFragment(hash, { ...OPTIONS, clamp: false }).raw);
    lines.push(
      check(
        written.length === 0 && Object.keys(form).length >= 20,
        `${what}: the ${name} holds the ${Object.keys(form).length} values the form shows`,
        written.join('; ') || 'too few controls found',
      ),
    );
    // Opened, it gives them too, but for a number past its limits: clamped, with a notice.
    const opened = parseFragment(hash, OPTIONS);
    const silent = differences(form, opened.raw).filter((d) => {
      const key = d.slice(0, d.indexOf(':'));
      return !opened.notices.some((n) => n.key === key && /clamped to/.test(n.reason));
    });
    lines.push(
      check(
        silent.length === 0,
        `${what}: the ${name}, opened, differs from the form only where a notice says so`,
        silent.join('; '),
      ),
    );
  }
  return lines;
}

/** The keys the url-notice names, with their text. */
async function noticeTexts(page: Page): Promise<Record<string, string>> {
  const notice = page.locator(testId('url-notice'));
  if ((await notice.count()) === 0) return {};
  const items = await notice
    .locator('[data-key]')
    .evaluateAll((list) =>
      list.map((i) => [i.getAttribute('data-key') ?? '', i.textContent ?? '']),
    );
  const texts: Record<string, string> = {};
  for (const [key, text] of items) texts[key] = `${texts[key] ?? ''}${text} `;
  return texts;
}

async function budgetLines(browser: Browser, baseUrl: string): Promise<Line[]> {
  const { page, close } = await open(browser, `${baseUrl}/#${BUDGET_FRAGMENT}`);
  const lines: Line[] = [];
  try {
    lines.push(
      ...(await sameScreen(page, 'over-budget link', {
        nb_filters: '64',
        seq_len: '4096',
        batch_size: '512',
      })),
    );
    const problems = await page
      .locator('.field', { has: page.locator('#field-batch_size') })
      .locator('.field-problems')
      .count();
    lines.push(check(problems === 1, 'over-budget link: the refusal is shown next to batch_size'));
  } finally {
    lines.push(...(await close()));
  }
  return lines;
}

async function typedLines(browser: Browser, baseUrl: string): Promise<Line[]> {
  const { page, close } = await open(browser, `${baseUrl}/`);
  const lines: Line[] = [];
  try {
    lines.push(...(await sameScreen(page, 'default link')));
    const address = new URL(page.url()).hash;
    lines.push(
      check(
        parseFragment(address, OPTIONS).notices.length === 0,
        'default link: reads without a notice',
      ),
    );

    // Copy link straight after typing: the pending edit is written first.
    await page.fill('#field-dilations', '1, 2, x');
    lines.push(...(await sameScreen(page, 'typed dilations "1, 2, x"', { dilations: '1, 2, x' })));
    // batch_size is folded under "More settings": open it as a user would.
    await page.locator('[data-testid="more-settings"] summary').click();
    await page.fill('#field-batch_size', '100000');
    await page.fill('#field-kernel_size', '2.5');
    await page.waitForTimeout(URL_SETTLE_MS);
    const typedHash = new URL(page.url()).hash;
    lines.push(
      check(
        /(^#|&)batch_size=100000(&|$)/.test(typedHash) &&
          /(^#|&)dilations=1,2,x(&|$)/.test(typedHash),
        'typed values reach the address bar as typed',
        typedHash,
      ),
    );
    lines.push(
      ...(await sameScreen(page, 'typed batch_size 100000 and kernel_size 2.5', {
        batch_size: '100000',
        kernel_size: '2.5',
      })),
    );

    // Opened again: the out-of-range number clamped with a notice, the rest as typed.
    await page.reload({ timeout: LOAD_TIMEOUT_MS });
    await ready(page);
    const notices = await noticeTexts(page);
    lines.push(
      check(
        /clamped to 512/.test(notices.batch_size ?? ''),
        'reopened: the notice says batch_size was clamped to 512',
        JSON.stringify(notices),
      ),
      check(
        /shown as written/.test(notices.dilations ?? '') &&
          /shown as written/.test(notices.kernel_size ?? ''),
        'reopened: the notice says dilations and kernel_size are shown as written',
        JSON.stringify(notices),
      ),
    );
    lines.push(
      ...(await sameScreen(page, 'reopened typed link', {
        dilations: '1, 2, x',
        batch_size: '512',
        kernel_size: '2.5',
      })),
    );
    const marked = await page.locator('#field-dilations[aria-invalid="true"]').count();
    lines.push(check(marked === 1, 'reopened: dilations is marked invalid in the form'));
  } finally {
    lines.push(...(await close()));
  }
  return lines;
}

async function handWrittenLines(browser: Browser, baseUrl: string): Promise<Line[]> {
  const { page, close } = await open(browser, `${baseUrl}/#${HAND_WRITTEN}`);
  const lines: Line[] = [];
  try {
    await page.locator(testId('url-notice')).waitFor({ timeout: UI_TIMEOUT_MS });
    const notices = await noticeTexts(page);
    const expectations: [string, RegExp][] = [
      ['nb_filter', /did you mean nb_filters\?/],
      ['Kernel_Size', /did you mean kernel_size\?/],
      ['hide', /chart is not a panel.*did you mean charts\?/],
      ['lesson', /no lesson no-such-lesson/],
      ['seq_len', /clamped to 4096/],
      ['dilations', /shown as written/],
    ];
    for (const [key, pattern] of expectations) {
      lines.push(
        check(
          pattern.test(notices[key] ?? ''),
          `hand-written link: the notice for ${key} matches ${pattern}`,
          JSON.stringify(notices[key] ?? null),
        ),
      );
    }
    const hash = decodeURIComponent(new URL(page.url()).hash);
    lines.push(
      check(
        !/nb_filter=|Kernel_Size|lesson=|chart(,|&|$)/.test(hash) && /hide=variables/.test(hash),
        'hand-written link: what was ignored is gone from the address bar, the known panel kept',
        hash,
      ),
    );
    lines.push(
      ...(await sameScreen(page, 'hand-written link', {
        seq_len: '4096',
        nb_filters: '16',
        kernel_size: '2',
        dilations: '1, 2, y',
      })),
    );
  } finally {
    lines.push(...(await close()));
  }
  return lines;
}

export const linkScreenSuite: Suite = {
  name: 'link-screen',
  async run({ browser, baseUrl, log }) {
    const lines: Line[] = [];
    for (const [what, work] of [
      ['over-budget link', () => budgetLines(browser, baseUrl)],
      ['default link and typed values', () => typedLines(browser, baseUrl)],
      ['hand-written link', () => handWrittenLines(browser, baseUrl)],
    ] as const) {
      const started = Date.now();
      try {
        lines.push(...(await work()));
      } catch (error) {
        lines.push(fail(`${what}: ${message(error)}`));
      }
      log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    if (lines.every((l) => l.passed)) lines.push(pass('no page or console errors'));
    return lines;
  },
};
