import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  configProblems,
  encodeFragment,
  parseConfigJson,
  parseFragment,
  rawSettingsOf,
  type PlaygroundConfig,
} from './playgroundConfig';

const variant = (change: (c: PlaygroundConfig) => void): PlaygroundConfig => {
  const c = JSON.parse(JSON.stringify(DEFAULT_CONFIG)) as PlaygroundConfig;
  change(c);
  return c;
};

describe('the configuration format', () => {
  it('reads the example link of the format', () => {
    const { config, notices } = parseFragment(
      '#v=1&task=lag&seq_len=96&lag=48&nb_filters=16&kernel_size=2&dilations=1,2,4,8,16&use_skip_connections=true&optimizer=adam&learning_rate=0.005&batch_size=32&seed=1&data_seed=1',
    );
    expect(notices).toEqual([]);
    expect(config.task).toMatchObject({ name: 'lag', seq_len: 96, lag: 48 });
    expect(config.tcn).toMatchObject({
      nb_filters: 16,
      kernel_size: 2,
      dilations: [1, 2, 4, 8, 16],
    });
    expect(config.train).toMatchObject({ optimizer: 'adam', learning_rate: 0.005, batch_size: 32 });
  });

  it('takes documented defaults for missing keys', () => {
    expect(parseFragment('')).toEqual({
      config: DEFAULT_CONFIG,
      raw: rawSettingsOf(DEFAULT_CONFIG),
      notices: [],
      view: {},
    });
    expect(parseConfigJson({ v: 1 })).toEqual({ config: DEFAULT_CONFIG, notices: [], view: {} });
  });

  it.each([
    ['defaults', DEFAULT_CONFIG],
    [
      'filter list',
      variant((c) => {
        c.tcn.nb_filters = [4, 6];
        c.tcn.dilations = [1, 3];
        c.tcn.use_skip_connections = false;
      }),
    ],
    [
      'copy memory',
      variant((c) => {
        c.task = { name: 'copy_memory', seq_len: 40, lag: 5, input_dim: 3, noise: 0.25 };
        c.tcn.input_dim = 10;
        c.train = {
          ...c.train,
          optimizer: 'sgd',
          learning_rate: 1e-4,
          momentum: 0.5,
          clipnorm: 0,
          seed: 2 ** 31 - 1,
          data_seed: 0,
          backend: 'wasm',
        };
      }),
    ],
    [
      'tanh, same, batch norm',
      variant((c) => {
        c.tcn = {
          ...c.tcn,
          activation: 'tanh',
          padding: 'same',
          use_batch_norm: true,
          dropout_rate: 0.125,
          go_backwards: true,
        };
      }),
    ],
  ])('encodes and parses back unchanged: %s', (_, config) => {
    const { config: back, notices } = parseFragment(`#${encodeFragment(config)}`);
    expect(notices).toEqual([]);
    expect(back).toEqual(config);
    expect(parseConfigJson(JSON.stringify(config))).toEqual({ config, notices: [], view: {} });
  });

  it('reports unknown keys as ignored and bad values as rejected, keeping the rest', () => {
    const { config, notices } = parseFragment(
      '#kernel_size=2.5&colour=red&seq_len=abc&dilations=1,2,x&nb_filters=8',
    );
    expect(config.tcn.nb_filters).toBe(8);
    expect(config.tcn.kernel_size).toBe(DEFAULT_CONFIG.tcn.kernel_size);
    expect(notices.map((n) => `${n.key} ${n.action}`).sort()).toEqual([
      'colour ignored',
      'dilations rejected',
      'kernel_size rejected',
      'seq_len rejected',
    ]);
    expect(notices.find((n) => n.key === 'kernel_size')?.reason).toMatch(
      /whole number of at least 1.*Using 2/,
    );
  });

  it('adjusts a lag that is not shorter than the sequence, saying so', () => {
    const { config, notices } = parseFragment('#task=lag&seq_len=20&lag=30');
    expect(config.task.lag).toBe(19);
    expect(notices).toEqual([expect.objectContaining({ key: 'lag', action: 'adjusted' })]);
  });

  it('makes the TCN input_dim follow the task', () => {
    const { config, notices } = parseConfigJson({
      tcn: { input_dim: 7 },
      task: { name: 'adding' },
    });
    expect(config.tcn.input_dim).toBe(2);
    expect(notices).toEqual([
      expect.objectContaining({ key: 'tcn.input_dim', action: 'adjusted' }),
    ]);
  });

  it('never throws on malformed input', () => {
    for (const text of [
      '%%%',
      '#=&=&',
      '#v=2&v=1',
      '#dilations=',
      `#${'a'.repeat(10000)}=1`,
      '#task=__proto__&constructor=1',
    ]) {
      expect(() => parseFragment(text)).not.toThrow();
    }
    for (const doc of ['{', '[]', 'null', '{"tcn": 3}', '{"tcn": {"__proto__": {"x": 1}}}', 42]) {
      expect(parseConfigJson(doc).notices.length).toBeGreaterThan(0);
    }
  });

  it('carries classroom settings beside the configuration', () => {
    const view = { classroom: true, hide: ['variables', 'charts'], lesson: 'receptive-field' };
    const parsed = parseFragment(`#${encodeFragment(DEFAULT_CONFIG, view)}`);
    expect(parsed).toEqual({
      config: DEFAULT_CONFIG,
      raw: rawSettingsOf(DEFAULT_CONFIG),
      notices: [],
      view,
    });
    expect(parseFragment('#lesson=<script>').notices[0]).toMatchObject({
      key: 'lesson',
      action: 'rejected',
    });
  });

  it('keeps combinations keras-tcn refuses, and names the control that causes them', () => {
    const { config } = parseFragment(
      '#use_batch_norm=true&use_layer_norm=true&return_sequences=false',
    );
    const keys = configProblems(config).map((p) => p.key);
    expect(keys).toContain('use_layer_norm');
    expect(keys).toContain('return_sequences');
    expect(configProblems(DEFAULT_CONFIG)).toEqual([]);
  });
});
