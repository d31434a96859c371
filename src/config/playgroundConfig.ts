// The one configuration format of a run: TCN, task and training settings. The share URL, the
// JSON file and the CLI all go through here. Parsing never throws: every ignored, rejected or
// adjusted key comes back as a notice with its reason.
import {
  ACTIVATIONS,
  KERNEL_INITIALIZERS,
  PADDINGS,
  TAB_LIMITS,
  parseTcnConfig,
  type ConfigProblem,
  type TcnConfig,
  type TcnKey,
} from '../engine/config';
import { TASK_NAMES, taskInfo, taskInputDim, type TaskParams } from '../tasks/tasks';
import { budgetProblem } from './resourceBudget';

export const OPTIMIZERS = ['adam', 'rmsprop', 'sgd'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];
export const BACKENDS = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKENDS)[number];

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
}

export interface PlaygroundConfig {
  v: 1;
  /** tcn.input_dim always equals the task's input channels. */
  tcn: TcnConfig;
  task: TaskParams;
  train: TrainParams;
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

/** Page settings a link can carry besides the configuration (classroom mode). */
export interface ViewSettings {
  /** Larger type, guided lessons. */
  classroom?: boolean;
  /** Panels to hide, e.g. ["variables", "charts"]. */
  hide?: string[];
  /** The lesson to open, by id. */
  lesson?: string;
}

export const VIEW_KEYS = ['classroom', 'hide', 'lesson'] as const;

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
  },
}) as PlaygroundConfig;

type Section = 'tcn' | 'task' | 'train';
type Kind =
  | { type: 'int'; min: number; max: number }
  | { type: 'number'; min: number; max: number; minExclusive?: boolean; maxExclusive?: boolean }
  | { type: 'bool' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'intList' }
  | { type: 'intOrIntList' };

interface Field {
  section: Section;
  /** The leaf name in JSON; the flat name in a URL fragment is the same except task.name → task. */
  key: string;
  kind: Kind;
}

const MAX_SEED = 2 ** 31 - 1;
export const TASK_LIMITS = Object.freeze({ maxSeqLen: 4096, maxTaskInputDim: 64, maxNoise: 10 });
export const TRAIN_LIMITS = Object.freeze({
  maxBatchSize: 512,
  maxLearningRate: 10,
  maxClipnorm: 1e6,
});

// TCN values are checked by the engine (the same messages as the editor); these kinds only say
// how to read them from text.
const FIELDS: Field[] = [
  { section: 'tcn', key: 'nb_filters', kind: { type: 'intOrIntList' } },
  { section: 'tcn', key: 'kernel_size', kind: { type: 'int', min: -Infinity, max: Infinity } },
  { section: 'tcn', key: 'nb_stacks', kind: { type: 'int', min: -Infinity, max: Infinity } },
  { section: 'tcn', key: 'dilations', kind: { type: 'intList' } },
  { section: 'tcn', key: 'padding', kind: { type: 'enum', values: PADDINGS } },
  { section: 'tcn', key: 'use_skip_connections', kind: { type: 'bool' } },
  { section: 'tcn', key: 'dropout_rate', kind: { type: 'number', min: -Infinity, max: Infinity } },
  { section: 'tcn', key: 'return_sequences', kind: { type: 'bool' } },
  { section: 'tcn', key: 'activation', kind: { type: 'enum', values: ACTIVATIONS } },
  {
    section: 'tcn',
    key: 'kernel_initializer',
    kind: { type: 'enum', values: KERNEL_INITIALIZERS },
  },
  { section: 'tcn', key: 'use_batch_norm', kind: { type: 'bool' } },
  { section: 'tcn', key: 'use_layer_norm', kind: { type: 'bool' } },
  { section: 'tcn', key: 'use_weight_norm', kind: { type: 'bool' } },
  { section: 'tcn', key: 'go_backwards', kind: { type: 'bool' } },
  { section: 'task', key: 'name', kind: { type: 'enum', values: TASK_NAMES } },
  { section: 'task', key: 'seq_len', kind: { type: 'int', min: 2, max: TASK_LIMITS.maxSeqLen } },
  { section: 'task', key: 'lag', kind: { type: 'int', min: 1, max: TASK_LIMITS.maxSeqLen - 1 } },
  {
    section: 'task',
    key: 'input_dim',
    kind: { type: 'int', min: 1, max: TASK_LIMITS.maxTaskInputDim },
  },
  { section: 'task', key: 'noise', kind: { type: 'number', min: 0, max: TASK_LIMITS.maxNoise } },
  { section: 'train', key: 'optimizer', kind: { type: 'enum', values: OPTIMIZERS } },
  {
    section: 'train',
    key: 'learning_rate',
    kind: { type: 'number', min: 0, max: TRAIN_LIMITS.maxLearningRate, minExclusive: true },
  },
  {
    section: 'train',
    key: 'momentum',
    kind: { type: 'number', min: 0, max: 1, maxExclusive: true },
  },
  {
    section: 'train',
    key: 'clipnorm',
    kind: { type: 'number', min: 0, max: TRAIN_LIMITS.maxClipnorm },
  },
  {
    section: 'train',
    key: 'batch_size',
    kind: { type: 'int', min: 1, max: TRAIN_LIMITS.maxBatchSize },
  },
  { section: 'train', key: 'seed', kind: { type: 'int', min: 0, max: MAX_SEED } },
  { section: 'train', key: 'data_seed', kind: { type: 'int', min: 0, max: MAX_SEED } },
  { section: 'train', key: 'backend', kind: { type: 'enum', values: BACKENDS } },
];

