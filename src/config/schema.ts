// A run's configuration: its shape, its defaults, and its checks. `assemble` builds one from
// values read by the link or the JSON reader, reporting every key it changes; `checkSettings`
// checks what the form holds; `configProblems` says why a configuration cannot train.
import { parseTcnConfig, type ConfigProblem, type TcnConfig, type TcnKey } from '../engine/config';
import { SERIES_PRESETS } from '../data/seriesPresets';
import { t } from '../i18n/core';
import { taskInfo, taskInputDim, type TaskParams } from '../tasks/tasks';
import type { NetworkKind } from '../trainer/networkKinds';
import {
  FIELDS,
  clampToLimits,
  flatKey,
  rejection,
  show,
  typed,
  type BackendChoice,
  type Field,
  type OptimizerName,
} from './fields';
import type { MISSING_POLICIES } from './fields';
import { budgetProblem } from './resourceBudget';
import { fitPresetColumns, seriesProblems } from './seriesColumns';

export interface TrainParams {
  optimizer: OptimizerName;
  learning_rate: number;
  /** sgd only: 0 is plain gradient descent. */
  momentum: number;
  /** Each variable's gradient is clipped to this norm, as Keras's clipnorm; 0 is off. */
  clipnorm: number;
  batch_size: number;
  /** Seeds the initial weights (and dropout). */
  seed: number;
  /** Seeds the data, separately from the weights. */
  data_seed: number;
  backend: BackendChoice;
  /** The network trained: keras-tcn's TCN, or a recurrent baseline matched to its parameters. */
  model: NetworkKind;
}

/** task=series: which series, which columns, how far ahead (ignored by the other tasks). */
export interface SeriesSettings {
  /** A shipped series by id (src/data/seriesPresets.ts), or `file`: the user's own. */
  source: string;
  /** The user's file name: a link cannot carry the data, so it names what to open. */
  file: string;
  /** Input columns, one channel each. */
  columns: string[];
  target: string;
  /** Rows ahead each step forecasts. */
  horizon: number;
  /** What to do with empty cells: refuse the file, drop their rows, or carry the value above. */
  missing: (typeof MISSING_POLICIES)[number];
}

export interface PlaygroundConfig {
  v: 1;
  /** tcn.input_dim always equals the task's input channels. */
  tcn: TcnConfig;
  task: TaskParams;
  train: TrainParams;
  data: SeriesSettings;
}

export interface Notice {
  /** The key as the user wrote it (flat name, or a JSON path such as tcn.kernel_size). */
  key: string;
  action: 'ignored' | 'rejected' | 'adjusted';
  reason: string;
}

export interface ParsedConfig {
  config: PlaygroundConfig;
  notices: Notice[];
  /** How the page is shown (classroom mode), from a link; not part of the run's configuration. */
  view: ViewSettings;
}

/** Page settings a link can carry besides the configuration (classroom mode, embedded). */
export interface ViewSettings {
  /** Larger type, guided lessons. */
  classroom?: boolean;
  /** Panels to hide, e.g. ["variables", "charts"]. */
  hide?: string[];
  /** The lesson to open, by id. */
  lesson?: string;
  /** The compact layout for an iframe in a slide or a course page (960×540). */
  embed?: boolean;
  /** The interface's language, by its code (`zh`); without it, the browser's. */
  lang?: string;
}

/** What a link opens: the configuration, and the settings as the page's form shows them. */
export interface ParsedLink extends ParsedConfig {
  /**
   * The settings as the form shows them: the configuration's values, except that a typed value
   * it cannot use (a number or a list: "1, 2, x", a learning rate of 0) is kept as written, so
   * that the form marks it with the same problem as typing it would, and the link still says
   * what the form shows. encodeSettings(raw, view) is the link of this screen.
   */
  raw: RawSettings;
}

/** What a link is read against. */
export interface LinkOptions {
  /** The lesson ids that exist; without it, any id of the right form is taken. */
  lessons?: readonly string[];
  /** The panels `hide=` can name; without it, any name of the right form is taken. */
  panels?: readonly string[];
  /** The language codes `lang=` can name; without it, any code of the right form is taken. */
  languages?: readonly string[];
  /**
   * The notices are for the page, whose form keeps a typed value it cannot use (see
   * ParsedLink.raw); otherwise they say which default the configuration uses instead.
   */
  page?: boolean;
  /**
   * Numbers past their limits are clamped to them (the default). Off, they are kept as written
   * (the form marks them): for the page's own history entries, which hold what it showed.
   */
  clamp?: boolean;
}

