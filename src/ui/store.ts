// The page's state. Settings as the user edits them, what the engine says about them, and what
// the training worker reports. Actions store the edit, ask the engine, and message the worker;
// components only render and dispatch. The URL fragment mirrors the settings (see urlSync.ts).
import { create } from 'zustand';
import {
  DEFAULT_CONFIG,
  checkSettings,
  rawSettingsOf,
  type Notice,
  type PlaygroundConfig,
  type RawSettings,
  type SettingProblem,
  type ViewSettings,
} from '../config/playgroundConfig';
import type { TcnConfig, TcnKey } from '../engine/config';
import { reachability, type Reachability } from '../engine/reachability';
import {
  receptiveField,
  receptiveFieldBreakdown,
  type ReceptiveFieldLayer,
} from '../engine/receptiveField';
import { describeTcnVariables, type VariableSpec } from '../engine/variables';
import type { TaskInfo } from '../tasks/tasks';
import type {
  BackendStatus,
  FromWorker,
  StepStats,
  VariableInfo,
  WeightSnapshot,
  WorkerMemory,
} from '../worker/protocol';
import type { TrainingClient } from '../worker/trainingClient';

/**
 * The keras-tcn report "Gradients do not exist for variables ['kernel', 'bias']": one residual
 * block with skip connections and input_dim (4) ≠ nb_filters (2), so matching_conv1D gets no
 * gradient. On the lag task with 4 input channels.
 */
export const SEED_CASE_FRAGMENT =
  'v=1&task=lag&seq_len=128&lag=4&input_dim=4&nb_filters=2&kernel_size=91&nb_stacks=1&dilations=1&padding=causal&use_skip_connections=true&dropout_rate=0&return_sequences=true&activation=relu';

/** Everything the page shows about one buildable TCN. */
export interface ModelView {
  config: TcnConfig;
  variables: VariableSpec[];
  parameters: number;
  trainableParameters: number;
  receptiveField: number;
  breakdown: ReceptiveFieldLayer[];
  reachability: Reachability;
}

/** How many recent steps the sparklines and the heatmap keep. */
export const HISTORY_STEPS = 300;
/**
 * Held-out evaluations cover the whole run; past this many, every other one is dropped, so an
 * hour-long run keeps its shape in bounded memory.
 */
export const HELD_OUT_POINTS = 400;

export interface History {
  steps: number[];
  loss: number[];
  metric: number[];
  heldOut: { step: number; loss: number; metric: number }[];
  /** Per variable (in `variables` order), the gradient norm per kept step: null = missing, NaN = not finite. */
  gradNorms: (number | null)[][];
}

export interface PinnedRun {
  label: string;
  variables: string[];
  history: History;
}

export interface TrainingView {
  backend: BackendStatus | null;
  variables: VariableInfo[];
  task: TaskInfo | null;
  running: boolean;
  step: number;
  stepsPerSecond: number;
  latest: StepStats | null;
  history: History;
  sample: NonNullable<StepStats['heldOut']>['sample'] | null;
  /** Why training stopped on its own, or why the worker failed. */
  pausedMessage: string | null;
  /** Backend fallbacks and the like, newest last. */
  notices: string[];
  /** Problems the worker reported when asked to build. */
  workerProblems: SettingProblem[];
  /** Measured |∂y_t/∂x_s| for one output step, from the worker. */
  sensitivity: { outputStep: number; step: number; values: number[] } | null;
  /** What TensorFlow.js holds in the worker after the latest step. */
  memory: WorkerMemory | null;
}

export interface PlaygroundState {
  raw: RawSettings;
  /** Every problem with the edited settings, each naming the control to change. */
  problems: SettingProblem[];
  /** The configuration, when it can train. */
  config: PlaygroundConfig | null;
  /** The model of the TCN; while it cannot be built, the last one that could. */
  model: ModelView;
  stale: boolean;
  engineError: string | null;
  /** What a link changed or ignored when it was opened (shown until dismissed). */
  urlNotices: Notice[];
  training: TrainingView;
  pinned: PinnedRun | null;
  /** Classroom mode, hidden panels and the open lesson; carried in the link. */
  view: ViewSettings;