/** The flat name of a field in a URL fragment. */
export const flatKey = (f: { section: Section; key: string }) =>
  f.section === 'task' && f.key === 'name' ? 'task' : f.key;

export const FLAT_KEYS: readonly string[] = ['v', ...FIELDS.map(flatKey)];

function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;
/** A number when the text reads as one, else the text itself (as the form's text inputs read). */
const numberOrText = (s: string): unknown => (NUMBER_TEXT.test(s) ? Number(s) : s);

/** "1,2,4" or "[1,2,4]" → [1, 2, 4]; entries that are not numbers stay text. */
function listOf(text: string): unknown[] {
  const t = text.trim();
  const inner = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
  return inner.trim() === '' ? [] : inner.split(',').map(numberOrText);
}

/** Reads text (from a URL) into the field's type; JSON values pass through. */
function fromText(kind: Kind, text: string): unknown {
  switch (kind.type) {
    case 'int':
    case 'number':
      return numberOrText(text);
    case 'bool':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'enum':
      return text;
    case 'intList':
      return listOf(text);
    case 'intOrIntList':
      return text.includes(',') || text.trim().startsWith('[') ? listOf(text) : numberOrText(text);
  }
}

/** The text of a value in a link (before percent-encoding); fromText reads it back. */
function toText(kind: Kind, value: unknown): string {
  if (Array.isArray(value)) {
    const text = value.map((v) => (typeof v === 'string' ? v : String(v))).join(',');
    // One filter count per dilation, or an empty list: brackets keep it a list.
    return kind.type === 'intOrIntList' && value.length < 2 ? `[${text}]` : text;
  }
  return typeof value === 'string' ? value : String(value);
}

/** Kinds whose control is a text input: a value that cannot be used can still be shown as typed. */
const typed = (field: Field) => field.kind.type !== 'bool' && field.kind.type !== 'enum';

/** The limits a number of a field is clamped to when a link goes past them (both inclusive). */
function limitsOf(field: Field): { min?: number; max?: number; int: boolean } | null {
  if (field.section === 'tcn') {
    switch (field.key) {
      case 'kernel_size':
        return { min: 1, max: TAB_LIMITS.maxKernelSize, int: true };
      case 'nb_stacks':
        return { min: 1, max: TAB_LIMITS.maxStacks, int: true };
      case 'nb_filters':
        return { min: 1, max: TAB_LIMITS.maxFilters, int: true };
      case 'dilations':
        return { min: 1, max: TAB_LIMITS.maxDilation, int: true };
      case 'dropout_rate':
        // Up to, not including, 1: there is no largest value to clamp to.
        return { min: 0, int: false };
      default:
        return null;
    }
  }
  const kind = field.kind;
  if (kind.type !== 'int' && kind.type !== 'number') return null;
  const exclusive: { minExclusive?: boolean; maxExclusive?: boolean } =
    kind.type === 'number' ? kind : {};
  return {
    min: exclusive.minExclusive ? undefined : kind.min,
    max: exclusive.maxExclusive ? undefined : kind.max,
    int: kind.type === 'int',
  };
}

/**
 * A number (or list of numbers) of the link past the field's limits, brought to them, with what
 * was changed; null when nothing is past them. Text, fractions of whole numbers and infinities
 * are not clamped: they are reported as they are.
 */
