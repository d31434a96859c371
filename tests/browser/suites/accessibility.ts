// Accessibility of the playground page, with axe-core (injected into the page: the page's CSP
// would refuse it, so these contexts bypass the CSP) and with the keyboard:
//   - no axe violation of impact moderate, serious or critical on four views: the default page
//     (1440×900), the keras-tcn gradient case after 5 steps, a classroom lesson (1280×720) and
//     the phone layout (390×844), and the series panel (asking for a file; a shipped series);
//   - the gradient heatmap and the lattice's output step work with the arrow keys and show
//     what is selected as text;
//   - the gradients' live region does not change while training keeps the same missing set,
//     and says when training pauses;
//   - every training chart has a text summary ("latest …, best …, falling").
// Selectors are test ids and roles, not the layout around them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { LESSONS } from '../../../src/ui/lessons';
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
  waitUntilPlayable,
} from '../suite';

const LOAD_TIMEOUT_MS = 2 * 60_000;
const TRAIN_TIMEOUT_MS = 3 * 60_000;
const UI_TIMEOUT_MS = 10_000;
/** The pictures that grow with training redraw at most twice a second (REDRAW_MS). */
const REDRAW_SETTLE_MS = 800;
const STEPS = 5;
/** A lesson with a lattice, a loss chart and the lesson panel. */
const LESSON_ID = LESSONS.find((l) => l.train)?.id ?? LESSONS[0].id;
const IMPACTS = ['moderate', 'serious', 'critical'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), {
  encoding: 'utf8',
});

const testId = (id: string) => `[data-testid="${id}"]`;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

declare global {
  interface Window {
    axe?: {
      run(
        context: Document,
        options: { resultTypes: string[] },
      ): Promise<{
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[] }[];
        }[];
      }>;
    };
  }
}

/** A fresh context (CSP bypassed, for axe) at `viewport`, on `fragment`, with its errors. */
async function openView(
  browser: Browser,
  baseUrl: string,
  fragment: string,
  viewport: { width: number; height: number },
) {
  const context = await browser.newContext({ bypassCSP: true, viewport });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${baseUrl}/${fragment ? `#${fragment}` : ''}`, { timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(
    (s) => /\d/.test(document.querySelector(s)?.textContent ?? ''),
    testId('param-count'),
    { timeout: LOAD_TIMEOUT_MS },
  );
  return { page, errors, close: () => context.close() };
}

/** axe-core's violations of impact moderate or worse. */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe!.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  return violations.filter((v) => IMPACTS.includes(v.impact ?? ''));
}

/** One PASS line for a clean view, else one FAIL line per rule. */
export async function axeLines(
  page: Page,
  view: string,
  log: (t: string) => void,
): Promise<Line[]> {
  const violations = await axeViolations(page);
  if (violations.length === 0) {
    return [pass(`${view}: no axe violation of impact moderate or worse`)];
  }
  for (const v of violations) log(`${view}: ${v.id} on ${v.targets.join(' | ')}`);
  return violations.map((v) =>
    fail(
      `${view}: axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.length} element(s): ${v.targets
        .slice(0, 6)
        .join(' | ')}${v.targets.length > 6 ? ' …' : ''}`,
    ),
  );
}

const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent({ timeout: UI_TIMEOUT_MS })) ?? '').trim();

/** `body`'s lines, or one FAIL line if it throws (so that the next check still runs). */
async function section(label: string, body: () => Promise<Line[]>): Promise<Line[]> {
  try {
    return await body();
  } catch (error) {
    return [fail(`${label}: ${message(error)}`)];
  }
}

const stepCount = async (page: Page) => Number(await textOf(page, testId('step-count')));

/** The names of the variables whose row says "missing". */
const missingSet = (page: Page) =>
  page.$$eval('[data-testid="grad-row"][data-status="missing"]', (rows) =>
    rows
      .map((r) => r.getAttribute('data-variable') ?? '')
      .sort()
      .join(','),
  );

/** Presses the one-step control `n` times, each after the previous step has arrived. */
async function stepTimes(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    const before = await stepCount(page);
    const step = page.locator(testId('step'));
    await step.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await page.waitForFunction(
      (s) => !document.querySelector<HTMLButtonElement>(s)?.disabled,
      testId('step'),
      {
        timeout: TRAIN_TIMEOUT_MS,
      },
    );
    await step.click();
    await page.waitForFunction(
      ([s, b]) => Number(document.querySelector(s)?.textContent) > b,
      [testId('step-count'), before] as const,
      { timeout: TRAIN_TIMEOUT_MS },
    );
  }
  // Every row has a status once a step has arrived (and the panel has redrawn).
  await page.waitForFunction(
    () => {
      const rows = [...document.querySelectorAll('[data-testid="grad-row"]')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') !== 'pending');
    },
    null,
    { timeout: TRAIN_TIMEOUT_MS },
  );
}

/** Arrow keys on the heatmap move the selected cell, and the readout says which and its value. */
async function heatmapLines(page: Page): Promise<Line[]> {
  const lines: Line[] = [];
  const heatmap = page.locator(testId('grad-heatmap')).first();
  const readout = testId('grad-heatmap-readout');
  const focusable = await heatmap.evaluate((el) => (el as HTMLElement).tabIndex >= 0);
  lines.push(check(focusable, 'the gradient heatmap can take the keyboard focus'));
  const role = await heatmap.getAttribute('role');
  const label = (await heatmap.getAttribute('aria-label')) ?? '';
  lines.push(
    check(!!role && label.length > 0, 'the gradient heatmap has a role and a label', `${role}`),
  );
  await heatmap.focus();
  await page.keyboard.press('End');
  const first = await textOf(page, readout);
  await page.keyboard.press('ArrowDown');
  const down = await textOf(page, readout);
  await page.keyboard.press('ArrowLeft');
  const left = await textOf(page, readout);
  lines.push(
    check(
      /at step \d+: /.test(first) && first !== down && down !== left,
      'arrow keys on the heatmap change its readout (variable and step)',
      `"${first}" → "${down}" → "${left}"`,
    ),
  );
  lines.push(
    check(
      /log10 ‖g‖ = |no gradient|not finite|exactly 0/.test(left),
      `the heatmap readout gives the selected cell's value: "${left}"`,
    ),
  );
  await page.keyboard.press('Enter');
  return lines;
}

