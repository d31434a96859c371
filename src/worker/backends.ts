// Picks and starts the TensorFlow.js backend the training worker runs on, with a reason the page
// can show. WebGPU and wasm are loaded on demand; webgl and cpu come with @tensorflow/tfjs.
import * as tf from '@tensorflow/tfjs';
import type { BackendChoice } from '../config/playgroundConfig';
import { t } from '../i18n/core';
import { BACKEND_ORDER, type BackendName, type BackendStatus } from './protocol';
// Vite serves these in dev and copies them into dist on build; setWasmPaths points tfjs at them.
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/**
 * What `navigator.gpu.requestAdapter()` says about WebGPU here. The probe is taken once per
 * worker, but the language may change after it: its texts are read in the current one.
 */
export interface AdapterProbe {
  /** A hardware adapter that is worth using. */
  usable: boolean;
  /** Why WebGPU is skipped when it is not usable. */
  readonly why?: string;
  /** "vendor architecture" of the adapter, when there is one. */
  readonly adapter?: string;
  /** The adapter named alike in every language: part of the key `auto`'s measurements are kept by. */
  id?: string;
  software?: boolean;
}

type AdapterWithFallbackFlag = GPUAdapter & { isFallbackAdapter?: boolean };
type InfoWithFallbackFlag = GPUAdapterInfo & { isFallbackAdapter?: boolean };

let probed: Promise<AdapterProbe> | null = null;

/** Probes the WebGPU adapter once per worker: a software adapter is slower than wasm. */
export function probeAdapter(): Promise<AdapterProbe> {
  probed ??= (async (): Promise<AdapterProbe> => {
    const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
    if (!gpu) {
      return {
        usable: false,
        get why() {
          return t('runtime.backends.noWebgpu');
        },
      };
    }
    let adapter: AdapterWithFallbackFlag | null;
    try {
      adapter = await gpu.requestAdapter();
    } catch (error) {
      return {
        usable: false,
        get why() {
          return t('runtime.backends.adapterRequestFailed', { error: errorText(error) });
        },
      };
    }
    if (!adapter) {
      return {
        usable: false,
        get why() {
          return t('runtime.backends.noAdapter');
        },
      };
    }
    const info = adapter.info as InfoWithFallbackFlag | undefined;
    const vendor = info?.vendor || '';
    const architecture = info?.architecture || info?.description || '';
    const name = () =>
      `${vendor || t('runtime.backends.unknownVendor')} ${architecture || t('runtime.backends.unknownArchitecture')}`;
    const id = `${vendor || '?'} ${architecture || '?'}`;
    const swiftshader = /swiftshader/i.test(`${info?.architecture} ${info?.description}`);
    if (swiftshader || adapter.isFallbackAdapter || info?.isFallbackAdapter) {
      return {
        usable: false,
        software: true,
        id,
        get adapter() {
          return name();
        },
        get why() {
          return t('runtime.backends.softwareAdapter', {
            adapter: swiftshader ? 'SwiftShader' : name(),
          });
        },
      };
    }
    return {
      usable: true,
      id,
      get adapter() {
        return name();
      },
    };
  })();
  return probed;
}

let wasmPathsSet = false;
/** navigator.hardwareConcurrency as the browser reports it, read before allowWasmThreads. */
export const LOGICAL_CORES = Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 1);

/**
 * tfjs's wasm build caps its thread pool at half of navigator.hardwareConcurrency (it assumes two
 * hyperthreads per core), so a 2-core device gets one thread whatever setThreadsCount asks. The
 * build reads the figure once, when it starts; reporting twice the wanted count to it, in this
 * worker's scope only, lets the pool have one thread per logical core.
 */
function allowWasmThreads(threads: number): void {
  const navigator = globalThis.navigator as Navigator | undefined;
  if (!navigator || threads <= Math.floor(LOGICAL_CORES / 2)) return;
  try {
    Object.defineProperty(navigator, 'hardwareConcurrency', {
      value: threads * 2,
      configurable: true,
    });
  } catch {
    // A browser that refuses keeps tfjs's own cap: fewer threads, same results.
  }
}
/** Threads the wasm backend asks for when it starts: every core, unless a caller says fewer. */
let wasmThreadsWanted: number | null = null;