export function clampToLimits(
  field: { section: Section; key: string },
  value: unknown,
): { value: unknown; changes: string[] } | null {
  const f = FIELDS.find((x) => x.section === field.section && x.key === field.key);
  const limits = f && limitsOf(f);
  if (!limits) return null;
  const changes: string[] = [];
  const one = (v: unknown): unknown => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (limits.int && !Number.isInteger(v)))
      return v;
    if (limits.min !== undefined && v < limits.min) {
      changes.push(`${v} is below the least, ${limits.min}: clamped to ${limits.min}`);
      return limits.min;
    }
    if (limits.max !== undefined && v > limits.max) {
      changes.push(`${v} is above the most, ${limits.max}: clamped to ${limits.max}`);
      return limits.max;
    }
    return v;
  };
  const clamped = Array.isArray(value) ? value.map(one) : one(value);
  return changes.length ? { value: clamped, changes } : null;
}

/** Levenshtein distance (case-insensitive), for "did you mean". */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let row = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const next = [i];
    for (let j = 1; j <= t.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[t.length];
}

/**
 * The known name closest to `name`, if it is a near miss: the same but for case, a letter or two
 * off (nb_filter, kernal_size), a singular for a plural. Short names need a closer match.
 */
export function didYouMean(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === name) continue;
    const d = distance(name, candidate);
    if (d < bestDistance && d <= 2 && d * 3 <= candidate.length) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `base.`, or `base — did you mean X?` when a known name is a near miss of `name`. */
const withGuess = (base: string, name: string, known: readonly string[]) => {
  const guess = didYouMean(name, known);
  return guess ? `${base} — did you mean ${guess}?` : `${base}.`;
};

const SMALLEST_TCN: Partial<TcnConfig> = {
  nb_filters: 1,
  kernel_size: 1,
  dilations: [1],
  nb_stacks: 1,
  use_skip_connections: false,
  input_dim: 1,
};

/** Why a value cannot be used for a field, or null when it can. */
function rejection(field: Field, value: unknown): string | null {
  if (field.section === 'tcn') {
    // Judged alone, in the smallest network, so that combinations (a filter list against the
    // dilations, two norms) stay for configProblems to explain next to their controls.
    const alone = {
      ...SMALLEST_TCN,
      ...(Array.isArray(value) && field.key === 'nb_filters'
        ? { dilations: value.map(() => 1) }
        : {}),
      [field.key]: value,
    };
    const problem = parseTcnConfig(alone).problems.find((p: ConfigProblem) => p.key === field.key);
    return problem ? problem.message : null;
  }
  const kind = field.kind;
  switch (kind.type) {
    case 'int':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `${field.key} must be a number.`;
      if (kind.type === 'int' && !Number.isInteger(value))
        return `${field.key} must be a whole number.`;
      const low =
        kind.type === 'number' && kind.minExclusive ? value <= kind.min : value < kind.min;
      const high =
        kind.type === 'number' && kind.maxExclusive ? value >= kind.max : value > kind.max;
      if (low || high) {
        return `${field.key} must be ${kind.type === 'number' && kind.minExclusive ? 'above' : 'at least'} ${kind.min} and ${kind.type === 'number' && kind.maxExclusive ? 'below' : 'at most'} ${kind.max}.`;
      }
      return null;
    }
    case 'bool':
      return typeof value === 'boolean' ? null : `${field.key} must be true or false.`;
    case 'enum':
      return typeof value === 'string' && kind.values.includes(value)
        ? null
        : `${field.key} must be one of ${kind.values.join(', ')}.`;
    default:
      return null;
  }
}

function clone(config: PlaygroundConfig): PlaygroundConfig {
  return JSON.parse(JSON.stringify(config)) as PlaygroundConfig;
}

/**
 * Builds a configuration from values keyed by field; fills defaults; reports what it changes.
 * Also the settings as the page's form shows them (see ParsedLink.raw).
 */
