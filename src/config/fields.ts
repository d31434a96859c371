// The table of every setting of a run (TCN, task, training, series data) and how each is read
// from and written to text: TensorFlow Playground's state.ts shape, one table driving the link,
// the JSON and the form's checks. Also the limits, and the clamping of a link's numbers past them
// (the "did you mean" of a misspelt key is ./didYouMean).
import {
  ACTIVATIONS,
  KERNEL_INITIALIZERS,
  PADDINGS,
  TAB_LIMITS,
  parseTcnConfig,
  type ConfigProblem,
  type TcnConfig,
} from '../engine/config';
import { t } from '../i18n/core';
import { DATA_SOURCES } from '../data/seriesPresets';
import { TASK_NAMES } from '../tasks/tasks';
import { NETWORK_KINDS } from '../trainer/networkKinds';

export const OPTIMIZERS = ['adam', 'rmsprop', 'sgd'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];
export const BACKENDS = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKENDS)[number];

export type Section = 'tcn' | 'task' | 'train' | 'data';
export type Kind =
  | { type: 'int'; min: number; max: number }
  | { type: 'number'; min: number; max: number; minExclusive?: boolean; maxExclusive?: boolean }
  | { type: 'bool' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'intList' }
  | { type: 'intOrIntList' }
  /** A name (a file, a column): any text up to maxLength, not blank unless optional. */
  | { type: 'text'; maxLength: number; optional?: boolean }
  /** Column names; in a link each is percent-encoded on its own, so a comma in one survives. */
  | { type: 'textList'; maxLength: number; maxEntries: number };

export interface Field {
  section: Section;
  /**
   * The leaf name in JSON; the flat name in a URL fragment is the same except task.name → task
   * and data.source → data.
   */
  key: string;
  kind: Kind;
}

const MAX_SEED = 2 ** 31 - 1;
/** A task's channels go up to what the TCN takes (keras-tcn examples feed 128-wide embeddings). */
export const TASK_LIMITS = Object.freeze({
  maxSeqLen: 4096,
  maxTaskInputDim: TAB_LIMITS.maxInputDim,
  maxNoise: 10,
});
export const TRAIN_LIMITS = Object.freeze({
  maxBatchSize: 512,
  maxLearningRate: 10,
  maxClipnorm: 1e6,
});
export const SERIES_LIMITS = Object.freeze({ maxHorizon: 1000, maxNameLength: 200 });
export const MISSING_POLICIES = ['refuse', 'drop', 'carry'] as const;

// TCN values are checked by the engine (the same messages as the editor); these kinds only say
// how to read them from text.
export const FIELDS: Field[] = [
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
  { section: 'train', key: 'model', kind: { type: 'enum', values: NETWORK_KINDS } },
  // Only for task=series (and only written into a link then): which series, which columns.
  { section: 'data', key: 'source', kind: { type: 'enum', values: DATA_SOURCES } },
  {
    section: 'data',
    key: 'file',
    kind: { type: 'text', maxLength: SERIES_LIMITS.maxNameLength, optional: true },
  },
  {
    section: 'data',
    key: 'columns',
    kind: {
      type: 'textList',
      maxLength: SERIES_LIMITS.maxNameLength,
      maxEntries: TASK_LIMITS.maxTaskInputDim,
    },
  },
  {
    section: 'data',
    key: 'target',
    kind: { type: 'text', maxLength: SERIES_LIMITS.maxNameLength },
  },
  { section: 'data', key: 'horizon', kind: { type: 'int', min: 1, max: SERIES_LIMITS.maxHorizon } },
  { section: 'data', key: 'missing', kind: { type: 'enum', values: MISSING_POLICIES } },
];

/** The flat name of a field in a URL fragment. */
export const flatKey = (f: { section: Section; key: string }) =>
  f.section === 'task' && f.key === 'name'
    ? 'task'
    : f.section === 'data' && f.key === 'source'
      ? 'data'
      : f.key;

export const FLAT_KEYS: readonly string[] = ['v', ...FIELDS.map(flatKey)];

