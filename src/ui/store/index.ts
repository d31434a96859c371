// The page's state. Settings as the user edits them, what the engine says about them, and what
// the training worker reports. Actions store the edit, ask the engine, and message the worker;
// components only render and dispatch. The URL fragment mirrors the settings (see urlSync.ts).
//
// `createPlaygroundStore` makes one store with everything it needs in its own closure (the
// worker, timers, stats not yet shown): no state lives at module level, so each test, and each
// page, has its own. Components reach it through <PlaygroundProvider> (./context).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../../i18n/core';
import { rawSettingsOf, type RawSettings } from '../../config/playgroundConfig';
import type { PreparedSeries } from '../../data/series';
import { seriesPreset } from '../../data/seriesPresets';
import type {
  ExportCheck,
  FromWorker,
  StepStats,
  WeightSnapshot,
  WorkerMemory,
} from '../../worker/protocol';
import type { TrainingClient } from '../../worker/trainingClient';
import { appendStats, historyUpTo } from './history';
import { derive, emptyHistory, initialState } from './initialState';
import type { PlaygroundState, TrainingView } from './types';
import {
  createSeriesReader,
  seriesReadiness,
  tableMatches,
  type SeriesDeps,
  type SeriesView,
} from './series';

export { HELD_OUT_POINTS, HISTORY_STEPS, appendStats, historyUpTo, thin } from './history';
export type { History } from './history';
export { derive, emptyHistory, idleTraining, initialState, modelOf } from './initialState';
export type { Derived, PlaygroundValues } from './initialState';
export type { ModelView, PinnedRun, PlaygroundState, TrainingView } from './types';
export { PlaygroundProvider, usePlayground, usePlaygroundStore } from './context';

/**
 * The keras-tcn report "Gradients do not exist for variables ['kernel', 'bias']": one residual
 * block with skip connections and input_dim (4) ≠ nb_filters (2), so matching_conv1D gets no
 * gradient. On the lag task with 4 input channels.
 */
export const SEED_CASE_FRAGMENT =
  'v=1&task=lag&seq_len=128&lag=4&input_dim=4&nb_filters=2&kernel_size=91&nb_stacks=1&dilations=1&padding=causal&use_skip_connections=true&dropout_rate=0&return_sequences=true&activation=relu';

/** Makes the page's training client; it delivers the worker's messages to `onMessage`. */
export type TrainingClientFactory = (onMessage: (message: FromWorker) => void) => TrainingClient;

export interface PlaygroundStoreOptions extends SeriesDeps {
  /** The worker (main.tsx passes the real one); without it, training messages go nowhere. */
  createClient?: TrainingClientFactory;
  /** The page's language, which the worker's texts follow; without it, the worker's default. */
  language?: () => string;
}

export type PlaygroundStore = StoreApi<PlaygroundState> & {
  /** Sends the first configuration; called once the page is mounted. */
  startTraining: () => void;
};

// Stats arrive once per step; the page redraws at most 10 times a second.
const FLUSH_MS = 100;

