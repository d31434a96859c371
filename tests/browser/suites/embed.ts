// The playground embedded in a slide or a course page: the BUILT site (static host, sub-path,
// its service worker) in an <iframe> of 960×540 on a page of another origin. The frame loads in
// the compact layout, trains, never asks for more than its frame, and its "Open full playground"
// link opens the same configuration in the full layout. On the dev server, the share area's
// Embed panel gives the <iframe> snippet.
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { parseFragment } from '../../../src/config/playgroundConfig';
import { check, fail, message, recordPageErrors, type Line, type Suite } from '../suite';
import { serveStatic } from '../staticHost';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENS = join(ROOT, 'test-artifacts/screens');
const FRAGMENT =
  '#v=1&task=lag&seq_len=32&lag=4&nb_filters=8&dilations=1,2,4&backend=wasm&embed=true';
const LESSON_FRAGMENT = '#v=1&lesson=lag-too-short&embed=true';
const WIDTH = 960;
const HEIGHT = 540;

/** A page of another origin (localhost, where the site is on 127.0.0.1) holding the iframe. */
async function startParent(): Promise<{ url: (src: string) => string; stop(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    const attribute = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<!doctype html><html><head><title>A slide</title></head><body style="margin:0">` +
          `<iframe id="tcn" src="${attribute}" width="${WIDTH}" height="${HEIGHT}" style="border:0;display:block" ` +
          `title="TCN Playground" allow="cross-origin-isolated"></iframe></body></html>`,
      );
  });
  const port = await new Promise<number>((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : 0);
    }),
  );
  return {
    url: (src) => `http://localhost:${port}/slide.html?src=${encodeURIComponent(src)}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Evaluates in the frame, retrying while the frame reloads (the service worker's takeover). */
async function inFrame<T>(frame: Frame, fn: () => T, timeout = 60_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await frame.evaluate(fn);
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** The iframe's frame, once its document has loaded and the service worker took it over. */
async function openFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#tcn');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  // The first visit installs the service worker, which takes the frame over; the frame reloads
  // once for it (src/offline/serviceWorker.ts). Wait for that, so that Play is not lost to it.
  // Where the frame may not have storage there is no service worker and no reload.
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const settled = await inFrame(frame, () => {
      // A browser that blocks third-party storage (headless Chromium does) refuses the service
      // worker to a frame of another site: nothing will reload it then.
      try {
        void sessionStorage.length;
      } catch {
        return true;
      }
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return (
        !!navigator.serviceWorker?.controller &&
        navigation?.type === 'reload' &&
        document.readyState === 'complete'
      );
    }).catch(() => false);
    if (settled) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  await frame.waitForSelector('[data-testid="embed-app"]', { timeout: 60_000 });
  return frame;
}

/** The frame's document size, and every element that matters inside the frame's box. */
async function measure(frame: Frame, concealed: string[] = []) {
  return frame.evaluate(
    ({ width, height, concealed }) => {
      const root = document.documentElement;
      const outside = [
        '[data-testid="play"], [data-testid="pause"]',
        '[data-testid="step"]',
        '[data-testid="reset"]',
        '[data-testid="step-count"]',
        '[data-testid="open-full"]',
        '[data-testid="network"] svg',
        '[data-testid="chart-loss"]',
      ]
        .filter((selector) => !concealed.includes(selector))
        .filter((selector) => {
          const element = document.querySelector(selector);
          if (!element) return true;
          const box = element.getBoundingClientRect();
          return (
            box.width === 0 || box.left < 0 || box.top < 0 || box.right > width || box.top > height
          );
        });
      return {
        scrollWidth: root.scrollWidth,
        scrollHeight: root.scrollHeight,
        innerWidth,
        innerHeight,
        outside,
      };
    },
    { width: WIDTH, height: HEIGHT, concealed },
  );
}

const stepCount = async (frame: Frame) =>
  Number(
    ((await frame.locator('[data-testid="step-count"]').textContent()) ?? '').replace(/\D/g, ''),
  );

export const embedSuite: Suite = {
  name: 'embed',
  async run({ browser, baseUrl }) {
    const lines: Line[] = [];
    const host = await serveStatic();
    const parent = await startParent();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = recordPageErrors(page, 'embedded: ');
    let stage = 'loading the frame';
    try {
      const src = `${host.url}${FRAGMENT}`;
      await page.goto(parent.url(src));
      const frame = await openFrame(page);
      const origins = await page.evaluate(() => location.origin);
      const frameOrigin = new URL(frame.url()).origin;
      lines.push(
        check(
          origins !== frameOrigin,
          `the built site loads in an iframe of another origin (${origins} holds ${frameOrigin})`,
        ),
      );
      const chrome = await frame.evaluate(() => ({
        tabs: !!document.querySelector('[data-testid="detail-tabs"]'),
        hint: !!document.querySelector('[data-testid="first-visit"]'),
        settings: !!document.querySelector('aside.settings'),
        share: !!document.querySelector('[data-testid="share"]'),
      }));
      lines.push(
        check(
          !chrome.tabs && !chrome.hint && !chrome.settings && !chrome.share,
          'the frame shows the compact layout: no tabs, settings, share area or first-visit hint',
          JSON.stringify(chrome),
        ),
      );
      const before = await measure(frame);
      lines.push(
        check(
          before.scrollWidth <= WIDTH &&
            before.scrollHeight <= HEIGHT &&
            before.outside.length === 0,
          `at ${WIDTH}×${HEIGHT} nothing overflows and the controls, link, network and loss are in the frame (scroll ${before.scrollWidth}×${before.scrollHeight})`,
          before.outside.join(', '),
        ),
      );

      stage = 'training in the frame';
      await frame.locator('[data-testid="play"]').click({ timeout: 120_000 });
      await frame.waitForFunction(
        () =>
          Number(
            (document.querySelector('[data-testid="step-count"]')?.textContent ?? '').replace(
              /\D/g,
              '',
            ),
          ) >= 5,
        null,
        { timeout: 120_000 },
      );
      await frame.locator('[data-testid="pause"]').click();
      const steps = await stepCount(frame);
      lines.push(check(steps >= 5, `Play in the frame trains (${steps} steps, then paused)`));
      await frame.waitForSelector('[data-testid="chart-loss"] svg', { timeout: 30_000 });
      const after = await measure(frame);
      lines.push(
        check(
          after.scrollWidth <= WIDTH && after.scrollHeight <= HEIGHT && after.outside.length === 0,
          `with the loss drawn, still nothing overflows (scroll ${after.scrollWidth}×${after.scrollHeight})`,
          after.outside.join(', '),
        ),
      );
      mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({
        path: join(SCREENS, 'embed-960x540.png'),
        clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT },
      });

      stage = 'the link to the full playground';
      const link = frame.locator('[data-testid="open-full"]');
      const href = (await link.getAttribute('href')) ?? '';
      const target = await link.getAttribute('target');
      const rel = (await link.getAttribute('rel')) ?? '';
      const frameHash = await frame.evaluate(() => location.hash);
      const embedded = parseFragment(frameHash);
      const full = parseFragment(new URL(href).hash);
      const sameConfig = JSON.stringify(full.config) === JSON.stringify(embedded.config);
      lines.push(
        check(
          embedded.view.embed === true &&
            full.view.embed === undefined &&
            !/[#&]embed=/.test(href) &&
            sameConfig &&
            href.startsWith(host.url) &&
            target === '_blank' &&
            /\bnoopener\b/.test(rel),
          'the "Open full playground" link is the frame\'s link without embed: the same configuration, in a new tab, noopener',
          `${href} (frame: ${frameHash}; same configuration: ${sameConfig}; target ${target}; rel ${rel})`,
        ),
      );
      const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
      recordPageErrors(opened, 'full page: ').forEach((l) => errors.push(l));
      await opened.waitForSelector('[data-testid="detail-tabs"]', { timeout: 60_000 });
      // The built site's first visit in a new tab reloads once (its service worker takes
      // over): a reading cut short by that reload is taken again on the reloaded page.
      const settled = async <T>(read: () => Promise<T>): Promise<T> => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await read();
          } catch (error) {
            if (attempt >= 3 || !/context was destroyed/i.test(message(error))) throw error;
            await opened.waitForLoadState('load');
            await opened.waitForSelector('[data-testid="detail-tabs"]', { timeout: 60_000 });
          }
        }
      };
      const openedState = await settled(() =>
        opened.evaluate(() => ({
          embed: !!document.querySelector('[data-testid="embed-app"]'),
          hash: location.hash,
        })),
      );
      const openedConfig = parseFragment(openedState.hash).config;
      lines.push(
        check(
          !openedState.embed &&
            JSON.stringify(openedConfig) === JSON.stringify(embedded.config) &&
            (await settled(() => opened.evaluate(() => window.opener === null))),
          'clicked, it opens the full layout (detail tabs) with the same configuration and no opener',
          openedState.hash,
        ),
      );
      await opened.close();

      stage = 'a smaller frame';
      await page.evaluate(() => {
        const frameElement = document.querySelector<HTMLIFrameElement>('iframe#tcn')!;
        frameElement.width = '480';
        frameElement.height = '320';
      });
      await frame.waitForFunction(() => innerWidth === 480, null, { timeout: 10_000 });
      await page.waitForTimeout(500);
      const small = await frame.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      }));
      lines.push(
        check(
          small.scrollWidth <= 480,
          `in a 480×320 frame it scrolls down only, never sideways (scroll ${small.scrollWidth}×${small.scrollHeight})`,
        ),
      );

      stage = 'a lesson in the frame';
      await page.goto(parent.url(`${host.url}${LESSON_FRAGMENT}`));
      const lessonFrame = await openFrame(page);
      await lessonFrame.waitForSelector('[data-testid="lesson-panel"]', { timeout: 30_000 });
      // This lesson hides the loss until the class has answered its question.
      const lesson = await measure(lessonFrame, ['[data-testid="chart-loss"]']);
      const lessonId = await lessonFrame.getAttribute(
        '[data-testid="lesson-panel"]',
        'data-lesson',
      );
      lines.push(
        check(
          lessonId === 'lag-too-short' &&
            lesson.scrollWidth <= WIDTH &&
            lesson.scrollHeight <= HEIGHT &&
            lesson.outside.length === 0,
          `with a lesson the frame shows its text beside the network and still fits (scroll ${lesson.scrollWidth}×${lesson.scrollHeight})`,
          `${lessonId}; ${lesson.outside.join(', ')}`,
        ),
      );
      await page.screenshot({
        path: join(SCREENS, 'embed-lesson-960x540.png'),
        clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT },
      });
    } catch (error) {
      lines.push(fail(`embedded, ${stage}: ${message(error)}`));
    } finally {
      await context.close();
      await parent.stop();
      await host.stop();
    }
    lines.push(...errors);

    // The share area of the normal page (dev server): Embed gives the snippet of this state.
    const shareContext = await browser.newContext();
    const share = await shareContext.newPage();
    const shareErrors = recordPageErrors(share, 'share: ');
    try {
      await share.goto(`${baseUrl}/${FRAGMENT.replace('&embed=true', '')}`);
      await share.getByTestId('embed').click();
      const snippet = await share.getByTestId('embed-snippet').inputValue();
      const focused = await share.evaluate(
        () => document.activeElement?.getAttribute('data-testid') ?? '',
      );
      const label = await share.evaluate(
        () =>
          document.querySelector<HTMLTextAreaElement>('[data-testid="embed-snippet"]')?.labels
            ?.length ?? 0,
      );
      const src = /src="([^"]+)"/.exec(snippet)?.[1].replace(/&amp;/g, '&') ?? '';
      const page = share.url();
      lines.push(
        check(
          snippet.includes('embed=true') &&
            snippet.includes('width="960"') &&
            snippet.includes('height="540"') &&
            src === `${page}&embed=true` &&
            focused === 'embed-snippet' &&
            label === 1,
          "the share area's Embed panel holds the <iframe> of this state (embed=true, 960×540), labelled, focused",
          `${snippet} (focus on ${focused}; page ${page})`,
        ),
      );
      await share.keyboard.press('Escape');
      const closed = await share.evaluate(() => ({
        panel: !!document.querySelector('[data-testid="embed-panel"]'),
        focus: document.activeElement?.getAttribute('data-testid') ?? '',
      }));
      lines.push(
        check(
          !closed.panel && closed.focus === 'embed',
          'Escape closes the panel and gives the focus back to Embed',
          JSON.stringify(closed),
        ),
      );
    } catch (error) {
      lines.push(fail(`share area: ${message(error)}`));
    } finally {
      await shareContext.close();
    }
    lines.push(...shareErrors);
    return lines;
  },
};
