import { describe, expect, it } from 'vitest';
import { KERAS_TCN_DEFAULTS, parseTcnConfig, type ConfigProblem } from './config';

const problemsOf = (raw: Record<string, unknown>): ConfigProblem[] => parseTcnConfig(raw).problems;
const only = (raw: Record<string, unknown>) => {
  const { config, problems } = parseTcnConfig(raw);
  expect(config).toBeNull();
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('parseTcnConfig', () => {
  it('fills keras-tcn defaults for missing keys', () => {
    const { config, problems } = parseTcnConfig({});
    expect(problems).toEqual([]);
    expect(config).toEqual(KERAS_TCN_DEFAULTS);
  });

  it('accepts a list of filters as long as the dilations without skip connections', () => {
    const { config } = parseTcnConfig({
      nb_filters: [4, 6, 8],
      dilations: [1, 2, 4],
      use_skip_connections: false,
    });
    expect(config?.nb_filters).toEqual([4, 6, 8]);
  });

  it('refuses two norms at once, as keras-tcn does', () => {
    const p = only({ use_batch_norm: true, use_layer_norm: true });
    expect(p.kind).toBe('keras-rejects');
    expect(p.message).toMatch(/only one normalization/);
  });

  it('refuses weight norm together with another norm', () => {
    expect(only({ use_batch_norm: true, use_weight_norm: true }).key).toBe('use_weight_norm');
  });

  it('refuses unequal filters with skip connections', () => {
    const p = only({ nb_filters: [4, 8], dilations: [1, 2], use_skip_connections: true });
    expect(p).toMatchObject({ key: 'nb_filters', kind: 'keras-rejects' });
    expect(p.message).toMatch(/same number of filters/);
  });

  it('accepts a list of equal filters with skip connections', () => {
    expect(problemsOf({ nb_filters: [4, 4], dilations: [1, 2] })).toEqual([]);
  });

  it('refuses padding other than causal or same', () => {
    const p = only({ padding: 'valid' });
    expect(p).toMatchObject({ key: 'padding', kind: 'keras-rejects' });
    expect(p.message).toMatch(/causal, same/);
  });

  it('refuses empty dilations', () => {
    const p = only({ dilations: [] });
    expect(p).toMatchObject({ key: 'dilations', kind: 'keras-crashes' });
    expect(p.message).toMatch(/empty/);
  });

  it.each([
    ['kernel_size', 0],
    ['kernel_size', 2.5],
    ['nb_stacks', 0],
    ['input_dim', -1],
    ['nb_filters', 0],
    ['kernel_size', '3'],
  ])('refuses %s = %j as not a positive whole number', (key, value) => {
    const p = only({ [key]: value });
    expect(p.key).toBe(key);
    expect(p.message).toMatch(/whole number of at least 1/);
  });

  it('refuses non-integer and non-positive dilations', () => {
    expect(only({ dilations: [1, 0] }).message).toMatch(/every dilation/);
    expect(only({ dilations: [1, 1.5] }).message).toMatch(/every dilation/);
    expect(only({ dilations: '1,2' }).message).toMatch(/list of whole numbers/);
  });

  it.each([-0.1, 1, 1.5, Number.NaN])('refuses dropout_rate %s outside [0, 1)', (rate) => {
    const p = only({ dropout_rate: rate });
    expect(p.key).toBe('dropout_rate');
    expect(p.message).toMatch(/0 up to|at least 0 and below 1/);
  });

  it('refuses a filter list whose length differs from the dilations', () => {
    const p = only({ nb_filters: [4, 4, 4], dilations: [1, 2], use_skip_connections: false });
    expect(p.key).toBe('nb_filters');
    expect(p.message).toMatch(/needs 2 entries \(one per dilation\); it has 3/);
  });

  it('refuses unknown activations and initializers and non-boolean flags', () => {
    expect(only({ activation: 'softmax' }).message).toMatch(/activation must be one of relu/);
    expect(only({ kernel_initializer: 'orthogonal' }).message).toMatch(/he_normal/);
    expect(only({ go_backwards: 'yes' }).message).toMatch(/true or false/);
  });

  it.each([
    [{ kernel_size: 10_000 }, 'kernel_size', /at most 512/],
    [{ dilations: [1, 2 ** 20] }, 'dilations', /dilation of 1048576 .*at most 4096/],
    [{ dilations: Array.from({ length: 40 }, () => 1) }, 'dilations', /40 dilations/],
    [{ nb_stacks: 20 }, 'nb_stacks', /at most 16/],
    [{ nb_stacks: 12, dilations: [1, 2, 4, 8, 16, 32] }, 'nb_stacks', /72 residual blocks/],
    [{ nb_filters: 1000 }, 'nb_filters', /at most 512/],
    [{ input_dim: 1000 }, 'input_dim', /at most 256/],
    [
      { nb_filters: 512, kernel_size: 64 },
      'nb_filters',
      /parameters, more than this page can train/,
    ],
  ])('refuses %j beyond what a tab can run', (raw, key, message) => {
    const { config, problems } = parseTcnConfig(raw);
    expect(config).toBeNull();
    const p = problems.find((q) => q.key === key);
    expect(p?.kind).toBe('tab-limit');
    expect(p?.message).toMatch(message);
  });

  it('returns every problem at once', () => {
    const problems = problemsOf({
      kernel_size: 0,
      dilations: [],
      padding: 'valid',
      dropout_rate: 2,
      use_batch_norm: true,
      use_layer_norm: true,
    });
    expect(problems.map((p) => p.key).sort()).toEqual(
      ['dilations', 'dropout_rate', 'kernel_size', 'padding', 'use_layer_norm'].sort(),
    );
  });
});