/**
 * Sets how many threads the wasm backend starts with (the benchmark measures 1 against all).
 * It applies when wasm is next initialised, which tfjs does once per worker or page.
 */
export function setWasmThreads(threads: number | null): void {
  wasmThreadsWanted = threads;
}

/** Imports what a backend needs and registers it with tfjs. */
async function load(name: BackendName): Promise<void> {
  if (name === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  } else if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (!wasmPathsSet) {
      // The threaded build runs only where the page is cross-origin isolated (the dev and preview
      // servers send COOP/COEP; on a static host the service worker adds them); elsewhere tfjs
      // takes the single-threaded SIMD build by itself.
      const threads = wasmThreadsWanted ?? LOGICAL_CORES;
      allowWasmThreads(threads);
      wasm.setThreadsCount(threads);
      wasm.setWasmPaths({
        'tfjs-backend-wasm.wasm': absolute(wasmPlainUrl),
        'tfjs-backend-wasm-simd.wasm': absolute(wasmSimdUrl),
        'tfjs-backend-wasm-threaded-simd.wasm': absolute(wasmThreadedUrl),
      });
      wasmPathsSet = true;
    }
  }
}

/** Asset URLs may be relative (base './'): resolve them against the worker's own URL. */
function absolute(url: string): string {
  return new URL(url, globalThis.location?.href).href;
}

/** Starts one backend and checks it computes; throws saying what failed. */
export async function activate(name: BackendName): Promise<void> {
  await load(name);
  if (!tf.findBackendFactory(name)) {
    throw new Error(
      t(name === 'webgpu' ? 'runtime.backends.noWebgpu' : 'runtime.backends.notRegistered'),
    );
  }
  let ok: boolean;
  try {
    ok = await tf.setBackend(name);
  } catch (error) {
    throw new Error(t('runtime.backends.didNotStartBecause', { error: errorText(error) }), {
      cause: error,
    });
  }
  if (!ok || tf.getBackend() !== name) {
    throw new Error(
      t(
        name === 'webgpu'
          ? 'runtime.backends.didNotStartWebgpu'
          : name === 'webgl'
            ? 'runtime.backends.didNotStartWebgl'
            : 'runtime.backends.didNotStart',
      ),
    );
  }
  const sum = tf.tidy(() => tf.add(tf.tensor1d([1, 2]), tf.scalar(3)));
  let values: ArrayLike<number>;
  try {
    values = await sum.data();
  } finally {
    sum.dispose();
  }
  if (values[0] !== 4 || values[1] !== 5) {
    throw new Error(t('runtime.backends.computedWrong', { first: values[0], second: values[1] }));
  }
}

/** How many threads the running wasm backend computes with, and why only one where so. */
export async function wasmThreading(): Promise<Pick<BackendStatus, 'threads' | 'threadsWhy'>> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  let threads = 1;
  try {
    threads = wasm.getThreadsCount();
  } catch {
    // Not initialised through this module's copy: count it as one thread.
  }
  if (threads > 1) return { threads };
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  const threadedBuild = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  return {
    threads,
    threadsWhy: !isolated
      ? t('runtime.backends.threads.notIsolated')
      : !threadedBuild
        ? t('runtime.backends.threads.noThreadedWasm')
        : wasmThreadsWanted === 1
          ? t('runtime.backends.threads.oneAsked')
          : t('runtime.backends.threads.cores', { count: LOGICAL_CORES }),
  };
}

/**
 * Starts the first backend that works among `candidates`. `failures` are the reasons the ones
 * before were skipped; they become the reason unless the first candidate works.
 */
export async function firstWorking(
  candidates: readonly BackendName[],
  requested: BackendChoice,
  failures: string[],
  describe: (name: BackendName) => string,
  adapter?: string,
): Promise<BackendStatus> {
  for (const name of candidates) {
    try {
      await activate(name);
      const reason = failures.length ? failures.join(t('runtime.separator')) : describe(name);
      const status: BackendStatus = { name, requested, reason: `${name} — ${reason}` };
      if (adapter) status.adapter = adapter;
      if (name === 'wasm') Object.assign(status, await wasmThreading());
      return status;
    } catch (error) {
      failures.push(t('runtime.backends.failed', { backend: name, error: errorText(error) }));
    }
  }
  throw new Error(
    t('runtime.backends.noneWorks', { failures: failures.join(t('runtime.separator')) }),
  );
}

