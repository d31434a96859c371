// The TCN configuration, with keras-tcn's parameter names and defaults, and its validation.
// Validation never throws: it returns every problem, each phrased for a student.
import { t } from '../i18n/core';
import { parameterCount } from './variables';

export const ACTIVATIONS = [
  'relu',
  'tanh',
  'elu',
  'selu',
  'sigmoid',
  'linear',
  'gelu',
  'swish',
] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const KERNEL_INITIALIZERS = [
  'he_normal',
  'he_uniform',
  'glorot_uniform',
  'glorot_normal',
  'random_normal',
] as const;
export type KernelInitializer = (typeof KERNEL_INITIALIZERS)[number];

export const PADDINGS = ['causal', 'same'] as const;
export type Padding = (typeof PADDINGS)[number];

export interface TcnConfig {
  nb_filters: number | number[];
  kernel_size: number;
  nb_stacks: number;
  dilations: number[];
  padding: Padding;
  use_skip_connections: boolean;
  dropout_rate: number;
  return_sequences: boolean;
  activation: Activation;
  kernel_initializer: KernelInitializer;
  use_batch_norm: boolean;
  use_layer_norm: boolean;
  /** Ours, not keras-tcn's (it dropped weight norm in 2025): see README "Weight norm". */
  use_weight_norm: boolean;
  go_backwards: boolean;
  /** Channels of the input sequence (the last axis of [batch, steps, input_dim]). */
  input_dim: number;
}

export type TcnKey = keyof TcnConfig;

/** keras-tcn's constructor defaults, plus one input channel. */
export const KERAS_TCN_DEFAULTS: Readonly<TcnConfig> = Object.freeze({
  nb_filters: 64,
  kernel_size: 3,
  nb_stacks: 1,
  dilations: [1, 2, 4, 8, 16, 32],
  padding: 'causal',
  use_skip_connections: true,
  dropout_rate: 0,
  return_sequences: false,
  activation: 'relu',
  kernel_initializer: 'he_normal',
  use_batch_norm: false,
  use_layer_norm: false,
  use_weight_norm: false,
  go_backwards: false,
  input_dim: 1,
});

/**
 * Limits that keep a browser tab alive. keras-tcn itself has none; past these a single
 * training step takes seconds to minutes in a tab, or the weights alone exhaust its memory.
 */
export const TAB_LIMITS = Object.freeze({
  maxKernelSize: 512,
  maxDilation: 4096,
  maxDilationCount: 32,
  maxStacks: 16,
  maxResidualBlocks: 64,
  maxFilters: 512,
  maxInputDim: 256,
  maxParameters: 5_000_000,
});

export interface ConfigProblem {
  /** The setting the user should change. */
  key: TcnKey;
  message: string;
  /** What keras-tcn does with it: refuses it, crashes on it, lets it through, or a limit of ours. */
  kind: 'keras-rejects' | 'keras-crashes' | 'keras-accepts' | 'tab-limit';
}

export interface ParsedTcnConfig {
  /** The configuration, or null when a problem makes it impossible to build. */
  config: TcnConfig | null;
  problems: ConfigProblem[];
}

// keras-tcn's own error messages, quoted as it prints them (in every language).
const PADDING_ERROR = "Only 'causal' or 'same' padding are compatible for this layer.";
const SKIP_FILTERS_ERROR =
  'Skip connections are not compatible with a list of filters, unless they are all equal.';
const NORMALIZATION_ERROR = 'Only one normalization can be specified at once.';

const isPositiveInt = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v > 0;