  setTcnField: (key: TcnKey, value: unknown) => void;
  setTaskField: (key: keyof RawSettings['task'], value: unknown) => void;
  setTrainField: (key: keyof RawSettings['train'], value: unknown) => void;
  applyFix: (change: Partial<TcnConfig>) => void;
  /**
   * Replaces every setting (a link, a preset, an uploaded file). A link passes `raw`, the
   * settings as its form shows them (typed values it cannot use kept as written).
   */
  load: (
    config: PlaygroundConfig,
    notices?: Notice[],
    view?: ViewSettings,
    raw?: RawSettings,
  ) => void;
  setView: (view: ViewSettings) => void;
  dismissUrlNotices: () => void;
  /** Hides the training notices (backend switches, worker restarts) shown so far. */
  dismissTrainingNotices: () => void;
  play: () => void;
  pause: () => void;
  step: () => void;
  /** Back to step 0 with the same initial weights. */
  reset: () => void;
  /** A different seed: new initial weights. */
  newWeights: () => void;
  pin: () => void;
  unpin: () => void;
  requestSnapshot: () => Promise<WeightSnapshot>;
  /** Asks the worker for |∂y_t/∂x_s| at output step t with the current weights. */
  measureSensitivity: (outputStep: number) => void;
  loadWeights: (snapshot: WeightSnapshot) => void;
}

function modelOf(config: TcnConfig): ModelView {
  const variables = describeTcnVariables(config);
  const sum = (list: VariableSpec[]) => list.reduce((total, v) => total + v.size, 0);
  return {
    config,
    variables,
    parameters: sum(variables),
    trainableParameters: sum(variables.filter((v) => v.trainable)),
    receptiveField: receptiveField(config),
    breakdown: receptiveFieldBreakdown(config),
    reachability: reachability(config),
  };
}

const emptyHistory = (variables = 0): History => ({
  steps: [],
  loss: [],
  metric: [],
  heldOut: [],
  gradNorms: Array.from({ length: variables }, () => []),
});

const idleTraining = (): TrainingView => ({
  backend: null,
  variables: [],
  task: null,
  running: false,
  step: 0,
  stepsPerSecond: 0,
  latest: null,
  history: emptyHistory(),
  sample: null,
  pausedMessage: null,
  notices: [],
  workerProblems: [],
  sensitivity: null,
  memory: null,
});

type Derived = Pick<
  PlaygroundState,
  'raw' | 'problems' | 'config' | 'model' | 'stale' | 'engineError'
>;

function derive(raw: RawSettings, previous: ModelView): Derived {
  try {
    const { config, tcn, problems } = checkSettings(raw);
    return {
      raw,
      problems,
      config,
      model: tcn ? modelOf(tcn) : previous,
      stale: !tcn,
      engineError: null,
    };
  } catch (error) {
    const engineError = error instanceof Error ? error.message : String(error);
    return { raw, problems: [], config: null, model: previous, stale: true, engineError };
  }
}

// The worker is created on first use, so that the page (and its tests) render without it.
let client: TrainingClient | null = null;
let clientFactory: (() => Promise<TrainingClient>) | null = null;
let pendingSnapshot: ((s: WeightSnapshot) => void) | null = null;
// Stats arrive once per step; the page redraws at most 10 times a second.
const FLUSH_MS = 100;
let queued: StepStats[] = [];
let latestMemory: WorkerMemory | null = null;
let flushTimer: ReturnType<typeof setTimeout> | null = null;
let configureTimer: ReturnType<typeof setTimeout> | null = null;

/** Lets main.tsx supply the worker (tests of the store run without one). */
export function connectTrainingClient(
  factory: (onMessage: (m: FromWorker) => void) => TrainingClient,
) {
  clientFactory = async () => factory((message) => usePlayground.getState().__receive(message));
}