/**
 * Starts the backend for a configuration. A forced backend that fails falls to the next in
 * webgpu → wasm → webgl → cpu; `auto` takes WebGPU only on a hardware adapter, else wasm.
 */
export async function selectBackend(choice: BackendChoice): Promise<BackendStatus> {
  if (choice === 'auto') {
    const probe = await probeAdapter();
    if (probe.usable) {
      return firstWorking(BACKEND_ORDER, choice, [], () => probe.adapter!, probe.adapter);
    }
    return firstWorking(
      BACKEND_ORDER.filter((b) => b !== 'webgpu'),
      choice,
      [probe.why!],
      () => probe.why!,
      probe.adapter,
    );
  }
  const probe = choice === 'webgpu' ? await probeAdapter() : null;
  return firstWorking(
    BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(choice)),
    choice,
    [],
    (name) =>
      name === 'webgpu' && probe?.software
        ? t('runtime.backends.asRequestedSoftware', { adapter: probe.adapter })
        : name === 'webgpu' && probe?.adapter
          ? t('runtime.backends.asRequestedAdapter', { adapter: probe.adapter })
          : t('runtime.backends.asRequested'),
    probe?.adapter,
  );
}

/** The backend after `failed` in the fallback order that starts, with `cause` as its reason. */
export async function fallbackBackend(
  failed: BackendName,
  requested: BackendChoice,
  cause: string,
): Promise<BackendStatus> {
  const rest = BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(failed) + 1);
  if (failed === 'webgpu' || failed === 'webgl') discardBackend(failed);
  return firstWorking(rest, requested, [cause], () => cause);
}

/**
 * Drops a broken backend instance (its device is gone) but keeps it registered, so that asking
 * for it again creates a fresh one.
 */
export function discardBackend(name: BackendName): void {
  const factory = tf.findBackendFactory(name);
  if (!factory) return;
  try {
    tf.removeBackend(name);
  } catch {
    // Disposing a backend whose device is lost may throw; it is dropped all the same.
  }
  tf.registerBackend(name, factory, name === 'webgpu' ? 3 : 1);
}

/** The WebGPU device the current backend computes on, or null on any other backend. */
function webgpuDevice(): GPUDevice | null {
  if (tf.getBackend() !== 'webgpu') return null;
  return (tf.backend() as unknown as { device?: GPUDevice }).device ?? null;
}

/** The WebGL context the current backend computes on, or null on any other backend. */
function webglContext(): WebGLRenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl ?? null;
}

/** What a GPU backend computes on (a WebGPU device, a WebGL context); null on wasm and cpu. */
export type GpuContext = GPUDevice | WebGLRenderingContext;

export function gpuContext(): GpuContext | null {
  return webgpuDevice() ?? webglContext();
}

const watched = new WeakSet<GpuContext>();

/**
 * Calls `onLost` once when the current backend's WebGPU device or WebGL context is lost. tfjs
 * never acts on either: without this a lost device makes every later step fail or hang, and a
 * lost WebGL context makes steps compute nothing, silently.
 */
export function watchGpuLoss(onLost: (context: GpuContext, message: string) => void): void {
  const device = webgpuDevice();
  if (device && !watched.has(device)) {
    watched.add(device);
    void device.lost.then((info) =>
      onLost(
        device,
        info.message
          ? t('runtime.backends.webgpuLostMessage', {
              reason: info.reason,
              message: info.message.replace(/\.$/, ''),
            })
          : t('runtime.backends.webgpuLost', { reason: info.reason }),
      ),
    );
  }
  const gl = webglContext();
  if (gl && !watched.has(gl)) {
    watched.add(gl);
    const canvas = gl.canvas as EventTarget;
    canvas.addEventListener('webglcontextlost', () => onLost(gl, t('runtime.backends.webglLost')), {
      once: true,
    });
  }
}

/** Tests only: loses the current GPU device or context, as a driver crash or reset would. */
export function loseGpuContext(): void {
  webgpuDevice()?.destroy();
  webglContext()?.getExtension('WEBGL_lose_context')?.loseContext();
}

export function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
