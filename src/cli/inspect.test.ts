import { describe, expect, it } from 'vitest';
import { parseFragment } from '../config/playgroundConfig';
import { main } from './main';
import { inspectReport, type InspectReport } from './inspect';

/** The keras-tcn report "Gradients do not exist for variables ['kernel', 'bias']" as a lag task. */
const SEED = '#task=lag&input_dim=4&nb_filters=2&kernel_size=91&dilations=1&seq_len=128&lag=4';
const MATCHING = [
  'tcn/residual_block_0/matching_conv1D/kernel',
  'tcn/residual_block_0/matching_conv1D/bias',
];

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('inspect', () => {
  it('explains the seed case: matching_conv1D cannot get a gradient, why, and the fixes', async () => {
    const { code, out, err } = await run('inspect', '--config', SEED);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Parameters       1,109 = TCN 1,106 + Dense head 3');
    expect(out).toContain(
      'Receptive field  181 = 1 + 2·(kernel_size−1)·nb_stacks·Σdilations = 1 + 2·(91−1)·1·1 = 181',
    );
    expect(out).toMatch(/tcn\/residual_block_0\/conv1D_0\/kernel\s+\[91, 4, 2\]\s+728/);
    expect(out).toMatch(/dense\/kernel\s+\[2, 1\]\s+2/);
    const section = out.slice(out.indexOf('Cannot get a gradient (2)'), out.indexOf('Fixes'));
    for (const name of MATCHING) expect(section).toContain(name);
    expect(section).toContain('use_skip_connections=True sums only the skip outputs');
    expect(out).toContain('Use two dilations: [1, 2]  (dilations=1,2)');
    expect(out).toContain('Turn skip connections off  (use_skip_connections=false)');
    expect(out).toContain('Use nb_stacks = 2  (nb_stacks=2)');
    expect(out).toContain('Use nb_filters = input_dim = 4  (nb_filters=4)');
    expect(out).toContain('Configuration is valid.');
  });

  it('--json prints the same as one JSON object, and every fix really fixes it', async () => {
    const { code, out } = await run('inspect', '--json', '--config', SEED);
    expect(code).toBe(0);
    const report = JSON.parse(out) as InspectReport;
    expect(report.valid).toBe(true);
    expect(report.parameters).toEqual({ tcn: 1106, head: 3, total: 1109, trainable: 1109 });
    expect(report.receptive_field).toMatchObject({
      value: 181,
      kernel_size: 91,
      nb_stacks: 1,
      dilation_sum: 1,
    });
    expect(report.variables?.map((v) => v.name)).toHaveLength(8);
    expect(report.unreachable.map((u) => u.name)).toEqual(MATCHING);
    expect(report.fixes.map((f) => f.change)).toEqual([
      { dilations: [1, 2] },
      { use_skip_connections: false },
      { nb_stacks: 2 },
      { nb_filters: 4 },
    ]);
    for (const fix of report.fixes) {
      const fixed = inspectReport(parseFragment(fix.config_fragment).config);
      expect(fixed.valid, fix.label).toBe(true);
      expect(fixed.unreachable, fix.label).toEqual([]);
      expect(fixed.config.task).toEqual(report.config.task);
    }
  });

  it('prints what it can and exits 1 when the configuration has problems', async () => {
    const { code, out } = await run(
      'inspect',
      '--config',
      '{"tcn": {"nb_filters": [2, 3], "dilations": [1, 2, 4]}, "task": {"name": "adding"}}',
    );
    expect(code).toBe(1);
    expect(out).toContain('Parameters       unknown until the problems below are fixed');
    expect(out).toContain('Receptive field  15 = ');
    expect(out).toContain('Problems (3): this configuration cannot be trained');
    expect(out).toContain('nb_filters [keras-crashes]: a list of nb_filters');
    expect(out).toContain('return_sequences [keras-accepts]: the adding task has one answer');

    const json = await run('inspect', '--json', '--config', '#task=adding&seq_len=30');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as InspectReport;
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => p.key)).toEqual(['return_sequences']);
    expect(report.parameters?.total).toBeGreaterThan(0);
  });

  it('says whether the network can see what the task needs', () => {
    const check = (fragment: string) =>
      inspectReport(parseFragment(fragment).config).receptive_field.task_check;
    expect(check('#task=lag&seq_len=64&lag=8&kernel_size=2&dilations=1,2,4')).toMatchObject({
      ok: true,
    });
    expect(check('#task=lag&seq_len=64&lag=20&kernel_size=2&dilations=1,2,4')).toMatchObject({
      ok: false,
    });
    // Dilations leave gaps: kernel 2, one dilation of 4 reaches 4 and 8 steps back, never 3.
    expect(
      check('#task=lag&seq_len=64&lag=3&kernel_size=2&dilations=4&use_skip_connections=false'),
    ).toMatchObject({ ok: false });
    expect(check('#task=copy_memory&seq_len=30&kernel_size=2&dilations=1,2,4,8,16')).toMatchObject({
      ok: true,
    });
    expect(check('#task=sine')).toBeNull();
  });
});
