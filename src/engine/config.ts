// The TCN configuration, with keras-tcn's parameter names and defaults, and its validation.
// Validation never throws: it returns every problem, each phrased for a student.
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

  const positiveInt = (key: TcnKey, what: string, max: number): number | null => {
    const v = get(key);
    if (!isPositiveInt(v)) {
      problem(
        key,
        'keras-crashes',
        `${key} must be a whole number of at least 1 (${what}); got ${describe(v)}.`,
      );
      return null;
    }
    if (v > max) {
      problem(
        key,
        'tab-limit',
        `${key} = ${v} is more than this page can run (at most ${max}): lower ${key} to ${max} or less.`,
      );
    }
    return v;
  };

  const boolean = (key: TcnKey): boolean | null => {
    const v = get(key);
    if (typeof v !== 'boolean') {
      problem(key, 'keras-crashes', `${key} must be true or false; got ${describe(v)}.`);
      return null;
    }
    return v;
  };

  const oneOf = <T extends string>(key: TcnKey, allowed: readonly T[]): T | null => {
    const v = get(key);
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    const kind = key === 'padding' ? 'keras-rejects' : 'keras-crashes';
    const extra =
      key === 'padding'
        ? " keras-tcn refuses anything else (\"Only 'causal' or 'same' padding are compatible for this layer.\"): 'valid' would shorten the sequence in every layer, so residual sums would not line up."
        : '';
    problem(key, kind, `${key} must be one of ${allowed.join(', ')}; got ${describe(v)}.${extra}`);
    return null;
  };

  const kernel_size = positiveInt(
    'kernel_size',
    'how many time steps each convolution looks at',
    TAB_LIMITS.maxKernelSize,
  );
  const nb_stacks = positiveInt(
    'nb_stacks',
    'how many times the list of dilations is repeated',
    TAB_LIMITS.maxStacks,
  );
  const input_dim = positiveInt(
    'input_dim',
    'the number of channels of the input sequence',
    TAB_LIMITS.maxInputDim,
  );

  let dilations: number[] | null = null;
  const rawDilations = get('dilations');
  if (!Array.isArray(rawDilations)) {
    problem(
      'dilations',
      'keras-crashes',
      `dilations must be a list of whole numbers such as [1, 2, 4, 8]; got ${describe(rawDilations)}.`,
    );
  } else if (rawDilations.length === 0) {
    problem(
      'dilations',
      'keras-crashes',
      'dilations is empty: the network would have no residual block at all (keras-tcn crashes on this). Give at least one dilation, e.g. [1].',
    );
  } else if (!rawDilations.every(isPositiveInt)) {
    problem(
      'dilations',
      'keras-crashes',
      `every dilation must be a whole number of at least 1 (the gap between the time steps a convolution reads); got ${describe(rawDilations)}.`,
    );
  } else {
    dilations = rawDilations as number[];
    if (dilations.length > TAB_LIMITS.maxDilationCount) {
      problem(
        'dilations',
        'tab-limit',
        `${dilations.length} dilations are more than this page can run (at most ${TAB_LIMITS.maxDilationCount}): remove some.`,
      );
    }
    const largest = Math.max(...dilations);
    if (largest > TAB_LIMITS.maxDilation) {
      problem(
        'dilations',
        'tab-limit',
        `a dilation of ${largest} is more than this page can run (at most ${TAB_LIMITS.maxDilation}): lower it to ${TAB_LIMITS.maxDilation} or less.`,
      );
    }
  }

  if (dilations && nb_stacks && dilations.length * nb_stacks > TAB_LIMITS.maxResidualBlocks) {
    problem(
      'nb_stacks',
      'tab-limit',
      `nb_stacks × number of dilations = ${nb_stacks * dilations.length} residual blocks, more than this page can run (at most ${TAB_LIMITS.maxResidualBlocks}): lower nb_stacks to ${Math.max(1, Math.floor(TAB_LIMITS.maxResidualBlocks / dilations.length))} or use fewer dilations.`,
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
        `every entry of the nb_filters list must be a whole number of at least 1; got ${describe(rawFilters)}.`,
      );
    } else {
      nb_filters = rawFilters as number[];
      if (dilations && nb_filters.length !== dilations.length) {
        problem(
          'nb_filters',
          'keras-crashes',
          `a list of nb_filters gives the filters of each dilation, so it needs ${dilations.length} entries (one per dilation); it has ${nb_filters.length}. keras-tcn stops with a bare AssertionError here.`,
        );
      }
      if (use_skip_connections && new Set(nb_filters).size > 1) {
        problem(
          'nb_filters',
          'keras-rejects',
          'skip connections add the outputs of all residual blocks, which only works when every block has the same number of filters. Use one number for nb_filters, make the list all equal, or turn use_skip_connections off. (keras-tcn: "Skip connections are not compatible with a list of filters, unless they are all equal.")',
        );
      }
      const largest = Math.max(...nb_filters);
      if (largest > TAB_LIMITS.maxFilters) {
        problem(
          'nb_filters',
          'tab-limit',
          `nb_filters of ${largest} is more than this page can run (at most ${TAB_LIMITS.maxFilters}).`,
        );
      }
    }
  } else if (!isPositiveInt(rawFilters)) {
    problem(
      'nb_filters',
      'keras-crashes',
      `nb_filters must be a whole number of at least 1, or a list with one per dilation; got ${describe(rawFilters)}.`,
    );
  } else {
    nb_filters = rawFilters;
    if (rawFilters > TAB_LIMITS.maxFilters) {
      problem(
        'nb_filters',
        'tab-limit',
        `nb_filters = ${rawFilters} is more than this page can run (at most ${TAB_LIMITS.maxFilters}): lower it to ${TAB_LIMITS.maxFilters} or less.`,
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
      `dropout_rate must be a number from 0 up to (not including) 1; got ${describe(rawDropout)}.`,
    );
  } else if (rawDropout < 0 || rawDropout >= 1) {
    problem(
      'dropout_rate',
      rawDropout < 0 ? 'keras-crashes' : 'keras-accepts',
      `dropout_rate is the fraction of channels dropped while training, so it must be at least 0 and below 1; got ${rawDropout}.${rawDropout >= 1 ? ' At 1 every channel is dropped and the network outputs nothing but biases; keras-tcn lets this through silently.' : ''}`,
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
      'only one normalization can be on at a time: choose batch norm, layer norm or weight norm. (keras-tcn: "Only one normalization can be specified at once.")',
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
        `this network would have ${params.toLocaleString('en-US')} parameters, more than this page can train (at most ${TAB_LIMITS.maxParameters.toLocaleString('en-US')}): lower nb_filters, kernel_size or the number of residual blocks.`,
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
