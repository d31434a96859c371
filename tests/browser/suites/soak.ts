// A long session on every backend: the playground page trains a tiny configuration for 5,000
// steps on webgpu, webgl, wasm and cpu in turn. While it trains, the worker's memory readout
// (data-testid="worker-memory": tf.memory() after each step) is sampled; after a forced garbage
// collection the used JavaScript heap of the page and of the training worker is read at step
// ~500 and again at 5,000 (Chrome DevTools Protocol: the page through its own session, the
// worker through the browser's Target domain). It asserts a constant tensor count after warm-up,
// bounded heap growth in both, and GPU allocations that do not grow after step 500.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import {
  type Line,
  type Suite,
  check,
  fail,
  message,
  recordPageErrors,
  pass,
  seconds,
  withTimeout,
} from '../suite';

const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
type Backend = (typeof BACKENDS)[number];

/**
 * Tiny, so that 5,000 steps fit on SwiftShader WebGPU, where a step costs a few milliseconds per
 * dispatched op whatever the sizes: one residual block of one filter (six variables) on
 * sequences of 8, batch 1. Plain SGD (Adam's extra ops per variable cost WebGPU ~20% more),
 * with clipnorm left on (1) so that the clipping code runs every step.
 */
const FRAGMENT =
  'task=lag&seq_len=8&lag=1&nb_filters=1&kernel_size=2&dilations=1&batch_size=1&optimizer=sgd';
const STEPS = 5000;
/** The first steps build shaders, pools and caches: the tensor count is judged from here on. */
const WARM_UP_STEP = 100;
/** Where the first heap and GPU figures are taken (training pauses there, as at the end). */
const BASE_STEP = 500;
const SAMPLE_MS = 1500;
/**
 * Bounds on the growth of the used heap after a forced GC, step BASE_STEP → STEPS. Measured on 2
 * cores over that span: page +250 to +530 kB, worker +110 to +220 kB; single readings of the
 * page swing by ±300 kB. Heap-snapshot diffs between steps 1,000 and 8,000 put the page's growth
 * (+0.5 to +0.6 MB) almost all in compiled code (V8 optimizing more functions as they get hot),
 * ~30 kB in data (the held-out history: one point per 20 steps, thinned at 400); the worker's
 * (+0.2 MB) in V8's internal lists and compiled JavaScript and wasm code, no objects of its own.
 * A leak of ~330 bytes a step (one kept stats message of this configuration is ~460) fails the
 * page's bound on its own; ~110 bytes a step fails the worker's.
 */
const PAGE_HEAP_GROWTH_BYTES = 1_500_000;
const WORKER_HEAP_GROWTH_BYTES = 500_000;
/**
 * GPU bytes allocated (tfjs's pool of free buffers included) at STEPS may exceed those at
 * BASE_STEP by this much: none, since every step allocates the same shapes (measured: the same
 * byte count at every sample after step 500, 5,820 on webgpu and 4,788 on webgl).
 */
const GPU_GROWTH_BYTES = 0;
/** Per backend, from opening the page to the last figure. */
const BACKEND_TIMEOUT_MS: Record<Backend, number> = {
  webgpu: 12 * 60_000,
  webgl: 8 * 60_000,
  wasm: 4 * 60_000,
  cpu: 4 * 60_000,
};
const LOAD_TIMEOUT_MS = 2 * 60_000;
/** No new step for this long is a stuck backend (the first steps compile every shader). */
const STALL_MS = 90_000;

const testId = (id: string) => `[data-testid="${id}"]`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} kB`;
const signedKb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;

interface Sample {
  /** The step the memory figures belong to (data-step). */
  step: number;
  tensors: number;
  bytes: number;
  gpuBytes: number | null;
  at: number;
}

interface Heap {
  used: number;
  backing: number;
}

interface Checkpoint {
  sample: Sample;
  page: Heap;
  worker: Heap;
}

async function readSample(page: Page): Promise<Sample | null> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const read = await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    return {
      attributes: ['data-step', 'data-tensors', 'data-bytes', 'data-gpu-bytes'].map((name) =>
        el.getAttribute(name),
      ),
      at: Date.now(),
    };
  }, testId('worker-memory'));
  if (!read) return null;
  const [step, tensors, bytes, gpuBytes] = read.attributes.map((v) =>
    v === null ? null : Number(v),
  );
  return {
    step: step ?? -1,
    tensors: tensors ?? -1,
    bytes: bytes ?? -1,
    gpuBytes,
    at: read.at,
  };
}

/** Used heap after a forced GC, through a CDP session on the page. */
async function pageHeap(session: CDPSession): Promise<Heap> {
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  return { used: usage.usedSize, backing: usage.backingStorageSize };
}

/**
 * The training worker of `context` through the browser's CDP session: dedicated workers have
 * no session of their own in Playwright, so messages go through Target.sendMessageToTarget.
 */
async function attachWorker(context: BrowserContext, pageSession: CDPSession) {
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  const contextId = targetInfo.browserContextId;
  const session = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) =>
      t.type === 'worker' && t.url.includes('trainer.worker') && t.browserContextId === contextId,
  );
  if (!worker) {
    await session.detach();
    const seen = targetInfos.map((t) => `${t.type} ${t.url}`).join(', ');
    throw new Error(`no trainer.worker target in the page's context (targets: ${seen})`);
  }
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id!);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  });
  session.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    for (const { reject } of pending.values()) reject(new Error('the worker target went away'));
    pending.clear();
  });
  const send = async <T>(method: string, params: object = {}): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<T>((resolve, reject) =>
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  };
  return {
    url: worker.url,
    async heap(): Promise<Heap> {
      await send('HeapProfiler.collectGarbage');
      const usage = await send<{ usedSize: number; backingStorageSize: number }>(
        'Runtime.getHeapUsage',
      );
      return { used: usage.usedSize, backing: usage.backingStorageSize };
    },
    detach: () => session.detach().catch(() => undefined),
  };
}

