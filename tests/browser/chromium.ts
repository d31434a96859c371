// Finds the system Chromium and launches it headless with a software WebGPU adapter
// (SwiftShader). Playwright's and Puppeteer's own browser downloads are never used: they cannot
// reach their servers from the machines this project is built on.
import { execSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags from shared/TFJS-FACTS.md: WebGPU on SwiftShader, and no attempts to reach outside. */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
  '--enable-features=Vulkan',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findInstalled(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
    }
    return fromEnv;
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

/**
 * The Chromium to drive: $CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/chromium-browser.
 * As root on Debian with none installed, installs the `chromium` package with apt-get.
 */
export function findChromium(): string {
  const found = findInstalled();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing the Debian package (apt-get install -y chromium)');
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
    const installed = findInstalled();
    if (installed) return installed;
    throw new Error('apt-get install -y chromium finished, but no chromium executable appeared.');
  }
  throw new Error(
    `No Chromium found (looked at $CHROMIUM_PATH, ${CANDIDATES.join(', ')}). The browser tests ` +
      'need a system Chromium: on Debian/Ubuntu run `sudo apt-get update && sudo apt-get install ' +
      '-y chromium`, or set CHROMIUM_PATH to a Chromium/Chrome executable. Playwright browser ' +
      'downloads are not used.',
  );
}

/**
 * Launches headless Chromium with the WebGPU/SwiftShader flags. Playwright refuses a
 * `--user-data-dir` argument in `launch()`; instead it always starts the browser on a fresh
 * temporary profile of its own (/tmp/playwright_chromiumdev_profile-*) and deletes it on close,
 * which is what the tests need. (`launchPersistentContext` would return a single context rather
 * than a Browser, and suites want a clean context each.)
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
