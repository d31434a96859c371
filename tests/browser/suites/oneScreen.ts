// The playground on one screen, as the teacher, the student and the engineer meet it:
//   - at 1440×900 and 1280×720 the play/pause toggle, the network picture, the loss chart and
//     (keras-tcn's gradient case) the dead-variable callout with its fixes lie in the first
//     viewport, after 5 steps;
//   - the picture's marks say what the gradient table says, before training (reachability),
//     after steps, and after each one-click fix (then nothing is missing);
//   - on a 390×844 phone nothing scrolls sideways and every menu opens inside the screen;
//   - classroom mode at 1280×720: the header ≤ 15 % of the height, text in the pictures ≥ 16 px,
//     the lesson beside the picture it talks about;
//   - the keyboard alone loads the gradient case, plays, pauses, fixes and plays again, with
//     focus never on the body and never under the sticky header.
// Screenshots of the four views go to test-artifacts/screens/.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SEED_CASE_FRAGMENT } from '../../../src/ui/store';
import { type Line, type Suite, check, fail, message, recordPageErrors } from '../suite';

const ARTIFACTS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../test-artifacts/screens',
);
const LOAD_TIMEOUT_MS = 2 * 60_000;
const STEP_TIMEOUT_MS = 2 * 60_000;
const SETTLE_TIMEOUT_MS = 20_000;
const MATCHING = [
  'tcn/residual_block_0/matching_conv1D/kernel',
  'tcn/residual_block_0/matching_conv1D/bias',
];

type Viewport = { width: number; height: number };
const DESKTOPS: Viewport[] = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];
const PHONE: Viewport = { width: 390, height: 844 };

async function open(browser: Browser, url: string, viewport: Viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
  await page.locator('[data-testid="network"]').waitFor({ timeout: LOAD_TIMEOUT_MS });
  return {
    page,
    close: async () => {
      await context.close();
      return errors;
    },
  };
}

const stepCount = async (page: Page) =>
  Number((await page.locator('[data-testid="step-count"]').textContent()) ?? 'NaN');

/** Presses "Step" until the counter reads `steps` (each press is one training step). */
async function stepTo(page: Page, steps: number) {
  for (let k = (await stepCount(page)) + 1; k <= steps; k++) {
    await page.locator('[data-testid="step"]').click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="step-count"]')?.textContent) >= n,
      k,
      { timeout: STEP_TIMEOUT_MS },
    );
  }
}

/** status by variable name, of the picture's marks and of the gradient table's rows. */
const statuses = (page: Page, testId: 'net-var' | 'grad-row') =>
  page.$$eval(`[data-testid="${testId}"]`, (elements) =>
    Object.fromEntries(
      elements.map((e) => [e.getAttribute('data-variable'), e.getAttribute('data-status')]),
    ),
  );

const differences = (a: Record<string, string | null>, b: Record<string, string | null>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((name) => a[name] !== b[name])
    .map((name) => `${name}: picture ${a[name]} vs table ${b[name]}`);

/** Waits (the views redraw at most twice a second) until picture and table agree and `ready`. */
async function agreeing(
  page: Page,
  ready: (marks: Record<string, string | null>) => boolean,
): Promise<{ marks: Record<string, string | null>; diff: string[] }> {
  const until = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const marks = await statuses(page, 'net-var');
    const rows = await statuses(page, 'grad-row');
    const diff = differences(marks, rows);
    if ((diff.length === 0 && ready(marks)) || Date.now() > until) return { marks, diff };
    await page.waitForTimeout(250);
  }
}

/** Every box of `selector` lies inside the viewport; the reasons when one does not. */
async function outside(page: Page, selector: string): Promise<string[]> {
  const { width, height } = page.viewportSize()!;
  const boxes = await page.locator(selector).evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
  if (boxes.length === 0) return [`${selector}: not on the page`];
  return boxes
    .filter((b) => b.left < 0 || b.top < 0 || b.right > width + 0.5 || b.bottom > height + 0.5)
    .map(
      (b) =>
        `${selector} at [${Math.round(b.left)}, ${Math.round(b.top)}, ${Math.round(b.right)}, ${Math.round(b.bottom)}]`,
    );
}

async function shot(page: Page, name: string, log: (t: string) => void) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path });
  log(`screenshot ${path}`);
}

