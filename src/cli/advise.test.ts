// The command line's answers to the receptive-field questions: `advise` lists configurations that
// cover the need (checked against the engine's receptive field), `--config` takes a pasted
// keras-tcn call, and `train --json` reports the effective field at held-out evaluations.
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../config/playgroundConfig';
import { receptiveField } from '../engine/receptiveField';
import { main } from './main';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('advise', () => {
  it('lists configurations that cover the lag, cheapest first, each applying as shown', async () => {
    const { code, out } = await run(
      'advise',
      '--config',
      '#task=lag&seq_len=96&lag=48&nb_filters=16&kernel_size=2&dilations=1,2,4,8',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out[0]) as {
      cover: number;
      warning: string;
      suggestions: { parameters: number; receptive_field: number; config_fragment: string }[];
    };
    expect(report.cover).toBe(49);
    expect(report.warning).toMatch(/\(31\) is shorter than the 49 steps/);
    expect(report.suggestions.length).toBeGreaterThan(0);
    const parameters = report.suggestions.map((s) => s.parameters);
    expect([...parameters].sort((a, b) => a - b)).toEqual(parameters);
    for (const s of report.suggestions) {
      const { config, notices } = parseFragment(s.config_fragment);
      expect(notices).toEqual([]);
      expect(receptiveField(config.tcn)).toBe(s.receptive_field);
      expect(s.receptive_field).toBeGreaterThanOrEqual(49);
    }
  });

  it('takes --cover and prints a readable list', async () => {
    const { code, out } = await run('advise', '--config', '#task=lag', '--cover', '200');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Cover 200 steps; this configuration's receptive field is 63\./);
    expect(out.join('\n')).toMatch(
      /kernel_size \d, dilations \[[\d, ]+\], nb_stacks \d: [\d,]+ parameters, receptive field \d+/,
    );
  });
});

describe('--config with your keras-tcn code', () => {
  it('a TCN(...) call: the gradient case is found, with what was not used', async () => {
    const { code, out, err } = await run(
      'inspect',
      '--config',
      "model.add(TCN(nb_filters=2, kernel_size=3, dilations=[1], return_sequences=True, name='tcn', input_shape=(64, 4)))",
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('tcn/residual_block_0/matching_conv1D/kernel');
    expect(out.join('\n')).toMatch(/Receptive field\s+5 =/);
    expect(err.join('\n')).toMatch(/notice: name/);
  });

  it('an unclosed call is a usage error that says what is missing', async () => {
    const { code, err } = await run('inspect', '--config', 'TCN(nb_filters=2, kernel_size=3');
    expect(code).toBe(2);
    expect(err[0]).toMatch(/not closed|missing/);
  });
});

describe('train --json and the effective receptive field', () => {
  it('reports the 50/90/99 % spans at each held-out evaluation, inside the field', async () => {
    const { code, out } = await run(
      'train',
      '--config',
      '#task=lag&seq_len=32&lag=4&nb_filters=4&kernel_size=2&dilations=1,2,4&batch_size=4',
      '--steps',
      '4',
      '--eval-every',
      '2',
      '--json',
      '--backend',
      'cpu',
    );
    expect(code).toBe(0);
    const evaluated = out
      .map(
        (l) =>
          JSON.parse(l) as {
            step: number;
            held_out?: {
              effective_field?: {
                receptive_field: number;
                spans: { fraction: number; from: number; to: number; width: number }[];
              };
            };
          },
      )
      .filter((l) => l.held_out);
    expect(evaluated.map((l) => l.step)).toEqual([1, 2, 4]);
    for (const line of evaluated) {
      const field = line.held_out!.effective_field!;
      expect(field.receptive_field).toBe(15);
      expect(field.spans.map((s) => s.fraction)).toEqual([0.5, 0.9, 0.99]);
      for (const s of field.spans) {
        expect(s.to).toBe(31);
        expect(s.width).toBeLessThanOrEqual(15);
      }
    }
  });
});
