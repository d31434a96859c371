// The measured receptive field on the page: clicking "Measure" draws |∂y/∂x| under the lattice,
// and the input steps with a non-zero bar are exactly the steps the lattice lights up.
import type { Browser } from 'playwright-core';
import { parseFragment } from '../../../src/config/playgroundConfig';
import { influence } from '../../../src/engine/receptiveField';
import { reveal, type Line } from '../suite';

const FRAGMENT =
  'task=lag&seq_len=40&lag=2&nb_filters=3&kernel_size=2&dilations=1,4&activation=tanh&batch_size=4&backend=wasm';

export const measuredFieldSuite = {
  name: 'measured-field',
  async run({ browser, baseUrl }: { browser: Browser; baseUrl: string }): Promise<Line[]> {
    const lines: Line[] = [];
    const check = (ok: boolean, text: string) =>
      lines.push({ passed: ok, text: `${ok ? 'PASS' : 'FAIL'} ${text}` });
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/#${FRAGMENT}`);
      const button = page.getByTestId('measure-sensitivity');
      // The lattice and its button are in the "Receptive field" tab under the network picture.
      await button.waitFor({ state: 'attached', timeout: 120_000 });
      await reveal(page, '[data-testid="measure-sensitivity"]');
      await page.waitForFunction(
        () =>
          !(document.querySelector('[data-testid="measure-sensitivity"]') as HTMLButtonElement)
            ?.disabled,
        null,
        { timeout: 120_000 },
      );
      await button.click();
      await page.waitForSelector('rect.lattice-bar', { state: 'attached', timeout: 60_000 });
      const heights = await page.$$eval('rect.lattice-bar', (bars) =>
        bars.map((b) => Number(b.getAttribute('height'))),
      );
      const measured = heights.flatMap((h, s) => (h > 0 ? [s] : []));
      const { config } = parseFragment(`#${FRAGMENT}`);
      const expected = influence(
        config.tcn,
        config.task.seq_len,
        config.task.seq_len - 1,
      ).inputSteps;
      check(
        JSON.stringify(measured) === JSON.stringify(expected),
        `measured |∂y/∂x| is non-zero on input steps [${measured.join(', ')}], the lattice's set is [${expected.join(', ')}]`,
      );
    } finally {
      await context.close();
    }
    return lines;
  },
};