async function worker(): Promise<TrainingClient | null> {
  if (!client && clientFactory) client = await clientFactory();
  return client;
}

function send(message: Parameters<TrainingClient['send']>[0]) {
  void worker().then((c) => c?.send(message));
}

/** Every other point, the newest always kept, once there are more than `max`. */
function thin<T>(points: T[], max: number): T[] {
  if (points.length <= max) return points;
  const last = points.length - 1;
  return points.filter((_, i) => (last - i) % 2 === 0);
}

/** The history up to and including `step`: what a resumed run keeps. */
export function historyUpTo(history: History, step: number): History {
  const count = history.steps.findIndex((s) => s > step);
  const cut = <T>(list: T[]) => (count < 0 ? list : list.slice(0, count));
  return {
    steps: cut(history.steps),
    loss: cut(history.loss),
    metric: cut(history.metric),
    heldOut: history.heldOut.filter((point) => point.step <= step),
    gradNorms: history.gradNorms.map(cut),
  };
}

export function appendStats(history: History, stats: StepStats[]): History {
  const keep = <T>(list: T[], more: T[]) => {
    const all = list.concat(more);
    return all.length > HISTORY_STEPS ? all.slice(all.length - HISTORY_STEPS) : all;
  };
  return {
    steps: keep(
      history.steps,
      stats.map((s) => s.step),
    ),
    loss: keep(
      history.loss,
      stats.map((s) => s.loss),
    ),
    metric: keep(
      history.metric,
      stats.map((s) => s.metric),
    ),
    heldOut: thin(
      history.heldOut.concat(
        stats
          .filter((s) => s.heldOut)
          .map((s) => ({ step: s.step, loss: s.heldOut!.loss, metric: s.heldOut!.metric })),
      ),
      HELD_OUT_POINTS,
    ),
    gradNorms: history.gradNorms.map((row, i) =>
      keep(
        row,
        stats.map((s) => {
          const g = s.gradients[i];
          return g.status === 'missing' ? null : g.status === 'nonfinite' ? Number.NaN : g.norm;
        }),
      ),
    ),
  };
}

const initial = derive(rawSettingsOf(DEFAULT_CONFIG), modelOf(DEFAULT_CONFIG.tcn));

export const usePlayground = create<
  PlaygroundState & { __receive: (message: FromWorker) => void; __flush: () => void }