function assemble(
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
      notices.push({ key, action: 'adjusted', reason: `${clamped.changes.join('; ')}.` });
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
            ? `${reason} It is shown as written, marked in the form: change it there to train.`
            : `${reason} Using ${show(target[field.key])}.`,
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
      reason: `copy_memory needs at least 21 steps (ten symbols, a gap, ten to recall); seq_len ${task.seq_len} became 21.`,
    });
    task.seq_len = 21;
  }
  if (task.name === 'lag' && task.lag >= task.seq_len) {
    const lag = Math.max(1, task.seq_len - 1);
    notices.push({
      key: 'lag',
      action: 'adjusted',
      reason: `lag must be shorter than seq_len (${task.seq_len}); lag ${task.lag} became ${lag}.`,
    });
    task.lag = lag;
  }
  config.tcn.input_dim = taskInputDim(task);
  if (declaredTcnInputDim && declaredTcnInputDim.value !== config.tcn.input_dim) {
    notices.push({
      key: declaredTcnInputDim.key,
      action: 'adjusted',
      reason: `the TCN's input_dim follows from the task (${task.name} has ${config.tcn.input_dim} input channel(s)); ${show(declaredTcnInputDim.value)} was replaced.`,
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

/**
 * Parses the URL-fragment form, e.g. `#v=1&task=lag&seq_len=96&dilations=1,2,4`. A number past
 * its limits is clamped to them; a key that is a near miss of a setting is reported with it.
 */
export function parseFragment(fragment: string, options: LinkOptions = {}): ParsedLink {
  const notices: Notice[] = [];
  const view: ViewSettings = {};
  const values = new Map<Field, { value: unknown; key: string }>();
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  let params: [string, string][] = [];
  try {
    params = [...new URLSearchParams(text).entries()];
  } catch {
    notices.push({ key: '#', action: 'ignored', reason: 'the link could not be read at all.' });
  }
  const knownKeys = [...FLAT_KEYS, ...VIEW_KEYS];
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.slice(0, 60);
    if (key === 'v') {
      if (rawValue !== '1') {
        notices.push({
          key,
          action: 'ignored',
          reason: `this page reads version 1 links; version ${show(rawValue)} was read as version 1.`,
        });
      }
      continue;
    }
    if ((VIEW_KEYS as readonly string[]).includes(key)) {
      readViewKey(view, key, rawValue, notices, options);
      continue;
    }
    const field = FIELDS.find((f) => flatKey(f) === key);
    if (!field) {
      if (key !== '')
        notices.push({
          key,
          action: 'ignored',
          reason: withGuess(`${show(key)} is not a setting of this page`, key, knownKeys),
        });
      continue;
    }
    if (values.has(field)) {
      notices.push({
        key,
        action: 'ignored',
        reason: `${key} appears more than once; the first one is used.`,
      });
      continue;
    }
    values.set(field, { value: fromText(field.kind, rawValue), key });
  }
  return { ...assemble(values, notices, undefined, options), view };
}

function readViewKey(
  view: ViewSettings,
  key: string,
  value: string,
  notices: Notice[],
  options: LinkOptions,
) {
  if (key === 'classroom') {
    if (value === 'true' || value === '1') view.classroom = true;
    else if (value !== 'false' && value !== '0')
      notices.push({ key, action: 'rejected', reason: 'classroom must be true or false.' });
  } else if (key === 'hide') {
    const names = value
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const known = (p: string) =>
      /^[a-z-]{1,30}$/.test(p) && (!options.panels || options.panels.includes(p));
    view.hide = names.filter(known);
    for (const name of names.filter((p) => !known(p))) {
      notices.push({
        key,
        action: 'ignored',
        reason: withGuess(
          `${show(name)} is not a panel of this page${options.panels ? ` (panels: ${options.panels.join(', ')})` : ''}`,
          name,
          options.panels ?? [],
        ),
      });
    }
  } else if (key === 'lesson') {
    if (!/^[a-z0-9-]{1,40}$/.test(value))
      notices.push({ key, action: 'rejected', reason: 'not a lesson name.' });
    else if (options.lessons && !options.lessons.includes(value))
      notices.push({
        key,
        action: 'ignored',
        reason: withGuess(`there is no lesson ${show(value)}`, value, options.lessons),
      });
    else view.lesson = value;
  }
}

const configOnly = ({ config, notices }: Omit<ParsedLink, 'view'>): ParsedConfig => ({
  config,
  notices,
  view: {},
});

/** Parses the JSON form (an already parsed object, or text). */
export function parseConfigJson(input: unknown): ParsedConfig {
  const notices: Notice[] = [];
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      notices.push({
        key: '(file)',
        action: 'ignored',
        reason: `not valid JSON: ${(error as Error).message}`,
      });
      return configOnly(assemble(new Map(), notices));
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    notices.push({
      key: '(file)',
      action: 'ignored',
      reason: 'a configuration is a JSON object with v, tcn, task and train.',
    });
    return configOnly(assemble(new Map(), notices));
  }
  const values = new Map<Field, { value: unknown; key: string }>();
  let declaredTcnInputDim: { value: unknown; key: string } | undefined;
  for (const [sectionKey, section] of Object.entries(doc as Record<string, unknown>)) {
    if (sectionKey === 'v') {
      if (section !== 1) {
        notices.push({
          key: 'v',
          action: 'ignored',
          reason: `this page reads version 1; ${show(section)} was read as version 1.`,
        });
      }
      continue;
    }
    if (sectionKey !== 'tcn' && sectionKey !== 'task' && sectionKey !== 'train') {
      notices.push({
        key: sectionKey,
        action: 'ignored',
        reason: `${show(sectionKey)} is not a part of a configuration.`,
      });
      continue;
    }
    if (typeof section !== 'object' || section === null || Array.isArray(section)) {
      notices.push({
        key: sectionKey,
        action: 'ignored',
        reason: `${sectionKey} must be an object.`,
      });
      continue;
    }
    for (const [leaf, value] of Object.entries(section as Record<string, unknown>)) {
      const key = `${sectionKey}.${leaf}`;
      if (sectionKey === 'tcn' && leaf === 'input_dim') {
        declaredTcnInputDim = { value, key };
        continue;
      }
      const field = FIELDS.find((f) => f.section === sectionKey && f.key === leaf);
      if (!field) {
        notices.push({
          key,
          action: 'ignored',
          reason: `${show(key)} is not a setting of this page.`,
        });
        continue;
      }
      values.set(field, { value, key });
    }
  }
  return configOnly(assemble(values, notices, declaredTcnInputDim));
}

/** The URL-fragment form of a configuration, every key written out (without the leading #). */
export function encodeFragment(config: PlaygroundConfig, view: ViewSettings = {}): string {
  return encodeSettings(rawSettingsOf(config), view);
}

/**
 * The URL-fragment form of settings as the form shows them, valid or not (without the #):
 * parseFragment reads every typed value back as it was (see ParsedLink.raw).
 */
export function encodeSettings(raw: RawSettings, view: ViewSettings = {}): string {
  const parts = ['v=1'];
  if (view.classroom) parts.push('classroom=true');
  if (view.hide?.length) parts.push(`hide=${view.hide.join(',')}`);
  if (view.lesson) parts.push(`lesson=${view.lesson}`);
  for (const field of FIELDS) {
    const value = (raw[field.section] as Record<string, unknown>)[field.key];
    if (value === undefined) continue;
    const text = toText(field.kind, value);
    parts.push(`${flatKey(field)}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
  }
  return parts.join('&');
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
      message: `the lag (${config.task.lag}) must be shorter than the sequence (seq_len ${config.task.seq_len}), or no step has a target.`,
    });
  }
  if (config.task.name === 'copy_memory' && config.task.seq_len < 21) {
    problems.push({
      key: 'seq_len',
      kind: 'keras-accepts',
      message:
        'copy_memory needs at least 21 steps: ten symbols, a gap with the delimiter, and ten steps to recall them.',
    });
  }
  const info = taskInfo(config.task);
  if (problems.length === 0) {
    const overBudget = budgetProblem(config.tcn, config.task.seq_len, config.train.batch_size);
    if (overBudget) problems.push({ ...overBudget, kind: 'tab-limit' });
  }
  if (info.perStep !== config.tcn.return_sequences) {
    problems.push({
      key: 'return_sequences',
      kind: 'keras-accepts',
      message: info.perStep
        ? `the ${config.task.name} task has a target at every step, so the TCN must return the whole sequence: set return_sequences=true.`
        : `the ${config.task.name} task has one answer per sequence, so the TCN must return only its last step: set return_sequences=false.`,
    });
  }
  return problems;
}

/** Settings as a user is editing them: any value, possibly not yet a valid one. */
export interface RawSettings {
  tcn: Partial<Record<TcnKey, unknown>>;
  task: Partial<Record<keyof TaskParams, unknown>>;
  train: Partial<Record<keyof TrainParams, unknown>>;
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
  const inputDim = taskInputDim(candidate.task);
  const tcn = parseTcnConfig({ ...raw.tcn, input_dim: inputDim });
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
