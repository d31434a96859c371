import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTcnConfig, type TcnConfig } from './config';
import { gradientReport } from './gradientReport';
import { buildTcn } from './model';
import { reachability } from './reachability';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SEED_CASE: Partial<TcnConfig> = {
  nb_filters: 2,
  kernel_size: 91,
  nb_stacks: 1,
  dilations: [1],
  padding: 'causal',
  use_skip_connections: true,
  return_sequences: true,
  activation: 'relu',
  input_dim: 4,
};

function configOf(raw: Partial<TcnConfig>): TcnConfig {
  const { config, problems } = parseTcnConfig(raw);
  if (!config) throw new Error(problems.map((p) => p.message).join('; '));
  return config;
}

/** The variables that get no gradient in a real backward pass. */
async function measuredMissing(config: TcnConfig): Promise<string[]> {
  const model = buildTcn(config, 1);
  const x = tf.randomNormal([2, 12, config.input_dim], 0, 1, 'float32', 2) as tf.Tensor3D;
  try {
    const report = await gradientReport(model.trainable, () =>
      tf.sum(tf.square(model.apply(x, { training: true }).output)),
    );
    return report.entries.filter((e) => e.status === 'missing').map((e) => e.name);
  } finally {
    x.dispose();
    model.dispose();
  }
}

describe('reachability', () => {
  it('explains the seed case: matching_conv1D of the only block is discarded', () => {
    const { unreachable } = reachability(configOf(SEED_CASE));
    expect(unreachable.map((u) => u.name)).toEqual([
      'tcn/residual_block_0/matching_conv1D/kernel',
      'tcn/residual_block_0/matching_conv1D/bias',
    ]);
    expect(unreachable[0].reason).toContain(
      'use_skip_connections=True sums only the skip outputs, so the residual output of residual_block_0 — the only consumer of matching_conv1D — is discarded',
    );
  });

  it('offers the four fixes, and each one gives every variable a measured gradient', async () => {
    const config = configOf(SEED_CASE);
    const { fixes } = reachability(config);
    expect(fixes.map((f) => f.change)).toEqual([
      { dilations: [1, 2] },
      { use_skip_connections: false },
      { nb_stacks: 2 },
      { nb_filters: 4 },
    ]);
    for (const fix of fixes) {
      const fixed = configOf({ ...config, ...fix.change, kernel_size: 5 });
      expect(reachability(fixed).unreachable).toEqual([]);
      expect(await measuredMissing(fixed)).toEqual([]);
    }
  });

  it('predicts the measured missing gradients over a grid of configurations', async () => {
    let compared = 0;
    let withMissing = 0;
    for (const input_dim of [2, 3])
      for (const nb_filters of [2, 3, [3, 2]] as (number | number[])[])
        for (const dilations of [[1], [1, 2]])
          for (const nb_stacks of [1, 2])
            for (const use_skip_connections of [true, false])
              for (const norm of ['none', 'use_batch_norm', 'use_layer_norm', 'use_weight_norm'])
                for (const return_sequences of [true, false]) {
                  if (Array.isArray(nb_filters) && (use_skip_connections || dilations.length !== 2))
                    continue;
                  const config = configOf({
                    input_dim,
                    nb_filters,
                    dilations,
                    nb_stacks,
                    use_skip_connections,
                    return_sequences,
                    kernel_size: 2,
                    ...(norm === 'none' ? {} : { [norm]: true }),
                  });
                  const predicted = reachability(config).unreachable.map((u) => u.name);
                  expect(predicted, JSON.stringify(config)).toEqual(await measuredMissing(config));
                  compared++;
                  if (predicted.length) withMissing++;
                }
    expect(compared).toBeGreaterThan(200);
    expect(withMissing).toBeGreaterThan(10);
  });

  it('finds nothing unreachable and offers no fix for keras-tcn defaults', () => {
    expect(reachability(configOf({}))).toEqual({ unreachable: [], fixes: [] });
  });
});