async function firstViewport(
  browser: Browser,
  base: string,
  log: (t: string) => void,
): Promise<Line[]> {
  const lines: Line[] = [];
  for (const viewport of DESKTOPS) {
    for (const [name, fragment] of [
      ['the default configuration', ''],
      ['the keras-tcn gradient case', `#${SEED_CASE_FRAGMENT}`],
    ] as const) {
      const size = `${viewport.width}×${viewport.height}`;
      const { page, close } = await open(browser, `${base}/${fragment}`, viewport);
      try {
        await stepTo(page, 5);
        await page.evaluate(() => window.scrollTo(0, 0));
        const selectors = ['#play-toggle', '[data-testid="network"]', '[data-testid="chart-loss"]'];
        if (fragment)
          selectors.push(
            '[data-testid="dead-callout"]',
            '[data-testid="dead-callout"] [data-testid="grad-fix"]',
          );
        const out = (await Promise.all(selectors.map((s) => outside(page, s)))).flat();
        lines.push(
          check(
            out.length === 0,
            `${size}, ${name} after 5 steps: play/pause, network, loss chart${fragment ? ', callout and its fixes' : ''} lie in the first viewport`,
            out.join('; '),
          ),
        );
        if (viewport.width === 1440 && !fragment) await shot(page, 'default-1440x900', log);
        if (viewport.width === 1280 && fragment) await shot(page, 'gradient-case-1280x720', log);
      } catch (error) {
        lines.push(fail(`${size}, ${name}: ${message(error)}`));
      }
      lines.push(...(await close()));
    }
  }
  return lines;
}

async function marksEqualRows(browser: Browser, base: string): Promise<Line[]> {
  const lines: Line[] = [];
  const { page, close } = await open(browser, `${base}/#${SEED_CASE_FRAGMENT}`, DESKTOPS[0]);
  try {
    await page.locator('[data-testid="grad-row"]').first().waitFor({
      state: 'attached',
      timeout: LOAD_TIMEOUT_MS,
    });
    const before = await agreeing(page, () => true);
    const expectedBefore = Object.entries(before.marks).every(([name, status]) =>
      MATCHING.includes(name) ? status === 'missing' : status === 'pending',
    );
    lines.push(
      check(
        before.diff.length === 0 && expectedBefore,
        `before training every mark's status equals its gradient row's (matching_conv1D kernel and bias missing from reachability, ${Object.keys(before.marks).length - 2} others pending)`,
        [...before.diff, JSON.stringify(before.marks)].join('; '),
      ),
    );
    await stepTo(page, 3);
    const after = await agreeing(page, (m) => Object.values(m).every((s) => s !== 'pending'));
    const expectedAfter = Object.entries(after.marks).every(([name, status]) =>
      MATCHING.includes(name) ? status === 'missing' : status === 'ok',
    );
    lines.push(
      check(
        after.diff.length === 0 && expectedAfter,
        `after 3 steps the marks equal the rows: matching_conv1D kernel and bias missing, the other ${Object.keys(after.marks).length - 2} ok`,
        [...after.diff, JSON.stringify(after.marks)].join('; '),
      ),
    );
    const fixes = await page
      .locator('[data-testid="dead-callout"] [data-testid="grad-fix"]')
      .allTextContents();
    lines.push(check(fixes.length >= 3, `the callout offers ${fixes.length} fixes`));
    for (const label of fixes) {
      // Each fix starts from a fresh page of the gradient case.
      const fresh = await open(browser, `${base}/#${SEED_CASE_FRAGMENT}`, DESKTOPS[0]);
      try {
        const callout = fresh.page.locator('[data-testid="dead-callout"]');
        await callout.waitFor({ timeout: LOAD_TIMEOUT_MS });
        await callout.locator('[data-testid="grad-fix"]', { hasText: label }).click();
        await callout.waitFor({ state: 'detached' });
        // The worker rebuilds the fixed network at step 0; then two steps.
        await fresh.page.waitForFunction(
          () => document.querySelector('[data-testid="step-count"]')?.textContent === '0',
          undefined,
          { timeout: STEP_TIMEOUT_MS },
        );
        await stepTo(fresh.page, 2);
        const fixed = await agreeing(fresh.page, (m) => Object.values(m).every((s) => s === 'ok'));
        lines.push(
          check(
            fixed.diff.length === 0 && Object.values(fixed.marks).every((s) => s === 'ok'),
            `fix "${label}": after 2 steps none of the ${Object.keys(fixed.marks).length} marks is missing and each equals its row`,
            [...fixed.diff, JSON.stringify(fixed.marks)].join('; '),
          ),
        );
      } catch (error) {
        lines.push(fail(`fix "${label}": ${message(error)}`));
      }
      lines.push(...(await fresh.close()));
    }
  } catch (error) {
    lines.push(fail(`marks vs rows: ${message(error)}`));
  }
  lines.push(...(await close()));
  return lines;
}

