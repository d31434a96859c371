// `npm run bench`: training speed per backend and configuration in headless Chromium (the test
// launch flags), page load to the first trained step, the longest main-thread task while the
// page trains, and the initial JavaScript size. Prints a table and writes bench/results.json;
// `npm run bench -- --json` prints only the JSON. Options: --backends=wasm,cpu --configs=reference
// --steps=5 --warmup=2.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { DEFAULT_CONFIG, encodeFragment } from '../src/config/playgroundConfig';
import { SEED_CASE_FRAGMENT } from '../src/ui/store';
import type { BenchRequest, BenchResult } from './benchPage';
import { kerasTcnStep } from './kerasStep';
import { parseFragment } from '../src/config/playgroundConfig';
import { launchChromium } from '../tests/browser/chromium';
import { startDevServer } from '../tests/browser/server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'] as const;
  }),
);
const jsonOnly = args.has('json');
const log = (line: string) => (jsonOnly ? process.stderr.write(`${line}\n`) : console.log(line));

const CONFIGS: Record<string, string> = {
  reference:
    'task=sine&seq_len=256&input_dim=1&nb_filters=32&kernel_size=3&dilations=1,2,4,8,16,32&use_skip_connections=true&return_sequences=true&batch_size=32&optimizer=adam',
  default: encodeFragment(DEFAULT_CONFIG),
  seed: SEED_CASE_FRAGMENT,
};
const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
const backends = (args.get('backends')?.split(',') ?? [...BACKENDS]) as BenchRequest['backend'][];
const configs = args.get('configs')?.split(',') ?? Object.keys(CONFIGS);
const steps = Number(args.get('steps') ?? 5);
const warmup = Number(args.get('warmup') ?? 2);

interface Row extends Partial<BenchResult> {
  config: string;
  /** wasm: threads asked for (1, or every core). */
  threadsAsked?: number;
  error?: string;
}

/** The runs of one backend: wasm once single-threaded and once on every core. */
const variants = (backend: BenchRequest['backend']): (number | undefined)[] =>
  backend === 'wasm' ? [1, cpus().length] : [undefined];

async function initialJavaScript(): Promise<{ files: string[]; gzipBytes: number }> {
  const outDir = join(ROOT, 'node_modules/.bench-dist');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gzipBytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(outDir, f))).length,
    0,
  );
  return { files, gzipBytes };
}