/** Arrow keys on the lattice's output row change the chosen output step and its readout. */
async function latticeLines(page: Page): Promise<Line[]> {
  const output = page.locator(testId('lattice-output')).first();
  const readout = testId('lattice-readout');
  if ((await output.count()) === 0) return [fail('no lattice output step control on the page')];
  // The lattice is in the "Receptive field" tab under the network picture.
  await reveal(page, testId('lattice-output'));
  await output.focus();
  const before = await textOf(page, readout);
  const nowBefore = await output.getAttribute('aria-valuenow');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const after = await textOf(page, readout);
  const nowAfter = await output.getAttribute('aria-valuenow');
  return [
    check(
      before !== after && /\d/.test(after) && nowAfter === String(Number(nowBefore) - 2),
      'arrow keys on the lattice move the output step and its readout',
      `"${before}" (${nowBefore}) → "${after}" (${nowAfter})`,
    ),
  ];
}

/** "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)" → [1, 2, 3] or [1, 2, 3, 0.5]. */
const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);

/** WCAG's contrast ratio of two sRGB colours. */
function contrastRatio(a: number[], b: number[]): number {
  const luminance = ([r, g, bl]: number[]) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The keyboard's first stop shows a focus ring of at least 3:1 against the background behind
 * it, and the page keeps focused elements clear of the sticky top bar (scroll-padding-top).
 */
async function focusLines(page: Page): Promise<Line[]> {
  await page.keyboard.press('Tab');
  // Only plain values cross into the page: tsx would wrap helper functions in `__name`.
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const backgrounds: string[] = [];
    for (let up = el.parentElement; up; up = up.parentElement) {
      backgrounds.push(getComputedStyle(up).backgroundColor);
    }
    return {
      element: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
      backgrounds,
      paddingTop: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0,
    };
  });
  if (!ring) return [fail('Tab focused nothing')];
  // The first opaque background behind the element (the ring is drawn outside it).
  const background = ring.backgrounds.map(rgba).find((c) => c.length === 3 || c[3] > 0.99) ?? [
    255, 255, 255,
  ];
  const contrast = contrastRatio(rgba(ring.color), background);
  const topbar = await page.evaluate(() => {
    const value = document.documentElement.style.getPropertyValue('--topbar-height');
    return parseFloat(value) || 0;
  });
  return [
    check(
      ring.style !== 'none' && ring.width >= 2 && contrast >= 3,
      `the focus ring (${ring.element}) is ${ring.width}px, ${contrast.toFixed(1)}:1 against its background`,
      ring.style === 'none' ? 'no outline' : 'too thin or too faint',
    ),
    check(
      ring.paddingTop >= topbar,
      `scroll-padding-top ${ring.paddingTop}px keeps focus clear of the top bar (${topbar}px)`,
    ),
  ];
}

