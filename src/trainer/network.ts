// The network a trainer trains: keras-tcn's TCN (the trainer adds the Dense head), or a
// recurrent baseline (LSTM, GRU, SimpleRNN with its own Dense head) whose units are chosen so
// that its parameter count matches the TCN's, for a comparison on the same task and batches.
import type * as tf from '@tensorflow/tfjs';
import { outputChannels, type TcnConfig } from '../engine/config';
import { t } from '../i18n/core';
import {
  buildTcn,
  type ApplyOptions,
  type NamedVariable,
  type TcnModel,
  type TcnOutput,
} from '../engine/model';
import { createRecurrentModel, matchUnits, type RecurrentKind } from '../engine/recurrent';
import { parameterCount } from '../engine/variables';
import type { TaskInfo } from '../tasks/tasks';

import type { NetworkKind } from './networkKinds';

const LABEL: Record<RecurrentKind, string> = { lstm: 'LSTM', gru: 'GRU', rnn: 'SimpleRNN' };

export interface Network {
  kind: NetworkKind;
  variables: NamedVariable[];
  trainable: NamedVariable[];
  /** The TCN's output features, or a recurrent network's predictions (its head included). */
  apply(x: tf.Tensor3D, options: ApplyOptions): TcnOutput;
  /** True when `apply` already ends with the Dense head; a TCN gets the trainer's. */
  includesHead: boolean;
  /** Channels of `apply`'s output when the head is the trainer's. */
  outputChannels: number;
  setWeights(weights: { name: string; shape: number[]; data: ArrayLike<number> }[]): void;
  dispose(): void;
  /** e.g. "LSTM, 34 units: 4,931 parameters against the TCN's 4,849 (+1.7 %)". */
  description: string;
  /** The TCN itself (kind tcn only): what the perturbation proof nudges. */
  tcn?: TcnModel;
}

/** The TCN's parameters with the trainer's Dense head, as Keras counts them. */
export function tcnParameterCount(tcn: TcnConfig, outputDim: number, channels: number): number {
  return parameterCount(tcn) + channels * outputDim + outputDim;
}

export function buildNetwork(
  kind: NetworkKind,
  tcn: TcnConfig,
  info: TaskInfo,
  seed: number,
): Network {
  const channels = outputChannels(tcn);
  const tcnParams = tcnParameterCount(tcn, info.outputDim, channels);
  if (kind === 'tcn') {
    const model = buildTcn(tcn, seed);
    return {
      kind,
      variables: model.variables,
      trainable: model.trainable,
      apply: (x, options) => model.apply(x, options),
      includesHead: false,
      outputChannels: channels,
      setWeights: (weights) => model.setWeights(weights),
      dispose: () => model.dispose(),
      description: t('runtime.network.tcn', { params: tcnParams }),
      tcn: model,
    };
  }
  const match = matchUnits(kind, info.inputDim, info.outputDim, tcnParams);
  const recurrent = createRecurrentModel({
    kind,
    inputDim: info.inputDim,
    units: match.units,
    outputDim: info.outputDim,
    returnSequences: info.perStep,
    seed,
  });
  const off = ((match.params - tcnParams) / tcnParams) * 100;
  return {
    kind,
    variables: recurrent.variables,
    trainable: recurrent.trainable,
    apply: (x) => ({ output: recurrent.apply(x), movingStatistics: [] }),
    includesHead: true,
    outputChannels: info.outputDim,
    setWeights: (weights) => recurrent.setWeights(weights),
    dispose: () => recurrent.dispose(),
    description: t(match.withinTenPercent ? 'runtime.network.matched' : 'runtime.network.closest', {
      kind: LABEL[kind],
      units: match.units,
      params: match.params,
      tcnParams,
      off: `${off >= 0 ? '+' : ''}${off.toFixed(1)}`,
    }),
  };
}
