// The page's state: the TCN configuration exactly as the user has edited it, and what the
// engine says about it. Actions only store the edit and ask the engine; components render.
import { create } from 'zustand';
import {
  KERAS_TCN_DEFAULTS,
  parseTcnConfig,
  type ConfigProblem,
  type TcnConfig,
  type TcnKey,
} from '../engine/config';
import { reachability, type Reachability } from '../engine/reachability';
import {
  receptiveField,
  receptiveFieldBreakdown,
  type ReceptiveFieldLayer,
} from '../engine/receptiveField';
import { describeTcnVariables, type VariableSpec } from '../engine/variables';

/** Every keras-tcn setting as edited: possibly not a valid value (e.g. text where a number goes). */
export type RawTcnConfig = Record<TcnKey, unknown>;

/**
 * The keras-tcn report "Gradients do not exist for variables ['kernel', 'bias']": one residual
 * block with skip connections and input_dim ≠ nb_filters, so matching_conv1D gets no gradient.
 * Keys not listed keep keras-tcn's defaults.
 */
export const SEED_CASE: Readonly<Partial<TcnConfig>> = Object.freeze({
  nb_filters: 2,
  kernel_size: 91,
  nb_stacks: 1,
  dilations: [1],
  padding: 'causal',
  use_skip_connections: true,
  return_sequences: true,
  activation: 'relu',
  input_dim: 4,
});

/** Everything the page shows about one valid configuration. */
export interface ModelView {
  config: TcnConfig;
  variables: VariableSpec[];
  parameters: number;
  trainableParameters: number;
  receptiveField: number;
  breakdown: ReceptiveFieldLayer[];
  reachability: Reachability;
}

export interface PlaygroundState {
  raw: RawTcnConfig;
  /** Every problem parseTcnConfig finds in `raw`, each naming the setting to change. */
  problems: ConfigProblem[];
  /** The configuration `raw` describes, or null while it has a problem that stops the build. */
  config: TcnConfig | null;
  /** The model of `config`; while `config` is null, the model of the last valid configuration. */
  model: ModelView;
  /** True when `model` belongs to an earlier configuration, because `config` is null. */
  stale: boolean;
  /** Set when the engine itself failed on `raw` (a bug, not a problem of the configuration). */
  engineError: string | null;
  setField: (key: TcnKey, value: unknown) => void;
  applyFix: (change: Partial<TcnConfig>) => void;
  loadSeed: () => void;
  reset: () => void;
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

function derive(
  raw: RawTcnConfig,
  previous: ModelView,
): Pick<PlaygroundState, 'raw' | 'problems' | 'config' | 'model' | 'stale' | 'engineError'> {
  try {
    const { config, problems } = parseTcnConfig(raw);
    return config
      ? { raw, problems, config, model: modelOf(config), stale: false, engineError: null }
      : { raw, problems, config, model: previous, stale: true, engineError: null };
  } catch (error) {
    const engineError = error instanceof Error ? error.message : String(error);
    return { raw, problems: [], config: null, model: previous, stale: true, engineError };
  }
}

const defaults = (): RawTcnConfig => ({
  ...KERAS_TCN_DEFAULTS,
  dilations: [...KERAS_TCN_DEFAULTS.dilations],
});

const initialConfig: TcnConfig = { ...defaults() } as TcnConfig;
const initialModel = modelOf(initialConfig);

export const usePlayground = create<PlaygroundState>()((set, get) => ({
  ...derive(defaults(), initialModel),
  setField: (key, value) => set(derive({ ...get().raw, [key]: value }, get().model)),
  applyFix: (change) => set(derive({ ...get().raw, ...change }, get().model)),
  loadSeed: () => set(derive({ ...defaults(), ...SEED_CASE }, get().model)),
  reset: () => set(derive(defaults(), get().model)),
}));
