// Classroom mode and the files of the export panel, on the playground page:
//   - every lesson's link is a clean configuration, and the lag lessons straddle the lag;
//   - a classroom link (`classroom=true&hide=variables,charts&lesson=…`, no settings) enlarges
//     the type, hides those panels, opens the lesson with its own configuration; Next changes
//     the configuration and the URL;
//   - a configuration upload that is not a configuration shows a message and changes nothing;
//     a downloaded configuration uploaded again restores it;
//   - a weights file with a wrong shape is refused with a message naming the variable; the
//     downloaded file loads; the keras-tcn script downloads with the weights inside;
//   - "Leave classroom mode" and the Classroom link control switch the mode.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import {
  configProblems,
  parseFragment,
  type PlaygroundConfig,
} from '../../../src/config/playgroundConfig';
import { reachability } from '../../../src/engine/reachability';
import { receptiveField } from '../../../src/engine/receptiveField';
import { LESSONS } from '../../../src/ui/lessons';
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

const LOAD_TIMEOUT_MS = 2 * 60_000;
const UI_TIMEOUT_MS = 15_000;
/** Longer than urlSync's push delay (400 ms): time for the URL to follow a change. */
const URL_SETTLE_MS = 700;

/** JSON with sorted keys, to compare configurations whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const lessonConfig = (id: string): PlaygroundConfig => {
  const lesson = LESSONS.find((l) => l.id === id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return parseFragment(lesson.fragment).config;
};

/** Pure checks of the lesson data (no browser). */
function lessonDataLines(): Line[] {
  const lines: Line[] = [];
  const bad = LESSONS.flatMap((l) => {
    const { config, notices } = parseFragment(l.fragment);
    const problems = configProblems(config);
    return [
      ...(/^[a-z0-9-]{1,40}$/.test(l.id) ? [] : [`${l.id}: not a link-safe id`]),
      ...notices.map((n) => `${l.id}: ${n.key} ${n.action} (${n.reason})`),
      ...problems.map((p) => `${l.id}: ${p.key}: ${p.message}`),
    ];
  });
  lines.push(
    check(
      bad.length === 0,
      `all ${LESSONS.length} lessons are clean configurations`,
      bad.join('; '),
    ),
  );
  const short = lessonConfig('lag-too-short');
  const long = lessonConfig('lag-long-enough');
  lines.push(
    check(
      receptiveField(short.tcn) === 31 &&
        short.task.lag === 48 &&
        receptiveField(long.tcn) === 127 &&
        long.task.lag === 48,
      'the lag lessons: receptive field 31 < lag 48, then 127 > 48',
    ),
  );
  const seed = reachability(lessonConfig('missing-gradient').tcn).unreachable.map((u) => u.name);
  const fixes = LESSONS.filter((l) => l.id.startsWith('fix-'));
  const unfixed = fixes.filter((l) => reachability(lessonConfig(l.id).tcn).unreachable.length);
  lines.push(
    check(
      seed.length === 2 &&
        seed.every((n) => n.includes('matching_conv1D')) &&
        fixes.length === 4 &&
        unfixed.length === 0,
      'the seed-case lesson leaves matching_conv1D without a gradient; each of the 4 fixes leaves none',
      `seed ${seed.join(', ')}; unfixed ${unfixed.map((l) => l.id).join(', ')}`,
    ),
  );
  return lines;
}

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));
const rootClasses = (page: Page) =>
  page.evaluate(() => [...document.documentElement.classList].sort().join(' '));
const receptiveFieldText = async (page: Page) =>
  ((await page.locator('[data-testid="receptive-field"]').first().textContent()) ?? '').trim();

async function waitForReceptiveField(page: Page, value: number) {
  await page.waitForFunction(
    (v) =>
      document.querySelector('[data-testid="receptive-field"]')?.textContent?.trim() === String(v),
    value,
    { timeout: UI_TIMEOUT_MS },
  );
}

async function waitForHash(page: Page, parts: string[]) {
  await page.waitForFunction(
    (wanted) => {
      const h = decodeURIComponent(window.location.hash);
      return wanted.every((p) => h.includes(p));
    },
    parts,
    { timeout: UI_TIMEOUT_MS },
  );
}