>()((set, get) => {
  /** Sends the current configuration to the worker shortly after the last edit. */
  const configureSoon = () => {
    if (configureTimer) clearTimeout(configureTimer);
    configureTimer = setTimeout(() => {
      configureTimer = null;
      const { config } = get();
      if (config) send({ type: 'configure', config, keepWeights: false });
    }, 150);
  };
  const edit = (raw: RawSettings) => {
    const next = derive(raw, get().model);
    set(next);
    if (next.config) configureSoon();
    else if (get().training.running) send({ type: 'pause' });
  };
  const updateTraining = (change: Partial<TrainingView>) =>
    set({ training: { ...get().training, ...change } });

  return {
    ...initial,
    urlNotices: [],
    training: idleTraining(),
    pinned: null,
    view: {},

    setTcnField: (key, value) => {
      const raw = get().raw;
      if (key === 'input_dim') edit({ ...raw, task: { ...raw.task, input_dim: value } });
      else edit({ ...raw, tcn: { ...raw.tcn, [key]: value } });
    },
    setTaskField: (key, value) => {
      const raw = get().raw;
      edit({ ...raw, task: { ...raw.task, [key]: value } });
    },
    setTrainField: (key, value) => {
      const raw = get().raw;
      edit({ ...raw, train: { ...raw.train, [key]: value } });
    },
    applyFix: (change) => {
      const raw = get().raw;
      edit({ ...raw, tcn: { ...raw.tcn, ...change } });
    },
    load: (config, notices = [], view, raw) => {
      set(view ? { urlNotices: notices, view } : { urlNotices: notices });
      edit(raw ?? rawSettingsOf(config));
    },
    setView: (view) => set({ view }),
    dismissUrlNotices: () => set({ urlNotices: [] }),
    dismissTrainingNotices: () => updateTraining({ notices: [] }),

    play: () => {
      if (!get().config) return;
      updateTraining({ pausedMessage: null });
      send({ type: 'start' });
    },
    pause: () => send({ type: 'pause' }),
    step: () => {
      if (!get().config) return;
      updateTraining({ pausedMessage: null });
      send({ type: 'step' });
    },
    reset: () => send({ type: 'reset' }),
    newWeights: () => {
      const seed = Number(get().raw.train.seed);
      get().setTrainField('seed', Number.isInteger(seed) ? (seed + 1) % 2 ** 31 : 1);
    },
    pin: () => {
      const { training, raw } = get();
      set({
        pinned: {
          label: `step ${training.step}: ${describeRun(raw)}`,
          variables: training.variables.map((v) => v.name),
          history: training.history,
        },
      });
    },
    unpin: () => set({ pinned: null }),
    requestSnapshot: () =>
      new Promise<WeightSnapshot>((resolve) => {
        pendingSnapshot = resolve;
        send({ type: 'snapshot' });
      }),
    loadWeights: (snapshot) => send({ type: 'load', snapshot }),
    measureSensitivity: (outputStep) => send({ type: 'measureSensitivity', outputStep }),

    __flush: () => {
      flushTimer = null;
      if (queued.length === 0) return;
      const stats = queued;
      queued = [];
      const training = get().training;
      const latest = stats[stats.length - 1];
      const withSample = [...stats].reverse().find((s) => s.heldOut);
      set({
        training: {
          ...training,
          step: latest.step,
          stepsPerSecond: latest.stepsPerSecond,
          latest,
          history: appendStats(training.history, stats),
          sample: withSample?.heldOut?.sample ?? training.sample,
          memory: latestMemory,
        },
      });
    },
    __receive: (message) => {
      switch (message.type) {
        case 'stats':
          queued.push(message.stats);
          latestMemory = message.memory;
          if (!flushTimer) flushTimer = setTimeout(() => get().__flush(), FLUSH_MS);
          return;
        case 'ready': {
          if (message.resumed) get().__flush();
          queued = [];
          const { history, variables } = get().training;
          // A resumed run keeps its history (steps redone after the resume point are dropped).
          const keep =
            message.resumed &&
            variables.length === message.variables.length &&
            variables.every((v, i) => v.name === message.variables[i].name);
          updateTraining({
            backend: message.backend,
            variables: message.variables,
            task: message.task,
            step: message.step,
            latest: null,
            sample: keep ? get().training.sample : null,
            history: keep
              ? historyUpTo(history, message.step)
              : emptyHistory(message.variables.length),
            workerProblems: [],
            sensitivity: null,
          });
          return;
        }
        case 'running':
          updateTraining({ running: message.running });
          return;
        case 'paused':
          get().__flush();
          updateTraining({ running: false, pausedMessage: message.message });
          return;
        case 'problems':
          updateTraining({ workerProblems: message.problems, running: false });
          return;
        case 'notice':
          updateTraining({ notices: [...get().training.notices.slice(-4), message.message] });
          return;
        case 'sensitivity':
          updateTraining({
            sensitivity: {
              outputStep: message.outputStep,
              step: message.step,
              values: message.values,
            },
          });
          return;
        case 'snapshot':
          pendingSnapshot?.(message.snapshot);
          pendingSnapshot = null;
          return;
        case 'error':
          updateTraining({ running: false, pausedMessage: message.message });
          return;
      }
    },
  };
});

function describeRun(raw: RawSettings): string {
  const t = raw.tcn;
  return `k=${String(t.kernel_size)}, dilations ${String(t.dilations)}, lr ${String(raw.train.learning_rate)}`;
}

/** Sends the first configuration; called once the page is mounted. */
export function startTraining() {
  // A link being loaded has already scheduled its own configuration: one build, not two.
  if (configureTimer) return;
  const { config } = usePlayground.getState();
  if (config) send({ type: 'configure', config });
}
