import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseFragment, type PlaygroundConfig } from './playgroundConfig';
import {
  INLINE_WEIGHTS_MAX_BYTES,
  kerasScript,
  kerasWeightsFileName,
  type TrainedModel,
} from './kerasScript';
import { describeTcnVariables } from '../engine/variables';
import { outputChannels } from '../engine/config';
import { taskInfo } from '../tasks/tasks';
import { setLanguage } from '../i18n/languages';
import { WEIGHTS_FORMAT, type WeightsFile } from './weightsFile';

const SEED = '#task=lag&input_dim=4&nb_filters=2&kernel_size=91&dilations=1&seq_len=128&lag=4';

const configOf = (fragment: string): PlaygroundConfig => parseFragment(fragment).config;

/** Runs a Python program on `input` with the system's python3 (no TensorFlow needed). */
function python(program: string, input: string): string {
  const result = spawnSync('python3', ['-c', program], { input, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
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
  return JSON.parse(python(program, script)) as Record<string, unknown>;
}

/** Python's value of the module-level assignment `name = <literal>` in the script. */
function pythonConstant(script: string, name: string): unknown {
  const program = [
    'import ast, json, sys',
    'tree = ast.parse(sys.stdin.read())',
    `found = [n.value for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], 'id', None) == '${name}']`,
    'assert len(found) == 1, len(found)',
    'print(json.dumps(ast.literal_eval(found[0])))',
  ].join('\n');
  return JSON.parse(python(program, script)) as unknown;
}

/** Made-up trained weights and check of the right shapes for `config` (what a Trainer gives). */
function fakeTrained(config: PlaygroundConfig, step = 7): TrainedModel {
  const info = taskInfo(config.task);
  const channels = outputChannels(config.tcn);
  const variables = [
    ...describeTcnVariables(config.tcn).map((v) => ({ name: v.name, shape: v.shape })),
    { name: 'dense/kernel', shape: [channels, info.outputDim] },
    { name: 'dense/bias', shape: [info.outputDim] },
  ];
  let k = 0;
  const values = (n: number) => Array.from({ length: n }, () => Math.fround(Math.sin(++k)));
  const b = 2;
  const T = config.task.seq_len;
  const outputShape = info.perStep ? [b, T, info.outputDim] : [b, info.outputDim];
  const yShape =
    info.loss === 'crossentropy' ? [b, T] : info.perStep ? [b, T, info.outputDim] : [b, 1];
  return {
    snapshot: {
      step,
      weights: variables.map((v) => ({
        ...v,
        data: values(v.shape.reduce((a, c) => a * c, 1)),
      })),
    },
    check: {
      x: values(b * T * info.inputDim),
      xShape: [b, T, info.inputDim],
      output: values(outputShape.reduce((a, c) => a * c, 1)),
      outputShape,
      y: values(yShape.reduce((a, c) => a * c, 1)),
      yShape,
      lossMask: Array.from({ length: b * T }, () => 1),
      loss: 0.5,
    },
  };
}

describe('kerasScript in another language', () => {
  it('writes the script in English while the page is Chinese', () => {
    setLanguage('zh');
    try {
      for (const fragment of [SEED, '#task=copy_memory', '#task=adding&return_sequences=false']) {
        const result = kerasScript(configOf(fragment));
        if (!result.ok) throw new Error(result.errors.join(' '));
        expect(result.script).not.toMatch(/[\u3400-\u9fff]/);
      }
      // The page's own texts around it are Chinese.
      expect(kerasScript(configOf('#use_weight_norm=true'))).toMatchObject({
        ok: false,
        errors: [expect.stringMatching(/[\u3400-\u9fff]/)],
      });
    } finally {
      setLanguage('en');
    }
  });
});

describe('kerasScript without weights', () => {
  it('builds the seed case with keras-tcn and checks its parameters and variables', () => {
    const result = kerasScript(configOf(SEED));
    if (!result.ok) throw new Error(result.errors.join(' '));
    expect(pythonTcnArguments(result.script)).toEqual({
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
    const { script } = result;
    expect(script).toContain('from tcn import TCN');
    expect(script).toContain('inputs = keras.Input(shape=(128, 4))');
    expect(script).toContain("outputs = keras.layers.Dense(1, name='dense')(x)");
    // The lag task's MSE is averaged over the steps that count, as the playground's.
    expect(script).toContain(
      "return keras.losses.MeanSquaredError(reduction='mean_with_sample_weight')",
    );
    expect(script).toContain(
      'optimizer=keras.optimizers.Adam(learning_rate=0.005, beta_1=0.9, beta_2=0.999, epsilon=1e-07, clipnorm=1.0)',
    );
    expect(script).toContain('EXPECTED_PARAMS = 1109  # TCN 1106 + Dense head 3');
    expect(script).toContain('if model.count_params() != EXPECTED_PARAMS:');
    expect(script).toContain("'tcn/residual_block_0/matching_conv1D/kernel',");
    expect(script).toContain('with strategy.scope():');
    expect(script).not.toContain('WEIGHTS_JSON');
    expect(result.weightsFile).toBeNull();
  });

  it('writes every argument of the configuration, and the task head and optimizer', () => {
    const config = configOf(
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
      'return keras.losses.SparseCategoricalCrossentropy(from_logits=True)',
    );
    expect(result.script).toContain(
      'optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.5),',
    );
    // Batch norm's moving statistics count in Keras's count_params but are not trainable.
    expect(result.script).toMatch(/EXPECTED_PARAMS = \d+/);
    expect(result.script).toContain("'tcn/residual_block_5/norm_1/gamma',");
    expect(result.script).not.toContain('moving_mean');
  });

  it('refuses weight norm and configurations with problems, with the reason', () => {
    const weightNorm = kerasScript(configOf('#use_weight_norm=true'));
    expect(weightNorm.ok).toBe(false);
    if (!weightNorm.ok)
      expect(weightNorm.errors.join(' ')).toContain('keras-tcn has no weight norm');
    const adding = kerasScript(configOf('#task=adding'));
    expect(adding.ok).toBe(false);
    if (!adding.ok)
      expect(adding.errors.join(' ')).toContain(
        'return_sequences: the adding task has one answer per sequence',
      );
  });
});

describe('kerasScript with trained weights', () => {
  it('puts small weights and the check inside the script, as the weights file’s JSON', () => {
    const config = configOf(SEED);
    const trained = fakeTrained(config);
    const result = kerasScript(config, trained);
    if (!result.ok) throw new Error(result.errors.join(' '));
    expect(result.weightsFile).toBeNull();
    expect(result.scriptFile).toBe('tcn_playground.py');
    expect(result.script).toContain("The TCN Playground's model after 7 training steps");
    expect(result.script).toContain('LAG = 4');
    expect(result.script).toContain('weights[:, :LAG] = 0.0');
    // The inline JSON, read by Python's json module, is the weights file with the check.
    const doc = JSON.parse(
      python(
        'import ast, json, sys\ntree = ast.parse(sys.stdin.read())\n' +
          "v = [n.value for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], 'id', None) == 'WEIGHTS_JSON'][0]\n" +
          'print(json.dumps(json.loads(v.value)))',
        result.script,
      ),
    ) as WeightsFile;
    expect(doc.format).toBe(WEIGHTS_FORMAT);
    expect(doc.step).toBe(7);
    expect(doc.config).toEqual(config);
    expect(doc.weights.map((w) => w.name)).toEqual(trained.snapshot.weights.map((w) => w.name));
    // Every float32 comes back exactly, in its shortest form.
    doc.weights.forEach((w, i) =>
      w.data.forEach((x, j) => expect(Math.fround(x)).toBe(trained.snapshot.weights[i].data[j])),
    );
    expect(doc.check!.x.map(Math.fround)).toEqual(trained.check.x);
    expect(doc.check!.output.map(Math.fround)).toEqual(trained.check.output);
    expect(doc.check!.lossMask).toEqual(trained.check.lossMask);
    expect(pythonConstant(result.script, 'TOLERANCE')).toBe(1e-4);
  });

  it('writes the weights beside the script when asked, or when they are big', () => {
    const config = configOf(SEED);
    const beside = kerasScript(config, fakeTrained(config), {
      weights: 'beside',
      scriptFile: 'mine.py',
    });
    if (!beside.ok) throw new Error(beside.errors.join(' '));
    expect(beside.weightsFile?.name).toBe('mine.weights.json');
    expect(kerasWeightsFileName('mine.py')).toBe('mine.weights.json');
    expect(beside.script).toContain("WEIGHTS_FILE = os.path.join(HERE, 'mine.weights.json')");
    expect(beside.script).toContain('WEIGHTS_JSON = None');
    const file = JSON.parse(beside.weightsFile!.text) as WeightsFile;
    expect(file.check?.xShape).toEqual([2, 128, 4]);

    const big = configOf('#nb_filters=128&kernel_size=8&dilations=1,2,4,8,16,32');
    const auto = kerasScript(big, fakeTrained(big));
    if (!auto.ok) throw new Error(auto.errors.join(' '));
    expect(auto.weightsFile!.text.length).toBeGreaterThan(INLINE_WEIGHTS_MAX_BYTES);
    expect(auto.script.length).toBeLessThan(50_000);
  });

  it('per task: the loss weights, the labels and the fit of your own data', () => {
    const series = configOf(
      '#task=series&data=seattle_hourly&seq_len=32&input_dim=1&nb_filters=4&dilations=1,2',
    );
    const trainedSeries = fakeTrained(series);
    trainedSeries.check.scaling = {
      inputs: [{ name: 'temp', mean: 10.5, std: 3 }],
      target: { name: 'temp', mean: 10.5, std: 3 },
    };
    const s = kerasScript(series, trainedSeries);
    if (!s.ok) throw new Error(s.errors.join(' '));
    expect(s.script).toContain('def loss_weights(count, valid_steps):');
    expect(s.script).toContain("weights = loss_weights(len(x), mask.sum(axis=1).astype('int64'))");
    expect(pythonConstant(s.script, 'TARGET_SCALING')).toEqual(['temp', 10.5, 3]);

    const copy = configOf('#task=copy_memory&seq_len=30&dilations=1,2,4,8');
    const c = kerasScript(copy, fakeTrained(copy));
    if (!c.ok) throw new Error(c.errors.join(' '));
    expect(c.script).toContain(".reshape(check['yShape']).astype('int32')");
    expect(c.script).toContain('    return None');
  });

  it('refuses weights that are not this TCN’s: a recurrent baseline, a missing or misshaped variable', () => {
    const config = configOf(SEED);
    const lstm = kerasScript(
      { ...config, train: { ...config.train, model: 'lstm' } },
      fakeTrained(config),
    );
    expect(lstm.ok).toBe(false);
    if (!lstm.ok) expect(lstm.errors[0]).toContain('LSTM baseline');

    const trained = fakeTrained(config);
    trained.snapshot.weights = trained.snapshot.weights.filter((w) => w.name !== 'dense/bias');
    trained.snapshot.weights[0] = { ...trained.snapshot.weights[0], shape: [1, 2, 3] };
    const wrong = kerasScript(config, trained);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.errors).toContain('the weights have no dense/bias.');
      expect(wrong.errors.join(' ')).toContain(
        'tcn/residual_block_0/conv1D_0/kernel has shape [1, 2, 3], but [91, 4, 2]',
      );
    }
    const weightNorm = kerasScript(configOf('#use_weight_norm=true'), fakeTrained(config));
    expect(weightNorm.ok).toBe(false);
  });
});