/**
 * Clicks pause from inside the page as soon as the step counter reaches `target` (the counter
 * moves every 100 ms), so that a fast backend does not run on until the next sample.
 */
async function pauseAt(page: Page, target: number): Promise<void> {
  await page.evaluate(
    ([countSel, pauseSel, t]) => {
      const count = document.querySelector(countSel)!;
      const observer = new MutationObserver(() => {
        if (Number(count.textContent) < t) return;
        observer.disconnect();
        (document.querySelector(pauseSel) as HTMLButtonElement).click();
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
    },
    [testId('step-count'), testId('pause'), target] as const,
  );
}

/** Waits until training has stopped and the readout shows the last step's figures. */
async function settled(page: Page): Promise<Sample> {
  await page.waitForFunction(
    (s) => document.querySelector(s)?.textContent === 'paused',
    testId('steps-per-second'),
    {
      timeout: STALL_MS,
    },
  );
  // A step under way when pause arrived still reports: wait until the counter holds still.
  let last = await readSample(page);
  for (;;) {
    await page.waitForTimeout(400);
    const now = await readSample(page);
    const count = Number(await page.locator(testId('step-count')).textContent());
    if (now && last && now.step === last.step && now.step === count) return now;
    last = now;
  }
}

interface Run {
  samples: Sample[];
  base: Checkpoint | null;
  end: Checkpoint | null;
  startedAt: number;
  playedAt: number;
}

/** Trains to STEPS, sampling the readout, pausing at BASE_STEP and STEPS for the heap figures. */
async function soak(
  page: Page,
  pageSession: CDPSession,
  worker: Awaited<ReturnType<typeof attachWorker>>,
  run: Run,
  log: (text: string) => void,
): Promise<void> {
  const play = page.locator(testId('play'));
  const checkpoint = async (target: number): Promise<Checkpoint> => {
    await pauseAt(page, target);
    let lastStep = -1;
    let lastMove = Date.now();
    for (;;) {
      const speed = await page.locator(testId('steps-per-second')).textContent();
      const sample = await readSample(page);
      if (sample) {
        run.samples.push(sample);
        if (sample.step !== lastStep) [lastStep, lastMove] = [sample.step, Date.now()];
      }
      if (speed === 'paused' && sample && sample.step >= target) break;
      if (Date.now() - lastMove > STALL_MS) {
        throw new Error(`no new step for ${seconds(STALL_MS)} (last step ${lastStep})`);
      }
      await page.waitForTimeout(SAMPLE_MS);
    }
    const sample = await settled(page);
    run.samples.push(sample);
    const figures = { sample, page: await pageHeap(pageSession), worker: await worker.heap() };
    log(
      `step ${sample.step}: ${sample.tensors} tensors, ${sample.bytes} bytes` +
        `${sample.gpuBytes === null ? '' : `, GPU ${sample.gpuBytes} bytes allocated`}; used heap after GC: page ${mb(figures.page.used)}, worker ${mb(figures.worker.used)} (array buffers: page ${mb(figures.page.backing)}, worker ${mb(figures.worker.backing)})`,
    );
    return figures;
  };
  run.playedAt = Date.now();
  await play.click();
  run.base = await checkpoint(BASE_STEP);
  await play.click();
  run.end = await checkpoint(STEPS);
}

/** ms per step over the samples taken while training ran with steps in [from, to). */
function msPerStep(samples: Sample[], from: number, to: number): number {
  const running = samples.filter((s) => s.step > from && s.step < to);
  if (running.length < 2) return NaN;
  const [first, last] = [running[0], running[running.length - 1]];
  return (last.at - first.at) / (last.step - first.step);
}

function verdicts(backend: Backend, run: Run): Line[] {
  const lines: Line[] = [];
  const { base, end, samples } = run;

  // The tensor count, over whatever was sampled (also when the run did not finish).
  const after = samples.filter((s) => s.step >= WARM_UP_STEP);
  if (after.length > 0) {
    const counts = after.map((s) => s.tensors);
    const [min, max] = [Math.min(...counts), Math.max(...counts)];
    const bytes = after.map((s) => s.bytes);
    lines.push(
      check(
        after.length >= 10 && min === max,
        `${backend}: tensor count constant at ${min} over ${after.length} samples, steps ${after[0].step}–${after[after.length - 1].step} (tensor bytes ${Math.min(...bytes)}–${Math.max(...bytes)})`,
        after.length < 10 ? `only ${after.length} samples` : `it ranged ${min}–${max}`,
      ),
    );
  }
  if (!base || !end) return lines;

  const early = msPerStep(samples, base.sample.step, base.sample.step + 1000);
  const late = msPerStep(samples, STEPS - 1000, STEPS);
  lines.push(
    check(
      end.sample.step >= STEPS,
      `${backend}: trained ${end.sample.step} steps in ${seconds(end.sample.at - run.playedAt)}: ${msPerStep(samples, base.sample.step, STEPS).toFixed(1)} ms/step from step ${base.sample.step} on (${early.toFixed(1)} over the first 1,000 steps after it, ${late.toFixed(1)} over the last 1,000)`,
    ),
  );

  for (const [who, bound] of [
    ['page', PAGE_HEAP_GROWTH_BYTES],
    ['worker', WORKER_HEAP_GROWTH_BYTES],
  ] as const) {
    const growth = end[who].used - base[who].used;
    lines.push(
      check(
        growth <= bound,
        `${backend}: ${who} JS heap used after a forced GC ${mb(base[who].used)} at step ${base.sample.step} → ${mb(end[who].used)} at step ${end.sample.step} (${signedKb(growth)}; bound +${kb(bound)})`,
      ),
    );
  }

  const [from, to] = [base.sample.gpuBytes, end.sample.gpuBytes];
  if (backend === 'webgpu' || backend === 'webgl') {
    const seen = samples
      .filter((s) => s.step >= base.sample.step && s.gpuBytes !== null)
      .map((s) => s.gpuBytes!);
    lines.push(
      from !== null && to !== null
        ? check(
            to - from <= GPU_GROWTH_BYTES,
            `${backend}: GPU bytes allocated ${from} at step ${base.sample.step} → ${to} at step ${end.sample.step} (${signedKb(to - from)}; allowed +${kb(GPU_GROWTH_BYTES)}; ${Math.min(...seen)}–${Math.max(...seen)} over the ${seen.length} samples between)`,
          )
        : fail(`${backend}: no GPU allocation figure (data-gpu-bytes) on the readout`),
    );
  } else if (from !== null || to !== null) {
    lines.push(fail(`${backend}: a GPU allocation figure on a CPU backend (${from}, ${to})`));
  }
  return lines;
}

async function soakBackend(
  context: BrowserContext,
  baseUrl: string,
  backend: Backend,
  log: (text: string) => void,
): Promise<Line[]> {
  const lines: Line[] = [];
  const page = await context.newPage();
  const errors = recordPageErrors(page, `${backend}: `);
  const run: Run = { samples: [], base: null, end: null, startedAt: Date.now(), playedAt: 0 };
  let worker: Awaited<ReturnType<typeof attachWorker>> | null = null;
  const work = async () => {
    await page.goto(`${baseUrl}/#${FRAGMENT}&backend=${backend}`, { timeout: LOAD_TIMEOUT_MS });
    const badge = page.locator(testId('backend'));
    await page.waitForFunction(
      (s) => !/starting/.test(document.querySelector(s)?.textContent ?? 'starting'),
      testId('backend'),
      { timeout: LOAD_TIMEOUT_MS },
    );
    const runsOn = (await badge.textContent())?.trim();
    if (runsOn !== backend) throw new Error(`the page runs on ${runsOn}, not ${backend}`);
    const pageSession = await context.newCDPSession(page);
    worker = await attachWorker(context, pageSession);
    log(`${backend}: ready after ${seconds(Date.now() - run.startedAt)}; worker ${worker.url}`);
    await soak(page, pageSession, worker, run, log);
  };
  const running = work();
  // After a timeout the work goes on until closing the context makes it fail: keep that quiet.
  running.catch(() => undefined);
  try {
    await withTimeout(running, BACKEND_TIMEOUT_MS[backend], `${backend}: ${STEPS} steps`);
  } catch (error) {
    const reached = run.samples[run.samples.length - 1]?.step ?? 0;
    lines.push(fail(`${backend}: ${message(error)} (reached step ${reached})`));
  } finally {
    await (worker as Awaited<ReturnType<typeof attachWorker>> | null)?.detach();
  }
  lines.push(...verdicts(backend, run));
  lines.push(...errors);
  if (errors.length === 0) lines.push(pass(`${backend}: no page or console errors`));
  log(`${backend}: ${seconds(Date.now() - run.startedAt)} in all`);
  return lines;
}

export const soakSuite: Suite = {
  name: 'soak',
  async run({ browser, baseUrl, log }) {
    const lines: Line[] = [];
    for (const backend of BACKENDS) {
      // A fresh context per backend: nothing of one run stays alive in the next.
      const context = await browser.newContext();
      try {
        lines.push(...(await soakBackend(context, baseUrl, backend, log)));
      } finally {
        await context.close();
      }
    }
    return lines;
  },
};