async function downloadJson(page: Page, testId: string): Promise<unknown> {
  const [download] = (await Promise.all([
    page.waitForEvent('download', { timeout: LOAD_TIMEOUT_MS }),
    reveal(page, `[data-testid="${testId}"]`).then(() =>
      page.locator(`[data-testid="${testId}"]`).click(),
    ),
  ])) as [Download, void];
  const path = await download.path();
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([
    page.waitForEvent('download', { timeout: LOAD_TIMEOUT_MS }),
    reveal(page, `[data-testid="${testId}"]`).then(() =>
      page.locator(`[data-testid="${testId}"]`).click(),
    ),
  ])) as [Download, void];
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function upload(page: Page, testId: string, name: string, content: string) {
  await reveal(page, `[data-testid="${testId}"]`);
  await page.locator(`[data-testid="${testId}"]`).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content, 'utf8'),
  });
}

/** The status line after an upload: waits until it mentions `name` and is no longer "Checking". */
async function statusAfter(page: Page, testId: string, name: string) {
  const status = page.locator(`[data-testid="${testId}"]`);
  await page.waitForFunction(
    ([id, file]) => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      return text.includes(file) && !text.startsWith('Checking');
    },
    [testId, name] as const,
    { timeout: LOAD_TIMEOUT_MS },
  );
  return { role: await status.getAttribute('role'), text: (await status.textContent()) ?? '' };
}

