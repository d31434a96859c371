// The messages between the page and the training worker (src/worker/trainer.worker.ts). Plain,
// structured-clonable data only; type-only imports, so the page never pulls in TensorFlow.js.
import type { BackendChoice, PlaygroundConfig } from '../config/playgroundConfig';
import type { PreparedSeries } from '../data/series';
import type { TaskInfo } from '../tasks/tasks';
import type { ExportCheck } from '../config/weightsFile';
import type {
  ConfigurationError,
  StepStats,
  VariableInfo,
  WeightSnapshot,
} from '../trainer/trainer';

export type { ExportCheck, StepStats, VariableInfo, WeightSnapshot };
/** Why a configuration cannot train, each tied to the setting to change (Trainer.create's). */
export type ConfigProblems = ConfigurationError['problems'];

/**
 * Steps between the copies of the weights the worker keeps in its own memory and sends to the
 * page (also taken on pause and after a manual step). A lost GPU device cannot be read: a
 * backend switch resumes from the last copy; a crashed worker is replaced by one that resumes
 * from the page's copy.
 */
export const KEEP_WEIGHTS_EVERY = 25;

/** The backends the worker can run on, in fallback order. */
export const BACKEND_ORDER = ['webgpu', 'wasm', 'webgl', 'cpu'] as const;
export type BackendName = (typeof BACKEND_ORDER)[number];

/** Which backend the worker runs on, and why that one. */
export interface BackendStatus {
  name: BackendName;
  /** What the configuration asked for. */
  requested: BackendChoice;
  /** A sentence for the page, e.g. "wasm — WebGPU adapter is software (SwiftShader)". */
  reason: string;
  /** The WebGPU adapter when one was seen, e.g. "google swiftshader". */
  adapter?: string;
  /** wasm only: the threads it computes with. */
  threads?: number;
  /** wasm only, with one thread: why not more. */
  threadsWhy?: string;
  /** `auto` only: the measurement it chose by. */
  trial?: BackendTrial;
}

/** One backend's figure in an `auto` measurement. */
export interface BackendFigure {
  backend: BackendName;
  /** Absent when it was not measured (`skipped` says why). */
  stepsPerSecond?: number;
  msPerStep?: number;
  /** The first step, which compiles kernels: not part of the figure. */
  firstStepMs?: number;
  /** wasm: its threads. */
  threads?: number;
  skipped?: string;
}

/** What `auto` measured for one device and configuration size, and what it took. */
export interface BackendTrial {
  key: string;
  figures: BackendFigure[];
  chosen: BackendName;
  /** How long measuring took, in ms. */
  tookMs: number;
  /** When it was measured (ms since 1970): figures from another day are taken again. */
  at: number;
}

/** Page → worker. */
export type ToWorker =
  /**
   * Builds a trainer for this configuration (disposing the old one). With `keepWeights`, the old
   * run's weights are carried over when the new network has the same variables (else a notice
   * says why not). Answered by `ready`, or `problems` when it cannot train. Training keeps
   * running if it was.
   */
  | {
      type: 'configure';
      config: PlaygroundConfig;
      keepWeights?: boolean;
      /**
       * Starts from these weights instead (a restarted worker resuming the run): `ready` then
       * carries their step and `resumed: true`.
       */
      weights?: WeightSnapshot;
      /** `auto`: measurements the page kept from earlier visits, by trialKey. */
      trials?: Record<string, BackendTrial>;
      /** `auto`: measure software GPU adapters too (tests; they are otherwise skipped). */
      measureSoftware?: boolean;
      /**
       * task=series: the prepared series (a link cannot carry a file; the page reads it and
       * hands it in here), with the name it is shown by.
       */
      series?: { prepared: PreparedSeries; name: string };
      /** The page's language (a code of src/i18n/languages): what the worker's texts are in. */
      language?: string;
    }
  /** The page's language changed: the worker's texts from now on are in `code`. */
  | { type: 'language'; code: string }
  | { type: 'start' }
  | { type: 'pause' }
  /** Exactly one step (pauses first if running). */
  | { type: 'step' }
  /** Back to step 0 with the same initial weights; answered by `ready`. */
  | { type: 'reset' }
  /** Asks for the current weights; answered by `snapshot`. */
  | { type: 'snapshot' }
  /**
   * Asks for what a keras-tcn export needs: the current weights and the model's inference-mode
   * output on the first `count` (default 4) held-out sequences; answered by `exportCheck`.
   */
  | { type: 'exportCheck'; count?: number }
  /** Loads weights taken with `snapshot`; answered by `ready` (its step is the snapshot's). */
  | { type: 'load'; snapshot: WeightSnapshot }
  /** Measures |∂y_t/∂x_s| for output step t; answered by `sensitivity`. */
  | { type: 'measureSensitivity'; outputStep: number }
  /** Nudges each input step alone, for output step t; answered by `perturbation`. */
  | { type: 'perturb'; outputStep: number }
  /**
   * Tests only: destroys the WebGPU device or loses the WebGL context, as a driver crash would.
   * Ignored on wasm and cpu.
   */
  | { type: 'loseDevice' }
  /**
   * Takes the Web Lock `name` for the worker's whole life and answers `holding`: the page then
   * queues for the same lock, which it gets only when the worker is gone (closed or crashed).
   */
  | { type: 'holdLifetimeLock'; name: string };

