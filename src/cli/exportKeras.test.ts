import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../config/playgroundConfig';
import { kerasScript } from './exportKeras';
import { main } from './main';

const SEED = '#task=lag&input_dim=4&nb_filters=2&kernel_size=91&dilations=1&seq_len=128&lag=4';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Parses the script with Python's own parser and returns TCN(...)'s keyword arguments. */
function pythonTcnArguments(script: string): Record<string, unknown> {
  const program = [
    'import ast, json, sys',
    'tree = ast.parse(sys.stdin.read())',
    "calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, 'id', None) == 'TCN']",
    'assert len(calls) == 1, len(calls)',
    'print(json.dumps({k.arg: ast.literal_eval(k.value) for k in calls[0].keywords}))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', program], { input: script, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('export keras', () => {
  it('prints a Python script that builds the seed case with keras-tcn', async () => {
    const { code, out, err } = await run('export', 'keras', '--config', SEED);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(pythonTcnArguments(out)).toEqual({
      nb_filters: 2,
      kernel_size: 91,
      nb_stacks: 1,
      dilations: [1],
      padding: 'causal',
      use_skip_connections: true,
      dropout_rate: 0,
      return_sequences: true,
      activation: 'relu',
      kernel_initializer: 'he_normal',
      use_batch_norm: false,
      use_layer_norm: false,
      go_backwards: false,
      name: 'tcn',
    });
    expect(out).toContain('from tcn import TCN');
    expect(out).toContain('inputs = keras.Input(shape=(128, 4))');
    expect(out).toContain("outputs = keras.layers.Dense(1, name='dense')(x)");
    expect(out).toContain('loss=keras.losses.MeanSquaredError()');
    expect(out).toContain(
      'optimizer=keras.optimizers.Adam(learning_rate=0.005, beta_1=0.9, beta_2=0.999, epsilon=1e-07, clipnorm=1.0)',
    );
    expect(out).toContain('EXPECTED_PARAMS = 1109  # TCN 1106 + Dense head 3');
    expect(out).toContain('assert model.count_params() == EXPECTED_PARAMS');
    expect(out).toContain("'tcn/residual_block_0/matching_conv1D/kernel',");
    expect(out).toContain(
      "paths = [getattr(v, 'path', v.name.split(':')[0]) for v in model.trainable_variables]",
    );
  });

  it('writes every argument of the configuration, and the task head and optimizer', () => {
    const { config } = parseFragment(
      '#task=copy_memory&seq_len=30&nb_filters=8&kernel_size=3&nb_stacks=2&dilations=1,2,4&padding=same&use_skip_connections=false&dropout_rate=0.25&activation=tanh&kernel_initializer=glorot_uniform&use_batch_norm=true&go_backwards=true&optimizer=sgd&momentum=0.5&learning_rate=0.1&clipnorm=0',
    );
    const result = kerasScript(config);
    if (!result.ok) throw new Error(result.errors.join(' '));
    expect(pythonTcnArguments(result.script)).toEqual({
      nb_filters: 8,
      kernel_size: 3,
      nb_stacks: 2,
      dilations: [1, 2, 4],
      padding: 'same',
      use_skip_connections: false,
      dropout_rate: 0.25,
      return_sequences: true,
      activation: 'tanh',
      kernel_initializer: 'glorot_uniform',
      use_batch_norm: true,
      use_layer_norm: false,
      go_backwards: true,
      name: 'tcn',
    });
    expect(result.script).toContain('inputs = keras.Input(shape=(30, 10))');
    expect(result.script).toContain("keras.layers.Dense(10, name='dense')");
    expect(result.script).toContain(
      'loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True)',
    );
    expect(result.script).toContain(
      'optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.5),',
    );
    // Batch norm's moving statistics count in Keras's count_params but are not trainable.
    expect(result.script).toMatch(/EXPECTED_PARAMS = \d+/);
    expect(result.script).toContain("'tcn/residual_block_5/norm_1/gamma',");
    expect(result.script).not.toContain('moving_mean');
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
