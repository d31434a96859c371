import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WeightsFile } from '../config/weightsFile';
import { main } from './main';

// The script itself is tested in src/config/kerasScript.test.ts, and run in TensorFlow by
// src/config/kerasRoundTrip.test.ts.
const SEED = '#task=lag&input_dim=4&nb_filters=2&kernel_size=91&dilations=1&seq_len=128&lag=4';
const SMALL =
  '#task=lag&input_dim=2&nb_filters=2&kernel_size=3&dilations=1,2&seq_len=16&lag=2&batch_size=4';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const folder = mkdtempSync(join(tmpdir(), 'tcn-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('export keras', () => {
  it('prints the keras-tcn script of the configuration on stdout', async () => {
    const { code, out, err } = await run('export', 'keras', '--config', SEED);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(
      /^#!\/usr\/bin\/env python3\n"""The TCN Playground model, rebuilt with keras-tcn\./,
    );
    expect(out).toContain(
      '    #v=1&nb_filters=2&kernel_size=91&dilations=1&seq_len=128&lag=4&input_dim=4',
    );
    expect(out).toContain('EXPECTED_PARAMS = 1109  # TCN 1106 + Dense head 3');
    expect(out.endsWith('    sys.exit(main())')).toBe(true);
  });

  it('refuses weight norm and configurations with problems, with the reason, and exits 1', async () => {
    const weightNorm = await run('export', 'keras', '--config', '#use_weight_norm=true');
    expect(weightNorm.code).toBe(1);
    expect(weightNorm.out).toBe('');
    expect(weightNorm.err).toContain('keras-tcn has no weight norm');

    const problems = await run('export', 'keras', '--config', '#task=adding');
    expect(problems.code).toBe(1);
    expect(problems.out).toBe('');
    expect(problems.err).toContain('return_sequences: the adding task has one answer per sequence');
  });
});

describe('train --export-keras', () => {
  it('writes the trained model’s script and weights into the folder (created), and says how to run it', async () => {
    const dir = join(folder, 'nested', 'run');
    const { code, out, err } = await run(
      'train',
      '--config',
      SMALL,
      '--steps',
      '3',
      '--export-keras',
      dir,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const script = join(dir, 'tcn_playground.py');
    const weights = join(dir, 'tcn_playground.weights.json');
    expect(out).toContain('Exported the weights of step 3 and 4 held-out sequences for keras-tcn:');
    expect(out).toContain(`  ${weights}`);
    expect(out).toContain(`Run it (pip install tensorflow keras-tcn): python ${script}`);
    expect(readFileSync(script, 'utf8')).toContain(
      "WEIGHTS_FILE = os.path.join(HERE, 'tcn_playground.weights.json')",
    );
    const file = JSON.parse(readFileSync(weights, 'utf8')) as WeightsFile;
    expect(file.step).toBe(3);
    expect(file.check?.xShape).toEqual([4, 16, 2]);
    expect(file.check?.outputShape).toEqual([4, 16, 1]);
    // The lag task's first two steps weigh nothing in the loss.
    expect(file.check?.lossMask.slice(0, 4)).toEqual([0, 0, 1, 1]);
  });

  it('with --json, the steps stay alone on stdout', async () => {
    const dir = join(folder, 'json');
    const { code, out, err } = await run(
      'train',
      '--json',
      '--config',
      SMALL,
      '--steps',
      '2',
      '--export-keras',
      dir,
    );
    expect(code).toBe(0);
    expect(out.split('\n').map((l) => (JSON.parse(l) as { step: number }).step)).toEqual([1, 2]);
    expect(err).toContain('Exported the weights of step 2');
    expect(existsSync(join(dir, 'tcn_playground.weights.json'))).toBe(true);
  });

  it('refuses before training what keras-tcn cannot build: weight norm, a recurrent baseline', async () => {
    const dir = join(folder, 'refused');
    const weightNorm = await run(
      'train',
      '--config',
      `${SMALL}&use_weight_norm=true`,
      '--steps',
      '2',
      '--export-keras',
      dir,
    );
    expect(weightNorm.code).toBe(1);
    expect(weightNorm.out).toBe('');
    expect(weightNorm.err).toContain('keras-tcn has no weight norm');
    const lstm = await run(
      'train',
      '--config',
      SMALL,
      '--model',
      'lstm',
      '--steps',
      '2',
      '--export-keras',
      dir,
    );
    expect(lstm.code).toBe(1);
    expect(lstm.err).toContain('--export-keras exports the TCN');
    expect(existsSync(dir)).toBe(false);
    const empty = await run('train', '--config', SMALL, '--export-keras', ' ');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('--export-keras needs a folder.');
    const notTrain = await run('inspect', '--config', SMALL, '--export-keras', dir);
    expect(notTrain.err).toContain('--export-keras is not an option of inspect.');
  });
});