export function show(value: unknown): string {
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
export function fromText(kind: Kind, text: string): unknown {
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
    case 'text':
      return text;
    case 'textList':
      return text === '' ? [] : text.split(',').map(decodeName);
  }
}

/** A name of a textList as toText wrote it; a malformed escape is kept as written. */
function decodeName(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The text of a value in a link (before percent-encoding); fromText reads it back. */
export function toText(kind: Kind, value: unknown): string {
  if (kind.type === 'textList' && Array.isArray(value))
    return value.map((name) => encodeURIComponent(String(name))).join(',');
  if (Array.isArray(value)) {
    const text = value.map((v) => (typeof v === 'string' ? v : String(v))).join(',');
    // One filter count per dilation, or an empty list: brackets keep it a list.
    return kind.type === 'intOrIntList' && value.length < 2 ? `[${text}]` : text;
  }
  return typeof value === 'string' ? value : String(value);
}

/** Kinds whose control is a text input: a value that cannot be used can still be shown as typed. */
export const typed = (field: Field) =>
  ['int', 'number', 'intList', 'intOrIntList'].includes(field.kind.type);

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
      changes.push(t('messages.link.clampedUp', { value: v, min: limits.min }));
      return limits.min;
    }
    if (limits.max !== undefined && v > limits.max) {
      changes.push(t('messages.link.clampedDown', { value: v, max: limits.max }));
      return limits.max;
    }
    return v;
  };
  const clamped = Array.isArray(value) ? value.map(one) : one(value);
  return changes.length ? { value: clamped, changes } : null;
}

const SMALLEST_TCN: Partial<TcnConfig> = {
  nb_filters: 1,
  kernel_size: 1,
  dilations: [1],
  nb_stacks: 1,
  use_skip_connections: false,
  input_dim: 1,
};

/** Why a value cannot be used for a field, or null when it can. */
export function rejection(field: Field, value: unknown): string | null {
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
        return t('messages.field.notNumber', { setting: field.key });
      if (kind.type === 'int' && !Number.isInteger(value))
        return t('messages.field.notWhole', { setting: field.key });
      const minExclusive = kind.type === 'number' && kind.minExclusive;
      const maxExclusive = kind.type === 'number' && kind.maxExclusive;
      const low = minExclusive ? value <= kind.min : value < kind.min;
      const high = maxExclusive ? value >= kind.max : value > kind.max;
      if (low || high) {
        const range = `${minExclusive ? 'above' : 'atLeast'}${maxExclusive ? 'Below' : 'AtMost'}`;
        return t(`messages.field.range.${range}`, {
          setting: field.key,
          min: kind.min,
          max: kind.max,
        });
      }
      return null;
    }
    case 'bool':
      return typeof value === 'boolean'
        ? null
        : t('messages.field.notBoolean', { setting: field.key });
    case 'enum':
      return typeof value === 'string' && kind.values.includes(value)
        ? null
        : t('messages.field.notOneOf', { setting: field.key, allowed: kind.values.join(', ') });
    case 'text':
      return nameProblem(field.key, value, kind.maxLength, kind.optional);
    case 'textList': {
      const setting = field.key;
      if (!Array.isArray(value)) return t('messages.field.notNameList', { setting });
      if (value.length === 0) return t('messages.field.noColumn', { setting });
      if (value.length > kind.maxEntries)
        return t('messages.field.tooManyColumns', { setting, max: kind.maxEntries });
      for (const name of value) {
        const problem = nameProblem(field.key, name, kind.maxLength);
        if (problem) return problem;
      }
      return new Set(value).size === value.length
        ? null
        : t('messages.field.columnTwice', { setting });
    }
    default:
      return null;
  }
}

function nameProblem(setting: string, value: unknown, maxLength: number, optional = false) {
  if (typeof value !== 'string') return t('messages.field.notName', { setting });
  if (!optional && value.trim() === '') return t('messages.field.emptyName', { setting });
  return value.length > maxLength
    ? t('messages.field.nameTooLong', { setting, max: maxLength })
    : null;
}
