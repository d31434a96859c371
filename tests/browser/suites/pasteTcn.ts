// "Paste your TCN" in the page: the keras-tcn gradient case pasted as Python becomes the
// settings, and the page shows at once what Keras only warns about (matching_conv1D gets no
// gradient), with the receptive field and parameters of the pasted call; a hostile paste is
// read, never run, and reported; a paste that cannot be read says why and changes nothing.
import type { Browser } from 'playwright-core';
import { type Line, type Suite, check, fail, message, openPlayground } from '../suite';

const UI_TIMEOUT_MS = 15_000;
const testId = (id: string) => `[data-testid="${id}"]`;

/** The keras-tcn report: one block, skip connections, 4 input channels into 2 filters. */
const GRADIENT_CASE = `from tcn import TCN
model = Sequential()
model.add(TCN(nb_filters=2,  # the report's layer
              kernel_size=3, dilations=[1],
              use_skip_connections=True, return_sequences=True,
              input_shape=(64, 4)))`;

async function paste(page: import('playwright-core').Page, text: string) {
  await page.fill(testId('paste-tcn-text'), text);
  await page.click(testId('paste-tcn-use'));
  return (
    await page.waitForSelector(testId('paste-tcn-result'), { timeout: UI_TIMEOUT_MS })
  ).textContent();
}

async function pasteLines(browser: Browser, baseUrl: string, lines: Line[]) {
  const { page, close } = await openPlayground(browser, `${baseUrl}/`);
  try {
    await page.click(`${testId('paste-tcn')} summary`);
    const result = await paste(page, GRADIENT_CASE);
    lines.push(
      check(
        /Read as a Python TCN\(\.\.\.\) call/.test(result ?? ''),
        'a TCN(...) call nested in code is read',
        result ?? '',
      ),
    );
    const kernel = await page.inputValue('#field-kernel_size');
    const rf = await page.textContent(testId('receptive-field'));
    lines.push(
      check(
        kernel === '3' && rf?.trim() === '5',
        'its arguments become the settings: kernel 3, receptive field 5',
        `${kernel} ${rf}`,
      ),
    );
    const callout = await (
      await page.waitForSelector(testId('dead-callout'), { timeout: UI_TIMEOUT_MS })
    ).textContent();
    lines.push(
      check(
        /matching_conv1D/.test(callout ?? ''),
        'the page shows at once that matching_conv1D will get no gradient',
        callout ?? '',
      ),
    );
    // urlSync writes the link 400 ms after the last edit.
    await page.waitForTimeout(1_000);
    const link = await page.evaluate(() => location.hash);
    const hostile = await paste(
      page,
      "TCN(nb_filters=__import__('os').system('echo hi'), kernel_size=4)",
    );
    lines.push(
      check(
        /nb_filters/.test(hostile ?? '') && /not a literal/i.test(hostile ?? ''),
        'a hostile argument is reported as not a literal, never run',
        hostile ?? '',
      ),
    );
    lines.push(
      check((await page.inputValue('#field-kernel_size')) === '4', 'the rest of that call is used'),
    );
    const broken = await paste(page, 'TCN(nb_filters=8, kernel_size=3');
    lines.push(
      check(
        /not closed|missing/i.test(broken ?? ''),
        'an unclosed call says what is missing',
        broken ?? '',
      ),
    );
    lines.push(check((await page.inputValue('#field-kernel_size')) === '4', 'and changes nothing'));
    lines.push(
      check(link.includes('kernel_size=3'), 'the link followed the pasted settings', link),
    );
  } finally {
    lines.push(...(await close()));
  }
}

export const pasteTcnSuite: Suite = {
  name: 'paste-tcn',
  async run({ browser, baseUrl }) {
    const lines: Line[] = [];
    try {
      await pasteLines(browser, baseUrl, lines);
    } catch (error) {
      lines.push(fail(`paste your TCN: ${message(error)}`));
    }
    return lines;
  },
};