async function phone(browser: Browser, base: string, log: (t: string) => void): Promise<Line[]> {
  const lines: Line[] = [];
  for (const [name, fragment] of [
    ['normal mode', `#${SEED_CASE_FRAGMENT}`],
    ['classroom mode', '#classroom=true&lesson=missing-gradient'],
  ] as const) {
    const { page, close } = await open(browser, `${base}/${fragment}`, PHONE);
    try {
      // Every chart drawn while training, measured as it enters the page (a microtask after
      // React's commit, before the browser paints): its first frame must fit the screen too.
      await page.evaluate(() => {
        const wide: string[] = [];
        (window as unknown as { __wideCharts: string[] }).__wideCharts = wide;
        new MutationObserver(() => {
          for (const svg of document.querySelectorAll('.lite-chart svg')) {
            const right = svg.getBoundingClientRect().right;
            if (right > window.innerWidth + 0.5) wide.push(`a chart to ${Math.round(right)} px`);
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      await stepTo(page, 3);
      await page.waitForTimeout(1_000);
      const wideCharts = await page.evaluate(
        () => (window as unknown as { __wideCharts: string[] }).__wideCharts,
      );
      lines.push(
        check(
          wideCharts.length === 0,
          `390×844, ${name}: every chart fits the screen from its first frame`,
          wideCharts.slice(0, 3).join('; '),
        ),
      );
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      lines.push(
        check(
          widths[0] <= widths[1],
          `390×844, ${name}: nothing scrolls sideways (scrollWidth ${widths[0]}, innerWidth ${widths[1]})`,
        ),
      );
      const results = await page.locator('[data-testid="network"]').boundingBox();
      const settings = await page.locator('.quick-settings').boundingBox();
      lines.push(
        check(
          !!results && !!settings && results.y < settings.y,
          `390×844, ${name}: the network picture comes before the settings`,
        ),
      );
      if (name === 'classroom mode') await shot(page, 'phone-classroom-390x844', log);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('[data-testid="presets"] summary').click();
      const menu = await outside(page, '.presets-menu');
      lines.push(
        check(
          menu.length === 0,
          `390×844, ${name}: the Examples menu opens inside the screen`,
          menu.join('; '),
        ),
      );
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="more-settings"] summary').click();
      const more = await page.locator('[data-testid="more-settings"]').boundingBox();
      lines.push(
        check(
          !!more && more.x >= 0 && more.x + more.width <= PHONE.width + 0.5,
          `390×844, ${name}: "More settings" opens within the screen's width`,
        ),
      );
      if (name === 'normal mode') await shot(page, 'phone-390x844', log);
    } catch (error) {
      lines.push(fail(`390×844, ${name}: ${message(error)}`));
    }
    lines.push(...(await close()));
  }
  return lines;
}

async function classroom(
  browser: Browser,
  base: string,
  log: (t: string) => void,
): Promise<Line[]> {
  const lines: Line[] = [];
  const { page, close } = await open(
    browser,
    `${base}/#classroom=true&lesson=receptive-field`,
    DESKTOPS[1],
  );
  try {
    await stepTo(page, 3);
    await page.waitForTimeout(1_000);
    await page.evaluate(() => window.scrollTo(0, 0));
    const header = await page.locator('header.topbar').boundingBox();
    lines.push(
      check(
        !!header && header.height <= 0.15 * DESKTOPS[1].height,
        `classroom 1280×720: the header is ${header ? Math.round(header.height) : '?'} px high (≤ 108 px)`,
      ),
    );
    // The effective size of each text: its font size times the scale its SVG is drawn at.
    const sizes = await page.evaluate(() =>
      [
        '[data-testid="lesson-picture"] .lattice svg',
        '.lite-chart svg',
        '[data-testid="network"] svg',
      ].map((selector) => {
        const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)].filter(
          (s) => s.getBoundingClientRect().width > 0,
        );
        const px = svgs.flatMap((svg) => {
          const box = svg.viewBox.baseVal;
          const scale = box && box.width ? svg.getBoundingClientRect().width / box.width : 1;
          return [...svg.querySelectorAll('text')].map(
            (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
          );
        });
        return { selector, count: px.length, smallest: px.length ? Math.min(...px) : 0 };
      }),
    );
    for (const { selector, count, smallest } of sizes) {
      lines.push(
        check(
          count > 0 && smallest >= 16 - 1e-6,
          `classroom 1280×720: the ${count} texts in ${selector} are at least 16 px (smallest ${smallest.toFixed(1)})`,
        ),
      );
    }
    const beside = [
      ...(await outside(page, '[data-testid="lesson-panel"] h2')),
      ...(await outside(page, '[data-testid="lesson-picture"] .lattice svg')),
      ...(await outside(page, '[data-testid="lesson-reveal"]')),
    ];
    lines.push(
      check(
        beside.length === 0,
        'classroom 1280×720: the lesson, its question and the lattice it talks about are in the first viewport',
        beside.join('; '),
      ),
    );
    await shot(page, 'classroom-lesson-1280x720', log);
  } catch (error) {
    lines.push(fail(`classroom: ${message(error)}`));
  }
  lines.push(...(await close()));
  return lines;
}

/** Where focus is, and whether it is hidden under the sticky header. */
const focusState = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const header = document.querySelector('header.topbar')!.getBoundingClientRect();
    if (!active || active === document.body) return { ok: false, what: 'body' };
    const r = active.getBoundingClientRect();
    const inHeader = !!active.closest('header.topbar');
    const hidden = !inHeader && r.top < header.bottom - 1;
    const what = `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${(active.textContent ?? '').trim().slice(0, 30)}"`;
    return {
      ok: !hidden,
      what: hidden ? `${what} under the header (top ${r.top}, header ${header.bottom})` : what,
    };
  });

async function keyboard(browser: Browser, base: string): Promise<Line[]> {
  const lines: Line[] = [];
  const { page, close } = await open(browser, `${base}/`, DESKTOPS[1]);
  const problems: string[] = [];
  const watch = async () => {
    const state = await focusState(page);
    if (!state.ok) problems.push(state.what);
  };
  /** Presses Tab (or Shift+Tab) until `selector` has focus, checking focus after every press. */
  const tabTo = async (selector: string, key = 'Tab') => {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(key);
      await watch();
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  const waitRunning = (running: boolean) =>
    page.waitForFunction(
      (r) =>
        document.getElementById('play-toggle')?.getAttribute('data-testid') ===
        (r ? 'pause' : 'play'),
      running,
      { timeout: STEP_TIMEOUT_MS },
    );
  try {
    await tabTo('[data-testid="presets"] summary');
    await page.keyboard.press('Enter');
    await tabTo('[data-preset="seed-case"]');
    await page.keyboard.press('Enter');
    await watch();
    await page.locator('[data-testid="dead-callout"]').waitFor({ timeout: SETTLE_TIMEOUT_MS });
    lines.push(pass('keyboard: the gradient case loads from the Examples menu'));
    // The Examples menu's button sits after the toggle in the header: back to it.
    await tabTo('#play-toggle', 'Shift+Tab');
    await page.keyboard.press('Space');
    await waitRunning(true);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="step-count"]')?.textContent) >= 2,
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
    await watch();
    const stillToggle = await page.evaluate(() => document.activeElement?.id === 'play-toggle');
    await page.keyboard.press('Space');
    await waitRunning(false);
    lines.push(
      check(stillToggle, 'keyboard: Space plays, focus stays on the toggle, Space pauses'),
    );
    await tabTo('[data-testid="dead-callout"] [data-testid="grad-fix"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="dead-callout"]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'play-toggle', undefined, {
      timeout: SETTLE_TIMEOUT_MS,
    });
    await watch();
    lines.push(pass('keyboard: a fix from the callout leaves focus on the play/pause toggle'));
    await page.keyboard.press('Space');
    await waitRunning(true);
    const from = await stepCount(page);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="step-count"]')?.textContent) >= n,
      from + 2,
      { timeout: STEP_TIMEOUT_MS },
    );
    await page.keyboard.press('Space');
    await waitRunning(false);
    await watch();
    lines.push(pass('keyboard: Space plays the fixed network and pauses it again'));
    lines.push(
      check(
        problems.length === 0,
        'keyboard: focus was never on the body nor under the sticky header',
        problems.join('; '),
      ),
    );
  } catch (error) {
    lines.push(
      fail(
        `keyboard: ${message(error)}${problems.length ? ` (focus: ${problems.join('; ')})` : ''}`,
      ),
    );
  }
  lines.push(...(await close()));
  return lines;
}

const pass = (text: string): Line => check(true, text);

export const oneScreenSuite: Suite = {
  name: 'one-screen',
  async run({ browser, baseUrl, log }) {
    const base = baseUrl;
    return [
      ...(await firstViewport(browser, base, log)),
      ...(await marksEqualRows(browser, base)),
      ...(await phone(browser, base, log)),
      ...(await classroom(browser, base, log)),
      ...(await keyboard(browser, base)),
    ];
  },
};