function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * Reads a keras-tcn style configuration (missing keys take keras-tcn's defaults) and checks it.
 * Unknown keys are not this function's business: the URL/JSON codec reports them.
 */
export function parseTcnConfig(raw: Partial<Record<TcnKey, unknown>>): ParsedTcnConfig {
  const problems: ConfigProblem[] = [];
  const get = <K extends TcnKey>(key: K): unknown =>
    raw[key] === undefined ? KERAS_TCN_DEFAULTS[key] : raw[key];
  const problem = (key: TcnKey, kind: ConfigProblem['kind'], message: string) =>
    problems.push({ key, kind, message });

  /** `notCount`: the key of the sentence that says what the number counts. */
  const positiveInt = (key: TcnKey, notCount: string, max: number): number | null => {
    const v = get(key);
    if (!isPositiveInt(v)) {
      problem(key, 'keras-crashes', t(`messages.tcn.${notCount}`, { value: describe(v) }));
      return null;
    }
    if (v > max) {
      problem(key, 'tab-limit', t('messages.tcn.overLimit', { setting: key, value: v, max }));
    }
    return v;
  };

  const boolean = (key: TcnKey): boolean | null => {
    const v = get(key);
    if (typeof v !== 'boolean') {
      problem(
        key,
        'keras-crashes',
        t('messages.tcn.notBoolean', { setting: key, value: describe(v) }),
      );
      return null;
    }
    return v;
  };

  const oneOf = <T extends string>(key: TcnKey, allowed: readonly T[]): T | null => {
    const v = get(key);
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    const values = { setting: key, allowed: allowed.join(', '), value: describe(v) };
    if (key === 'padding')
      problem(
        key,
        'keras-rejects',
        t('messages.tcn.paddingNotAllowed', { ...values, error: PADDING_ERROR }),
      );
    else problem(key, 'keras-crashes', t('messages.tcn.notOneOf', values));
    return null;
  };

  const kernel_size = positiveInt('kernel_size', 'kernelSizeNotCount', TAB_LIMITS.maxKernelSize);
  const nb_stacks = positiveInt('nb_stacks', 'nbStacksNotCount', TAB_LIMITS.maxStacks);
  const input_dim = positiveInt('input_dim', 'inputDimNotCount', TAB_LIMITS.maxInputDim);

  let dilations: number[] | null = null;
  const rawDilations = get('dilations');
  if (!Array.isArray(rawDilations)) {
    problem(
      'dilations',
      'keras-crashes',
      t('messages.tcn.dilationsNotList', { value: describe(rawDilations) }),
    );
  } else if (rawDilations.length === 0) {
    problem('dilations', 'keras-crashes', t('messages.tcn.dilationsEmpty'));
  } else if (!rawDilations.every(isPositiveInt)) {
    problem(
      'dilations',
      'keras-crashes',
      t('messages.tcn.dilationNotCount', { value: describe(rawDilations) }),
    );
  } else {
    dilations = rawDilations as number[];
    if (dilations.length > TAB_LIMITS.maxDilationCount) {
      problem(
        'dilations',
        'tab-limit',
        t('messages.tcn.tooManyDilations', {
          dilations: dilations.length,
          max: TAB_LIMITS.maxDilationCount,
        }),
      );
    }
    const largest = Math.max(...dilations);
    if (largest > TAB_LIMITS.maxDilation) {
      problem(
        'dilations',
        'tab-limit',
        t('messages.tcn.dilationOverLimit', { largest, max: TAB_LIMITS.maxDilation }),
      );
    }
  }

  if (dilations && nb_stacks && dilations.length * nb_stacks > TAB_LIMITS.maxResidualBlocks) {
    problem(
      'nb_stacks',
      'tab-limit',
      t('messages.tcn.tooManyBlocks', {
        blocks: nb_stacks * dilations.length,
        max: TAB_LIMITS.maxResidualBlocks,
        stacks: Math.max(1, Math.floor(TAB_LIMITS.maxResidualBlocks / dilations.length)),
      }),
    );
  }

  const use_skip_connections = boolean('use_skip_connections');
  let nb_filters: number | number[] | null = null;
  const rawFilters = get('nb_filters');
  if (Array.isArray(rawFilters)) {
    if (!rawFilters.every(isPositiveInt)) {
      problem(
        'nb_filters',
        'keras-crashes',
        t('messages.tcn.filterListNotCounts', { value: describe(rawFilters) }),
      );
    } else {
      nb_filters = rawFilters as number[];
      if (dilations && nb_filters.length !== dilations.length) {
        problem(
          'nb_filters',
          'keras-crashes',
          t('messages.tcn.filterListLength', {
            needed: dilations.length,
            given: nb_filters.length,
          }),
        );
      }
      if (use_skip_connections && new Set(nb_filters).size > 1) {
        problem(
          'nb_filters',
          'keras-rejects',
          t('messages.tcn.skipNeedsEqualFilters', { error: SKIP_FILTERS_ERROR }),
        );
      }
      const largest = Math.max(...nb_filters);
      if (largest > TAB_LIMITS.maxFilters) {
        problem(
          'nb_filters',
          'tab-limit',
          t('messages.tcn.filterListOverLimit', { largest, max: TAB_LIMITS.maxFilters }),
        );
      }
    }
  } else if (!isPositiveInt(rawFilters)) {
    problem(
      'nb_filters',
      'keras-crashes',
      t('messages.tcn.filtersNotCount', { value: describe(rawFilters) }),
    );
  } else {
    nb_filters = rawFilters;
    if (rawFilters > TAB_LIMITS.maxFilters) {
      problem(
        'nb_filters',
        'tab-limit',
        t('messages.tcn.filtersOverLimit', { value: rawFilters, max: TAB_LIMITS.maxFilters }),
      );
    }
  }

  const padding = oneOf('padding', PADDINGS);
  const activation = oneOf('activation', ACTIVATIONS);
  const kernel_initializer = oneOf('kernel_initializer', KERNEL_INITIALIZERS);

  let dropout_rate: number | null = null;
  const rawDropout = get('dropout_rate');
  if (typeof rawDropout !== 'number' || !Number.isFinite(rawDropout)) {
    problem(
      'dropout_rate',
      'keras-crashes',
      t('messages.tcn.dropoutNotNumber', { value: describe(rawDropout) }),
    );
  } else if (rawDropout < 0 || rawDropout >= 1) {
    problem(
      'dropout_rate',
      rawDropout < 0 ? 'keras-crashes' : 'keras-accepts',
      t(rawDropout < 0 ? 'messages.tcn.dropoutNegative' : 'messages.tcn.dropoutOne', {
        value: rawDropout,
      }),
    );
  } else {
    dropout_rate = rawDropout;
  }

  const return_sequences = boolean('return_sequences');
  const use_batch_norm = boolean('use_batch_norm');
  const use_layer_norm = boolean('use_layer_norm');
  const use_weight_norm = boolean('use_weight_norm');
  const go_backwards = boolean('go_backwards');

  const norms = [use_batch_norm, use_layer_norm, use_weight_norm].filter((v) => v === true).length;
  if (norms > 1) {
    const key: TcnKey = use_layer_norm ? 'use_layer_norm' : 'use_weight_norm';
    problem(
      key,
      'keras-rejects',
      t('messages.tcn.oneNormalization', { error: NORMALIZATION_ERROR }),
    );
  }

  const values = {
    nb_filters,
    kernel_size,
    nb_stacks,
    dilations,
    padding,
    use_skip_connections,
    dropout_rate,
    return_sequences,
    activation,
    kernel_initializer,
    use_batch_norm,
    use_layer_norm,
    use_weight_norm,
    go_backwards,
    input_dim,
  };
  const complete = Object.values(values).every((v) => v !== null);
  const config = complete && problems.length === 0 ? (values as TcnConfig) : null;
  if (config) {
    const params = parameterCount(config);
    if (params > TAB_LIMITS.maxParameters) {
      problem(
        'nb_filters',
        'tab-limit',
        t('messages.tcn.tooManyParameters', { params, max: TAB_LIMITS.maxParameters }),
      );
      return { config: null, problems };
    }
  }
  return { config, problems };
}

/** The filters of every residual block, in order (stacks repeat the dilations). */
export function blockFilters(config: TcnConfig): number[] {
  const out: number[] = [];
  for (let s = 0; s < config.nb_stacks; s++) {
    config.dilations.forEach((_, i) => {
      out.push(Array.isArray(config.nb_filters) ? config.nb_filters[i] : config.nb_filters);
    });
  }
  return out;
}

/** The dilation of every residual block, in order. */
export function blockDilations(config: TcnConfig): number[] {
  const out: number[] = [];
  for (let s = 0; s < config.nb_stacks; s++) out.push(...config.dilations);
  return out;
}

/** Output channels of the TCN layer. */
export function outputChannels(config: TcnConfig): number {
  const filters = blockFilters(config);
  return filters[filters.length - 1];
}
