import { describe, expect, it } from 'vitest';
import { checkSettings, parseFragment, rawSettingsOf } from '../config/playgroundConfig';
import { receptiveField } from '../engine/receptiveField';
import { PRESETS } from './presets';

const preset = (id: string) => {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return parseFragment(found.fragment);
};

describe('the paper’s presets', () => {
  it('has the four, in the paper group', () => {
    expect(PRESETS.filter((p) => p.group === 'paper').map((p) => p.id)).toEqual([
      'paper-adding',
      'paper-adding-lstm',
      'paper-copy',
      'paper-copy-lstm',
    ]);
  });

  it('adding: the paper’s TCN at T=200, with add_test.py’s learning rate and no clipping', () => {
    const { config, notices } = preset('paper-adding');
    expect(notices).toEqual([]);
    expect(checkSettings(rawSettingsOf(config)).problems).toEqual([]);
    expect(config.task).toMatchObject({ name: 'adding', seq_len: 200 });
    expect(config.tcn).toMatchObject({
      kernel_size: 6,
      nb_stacks: 1,
      dilations: [1, 2, 4, 8, 16, 32, 64],
      nb_filters: 27,
      return_sequences: false,
      dropout_rate: 0,
    });
    expect(config.train).toMatchObject({
      optimizer: 'adam',
      learning_rate: 0.004,
      clipnorm: 0,
      batch_size: 32,
    });
    expect(receptiveField(config.tcn)).toBeGreaterThanOrEqual(200);
  });

  it('copy memory: the paper’s TCN at T=500 (seq_len 520)', () => {
    const { config, notices } = preset('paper-copy');
    expect(notices).toEqual([]);
    expect(checkSettings(rawSettingsOf(config)).problems).toEqual([]);
    expect(config.task).toMatchObject({ name: 'copy_memory', seq_len: 520 });
    expect(config.tcn).toMatchObject({
      kernel_size: 6,
      nb_stacks: 1,
      dilations: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      nb_filters: 10,
      return_sequences: true,
      dropout_rate: 0.05,
    });
    expect(config.train).toMatchObject({
      optimizer: 'rmsprop',
      learning_rate: 0.0005,
      clipnorm: 1,
      batch_size: 32,
    });
    expect(receptiveField(config.tcn)).toBeGreaterThanOrEqual(520);
  });

  it('the LSTM presets are the same settings with model=lstm', () => {
    for (const [lstm, tcn] of [
      ['paper-adding-lstm', 'paper-adding'],
      ['paper-copy-lstm', 'paper-copy'],
    ]) {
      const a = preset(lstm);
      const b = preset(tcn);
      expect(a.notices).toEqual([]);
      expect(checkSettings(rawSettingsOf(a.config)).problems).toEqual([]);
      expect(a.config.train.model).toBe('lstm');
      expect(b.config.train.model).toBe('tcn');
      expect(a.config.task).toEqual(b.config.task);
      expect(a.config.tcn).toEqual(b.config.tcn);
      expect({ ...a.config.train, model: 'tcn' }).toEqual(b.config.train);
    }
  });
});
