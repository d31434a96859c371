// The parity harness page (tests/browser/parity.html): runs the keras-tcn fixtures through the
// engine on a named tfjs backend inside the browser. Driven by tests/browser/run.ts.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { checkFixture, type Fixture, type FixtureResult } from '../../src/parity/checkFixture';

export interface DeviceInfo {
  /** WebGPU: the adapter's vendor/architecture/description; WebGL: the unmasked renderer. */
  [key: string]: string | boolean;
}

export interface ParityRun {
  backend: string;
  device: DeviceInfo | null;
  results: (FixtureResult & { ms: number })[];
  /** Tensors alive after the run (engine-wide count). */
  numTensors: number;
}

declare global {
  interface Window {
    runParity(fixtures: Fixture[], backend: string): Promise<ParityRun>;
    parityReady?: true;
  }
}

async function webgpuInfo(): Promise<DeviceInfo> {
  if (!('gpu' in navigator) || !navigator.gpu) {
    throw new Error(
      'WebGPU is not exposed (no navigator.gpu): Chromium needs --enable-unsafe-webgpu and a ' +
        `secure context (this page: ${location.origin}, isSecureContext=${isSecureContext})`,
    );
  }
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) {
    throw new Error(
      'navigator.gpu.requestAdapter() returned null: no WebGPU adapter. Without a GPU Chromium ' +
        'needs --use-webgpu-adapter=swiftshader --enable-features=Vulkan',
    );
  }
  const { vendor, architecture, device, description } = adapter.info;
  return {
    vendor,
    architecture,
    device,
    description,
    isFallbackAdapter: adapter.info.isFallbackAdapter,
  };
}

function webglInfo(): DeviceInfo {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) throw new Error('neither webgl2 nor webgl contexts can be created in this browser');
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const info: DeviceInfo = {
    version: String(gl.getParameter(gl.VERSION)),
    renderer: String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
  };
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return info;
}

let device: { backend: string; info: DeviceInfo | null } | null = null;

async function activate(backend: string): Promise<DeviceInfo | null> {
  if (device?.backend === backend && tf.getBackend() === backend) return device.info;
  // Check the platform first: tfjs only says "false" (and warns) when a backend fails to start.
  const info = backend === 'webgpu' ? await webgpuInfo() : backend === 'webgl' ? webglInfo() : null;
  const ok = await tf.setBackend(backend);
  await tf.ready();
  const active = tf.getBackend();
  if (!ok || active !== backend) {
    throw new Error(
      `tf.setBackend('${backend}') ${ok ? 'succeeded' : 'failed'}, active backend is ` +
        `'${active}' (registered: ${Object.keys(tf.engine().registryFactory).join(', ')})`,
    );
  }
  device = { backend, info };
  return info;
}

window.runParity = async (fixtures, backend) => {
  const info = await activate(backend);
  const results: ParityRun['results'] = [];
  for (const fixture of fixtures) {
    const start = performance.now();
    const result = await checkFixture(fixture);
    results.push({ ...result, ms: performance.now() - start });
  }
  return { backend: tf.getBackend(), device: info, results, numTensors: tf.memory().numTensors };
};
window.parityReady = true;