/** The playground's defaults: a lag task the default network can just learn (receptive field 63 > lag 24). */
export const DEFAULT_CONFIG: PlaygroundConfig = Object.freeze({
  v: 1,
  tcn: {
    nb_filters: 16,
    kernel_size: 2,
    nb_stacks: 1,
    dilations: [1, 2, 4, 8, 16],
    padding: 'causal',
    use_skip_connections: true,
    dropout_rate: 0,
    return_sequences: true,
    activation: 'relu',
    kernel_initializer: 'he_normal',
    use_batch_norm: false,
    use_layer_norm: false,
    use_weight_norm: false,
    go_backwards: false,
    input_dim: 1,
  },
  task: { name: 'lag', seq_len: 96, lag: 24, input_dim: 1, noise: 0 },
  train: {
    optimizer: 'adam',
    learning_rate: 0.005,
    momentum: 0.9,
    clipnorm: 1,
    batch_size: 16,
    seed: 1,
    data_seed: 1,
    backend: 'auto',
    model: 'tcn',
  },
  data: {
    source: SERIES_PRESETS[0].id,
    file: '',
    columns: [...SERIES_PRESETS[0].inputs],
    target: SERIES_PRESETS[0].target,
    horizon: SERIES_PRESETS[0].horizon,
    missing: 'refuse',
  },
}) as PlaygroundConfig;

export function clone(config: PlaygroundConfig): PlaygroundConfig {
  return JSON.parse(JSON.stringify(config)) as PlaygroundConfig;
}

/**
 * Builds a configuration from values keyed by field; fills defaults; reports what it changes.
 * Also the settings as the page's form shows them (see ParsedLink.raw).
 */
export function assemble(
  values: Map<Field, { value: unknown; key: string }>,
  notices: Notice[],
  declaredTcnInputDim?: { value: unknown; key: string },
  { page = false, clamp = true }: LinkOptions = {},
): Omit<ParsedLink, 'view'> {
  const config = clone(DEFAULT_CONFIG);
  /** Typed values the configuration cannot use, kept for the form. */
  const kept = new Map<Field, unknown>();
  for (const [field, entry] of values) {
    const { key } = entry;
    let value = entry.value;
    const clamped = clamp ? clampToLimits(field, value) : null;
    if (clamped) {
      notices.push({
        key,
        action: 'adjusted',
        reason: t('messages.link.clamped', {
          changes: clamped.changes.join(t('messages.link.clampSeparator')),
        }),
      });
      value = clamped.value;
    }
    const reason = rejection(field, value);
    const target = config[field.section] as unknown as Record<string, unknown>;
    if (reason) {
      if (typed(field)) kept.set(field, value);
      notices.push({
        key,
        action: 'rejected',
        reason:
          page && typed(field)
            ? t('messages.link.keptAsWritten', { reason })
            : t('messages.link.usingDefault', { reason, value: show(target[field.key]) }),
      });
    } else {
      target[field.key] = Array.isArray(value) ? [...value] : value;
    }
  }
  const task = config.task;
  if (task.name === 'copy_memory' && task.seq_len < 21) {
    notices.push({
      key: 'seq_len',
      action: 'adjusted',
      reason: t('messages.link.copyMemoryLengthened', { seqLen: task.seq_len }),
    });
    task.seq_len = 21;
  }
  if (task.name === 'lag' && task.lag >= task.seq_len) {
    const lag = Math.max(1, task.seq_len - 1);
    notices.push({
      key: 'lag',
      action: 'adjusted',
      reason: t('messages.link.lagShortened', {
        seqLen: task.seq_len,
        lag: task.lag,
        shorter: lag,
      }),
    });
    task.lag = lag;
  }
  fitPresetColumns(config, values, notices);
  syncInputDim(config);
  if (declaredTcnInputDim && declaredTcnInputDim.value !== config.tcn.input_dim) {
    notices.push({
      key: declaredTcnInputDim.key,
      action: 'adjusted',
      reason: t('messages.link.tcnInputDimReplaced', {
        task: task.name,
        channels: config.tcn.input_dim,
        value: show(declaredTcnInputDim.value),
      }),
    });
  }
  const raw = rawSettingsOf(config);
  for (const [field, value] of kept) {
    (raw[field.section] as Record<string, unknown>)[field.key] = Array.isArray(value)
      ? [...value]
      : value;
  }
  return { config, notices, raw };
}