async function pageChecks(page: Page, baseUrl: string, log: (t: string) => void): Promise<Line[]> {
  const lines: Line[] = [];
  const started = Date.now();

  // A classroom link with no settings: the lesson brings its own. `backend` says where to run
  // it, not what to run: it does not replace the lesson's settings.
  await page.goto(
    `${baseUrl}/#classroom=true&hide=variables,charts&lesson=receptive-field&backend=cpu`,
    {
      timeout: LOAD_TIMEOUT_MS,
    },
  );
  const panel = page.locator('[data-testid="lesson-panel"]');
  await panel.waitFor({ state: 'visible', timeout: LOAD_TIMEOUT_MS });
  await waitForReceptiveField(page, 15);
  log(`page and lesson shown after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const classes = await rootClasses(page);
  lines.push(
    check(
      classes.includes('class-mode') &&
        classes.includes('class-hide-variables') &&
        classes.includes('class-hide-charts'),
      'classroom link: the page root has class-mode, class-hide-variables, class-hide-charts',
      classes,
    ),
  );
  const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  lines.push(check(parseFloat(fontSize) > 17, `classroom type is larger (${fontSize})`));
  // The receptive field sits in its tab under the network picture: open it as a user would.
  await reveal(page, 'section[aria-labelledby="rf-title"]');
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  const [variables, charts, rf] = await page.evaluate(
    (selectors) =>
      selectors.map((selector) => {
        const all = [...document.querySelectorAll(selector)];
        return {
          count: all.length,
          shown: all.some((e) => (e as HTMLElement).offsetParent !== null),
        };
      }),
    [
      'section[aria-labelledby="vars-title"]',
      '[data-panel="charts"], .chart-panel',
      'section[aria-labelledby="rf-title"]',
    ],
  );
  const visibility = { variables, charts, rf };
  lines.push(
    check(
      variables.count > 0 && !variables.shown && !charts.shown,
      'the variables and charts panels are hidden',
      JSON.stringify(visibility),
    ),
  );
  lines.push(check(rf.shown, 'a panel not named (receptive field) stays visible'));
  const title = (await panel.locator('h2').textContent()) ?? '';
  lines.push(
    check(
      title.includes('Lesson 2 of') && title.includes(LESSONS[1].title),
      'the lesson panel shows lesson 2 and its title',
      title,
    ),
  );
  await waitForHash(page, [
    'dilations=1,2,4',
    'lesson=receptive-field',
    'classroom=true',
    'backend=cpu',
  ]);
  lines.push(
    pass(
      'the lesson’s configuration is loaded (receptive field 15), on the link’s backend cpu, and in the URL',
    ),
  );

  // Next: the next lesson's configuration and URL; the hidden panels stay hidden.
  await page.locator('[data-testid="lesson-next"]').click();
  await waitForReceptiveField(page, 31);
  await waitForHash(page, ['lesson=lag-too-short', 'lag=48', 'dilations=1,2,4,8&', 'backend=cpu']);
  lines.push(
    pass('Next: lesson 3’s configuration (lag 48, receptive field 31) and URL, still on cpu'),
  );
  lines.push(
    check(
      (await rootClasses(page)).includes('class-hide-variables'),
      'Next keeps the panels hidden',
    ),
  );
  // The browser keeps the lessons in its history: back returns to lesson 2.
  await page.waitForTimeout(URL_SETTLE_MS);

  // Garbage configuration uploads: a message, nothing changes.
  const before = await hash(page);
  for (const [name, content] of [
    ['garbage.json', 'this is { not JSON'],
    ['list.json', '[1, 2, 3]'],
  ] as const) {
    await upload(page, 'export-config-file', name, content);
    const status = await statusAfter(page, 'export-config-status', name);
    await page.waitForTimeout(URL_SETTLE_MS);
    const after = await hash(page);
    lines.push(
      check(
        status.role === 'alert' &&
          status.text.includes('is not a configuration') &&
          status.text.includes('Nothing was changed') &&
          after === before &&
          (await receptiveFieldText(page)) === '31',
        `config upload of ${name}: a message, and the settings and URL are unchanged`,
        `${status.role}: ${status.text}; URL ${after === before ? 'same' : 'changed'}`,
      ),
    );
  }

  // Round trip: download this configuration, move to another lesson, upload the file.
  const saved = (await downloadJson(page, 'export-config-download')) as PlaygroundConfig;
  // The page runs on cpu, as its link said: lessons keep the machine's backend.
  const lesson3 = lessonConfig('lag-too-short');
  lesson3.train.backend = 'cpu';
  lines.push(
    check(
      canonical(saved) === canonical(lesson3),
      'the downloaded configuration is lesson 3’s, on the page’s backend cpu ({v, tcn, task, train})',
    ),
  );
  await page.locator('[data-testid="lesson-previous"]').click();
  await waitForReceptiveField(page, 15);
  await upload(page, 'export-config-file', 'saved.json', JSON.stringify(saved));
  const loaded = await statusAfter(page, 'export-config-status', 'saved.json');
  await waitForReceptiveField(page, 31);
  await page.waitForTimeout(URL_SETTLE_MS);
  const restored = parseFragment(await hash(page)).config;
  lines.push(
    check(
      loaded.role === 'status' && canonical(restored) === canonical(saved),
      'config round trip: uploading the downloaded file restores it (page and URL)',
      loaded.text,
    ),
  );

  // Weights: download, then upload a copy with one wrong shape, then the file itself.
  const weightsButton = page.locator('[data-testid="export-weights-download"]');
  await page.waitForFunction(
    () =>
      !(document.querySelector('[data-testid="export-weights-download"]') as HTMLButtonElement)
        ?.disabled,
    null,
    { timeout: LOAD_TIMEOUT_MS },
  );
  log(`model built after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const weights = (await downloadJson(page, 'export-weights-download')) as {
    format: string;
    version: number;
    step: number;
    weights: { name: string; shape: number[]; data: number[] }[];
  };
  lines.push(
    check(
      weights.format === 'tcn-playground-weights' &&
        weights.version === 1 &&
        weights.weights.length > 2 &&
        weights.weights.every(
          (w) => w.data.length === w.shape.reduce((a, b) => a * b, 1) && w.name.length > 0,
        ),
      `weights download: ${weights.weights.length} variables with their shapes and data`,
    ),
  );
  const target = weights.weights[0];
  const wrong = {
    ...weights,
    weights: weights.weights.map((w, i) => (i === 0 ? { ...w, shape: [...w.shape, 1] } : w)),
  };
  await upload(page, 'export-weights-file', 'wrong-shape.json', JSON.stringify(wrong));
  const refused = await statusAfter(page, 'export-weights-status', 'wrong-shape.json');
  lines.push(
    check(
      refused.role === 'alert' &&
        refused.text.includes(target.name) &&
        refused.text.includes('shape') &&
        refused.text.includes('Nothing was changed'),
      'weights with a wrong shape are refused with a message naming the variable',
      refused.text,
    ),
  );
  await upload(page, 'export-weights-file', 'good.json', JSON.stringify(weights));
  const accepted = await statusAfter(page, 'export-weights-status', 'good.json');
  lines.push(
    check(
      accepted.role === 'status' && accepted.text.includes('Loaded'),
      'the downloaded weights load',
      accepted.text,
    ),
  );
  await weightsButton.waitFor({ state: 'visible' });

  // keras-tcn: the script carries the page's weights (step 0 here: nothing trained) and says so.
  const keras = await download(page, 'export-keras-download');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="export-keras-status"]')?.textContent?.includes('Saved'),
    null,
    { timeout: UI_TIMEOUT_MS },
  );
  const kerasStatus =
    (await page.locator('[data-testid="export-keras-status"]').textContent()) ?? '';
  lines.push(
    check(
      keras.name === 'tcn_playground.py' &&
        keras.text.includes("The TCN Playground's model after 0 training steps") &&
        keras.text.includes("WEIGHTS_JSON = r'''{") &&
        keras.text.includes(`"name":"${target.name}"`) &&
        keras.text.includes('with strategy.scope():'),
      'keras-tcn export: one script with the weights and the held-out check inside',
      `${keras.name}: ${keras.text.length} characters`,
    ),
  );
  lines.push(
    check(
      kerasStatus.includes('Saved tcn_playground.py with the weights of step 0') &&
        kerasStatus.includes('Nothing is trained yet'),
      'keras-tcn export: the status names the file and says that nothing is trained yet',
      kerasStatus,
    ),
  );

  // Leaving classroom mode, then the teacher's control.
  await page.locator('[data-testid="lesson-leave"]').click();
  await page.waitForTimeout(URL_SETTLE_MS);
  const left = { classes: await rootClasses(page), hash: await hash(page) };
  lines.push(
    check(
      !left.classes.includes('class-') &&
        (await panel.count()) === 0 &&
        !left.hash.includes('classroom') &&
        !left.hash.includes('hide='),
      'Leave classroom mode: normal type, every panel back, no lesson panel, a plain URL',
      JSON.stringify(left),
    ),
  );
  await reveal(page, '[data-testid="class-toggle"]');
  await page.locator('[data-testid="class-toggle"]').check();
  await page.locator('[data-testid="class-lesson-select"]').selectOption('missing-gradient');
  await waitForReceptiveField(page, 181);
  const link = await page.locator('[data-testid="class-link-text"]').inputValue();
  lines.push(
    check(
      (await rootClasses(page)).includes('class-mode') &&
        link.includes('classroom=true') &&
        link.includes('lesson=missing-gradient') &&
        link.includes('kernel_size=91'),
      'Classroom link control: classroom mode on, lesson 5 loaded, the link carries both',
      link,
    ),
  );

  // Predict, then reveal: until the answer is shown, the gradients tab does not give it away
  // (its table marks the variables without a gradient).
  await page.locator('[data-testid="grad-row"]').first().waitFor({ state: 'attached' });
  await reveal(page, '[data-testid="grad-row"]');
  const gradientsShown = () =>
    page.evaluate(() => ({
      rows: [...document.querySelectorAll('[data-testid="grad-row"]')].filter((row) =>
        row.checkVisibility(),
      ).length,
      note: document.querySelector('.grad-panel .concealed-note')?.checkVisibility() ?? false,
    }));
  const concealed = await gradientsShown();
  await page.locator('[data-testid="lesson-reveal"]').click();
  const revealed = await gradientsShown();
  lines.push(
    check(
      concealed.rows === 0 && concealed.note && revealed.rows > 0 && !revealed.note,
      `lesson 5: the gradients tab shows no row before the answer (a note instead), ${revealed.rows} rows after it`,
      JSON.stringify({ concealed, revealed }),
    ),
  );
  return lines;
}

export const classroomSuite = {
  name: 'classroom',
  async run({ browser, baseUrl, log }: Context): Promise<Line[]> {
    const lines: Line[] = lessonDataLines();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    try {
      lines.push(...(await pageChecks(page, baseUrl, log)));
      await page.waitForTimeout(300);
    } catch (error) {
      lines.push(fail(`harness: ${message(error)}`));
    } finally {
      await context.close();
    }
    lines.push(...errors);
    if (errors.length === 0) lines.push(pass('no page or console errors'));
    return lines;
  },
};
