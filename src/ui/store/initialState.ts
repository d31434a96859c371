// What a new store starts with, and what the state derives from the edited settings. Builders
// only: every call returns fresh objects, so stores never share state.
import {
  DEFAULT_CONFIG,
  checkSettings,
  rawSettingsOf,
  type RawSettings,
} from '../../config/playgroundConfig';
import type { TcnConfig } from '../../engine/config';
import { reachability } from '../../engine/reachability';
import { receptiveField, receptiveFieldBreakdown } from '../../engine/receptiveField';
import { describeTcnVariables, type VariableSpec } from '../../engine/variables';
import type { History } from './history';
import { idleSeries } from './series';
import type { ModelView, PlaygroundState, TrainingView } from './types';

export function modelOf(config: TcnConfig): ModelView {
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

export const emptyHistory = (variables = 0): History => ({
  steps: [],
  loss: [],
  metric: [],
  heldOut: [],
  gradNorms: Array.from({ length: variables }, () => []),
});

export const idleTraining = (): TrainingView => ({
  backend: null,
  variables: [],
  task: null,
  network: null,
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
  perturbation: null,
  memory: null,
});

export type Derived = Pick<
  PlaygroundState,
  'raw' | 'problems' | 'config' | 'model' | 'stale' | 'engineError'
>;

export function derive(raw: RawSettings, previous: ModelView): Derived {
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

/** The state's values (no actions) of a new store: the default configuration, nothing trained. */
export type PlaygroundValues = Derived &
  Pick<PlaygroundState, 'urlNotices' | 'training' | 'pinned' | 'view' | 'series'>;

export const initialState = (): PlaygroundValues => ({
  ...derive(rawSettingsOf(DEFAULT_CONFIG), modelOf(DEFAULT_CONFIG.tcn)),
  urlNotices: [],
  training: idleTraining(),
  pinned: null,
  series: idleSeries(),
  view: {},
});