/** What TensorFlow.js holds in the worker right after a step (tf.memory()). */
export interface WorkerMemory {
  tensors: number;
  /** Bytes of all live tensors. */
  bytes: number;
  /** GPU backends: bytes the backend has allocated on the device, pooled free buffers included. */
  gpuBytesAllocated?: number;
}

/** Worker → page. */
export type FromWorker =
  /**
   * A trainer is built and idle or running: after `configure`, `reset`, `load`, and after a
   * switch to another backend. `variables` is the order of every `stats.gradients` etc.
   */
  | {
      type: 'ready';
      backend: BackendStatus;
      variables: VariableInfo[];
      task: TaskInfo;
      /** What is trained: "TCN: 4,849 parameters", or the matched baseline and its units. */
      network: string;
      step: number;
      /**
       * The same run goes on from `step` (after a backend switch or a worker restart), so the
       * page keeps its history up to that step. Absent: a new run.
       */
      resumed?: boolean;
    }
  /** One per training step. */
  | { type: 'stats'; stats: StepStats; memory: WorkerMemory }
  /**
   * Training started or stopped. `running: false` answers a pause at once; a step already under
   * way still finishes and sends its `stats` (ask for a `snapshot` to know where it ended).
   */
  | { type: 'running'; running: boolean }
  /** Training stopped on its own (non-finite values, an error); the weights are kept. */
  | { type: 'paused'; step: number; message: string }
  /** The configuration cannot train; nothing was built (the previous trainer is gone). */
  | { type: 'problems'; problems: ConfigProblems }
  /** Something the user should know, e.g. a backend fallback. */
  | { type: 'notice'; message: string }
  | { type: 'snapshot'; snapshot: WeightSnapshot }
  /** Answers `exportCheck`: the weights and the held-out check, of the same step. */
  | { type: 'exportCheck'; snapshot: WeightSnapshot; check: ExportCheck }
  /**
   * A new copy of the weights kept outside the backend (see KEEP_WEIGHTS_EVERY), so that the page
   * can restart a crashed worker from it.
   */
  | { type: 'kept'; snapshot: WeightSnapshot }
  /** Answers `holdLifetimeLock` once the lock is held. */
  | { type: 'holding' }
  /** |∂y_t/∂x_s| per input step s, for output step t, with the weights of `step`. */
  | { type: 'sensitivity'; outputStep: number; step: number; values: number[] }
  /** After a language switch: the run's texts again, in the new language. */
  | { type: 'texts'; task: TaskInfo; network: string }
  /**
   * The output's change at `outputStep` when each input step alone gets +1, with the weights of
   * `step`; `change` is null for a recurrent baseline (its output reads every earlier step).
   */
  | { type: 'perturbation'; outputStep: number; step: number; change: number[] | null }
  /** A request could not be done, or the worker crashed. */
  | { type: 'error'; message: string };