/** Every training chart has a text summary with its latest value. */
async function chartSummaryLines(page: Page): Promise<Line[]> {
  await page.waitForTimeout(REDRAW_SETTLE_MS);
  const charts = await page.$$eval('figure.chart', (figures) =>
    figures.map((f) => ({
      name:
        f.getAttribute('data-testid') ??
        f.querySelector('figcaption')?.textContent?.trim().slice(0, 40) ??
        '?',
      summary: f.querySelector('[data-testid="chart-summary"]')?.textContent?.trim() ?? null,
    })),
  );
  if (charts.length === 0) return [fail('no training chart (figure.chart) on the page')];
  return charts.map((c) =>
    check(
      c.summary !== null && /latest/i.test(c.summary),
      `chart ${c.name} has a text summary: "${c.summary}"`,
    ),
  );
}

/**
 * The gradients' live region: the same text over ~3 s of training that keeps the same missing
 * set, a new one when training pauses.
 */
async function liveRegionLines(page: Page): Promise<Line[]> {
  const lines: Line[] = [];
  const live = page.locator(testId('grad-live')).first();
  if ((await live.count()) === 0) return [fail('no gradient live region (grad-live)')];
  const politeness = await live.evaluate(
    (el) => el.getAttribute('aria-live') ?? (el.getAttribute('role') === 'status' ? 'polite' : ''),
  );
  lines.push(check(politeness === 'polite', 'the gradients live region is polite', politeness));
  const start = await stepCount(page);
  await page.locator(testId('play')).click();
  await page.waitForFunction(
    ([s, b]) => Number(document.querySelector(s)?.textContent) > b,
    [testId('step-count'), start] as const,
    { timeout: TRAIN_TIMEOUT_MS },
  );
  await page.waitForTimeout(REDRAW_SETTLE_MS);
  const samples: { step: number; text: string; missing: string }[] = [];
  for (let i = 0; i < 12; i++) {
    samples.push({
      step: await stepCount(page),
      text: ((await live.textContent()) ?? '').trim(),
      missing: await missingSet(page),
    });
    await page.waitForTimeout(250);
  }
  await page.locator(testId('pause')).click();
  await waitUntilPlayable(page, UI_TIMEOUT_MS);
  await page.waitForTimeout(REDRAW_SETTLE_MS);
  const paused = ((await live.textContent()) ?? '').trim();
  const steps = samples[samples.length - 1].step - samples[0].step;
  const sameMissing = samples.every((s) => s.missing === samples[0].missing);
  const texts = [...new Set(samples.map((s) => s.text))];
  lines.push(
    check(
      steps >= 2 && sameMissing && texts.length === 1,
      `the gradients live region kept one text over ${steps} steps with the same missing set: "${texts[0]}"`,
      steps < 2
        ? `only ${steps} steps in 3 s`
        : !sameMissing
          ? 'the missing set changed'
          : `${texts.length} texts: ${texts.map((t) => `"${t}"`).join(', ')}`,
    ),
  );
  lines.push(
    check(
      paused !== texts[0] && /paus/i.test(paused),
      `the live region says that training paused: "${paused}"`,
    ),
  );
  return lines;
}