/** The input channels follow from the task (a series: its input columns); the TCN's too. */
export function syncInputDim(config: PlaygroundConfig): void {
  if (config.task.name === 'series') config.task.input_dim = config.data.columns.length;
  config.tcn.input_dim = taskInputDim(config.task);
}

/** A problem with any setting (TCN, task or training), tied to the flat key of its control. */
export interface SettingProblem extends Omit<ConfigProblem, 'key'> {
  /** The flat key of the control (URL name): a TCN key, `task`, `seq_len`, `learning_rate`… */
  key: string;
}

/** Problems that stop this configuration from being trained, each tied to the key to change. */
export function configProblems(config: PlaygroundConfig): SettingProblem[] {
  const problems: SettingProblem[] = [...parseTcnConfig(config.tcn).problems];
  if (config.task.name === 'lag' && config.task.lag >= config.task.seq_len) {
    problems.push({
      key: 'lag',
      kind: 'keras-accepts',
      message: t('messages.config.lagTooLong', {
        lag: config.task.lag,
        seqLen: config.task.seq_len,
      }),
    });
  }
  if (config.task.name === 'copy_memory' && config.task.seq_len < 21) {
    problems.push({
      key: 'seq_len',
      kind: 'keras-accepts',
      message: t('messages.config.copyMemoryTooShort'),
    });
  }
  problems.push(...seriesProblems(config));
  const info = taskInfo(config.task);
  if (problems.length === 0) {
    const overBudget = budgetProblem(config.tcn, config.task.seq_len, config.train.batch_size);
    if (overBudget) problems.push({ ...overBudget, kind: 'tab-limit' });
  }
  if (info.perStep !== config.tcn.return_sequences) {
    problems.push({
      key: 'return_sequences',
      kind: 'keras-accepts',
      message: t(
        info.perStep ? 'messages.config.needsSequences' : 'messages.config.needsLastStep',
        { task: config.task.name },
      ),
    });
  }
  return problems;
}

/** Settings as a user is editing them: any value, possibly not yet a valid one. */
export interface RawSettings {
  tcn: Partial<Record<TcnKey, unknown>>;
  task: Partial<Record<keyof TaskParams, unknown>>;
  train: Partial<Record<keyof TrainParams, unknown>>;
  data: Partial<Record<keyof SeriesSettings, unknown>>;
}

export function rawSettingsOf(config: PlaygroundConfig): RawSettings {
  return clone(config) as unknown as RawSettings;
}

/**
 * Checks edited settings without replacing anything: every problem, tied to its control, and
 * the configuration when there is none. (Parsing a link instead falls back to defaults.)
 */
export function checkSettings(raw: RawSettings): {
  /** The whole configuration, when it can train. */
  config: PlaygroundConfig | null;
  /** The TCN alone, when it can be built (even if the task cannot use it). */
  tcn: TcnConfig | null;
  problems: SettingProblem[];
} {
  const problems: SettingProblem[] = [];
  const candidate = clone(DEFAULT_CONFIG);
  for (const field of FIELDS) {
    if (field.section === 'tcn') continue;
    const value = (raw[field.section] as Record<string, unknown>)[field.key];
    if (value === undefined) continue;
    const reason = rejection(field, value);
    if (reason) problems.push({ key: flatKey(field), kind: 'tab-limit', message: reason });
    else (candidate[field.section] as unknown as Record<string, unknown>)[field.key] = value;
  }
  syncInputDim(candidate);
  const tcn = parseTcnConfig({ ...raw.tcn, input_dim: candidate.tcn.input_dim });
  problems.push(
    ...tcn.problems.map((p) => (p.key === 'input_dim' ? { ...p, key: 'input_dim' } : p)),
  );
  if (problems.length || !tcn.config) return { config: null, tcn: tcn.config, problems };
  candidate.tcn = tcn.config;
  const combined = configProblems(candidate);
  return combined.length
    ? { config: null, tcn: tcn.config, problems: combined }
    : { config: candidate, tcn: tcn.config, problems: [] };
}
