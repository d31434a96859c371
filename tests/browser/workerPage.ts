// The training worker harness page (tests/browser/worker.html): starts training workers through
// the page's own client (src/worker/trainingClient.ts) and records every message they send, with
// its arrival time. Driven by tests/browser/run.ts. Like the page, it never imports TensorFlow.js.
import { parseFragment, type PlaygroundConfig } from '../../src/config/playgroundConfig';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';
import { createTrainingClient, type TrainingClient } from '../../src/worker/trainingClient';

export interface Received {
  /** performance.now() when the page received it. */
  at: number;
  message: FromWorker;
}

export interface AdapterSeen {
  vendor: string;
  architecture: string;
  description: string;
  isFallbackAdapter: boolean;
}

/** Which message to wait for: its type, and for `stats`/`ready` a step at least this. */
export interface MessageSpec {
  type: FromWorker['type'];
  minStep?: number;
  /** For `running`. */
  running?: boolean;
}

function matches(message: FromWorker, spec: MessageSpec): boolean {
  if (message.type !== spec.type) return false;
  if (spec.minStep !== undefined) {
    const step =
      message.type === 'stats' ? message.stats.step : message.type === 'ready' ? message.step : -1;
    if (step < spec.minStep) return false;
  }
  return (
    spec.running === undefined || (message.type === 'running' && message.running === spec.running)
  );
}

export interface WorkerHarness {
  /** Starts a worker; returns its id. */
  open(): number;
  close(id: number): void;
  send(id: number, message: ToWorker): void;
  /** The configuration of a share-link fragment, as the page would build it. */
  config(fragment: string): PlaygroundConfig;
  /** Messages from `from` on. */
  log(id: number, from?: number): Received[];
  /** How many messages have arrived. */
  count(id: number): number;
  /**
   * The first message at index ≥ `from` that fits `spec`, with its index. Rejects on an `error`
   * or `problems` message that does not fit, and after `timeoutMs`.
   */
  waitFor(
    id: number,
    spec: MessageSpec,
    from: number,
    timeoutMs: number,
  ): Promise<Received & { index: number }>;
  /** What the page itself sees of WebGPU, to check the worker's `auto` choice against. */
  adapter(): Promise<AdapterSeen | null>;
}

declare global {
  interface Window {
    workerHarness: WorkerHarness;
    workerHarnessReady?: true;
  }
}

interface Entry {
  client: TrainingClient;
  log: Received[];
  listeners: Set<() => void>;
}

const entries: Entry[] = [];

window.workerHarness = {
  open() {
    const entry: Entry = { log: [], listeners: new Set() } as unknown as Entry;
    entry.client = createTrainingClient((message) => {
      entry.log.push({ at: performance.now(), message });
      entry.listeners.forEach((listener) => listener());
    });
    entries.push(entry);
    return entries.length - 1;
  },
  close(id) {
    entries[id].client.terminate();
  },
  send(id, message) {
    entries[id].client.send(message);
  },
  config(fragment) {
    return parseFragment(fragment).config;
  },
  log(id, from = 0) {
    return entries[id].log.slice(from);
  },
  count(id) {
    return entries[id].log.length;
  },
  waitFor(id, spec, from, timeoutMs) {
    const entry = entries[id];
    return new Promise((resolve, reject) => {
      let next = from;
      const check = () => {
        for (; next < entry.log.length; next++) {
          const received = entry.log[next];
          if (matches(received.message, spec)) {
            done();
            resolve({ ...received, index: next });
            return;
          }
          const { message } = received;
          if (message.type === 'error' || message.type === 'problems') {
            done();
            const text =
              message.type === 'error'
                ? message.message
                : message.problems.map((p) => p.message).join(' ');
            reject(new Error(`worker ${message.type} while waiting for ${spec.type}: ${text}`));
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        done();
        const last = entry.log[entry.log.length - 1]?.message;
        reject(
          new Error(
            `no ${JSON.stringify(spec)} message in ${timeoutMs / 1000} s (${entry.log.length - from} others; last: ${last ? JSON.stringify(last).slice(0, 200) : 'none'})`,
          ),
        );
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        entry.listeners.delete(check);
      };
      entry.listeners.add(check);
      check();
    });
  },
  async adapter() {
    const adapter = await navigator.gpu?.requestAdapter();
    if (!adapter) return null;
    const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
    return {
      vendor: info.vendor,
      architecture: info.architecture,
      description: info.description,
      isFallbackAdapter: Boolean(info.isFallbackAdapter),
    };
  },
};
window.workerHarnessReady = true;