/** Runs `body` on a fresh view; its exceptions and page errors become FAIL lines. */
async function view(
  lines: Line[],
  label: string,
  open: () => ReturnType<typeof openView>,
  body: (page: Page) => Promise<void>,
) {
  let opened: Awaited<ReturnType<typeof openView>> | null = null;
  try {
    opened = await open();
    await body(opened.page);
  } catch (error) {
    lines.push(fail(`${label}: ${message(error)}`));
  } finally {
    await opened?.close();
  }
  if (opened) lines.push(...opened.errors.map((e) => ({ ...e, text: `${e.text} (${label})` })));
}

export const accessibilitySuite = {
  name: 'a11y',
  async run({ browser, baseUrl, log }: Context): Promise<Line[]> {
    const lines: Line[] = [];

    await view(
      lines,
      'default page',
      () => openView(browser, baseUrl, '', { width: 1440, height: 900 }),
      async (page) => {
        await page.waitForTimeout(1_000);
        lines.push(...(await axeLines(page, 'default page 1440×900', log)));
        lines.push(...(await section('focus ring', () => focusLines(page))));
      },
    );

    await view(
      lines,
      'gradient case',
      () => openView(browser, baseUrl, SEED_CASE_FRAGMENT, { width: 1440, height: 900 }),
      async (page) => {
        const t = Date.now();
        await stepTimes(page, STEPS);
        log(`${STEPS} steps of the gradient case in ${((Date.now() - t) / 1000).toFixed(1)} s`);
        await page.waitForTimeout(REDRAW_SETTLE_MS);
        lines.push(...(await axeLines(page, `gradient case after ${STEPS} steps`, log)));
        lines.push(...(await section('heatmap keyboard', () => heatmapLines(page))));
        lines.push(...(await section('lattice keyboard', () => latticeLines(page))));
        lines.push(...(await section('chart summaries', () => chartSummaryLines(page))));
        lines.push(...(await section('live region', () => liveRegionLines(page))));
      },
    );

    await view(
      lines,
      'classroom lesson',
      () =>
        openView(browser, baseUrl, `classroom=true&lesson=${LESSON_ID}`, {
          width: 1280,
          height: 720,
        }),
      async (page) => {
        await page.waitForTimeout(1_000);
        lines.push(...(await axeLines(page, `classroom lesson ${LESSON_ID} 1280×720`, log)));
      },
    );

    await view(
      lines,
      'training off',
      () =>
        openView(browser, baseUrl, 'v=1&task=adding&return_sequences=true', {
          width: 1280,
          height: 720,
        }),
      async (page) => {
        // The header's short "Training is off" button, named by its whole sentence.
        await page.locator('#training-blocked button').waitFor({ timeout: UI_TIMEOUT_MS });
        lines.push(...(await axeLines(page, 'a setting that stops training, 1280×720', log)));
      },
    );

    await view(
      lines,
      'phone',
      () => openView(browser, baseUrl, '', { width: 390, height: 844 }),
      async (page) => {
        await page.waitForTimeout(1_000);
        lines.push(...(await axeLines(page, 'phone layout 390×844', log)));
      },
    );

    await view(
      lines,
      'series',
      () =>
        openView(browser, baseUrl, 'v=1&task=series&data=file&file=sales.csv&columns=sales', {
          width: 390,
          height: 844,
        }),
      async (page) => {
        // The series panel asking for a file, then a shipped series with its column choice.
        await page.waitForSelector('[data-testid="series-asks"]', { timeout: UI_TIMEOUT_MS });
        await page.click('.more-settings summary');
        lines.push(...(await axeLines(page, 'series panel asking for a file, 390×844', log)));
        await page.selectOption('#field-data', 'seattle_hourly');
        await page.waitForSelector('[data-testid="series-summary"]', { timeout: LOAD_TIMEOUT_MS });
        lines.push(...(await axeLines(page, 'a shipped series and its columns, 390×844', log)));
      },
    );

    if (lines.every((l) => l.passed)) lines.push(pass('no page or console errors'));
    return lines;
  },
};
