import { describe, expect, it } from 'vitest';
import { applyPasted } from './applyPasted';
import { DEFAULT_CONFIG, checkSettings, rawSettingsOf } from './playgroundConfig';
import type { PastedTcn } from './pastedTcn';

const pasted = (tcn: PastedTcn['settings']['tcn'], task: PastedTcn['settings']['task'] = {}) =>
  ({ form: 'python', settings: { tcn, task }, notices: [] }) as PastedTcn;
const defaults = () => rawSettingsOf(DEFAULT_CONFIG);

describe('a pasted TCN over the settings', () => {
  it('the keras-tcn gradient case becomes a configuration that trains, on the lag task', () => {
    const { raw, notices } = applyPasted(
      defaults(),
      pasted(
        { nb_filters: 2, kernel_size: 3, dilations: [1], return_sequences: true },
        { seq_len: 64, input_dim: 4 },
      ),
    );
    expect(notices).toEqual([]);
    const { config } = checkSettings(raw);
    expect(config?.tcn).toMatchObject({
      nb_filters: 2,
      kernel_size: 3,
      dilations: [1],
      input_dim: 4,
    });
    expect(config?.task).toMatchObject({ name: 'lag', seq_len: 64, input_dim: 4 });
  });

  it('return_sequences=False on 2 channels (or none given) moves to the adding problem', () => {
    const { raw, notices } = applyPasted(
      defaults(),
      pasted({ return_sequences: false }, { seq_len: 50, input_dim: 2 }),
    );
    expect(raw.task.name).toBe('adding');
    expect(notices.map((n) => n.key)).toEqual(['task']);
    expect(checkSettings(raw).config?.tcn.input_dim).toBe(2);
  });

  it('return_sequences=False on other channels keeps them: the numbers are keras-tcn’s', () => {
    const { raw, notices } = applyPasted(
      defaults(),
      pasted({ nb_filters: 64, return_sequences: false }, { seq_len: 100, input_dim: 128 }),
    );
    expect(raw.task).toMatchObject({ name: 'lag', input_dim: 128 });
    expect(notices.map((n) => n.key)).toEqual(['return_sequences']);
    const checked = checkSettings(raw);
    expect(checked.config).toBeNull();
    expect(checked.tcn?.input_dim).toBe(128);
    expect(checked.problems.map((p) => p.key)).toContain('return_sequences');
  });

  it('channels copy memory cannot take move it to the lag task', () => {
    const start = defaults();
    start.task.name = 'copy_memory';
    const { raw, notices } = applyPasted(
      start,
      pasted({ return_sequences: true }, { input_dim: 3 }),
    );
    expect(raw.task).toMatchObject({ name: 'lag', input_dim: 3 });
    expect(notices[0]).toMatchObject({ key: 'task', action: 'adjusted' });
  });

  it('an argument left out takes keras-tcn’s default, not the page’s setting', () => {
    const start = defaults();
    start.tcn.kernel_size = 5;
    const { raw } = applyPasted(start, pasted({ nb_filters: 32 }));
    expect(raw.tcn).toMatchObject({
      nb_filters: 32,
      kernel_size: 3,
      dilations: [1, 2, 4, 8, 16, 32],
      return_sequences: false,
    });
    expect(raw.task.name).toBe('adding');
  });

  it('return_sequences=True leaves the adding problem for lag', () => {
    const start = defaults();
    start.task.name = 'adding';
    const { raw } = applyPasted(start, pasted({ return_sequences: true }));
    expect(raw.task.name).toBe('lag');
  });
});
