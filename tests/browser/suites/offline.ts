// The built site on a plain static host under a sub-path, with its service worker: the worker
// makes the page cross-origin isolated (wasm threads), keeps the app for use without a network,
// and a new version is taken at the next load with a notice.
import { appendFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { check, message, recordPageErrors, type Line, type Suite } from '../suite';
import { serveStatic, siteFile } from '../staticHost';

const FRAGMENT =
  '#task=lag&seq_len=32&lag=4&nb_filters=4&kernel_size=2&dilations=1,2,4&batch_size=4&backend=wasm';

const stepCount = async (page: Page) =>
  Number(((await page.getByTestId('step-count').textContent()) ?? '').replace(/\D/g, ''));

/** Plays until `steps` steps have run, pauses, and says what ran them. */
async function train(page: Page, steps: number): Promise<{ backend: string; threads: string }> {
  await page.getByTestId('play').click({ timeout: 120_000 });
  await page.waitForFunction(
    (n) =>
      Number(
        (document.querySelector('[data-testid="step-count"]')?.textContent ?? '').replace(
          /\D/g,
          '',
        ),
      ) >= n,
    steps,
    { timeout: 120_000 },
  );
  await page.getByTestId('pause').click();
  return {
    backend: ((await page.getByTestId('backend').textContent()) ?? '').trim(),
    threads: ((await page.getByTestId('backend-threads').textContent()) ?? '').trim(),
  };
}

const notices = async (page: Page) =>
  (await page.locator('.training-notices').allTextContents()).join(' ');

export const offlineSuite: Suite = {
  name: 'offline',
  async run({ browser }) {
    const lines: Line[] = [];
    const host = await serveStatic();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = recordPageErrors(page, '', 'Failed to load resource');
    let stage = 'first load';
    try {
      await page.goto(`${host.url}${FRAGMENT}`);
      // The first load installs the worker, which takes the page over; the page reloads once.
      await page.waitForFunction(
        () => crossOriginIsolated && !!navigator.serviceWorker.controller,
        null,
        { timeout: 120_000 },
      );
      lines.push(
        check(true, 'after the service worker takes over, the page is cross-origin isolated'),
      );
      await page.waitForSelector('.training-notices', { timeout: 30_000 });
      const ready = await notices(page);
      lines.push(check(/Offline ready/.test(ready), `the page says so ("${ready}")`));
      stage = 'training after the takeover';
      const first = await train(page, 3);
      const threads = Number(first.threads.replace(/\D/g, ''));
      lines.push(
        check(
          first.backend === 'wasm' && threads > 1,
          `it trains on wasm with more than one thread (${first.backend} ${first.threads})`,
        ),
      );

      // A new version on the host: found at this load, it waits; it is taken at the next one.
      stage = 'a new version';
      appendFileSync(siteFile('sw.js'), '\n// the next version\n');
      await page.reload();
      await page.waitForFunction(
        () => /new version/.test(document.querySelector('.training-notices')?.textContent ?? ''),
        null,
        { timeout: 60_000 },
      );
      lines.push(
        check(
          (await stepCount(page)) === 0,
          `a new version found while the page is open waits, with a notice ("${await notices(page)}")`,
        ),
      );
      await page.reload();
      await page.waitForFunction(
        () => /was updated/.test(document.querySelector('.training-notices')?.textContent ?? ''),
        null,
        { timeout: 60_000 },
      );
      lines.push(check(true, `the next load takes it and says so ("${await notices(page)}")`));

      // The network gone: the host is stopped, the page reloads from the service worker.
      stage = 'offline';
      await host.stop();
      const servedBefore = host.served.length;
      await page.reload();
      const offline = await train(page, 2);
      lines.push(
        check(
          offline.backend === 'wasm' && Number(offline.threads.replace(/\D/g, '')) > 1,
          `with the host stopped, a reload opens the app and it trains (${offline.backend} ${offline.threads})`,
        ),
      );
      lines.push(
        check(
          host.served.length === servedBefore,
          `nothing reached the host after it stopped (${host.served.length - servedBefore} requests)`,
        ),
      );
    } catch (error) {
      lines.push(
        check(
          false,
          `the offline walk-through failed at "${stage}": ${message(error)} (page: ${await page
            .evaluate(() =>
              JSON.stringify({
                isolated: crossOriginIsolated,
                controlled: !!navigator.serviceWorker.controller,
                notices: document.querySelector('.training-notices')?.textContent,
                messages: document.querySelector('.training-messages')?.textContent,
                step: document.querySelector('[data-testid="step-count"]')?.textContent,
                backend: document.querySelector('.backend')?.textContent,
              }),
            )
            .catch(() => '?')}; served: ${host.served.join(', ')})`,
        ),
      );
    } finally {
      await context.close();
      await host.stop();
    }
    return [...lines, ...errors];
  },
};