export function createPlaygroundStore({
  createClient,
  language,
  ...seriesDeps
}: PlaygroundStoreOptions = {}): PlaygroundStore {
  // The worker is created on first use, so that the page (and its tests) render without it.
  // One promise for it: two messages sent before it exists (a play right at page load, while the
  // link's configuration goes out) must reach the same worker, in order.
  let client: Promise<TrainingClient | null> | null = null;
  let pendingSnapshot: ((s: WeightSnapshot) => void) | null = null;
  let pendingExport: {
    resolve: (value: { snapshot: WeightSnapshot; check: ExportCheck }) => void;
    reject: (error: Error) => void;
  } | null = null;
  let queued: StepStats[] = [];
  let latestMemory: WorkerMemory | null = null;
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let configureTimer: ReturnType<typeof setTimeout> | null = null;
  /** task=series: the series the configuration trains on, prepared for the worker. */
  let prepared: { prepared: PreparedSeries; name: string } | null = null;
  /** The last series readiness, by the table and the choice it was computed for. */
  let readiness: {
    table: SeriesView['table'];
    key: string;
    result: ReturnType<typeof seriesReadiness>;
  } | null = null;
  /** The store's own edit (set once the store exists): what a newly read table applies with. */
  let editSettings: (raw: RawSettings) => void = () => {};

  const clientFactory = createClient
    ? async () => createClient((message) => receive(message))
    : null;

  function worker(): Promise<TrainingClient | null> {
    client ??= clientFactory ? clientFactory() : Promise.resolve(null);
    return client;
  }

  /** What a configure message says of the language, when the page told the store it. */
  const languageField = () => (language ? { language: language() } : {});

  function send(message: Parameters<TrainingClient['send']>[0]) {
    void worker().then((c) => c?.send(message));
  }

  const store = createStore<PlaygroundState>()((set, get) => {
    /** Sends the current configuration to the worker shortly after the last edit. */
    const configureNow = () => {
      if (configureTimer) clearTimeout(configureTimer);
      configureTimer = null;
      const { config } = get();
      if (config)
        send({
          type: 'configure',
          config,
          keepWeights: false,
          ...seriesOf(config),
          ...languageField(),
        });
    };
    const configureSoon = () => {
      if (configureTimer) clearTimeout(configureTimer);
      configureTimer = setTimeout(configureNow, 150);
    };
    /**
     * Play or step right after an edit (or at page load, before the link's configuration went
     * out): the configuration goes first, or the worker would start nothing, or the old network.
     */
    const configureIfPending = () => {
      if (configureTimer) configureNow();
    };
    const edit = (raw: RawSettings) => {
      const next = withSeries(derive(raw, get().model));
      set(next);
      if (next.config) configureSoon();
      else if (get().training.running) send({ type: 'pause' });
    };

    editSettings = edit;
    return {
      ...initialState(),

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
      setDataField: (key, value) => {
        const raw = get().raw;
        edit({ ...raw, data: { ...raw.data, [key]: value } });
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
      relocalize: () => {
        set(withSeries(derive(get().raw, get().model)));
        if (language && client) send({ type: 'language', code: language() });
      },
      replaceSettings: (raw) => edit(raw),
      openSeriesFile: (file) => void reader.openFile(file),
      retrySeriesMissing: (policy) => void reader.retryMissing(policy),
      chooseSeriesSource: (source) => {
        const raw = get().raw;
        const preset = seriesPreset(source);
        if (preset) {
          edit({
            ...raw,
            task: { ...raw.task, name: 'series', seq_len: preset.seqLen },
            tcn: { ...raw.tcn, return_sequences: true },
            data: {
              ...raw.data,
              source: preset.id,
              file: '',
              columns: [...preset.inputs],
              target: preset.target,
              horizon: preset.horizon,
              missing: 'refuse',
            },
          });
          return;
        }
        void reader.reopenFile().then((reopened) => {
          if (!reopened) updateSeries({ status: 'needs-file' });
        });
      },
      dismissUrlNotices: () => set({ urlNotices: [] }),
      dismissTrainingNotices: () => updateTraining({ notices: [] }),
      notify: (text) => updateTraining({ notices: [...get().training.notices.slice(-4), text] }),

      play: () => {
        if (!get().config) return;
        updateTraining({ pausedMessage: null });
        configureIfPending();
        send({ type: 'start' });
      },
      pause: () => send({ type: 'pause' }),
      step: () => {
        if (!get().config) return;
        updateTraining({ pausedMessage: null });
        configureIfPending();
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
            label: t('app.pinnedRun.label', { step: training.step, run: describeRun(raw) }),
            variables: training.variables.map((v) => v.name),
            history: training.history,
            network: training.network,
            stepsPerSecond: training.stepsPerSecond,
          },
        });
      },
      unpin: () => set({ pinned: null }),
      requestSnapshot: () =>
        new Promise<WeightSnapshot>((resolve) => {
          pendingSnapshot = resolve;
          send({ type: 'snapshot' });
        }),
      requestExport: () =>
        new Promise((resolve, reject) => {
          pendingExport?.reject(new Error('a newer export was asked for.'));
          pendingExport = { resolve, reject };
          send({ type: 'exportCheck' });
        }),
      loadWeights: (snapshot) => send({ type: 'load', snapshot }),
      measureSensitivity: (outputStep) => send({ type: 'measureSensitivity', outputStep }),
      perturb: (outputStep) => send({ type: 'perturb', outputStep }),
    };
  });
  const { getState: get, setState: set } = store;
  function updateTraining(change: Partial<TrainingView>) {
    set({ training: { ...get().training, ...change } });
  }
  function updateSeries(change: Partial<SeriesView>) {
    set({ series: { ...get().series, ...change } });
  }

  const reader = createSeriesReader(seriesDeps, {
    view: () => get().series,
    update: updateSeries,
    raw: () => get().raw,
    accept: (raw) => editSettings(raw),
    recheck: () => editSettings(get().raw),
  });

  /**
   * A series configuration trains only on its table: until it is read (or while the chosen
   * columns and window do not fit it) there is no configuration, and a problem says why.
   */
  function withSeries<T extends ReturnType<typeof derive>>(next: T): T {
    prepared = null;
    const config = next.config;
    if (!config || config.task.name !== 'series') return next;
    const view = get().series;
    const preset = seriesPreset(config.data.source);
    if (!tableMatches(view, config.data)) {
      if (preset) void reader.ensurePreset(preset);
      else if (view.status !== 'reading') updateSeries({ status: 'needs-file' });
    }
    // Every edit comes here; the series is prepared again only when its table or choice changed
    // (preparing copies every row of every chosen column), or when its texts' language did.
    const table = get().series.table;
    const key = JSON.stringify([config.data, config.task.seq_len, language?.() ?? '']);
    if (readiness?.table !== table || readiness.key !== key)
      readiness = { table, key, result: seriesReadiness(config, get().series) };
    const ready = readiness.result;
    if ('problems' in ready)
      return { ...next, config: null, problems: [...next.problems, ...ready.problems] };
    prepared = ready;
    const { dates, targetStats, choice } = ready.prepared;
    const axis = get().series.axis;
    if (
      axis?.dates !== dates ||
      axis.horizon !== choice.horizon ||
      axis.mean !== targetStats.mean ||
      axis.std !== targetStats.std ||
      axis.target !== choice.target
    ) {
      updateSeries({
        axis: { dates, horizon: choice.horizon, ...targetStats, target: choice.target },
      });
    }
    return next;
  }

  function seriesOf(config: NonNullable<PlaygroundState['config']>) {
    return config.task.name === 'series' && prepared ? { series: prepared } : {};
  }

  function flush() {
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
  }

  function receive(message: FromWorker) {
    switch (message.type) {
      case 'stats':
        queued.push(message.stats);
        latestMemory = message.memory;
        if (!flushTimer) flushTimer = setTimeout(flush, FLUSH_MS);
        return;
      case 'texts':
        updateTraining({ task: message.task, network: message.network });
        return;
      case 'ready': {
        if (message.resumed) flush();
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
          network: message.network,
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
        flush();
        updateTraining({ running: false, pausedMessage: message.message });
        return;
      case 'problems':
        updateTraining({ workerProblems: message.problems, running: false });
        return;
      case 'notice':
        updateTraining({ notices: [...get().training.notices.slice(-4), message.message] });
        return;
      case 'perturbation':
        updateTraining({
          perturbation: {
            outputStep: message.outputStep,
            step: message.step,
            change: message.change,
          },
        });
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
      case 'exportCheck':
        pendingExport?.resolve({ snapshot: message.snapshot, check: message.check });
        pendingExport = null;
        return;
      case 'error':
        pendingExport?.reject(new Error(message.message));
        pendingExport = null;
        updateTraining({ running: false, pausedMessage: message.message });
        return;
    }
  }

  function startTraining() {
    // A link being loaded has already scheduled its own configuration: one build, not two.
    if (configureTimer) return;
    const { config } = get();
    if (config) send({ type: 'configure', config, ...seriesOf(config), ...languageField() });
  }

  return { ...store, startTraining };
}

function describeRun(raw: RawSettings): string {
  const tcn = t('app.pinnedRun.tcn', {
    k: String(raw.tcn.kernel_size),
    dilations: String(raw.tcn.dilations),
    lr: String(raw.train.learning_rate),
  });
  const model = raw.train.model;
  return model && model !== 'tcn'
    ? t('app.pinnedRun.matched', { model: String(model).toUpperCase(), tcn })
    : tcn;
}
