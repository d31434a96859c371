// What a training step will cost, estimated before anything is built, and the budget that keeps
// a browser tab responsive. Beyond it the page refuses and says which setting to lower, and to
// what, instead of freezing the tab.
import type { TcnConfig } from '../engine/config';
import { describeBlocks, parameterCount } from '../engine/variables';
import { t } from '../i18n/core';

export const RESOURCE_BUDGET = Object.freeze({
  /** Activations kept for the backward pass, in bytes (float32). */
  maxActivationBytes: 1024 ** 3,
  /** Floating-point operations of one training step (forward and backward). */
  maxFlopsPerStep: 30e9,
  /** Sustained speed assumed for the estimate: measured on wasm, 2 cores (≈ 3 GFLOP/s). */
  assumedFlopsPerSecond: 3e9,
});

export interface StepCost {
  parameters: number;
  activationBytes: number;
  flopsPerStep: number;
  estimatedSecondsPerStep: number;
}

/** Cost of one step for a batch of `batchSize` sequences of `seqLen` steps. */
export function estimateStepCost(tcn: TcnConfig, seqLen: number, batchSize: number): StepCost {
  const positions = seqLen * batchSize;
  let macs = 0;
  let activations = 0;
  for (const block of describeBlocks(tcn)) {
    const k = tcn.kernel_size;
    macs += k * block.inChannels * block.filters + k * block.filters * block.filters;
    if (block.hasMatchingConv) macs += block.inChannels * block.filters;
    // Per block about a dozen tensors of [batch, steps, filters] (convs, norms, activations,
    // dropout, sums) plus the padded taps of both convolutions, all kept for the backward pass.
    activations += (12 + 2 * k) * block.filters;
  }
  // Forward 2 FLOPs per multiply-add; the backward pass twice the forward.
  const flopsPerStep = 6 * macs * positions;
  return {
    parameters: parameterCount(tcn),
    activationBytes: 4 * activations * positions,
    flopsPerStep,
    estimatedSecondsPerStep: flopsPerStep / RESOURCE_BUDGET.assumedFlopsPerSecond,
  };
}

/** A message naming the setting to lower and the largest value that fits, or null when within budget. */
export function budgetProblem(
  tcn: TcnConfig,
  seqLen: number,
  batchSize: number,
): { key: 'batch_size' | 'seq_len'; message: string } | null {
  const cost = estimateStepCost(tcn, seqLen, batchSize);
  const overMemory = cost.activationBytes / RESOURCE_BUDGET.maxActivationBytes;
  const overTime = cost.flopsPerStep / RESOURCE_BUDGET.maxFlopsPerStep;
  const over = Math.max(overMemory, overTime);
  if (over <= 1) return null;
  const memory = overMemory >= overTime;
  const need = memory
    ? {
        gib: (cost.activationBytes / 1024 ** 3).toFixed(1),
        budget: RESOURCE_BUDGET.maxActivationBytes / 1024 ** 3,
      }
    : {
        gflop: (cost.flopsPerStep / 1e9).toFixed(0),
        seconds: Math.round(cost.estimatedSecondsPerStep),
        budget: RESOURCE_BUDGET.maxFlopsPerStep / 1e9,
      };
  // Cost grows linearly with batch size and sequence length: shrink the batch first.
  const fittingBatch = Math.floor(batchSize / over);
  if (fittingBatch >= 1) {
    return {
      key: 'batch_size',
      message: t(memory ? 'messages.budget.memoryBatch' : 'messages.budget.timeBatch', {
        ...need,
        batch: fittingBatch,
      }),
    };
  }
  const fittingSeqLen = Math.floor((seqLen * batchSize) / over);
  return {
    key: 'seq_len',
    message: t(memory ? 'messages.budget.memorySeqLen' : 'messages.budget.timeSeqLen', {
      ...need,
      seqLen: Math.max(1, fittingSeqLen),
    }),
  };
}