async function main() {
  const started = Date.now();
  const bundle = await initialJavaScript();
  log(
    `initial JavaScript: ${(bundle.gzipBytes / 1024).toFixed(0)} KB gzipped (${bundle.files.join(', ')})`,
  );
  const server = await startDevServer(ROOT);
  const previewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: join(ROOT, 'node_modules/.bench-dist') },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = previewServer.httpServer.address();
  const previewUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  const rows: Row[] = [];
  const kerasRows: ({ config: string } & Awaited<ReturnType<typeof kerasTcnStep>>)[] = [];
  const autoChoices: { config: string; chosen?: string; figures?: string; error?: string }[] = [];
  const pageLoads: {
    config: string;
    backend: string;
    msToFirstStep?: number;
    longestTaskMs?: number;
    error?: string;
  }[] = [];
  try {
    for (const config of configs) {
      for (const backend of backends) {
        for (const threads of variants(backend)) {
          const what = `${config} on ${backend}${threads ? ` ×${threads} thread${threads > 1 ? 's' : ''}` : ''}`;
          const page = await browser.newPage();
          try {
            await page.goto(`${server.url}/bench/bench.html`);
            await page.waitForFunction(() => typeof window.runBench === 'function', null, {
              timeout: 120_000,
            });
            const request: BenchRequest = {
              backend,
              fragment: CONFIGS[config],
              steps,
              warmup,
              threads,
            };
            const result = await page.evaluate((r) => window.runBench(r), request);
            rows.push({ config, threadsAsked: threads, ...result });
            log(
              `${what}: ${result.stepMs.toFixed(0)} ms/step (${result.stepMsNoReport.toFixed(0)} without the report)${result.threads ? `, ${result.threads} thread(s) ran` : ''}`,
            );
          } catch (error) {
            rows.push({
              config,
              backend,
              threadsAsked: threads,
              error: String((error as Error).message).split('\n')[0],
            });
            log(`${what}: failed — ${rows[rows.length - 1].error}`);
          } finally {
            await page.close();
          }
        }
      }
    }
    // keras-tcn on TensorFlow (CPU) on the same shapes, when a Python with TensorFlow is here.
    for (const config of configs) {
      const keras = await kerasTcnStep(parseFragment(CONFIGS[config]).config, { steps, warmup });
      kerasRows.push({ config, ...keras });
      log(
        'msPerStep' in keras
          ? `${config} on keras-tcn (TensorFlow ${keras.tensorflow} CPU): ${keras.msPerStep.toFixed(0)} ms/step`
          : `${config} on keras-tcn: unavailable — ${keras.unavailable}`,
      );
    }
    // The page as a user gets it (the production build), training on each backend. The preview
    // server sends the isolation headers itself; the service worker's one reload on a first visit
    // would cut the measurement short, so it is kept out.
    const pageContext = await browser.newContext({ serviceWorkers: 'block' });
    for (const config of configs) {
      for (const backend of backends) {
        const page = await pageContext.newPage();
        await page.addInitScript(() => {
          const longest = { ms: 0 };
          (window as unknown as { __longest: typeof longest }).__longest = longest;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              longest.ms = Math.max(longest.ms, entry.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        try {
          await page.goto(`${previewUrl}/#${CONFIGS[config]}&backend=${backend}`);
          await page.getByTestId('play').click({ timeout: 60_000 });
          const msToFirstStep = await page.waitForFunction(
            // The step counter, not the gradient rows: those show the predicted reachability
            // (a status other than pending) before any step has run.
            () =>
              Number(
                (document.querySelector('[data-testid="step-count"]')?.textContent ?? '').replace(
                  /\D/g,
                  '',
                ),
              ) >= 1
                ? performance.now()
                : false,
            null,
            { timeout: 300_000, polling: 20 },
          );
          const first = (await msToFirstStep.jsonValue()) as number;
          // Long tasks are counted while training runs, after the page has loaded.
          await page.evaluate(
            () => ((window as unknown as { __longest: { ms: number } }).__longest.ms = 0),
          );
          await page.waitForTimeout(5000);
          const longestTaskMs = await page.evaluate(
            () => (window as unknown as { __longest: { ms: number } }).__longest.ms,
          );
          pageLoads.push({ config, backend, msToFirstStep: first, longestTaskMs });
          log(
            `page ${config} on ${backend}: first step at ${first.toFixed(0)} ms, longest main-thread task ${longestTaskMs.toFixed(0)} ms`,
          );
        } catch (error) {
          pageLoads.push({
            config,
            backend,
            error: String((error as Error).message).split('\n')[0],
          });
          log(`page ${config} on ${backend}: failed — ${pageLoads[pageLoads.length - 1].error}`);
        } finally {
          await page.close();
        }
      }
    }
    // What `auto` takes on this machine for each configuration, and the figures it took it by.
    for (const config of configs) {
      const page = await pageContext.newPage();
      try {
        await page.goto(`${previewUrl}/#${CONFIGS[config]}&backend=auto`);
        const badge = page.locator('.backend[title*="by measurement"]').first();
        await badge.waitFor({ timeout: 120_000 });
        const chosen = ((await page.getByTestId('backend').textContent()) ?? '').trim();
        const figures = ((await badge.getAttribute('title')) ?? '').replace(/^.*measurement: /, '');
        autoChoices.push({ config, chosen, figures });
        log(`auto for ${config}: ${chosen} (${figures})`);
      } catch (error) {
        autoChoices.push({ config, error: String((error as Error).message).split('\n')[0] });
        log(`auto for ${config}: failed — ${autoChoices[autoChoices.length - 1].error}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await new Promise<void>((r) => previewServer.httpServer.close(() => r()));
  }

  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      chromium: browser.version(),
    },
    steps,
    warmup,
    initialJavaScriptGzipBytes: bundle.gzipBytes,
    training: rows,
    kerasTcn: kerasRows,
    auto: autoChoices,
    pageLoad: pageLoads,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (jsonOnly) {
    console.log(JSON.stringify(results));
    return;
  }
  const fmt = (v?: number) => (v === undefined ? '–' : v.toFixed(0));
  const label = (r: Row) =>
    r.threadsAsked ? `${r.backend} ×${r.threads ?? r.threadsAsked} thread(s)` : `${r.backend}`;
  console.log(
    '\n| config | backend | kernels/step | ms/step | ms/step without report | report cost | first step ms | rebuild → start ms | rebuild → first step ms |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const cost =
      r.stepMs && r.stepMsNoReport
        ? `${(((r.stepMs - r.stepMsNoReport) / r.stepMsNoReport) * 100).toFixed(0)}%`
        : '–';
    console.log(
      r.error
        ? `| ${r.config} | ${label(r)} | failed: ${r.error} | | | | | | |`
        : `| ${r.config} | ${label(r)} | ${fmt(r.kernelsPerStep)} | ${fmt(r.stepMs)} | ${fmt(r.stepMsNoReport)} | ${cost} | ${fmt(r.firstStepMs)} | ${fmt(r.rebuildToStartMs)} | ${fmt(r.rebuildToFirstStepMs)} |`,
    );
  }
  console.log(
    '\n| config | backend | page load → first trained step ms | longest main-thread task ms |',
  );
  console.log('| --- | --- | ---: | ---: |');
  for (const p of pageLoads) {
    console.log(
      p.error
        ? `| ${p.config} | ${p.backend} | failed: ${p.error} | |`
        : `| ${p.config} | ${p.backend} | ${fmt(p.msToFirstStep)} | ${fmt(p.longestTaskMs)} |`,
    );
  }
  console.log(
    '\n| config | keras-tcn ms/step | playground wasm ms/step (1 thread · all) | ratio |',
  );
  console.log('| --- | ---: | ---: | ---: |');
  for (const k of kerasRows) {
    const wasm = rows.filter((r) => r.config === k.config && r.backend === 'wasm' && r.stepMs);
    const best = Math.min(...wasm.map((r) => r.stepMs!));
    console.log(
      'msPerStep' in k
        ? `| ${k.config} | ${fmt(k.msPerStep)} | ${wasm.map((r) => fmt(r.stepMs)).join(' · ')} | ${wasm.length ? `${(best / k.msPerStep).toFixed(1)}×` : '–'} |`
        : `| ${k.config} | unavailable: ${k.unavailable} | | |`,
    );
  }
  for (const a of autoChoices) {
    console.log(
      `auto for ${a.config}: ${a.error ? `failed: ${a.error}` : `${a.chosen} (${a.figures})`}`,
    );
  }
  console.log(
    `\ninitial JavaScript ${(bundle.gzipBytes / 1024).toFixed(0)} KB gzipped; results in bench/results.json (${results.seconds} s)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
