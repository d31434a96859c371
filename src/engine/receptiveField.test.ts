import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTcnConfig, type TcnConfig } from './config';
import { buildTcn } from './model';
import {
  influence,
  keptOutputStep,
  receptiveField,
  receptiveFieldBreakdown,
} from './receptiveField';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const configOf = (raw: Partial<TcnConfig>): TcnConfig => {
  const { config, problems } = parseTcnConfig(raw);
  if (!config) throw new Error(problems.map((p) => p.message).join('; '));
  return config;
};

/** Input steps whose gradient on the chosen output step is non-zero, from the real model. */
function measuredInfluence(config: TcnConfig, seqLen: number, outputStep: number): number[] {
  const model = buildTcn(config, 3);
  try {
    const x = tf.randomNormal([1, seqLen, config.input_dim], 0, 1, 'float32', 5) as tf.Tensor3D;
    const grad = tf.grad((input: tf.Tensor) => {
      const y = model.apply(input as tf.Tensor3D, { training: false }).output;
      const picked = config.return_sequences ? tf.slice(y, [0, outputStep, 0], [1, 1, -1]) : y;
      return tf.sum(picked);
    })(x);
    const perStep = tf.sum(tf.abs(grad), [0, 2]).dataSync();
    tf.dispose([x, grad]);
    return Array.from(perStep.keys()).filter((s) => perStep[s] > 0);
  } finally {
    model.dispose();
  }
}

describe('receptiveField', () => {
  it("is keras-tcn's 1 + 2·(k−1)·stacks·Σd", () => {
    expect(receptiveField({ kernel_size: 3, nb_stacks: 1, dilations: [1, 2, 4, 8, 16, 32] })).toBe(
      253,
    );
    expect(receptiveField({ kernel_size: 91, nb_stacks: 1, dilations: [1] })).toBe(181);
    expect(receptiveField({ kernel_size: 4, nb_stacks: 2, dilations: [1, 3, 9] })).toBe(157);
  });

  it('breaks down into two convolutions per block, ending at the total', () => {
    const rows = receptiveFieldBreakdown({ kernel_size: 3, nb_stacks: 2, dilations: [1, 4] });
    expect(rows.map((r) => r.adds)).toEqual([2, 2, 8, 8, 2, 2, 8, 8]);
    expect(rows.map((r) => r.block)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(rows[rows.length - 1].cumulative).toBe(
      receptiveField({ kernel_size: 3, nb_stacks: 2, dilations: [1, 4] }),
    );
  });

  it('keeps the last step for causal and steps//2 for same', () => {
    expect(keptOutputStep({ padding: 'causal' }, 9)).toBe(8);
    expect(keptOutputStep({ padding: 'same' }, 9)).toBe(4);
  });
});

describe('influence equals the measured input gradients', () => {
  // tanh keeps every unit alive, so a structurally connected step has a non-zero gradient.
  const base: Partial<TcnConfig> = {
    nb_filters: 3,
    activation: 'tanh',
    input_dim: 2,
    return_sequences: true,
  };
  const cases: [string, Partial<TcnConfig>, number, number][] = [
    ['causal, skip', { kernel_size: 3, dilations: [1, 2, 4] }, 40, 35],
    ['causal, early step', { kernel_size: 3, dilations: [1, 2, 4] }, 40, 6],
    ['causal, no skip', { kernel_size: 2, dilations: [1, 4], use_skip_connections: false }, 30, 29],
    ['causal, gaps from dilation', { kernel_size: 2, dilations: [4] }, 30, 25],
    ['same, skip', { kernel_size: 3, dilations: [1, 2], padding: 'same' }, 30, 14],
    [
      'same, near the end',
      { kernel_size: 4, dilations: [1, 3], padding: 'same', use_skip_connections: false },
      30,
      27,
    ],
    ['two stacks', { kernel_size: 2, dilations: [1, 2], nb_stacks: 2 }, 30, 20],
    ['go_backwards', { kernel_size: 3, dilations: [1, 2], go_backwards: true }, 24, 20],
    ['last step only', { kernel_size: 3, dilations: [1, 2], return_sequences: false }, 24, 0],
    [
      'same, middle step only',
      { kernel_size: 3, dilations: [2], padding: 'same', return_sequences: false },
      25,
      0,
    ],
  ];
  it.each(cases)('%s', (_, raw, seqLen, step) => {
    const config = configOf({ ...base, ...raw });
    const predicted = influence(config, seqLen, step);
    const measured = measuredInfluence(config, seqLen, predicted.outputStep);
    expect(predicted.inputSteps).toEqual(measured);
    expect(predicted.levels).toHaveLength(1 + 2 * config.dilations.length * config.nb_stacks);
  });

  it('has gaps where dilations skip steps', () => {
    const config = configOf({ ...base, kernel_size: 2, dilations: [4] });
    expect(influence(config, 30, 25).inputSteps).toEqual([17, 21, 25]);
  });

  it('spans the receptive field when the sequence is long enough', () => {
    const config = configOf({ ...base, kernel_size: 3, dilations: [1, 2, 4] });
    const steps = influence(config, 100, 99).inputSteps;
    expect(steps[steps.length - 1] - steps[0] + 1).toBe(receptiveField(config));
  });
});
