import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seasonalSeries } from '../data/synthetic';
import { main } from './main';
import type { StepLine } from './train';

const dir = mkdtempSync(join(tmpdir(), 'tcn-cli-data-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const CONFIG =
  '#task=lag&seq_len=32&nb_filters=4&kernel_size=2&dilations=1,2,4&batch_size=8&learning_rate=0.01';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

describe('train --data', () => {
  it('trains on a CSV file and reports the MSE in its units beside persistence', async () => {
    const path = file('seasonal.csv', seasonalSeries(400, 20, 0.2, 1));
    const { code, out, err } = await run(
      'train',
      '--config',
      CONFIG,
      '--data',
      path,
      '--horizon',
      '3',
      '--steps',
      '20',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Training Your series \(seasonal\.csv\) on wasm/);
    expect(out[1]).toMatch(/persistence: repeating the last known value/);
  });

  it('--json steps carry the held-out MSE; two input columns set input_dim 2', async () => {
    const text = seasonalSeries(300, 20, 0.2, 2)
      .split('\n')
      .map((line, i) => (i === 0 ? `${line},other` : line ? `${line},${i % 7}` : line))
      .join('\n');
    const path = file('two.csv', text);
    const { code, out, err } = await run(
      'train',
      '--config',
      CONFIG,
      '--data',
      path,
      '--columns',
      'value,other',
      '--target',
      'value',
      '--steps',
      '2',
      '--json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const first = JSON.parse(out[0]) as StepLine;
    expect(first.held_out?.metric).toBeGreaterThan(0);
    expect(Object.keys(first.grad_norms)).toContain('tcn/residual_block_0/conv1D_0/kernel');
  });

  it('a broken file is refused with its line and column, and nothing trains', async () => {
    const path = file('broken.csv', 'date,value\n2020-01-01,1\n2020-01-02,abc\n2020-01-03,3\n');
    const { code, out, err } = await run('train', '--config', CONFIG, '--data', path);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toMatch(/broken\.csv:3 \(column value\): .*abc.* is not a number/);
  });

  it('--target without --data is a usage error', async () => {
    const { code, err } = await run('train', '--config', CONFIG, '--target', 'value');
    expect(code).toBe(2);
    expect(err).toMatch(/--target goes with --data/);
  });
});
