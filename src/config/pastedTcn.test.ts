// "Paste your TCN": every form people paste (a Python TCN(...) call, a Keras model's JSON, a
// layer's get_config()), the notices for what is not used, the errors, and hostile input.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERAS_TCN_README_CALLS } from './kerasTcnCalls';
import { TCN_POSITIONAL_ARGS, parsePastedTcn, type PastedTcn } from './pastedTcn';

// A fixed seed keeps CI reproducible; FC_SEED explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });

/** The result of a paste that must read. */
function ok(text: string): PastedTcn {
  const r = parsePastedTcn(text);
  if (!r.ok) throw new Error(`expected the paste to read, got: ${r.message}`);
  return r.result;
}
/** The message of a paste that must not read. */
function error(text: string): string {
  const r = parsePastedTcn(text);
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.result)}`);
  return r.message;
}
const keys = (r: PastedTcn) => r.notices.map((n) => `${n.key} ${n.action}`);

// Real model.to_json() output: keras-tcn 3.5.7 on Keras 3.15 (TensorFlow 2.21).
// Sequential([TCN(input_shape=(20, 1), nb_filters=16, kernel_size=2, dilations=(1, 2, 4)), Dense(1)])
const KERAS3_SEQUENTIAL = `{"module": "keras", "class_name": "Sequential", "config": {"name": "sequential", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "layers": [{"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [null, 20, 1], "dtype": "float32", "sparse": false, "ragged": false, "name": "input_layer", "optional": false}, "registered_name": null}, {"module": "tcn.tcn", "class_name": "TCN", "config": {"name": "tcn", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "nb_filters": 16, "kernel_size": 2, "nb_stacks": 1, "dilations": [1, 2, 4], "padding": "causal", "use_skip_connections": true, "dropout_rate": 0.0, "return_sequences": false, "activation": "relu", "use_batch_norm": false, "use_layer_norm": false, "kernel_initializer": "he_normal", "go_backwards": false, "return_state": false}, "registered_name": "Custom>TCN", "build_config": {"input_shape": [null, 20, 1]}}, {"module": "keras.layers", "class_name": "Dense", "config": {"name": "dense", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "units": 1, "activation": "linear", "use_bias": true, "kernel_initializer": {"module": "keras.initializers", "class_name": "GlorotUniform", "config": {"seed": null, "input_axes": null, "output_axes": null}, "registered_name": null}, "bias_initializer": {"module": "keras.initializers", "class_name": "Zeros", "config": {}, "registered_name": null}, "kernel_regularizer": null, "bias_regularizer": null, "kernel_constraint": null, "bias_constraint": null, "quantization_config": null}, "registered_name": null, "build_config": {"input_shape": [null, 16]}}], "build_input_shape": [null, 20, 1]}, "registered_name": null, "build_config": {"input_shape": [null, 20, 1]}, "compile_config": {}}`;
// Input(shape=(100, 3)) → TCN(nb_filters=24, dilations=[1, 2, 4, 8], return_sequences=True, padding='same') → Dense(1)
const KERAS3_FUNCTIONAL = `{"module": "keras.src.models.functional", "class_name": "Functional", "config": {"name": "functional_1", "trainable": true, "layers": [{"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [null, 100, 3], "dtype": "float32", "sparse": false, "ragged": false, "name": "input_layer_1", "optional": false}, "registered_name": null, "name": "input_layer_1", "inbound_nodes": []}, {"module": "tcn.tcn", "class_name": "TCN", "config": {"name": "tcn_1", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "nb_filters": 24, "kernel_size": 3, "nb_stacks": 1, "dilations": [1, 2, 4, 8], "padding": "same", "use_skip_connections": true, "dropout_rate": 0.0, "return_sequences": true, "activation": "relu", "use_batch_norm": false, "use_layer_norm": false, "kernel_initializer": "he_normal", "go_backwards": false, "return_state": false}, "registered_name": "Custom>TCN", "build_config": {"input_shape": [null, 100, 3]}, "name": "tcn_1", "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__", "config": {"shape": [null, 100, 3], "dtype": "float32", "keras_history": ["input_layer_1", 0, 0]}}], "kwargs": {}}]}, {"module": "keras.layers", "class_name": "Dense", "config": {"name": "dense_1", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "units": 1, "activation": "linear", "use_bias": true, "kernel_initializer": {"module": "keras.initializers", "class_name": "GlorotUniform", "config": {"seed": null, "input_axes": null, "output_axes": null}, "registered_name": null}, "bias_initializer": {"module": "keras.initializers", "class_name": "Zeros", "config": {}, "registered_name": null}, "kernel_regularizer": null, "bias_regularizer": null, "kernel_constraint": null, "bias_constraint": null, "quantization_config": null}, "registered_name": null, "build_config": {"input_shape": [null, 100, 24]}, "name": "dense_1", "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__", "config": {"shape": [null, 100, 24], "dtype": "float32", "keras_history": ["tcn_1", 0, 0]}}], "kwargs": {}}]}], "input_layers": ["input_layer_1", 0, 0], "output_layers": ["dense_1", 0, 0]}, "registered_name": "Functional", "build_config": {"input_shape": null}, "compile_config": {}}`;
// Input(shape=(None, 5)) → Bidirectional(TCN(32, dilations=[1, 2]))
const KERAS3_BIDIRECTIONAL = `{"module": "keras.src.models.functional", "class_name": "Functional", "config": {"name": "functional_2", "trainable": true, "layers": [{"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [null, null, 5], "dtype": "float32", "sparse": false, "ragged": false, "name": "input_layer_2", "optional": false}, "registered_name": null, "name": "input_layer_2", "inbound_nodes": []}, {"module": "keras.layers", "class_name": "Bidirectional", "config": {"name": "bidirectional", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "merge_mode": "concat", "layer": {"module": "tcn.tcn", "class_name": "TCN", "config": {"name": "forward_tcn_2", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "nb_filters": 32, "kernel_size": 3, "nb_stacks": 1, "dilations": [1, 2], "padding": "causal", "use_skip_connections": true, "dropout_rate": 0.0, "return_sequences": false, "activation": "relu", "use_batch_norm": false, "use_layer_norm": false, "kernel_initializer": "he_normal", "go_backwards": false, "return_state": false}, "registered_name": "Custom>TCN", "build_config": {"input_shape": [null, null, 5]}}, "backward_layer": {"module": "tcn.tcn", "class_name": "TCN", "config": {"name": "backward_tcn_2", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "nb_filters": 32, "kernel_size": 3, "nb_stacks": 1, "dilations": [1, 2], "padding": "causal", "use_skip_connections": true, "dropout_rate": 0.0, "return_sequences": false, "activation": "relu", "use_batch_norm": false, "use_layer_norm": false, "kernel_initializer": "he_normal", "go_backwards": true, "return_state": false}, "registered_name": "Custom>TCN", "build_config": {"input_shape": [null, null, 5]}}}, "registered_name": null, "build_config": {"input_shape": [null, null, 5]}, "name": "bidirectional", "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__", "config": {"shape": [null, null, 5], "dtype": "float32", "keras_history": ["input_layer_2", 0, 0]}}], "kwargs": {"mask": null}}]}], "input_layers": ["input_layer_2", 0, 0], "output_layers": ["bidirectional", 0, 0]}, "registered_name": "Functional", "build_config": {"input_shape": null}, "compile_config": {}}`;
// Input(shape=(50, 2)) → TCN(return_sequences=True, name='TCN_1', …) → TCN(…, name='TCN_2')
const KERAS3_STACKED = `{"module": "keras.src.models.functional", "class_name": "Functional", "config": {"name": "functional_3", "trainable": true, "layers": [{"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [null, 50, 2], "dtype": "float32", "sparse": false, "ragged": false, "name": "input_layer_3", "optional": false}, "registered_name": null, "name": "input_layer_3", "inbound_nodes": []}, {"module": "tcn.tcn", "class_name": "TCN", "config": {"name": "TCN_1", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "nb_filters": 64, "kernel_size": 3, "nb_stacks": 1, "dilations": [1, 2], "padding": "causal", "use_skip_connections": true, "dropout_rate": 0.0, "return_sequences": true, "activation": "relu", "use_batch_norm": false, "use_layer_norm": false, "kernel_initializer": "he_normal", "go_backwards": false, "return_state": false}, "registered_name": "Custom>TCN", "build_config": {"input_shape": [null, 50, 2]}, "name": "TCN_1", "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__", "config": {"shape": [null, 50, 2], "dtype": "float32", "keras_history": ["input_layer_3", 0, 0]}}], "kwargs": {}}]}, {"module": "tcn.tcn", "class_name": "TCN", "config": {"name": "TCN_2", "trainable": true, "dtype": {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}, "nb_filters": 64, "kernel_size": 3, "nb_stacks": 1, "dilations": [1, 2], "padding": "causal", "use_skip_connections": true, "dropout_rate": 0.0, "return_sequences": false, "activation": "relu", "use_batch_norm": false, "use_layer_norm": false, "kernel_initializer": "he_normal", "go_backwards": false, "return_state": false}, "registered_name": "Custom>TCN", "build_config": {"input_shape": [null, 50, 64]}, "name": "TCN_2", "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__", "config": {"shape": [null, 50, 64], "dtype": "float32", "keras_history": ["TCN_1", 0, 0]}}], "kwargs": {}}]}], "input_layers": ["input_layer_3", 0, 0], "output_layers": ["TCN_2", 0, 0]}, "registered_name": "Functional", "build_config": {"input_shape": null}, "compile_config": {}}`;
// print(TCN(nb_filters=64, kernel_size=3, dilations=(1, 2, 4), use_layer_norm=True).get_config())
const GET_CONFIG_REPR = `{'name': 'tcn_3', 'trainable': True, 'dtype': {'module': 'keras', 'class_name': 'DTypePolicy', 'config': {'name': 'float32'}, 'registered_name': None}, 'nb_filters': 64, 'kernel_size': 3, 'nb_stacks': 1, 'dilations': (1, 2, 4), 'padding': 'causal', 'use_skip_connections': True, 'dropout_rate': 0.0, 'return_sequences': False, 'activation': 'relu', 'use_batch_norm': False, 'use_layer_norm': True, 'kernel_initializer': 'he_normal', 'go_backwards': False, 'return_state': False}`;
// The Keras 2 form (tf.keras 2.x): no build_config; batch_input_shape on the layer and InputLayer.
const KERAS2_SEQUENTIAL = JSON.stringify({
  class_name: 'Sequential',
  config: {
    name: 'sequential',
    layers: [
      {
        class_name: 'InputLayer',
        config: {
          batch_input_shape: [null, 30, 2],
          dtype: 'float32',
          sparse: false,
          ragged: false,
          name: 'tcn_input',
        },
      },
      {
        class_name: 'TCN',
        config: {
          name: 'tcn',
          trainable: true,
          batch_input_shape: [null, 30, 2],
          dtype: 'float32',
          nb_filters: 32,
          kernel_size: 2,
          nb_stacks: 2,
          dilations: [1, 2, 4, 8],
          padding: 'causal',
          use_skip_connections: false,
          dropout_rate: 0.1,
          return_sequences: true,
          activation: 'tanh',
          kernel_initializer: 'glorot_uniform',
          use_batch_norm: true,
          use_layer_norm: false,
          use_weight_norm: false,
        },
      },
      { class_name: 'Dense', config: { name: 'dense', units: 1 } },
    ],
  },
  keras_version: '2.15.0',
  backend: 'tensorflow',
});

describe('a Python TCN(...) call', () => {
  it('reads keyword arguments of every literal kind', () => {
    const r = ok(`TCN(
      nb_filters=64,           # filters
      kernel_size=3,
      nb_stacks=1,
      dilations=(1, 2, 4, 8),
      padding="causal",
      use_skip_connections=True,
      dropout_rate=.05,
      return_sequences=False,
      activation='relu',
      kernel_initializer='he_normal',
      use_batch_norm=False,
      use_layer_norm=True,
      go_backwards=False,
    )`);
    expect(r.form).toBe('python');
    expect(r.settings).toEqual({
      tcn: {
        nb_filters: 64,
        kernel_size: 3,
        nb_stacks: 1,
        dilations: [1, 2, 4, 8],
        padding: 'causal',
        use_skip_connections: true,
        dropout_rate: 0.05,
        return_sequences: false,
        activation: 'relu',
        kernel_initializer: 'he_normal',
        use_batch_norm: false,
        use_layer_norm: true,
        go_backwards: false,
      },
      task: {},
    });
    expect(r.notices).toEqual([]);
  });

  it('reads positional arguments in keras-tcn order', () => {
    const r = ok("TCN(32, 2, 2, [1, 2, 4], 'same', False, 1e-1, True, 'tanh', 'glorot_uniform')");
    expect(r.settings.tcn).toEqual({
      nb_filters: 32,
      kernel_size: 2,
      nb_stacks: 2,
      dilations: [1, 2, 4],
      padding: 'same',
      use_skip_connections: false,
      dropout_rate: 0.1,
      return_sequences: true,
      activation: 'tanh',
      kernel_initializer: 'glorot_uniform',
    });
    const all = ok(
      "TCN(8, 2, 1, [1], 'causal', True, 0.0, True, 'relu', 'he_normal', True, False, True, False)",
    );
    expect(all.settings.tcn).toMatchObject({ use_batch_norm: true, go_backwards: true });
    expect(all.notices).toEqual([]);
  });

  const tcnPy = resolve(__dirname, '../../../shared/reference/keras-tcn/tcn/tcn.py');
  it.skipIf(!existsSync(tcnPy))('takes positional arguments in the order of tcn.py', () => {
    const source = readFileSync(tcnPy, 'utf8');
    const init = source.slice(source.indexOf('class TCN('));
    const signature = init.slice(init.indexOf('def __init__(self,'), init.indexOf('**kwargs'));
    const names = [...signature.matchAll(/(\w+)=/g)].map((m) => m[1]);
    expect(names).toEqual([...TCN_POSITIONAL_ARGS]);
  });

  it('reads numbers, strings and layout as Python does', () => {
    const r = ok(
      'from tcn import TCN\n' +
        'layer = TCN(nb_filters = 0x10, dropout_rate=1e-3, \\\n' +
        '            kernel_size=-1, activation="re\\"lu", padding=\'ca\' "usal",\n' +
        '            dilations=[1, 2, 4,],  # trailing commas\n' +
        ')',
    );
    expect(r.settings.tcn).toEqual({
      nb_filters: 16,
      dropout_rate: 0.001,
      kernel_size: -1,
      activation: 're"lu',
      padding: 'causal',
      dilations: [1, 2, 4],
    });
  });

  it('reads the dilations comprehensions keras-tcn users write, without running them', () => {
    expect(ok('TCN(dilations=[2**i for i in range(6)])').settings.tcn.dilations).toEqual([
      1, 2, 4, 8, 16, 32,
    ]);
    expect(ok('TCN(dilations=[2 ** i for i in range(1, 4)])').settings.tcn.dilations).toEqual([
      2, 4, 8,
    ]);
    const r = ok('TCN(dilations=[2 ** i for i in range(n_layers)])');
    expect(r.settings.tcn).toEqual({});
    expect(r.notices).toEqual([
      {
        key: 'dilations',
        action: 'ignored',
        reason: expect.stringMatching(/not a literal.*kept the current value/),
      },
    ]);
  });

  it('reads the input shape into the task', () => {
    expect(ok('TCN(input_shape=(100, 3))').settings.task).toEqual({ seq_len: 100, input_dim: 3 });
    expect(ok('TCN(batch_input_shape=(32, 50, 2))').settings.task).toEqual({
      seq_len: 50,
      input_dim: 2,
    });
    expect(ok('TCN(input_dim=4)').settings.task).toEqual({ input_dim: 4 });
    const anyLength = ok('TCN(input_shape=(None, 3))');
    expect(anyLength.settings.task).toEqual({ input_dim: 3 });
    expect(keys(anyLength)).toEqual(['input_shape ignored']);
    const bad = ok('TCN(input_shape=(100,))');
    expect(bad.settings.task).toEqual({});
    expect(bad.notices[0].reason).toMatch(/\(steps, channels\)/);
  });

  it('finds the call inside other code, and says what wraps it', () => {
    expect(ok('model.add(TCN(nb_filters=32))')).toMatchObject({
      settings: { tcn: { nb_filters: 32 } },
      notices: [],
    });
    expect(ok('x = TCN(16, return_sequences=True)(inputs)').settings.tcn).toEqual({
      nb_filters: 16,
      return_sequences: true,
    });
    expect(ok('tcn.TCN(kernel_size=5)').settings.tcn).toEqual({ kernel_size: 5 });
    const bi = ok('x = Bidirectional(TCN(64))(x)');
    expect(bi.settings.tcn).toEqual({ nb_filters: 64 });
    expect(bi.notices).toEqual([
      {
        key: 'Bidirectional',
        action: 'ignored',
        reason: expect.stringContaining(
          'the playground builds the TCN alone, not Bidirectional(...)',
        ),
      },
    ]);
    expect(keys(ok('layers.TimeDistributed(keras.layers.Bidirectional(TCN(8)))'))).toEqual([
      'Bidirectional ignored',
      'TimeDistributed ignored',
    ]);
  });

  it("takes the input shape from the script's Input(...) when the call has none", () => {
    const r = ok(
      [
        'from tensorflow.keras import Input, Model',
        'from tcn import TCN',
        '',
        'inputs = Input(shape=(100, 3))',
        'x = TCN(nb_filters=32, return_sequences=True)(inputs)',
        'model = Model(inputs, Dense(1)(x))',
      ].join('\n'),
    );
    expect(r.settings).toEqual({
      tcn: { nb_filters: 32, return_sequences: true },
      task: { seq_len: 100, input_dim: 3 },
    });
    expect(r.notices).toEqual([
      {
        key: 'Input',
        action: 'adjusted',
        reason: expect.stringContaining('from Input(shape=(100, 3)) on line 4'),
      },
    ]);
    expect(ok('i = Input(batch_shape=(None, 20, 4))\no = TCN()(i)').settings.task).toEqual({
      seq_len: 20,
      input_dim: 4,
    });
    expect(ok('i = keras.Input((50, 2))\no = TCN()(i)').settings.task).toEqual({
      seq_len: 50,
      input_dim: 2,
    });
    // The call's own shape wins; a 1-D Input (an Embedding follows) gives nothing.
    expect(ok('i = Input(shape=(9, 9))\nTCN(input_shape=(5, 1))').settings.task).toEqual({
      seq_len: 5,
      input_dim: 1,
    });
    expect(ok('i = Input(shape=(None,))\nx = Embedding(100, 8)(i)\nTCN()(x)').notices).toEqual([]);
  });

  it('reads variables the text binds once to a literal, and says so', () => {
    // keras-tcn's README example.
    const r = ok(
      'batch_size, time_steps, input_dim = None, 20, 1\n\n' +
        'tcn_layer = TCN(input_shape=(time_steps, input_dim))\n',
    );
    expect(r.settings.task).toEqual({ seq_len: 20, input_dim: 1 });
    expect(r.notices).toEqual([
      {
        key: 'input_shape',
        action: 'adjusted',
        reason:
          'time_steps and input_dim are variables: read their values from line 1 (batch_size, time_steps, input_dim = None, 20, 1).',
      },
    ]);
    const milk = ok(
      'lookback_window = 12  # months.\ni = Input(shape=(lookback_window, 1))\nm = TCN()(i)',
    );
    expect(milk.settings.task).toEqual({ seq_len: 12, input_dim: 1 });
    // Bound twice: its value depends on running the code.
    const twice = ok('n = 16\nn = 32\nTCN(nb_filters=n)');
    expect(twice.settings.tcn).toEqual({});
    expect(twice.notices[0]).toMatchObject({ key: 'nb_filters', action: 'ignored' });
  });

  it('says why each argument it does not use is not used', () => {
    const r = ok(`TCN(
      nb_filter=32,
      kernel_size=k,
      return_state=True,
      use_weight_norm=True,
      name='tcn_1',
      kernel_regularizer=l2(0.01),
      padding='valid',
      activation='LeakyReLU',
      kernel_initializer=initializers.HeNormal(seed=1),
    )`);
    expect(r.settings.tcn).toEqual({
      use_weight_norm: true,
      padding: 'valid',
      activation: 'LeakyReLU',
      kernel_initializer: 'he_normal',
    });
    expect(r.notices).toEqual([
      {
        key: 'nb_filter',
        action: 'ignored',
        reason: expect.stringContaining('Did you mean nb_filters?'),
      },
      {
        key: 'kernel_size',
        action: 'ignored',
        reason:
          'k is a variable, not a literal: the playground reads values, it never runs code; kept the current value.',
      },
      {
        key: 'return_state',
        action: 'ignored',
        reason:
          'the playground builds the TCN without return_state; its outputs are the same as with it off.',
      },
      { key: 'name', action: 'ignored', reason: expect.stringContaining('layer name') },
      {
        key: 'kernel_regularizer',
        action: 'ignored',
        reason: expect.stringContaining('no argument kernel_regularizer'),
      },
      {
        key: 'kernel_initializer',
        action: 'adjusted',
        reason: expect.stringContaining("as 'he_normal'"),
      },
    ]);
    expect(ok('TCN(return_state=False, trainable=True)').notices).toEqual([]);
    expect(ok('TCN(input_shape=(steps, 3))').notices[0].reason).toMatch(
      /^steps is a variable, not a literal: .*kept the current seq_len and input_dim\.$/,
    );
    expect(ok('TCN(kernel_initializer=get_init())').notices[0].reason).toMatch(/is a call/);
    const long = ok(`TCN(${'x'.repeat(100_000)}_y=1)`);
    expect(long.notices[0].key).toHaveLength(58);
  });

  it('reports arguments past the known ones, twice-given and empty ones', () => {
    const many = ok(
      "TCN(8, 2, 1, [1], 'causal', True, 0.0, True, 'relu', 'he_normal', False, False, False, False, 99)",
    );
    expect(keys(many)).toEqual(['argument 15 ignored']);
    expect(many.notices[0].reason).toMatch(/at most 14 arguments by position.*99 was ignored/);
    const flood = ok(
      `TCN(${'1, '.repeat(1000)}${Array.from({ length: 100 }, (_, i) => `x${i}=1`).join(', ')})`,
    );
    expect(flood.notices).toHaveLength(51);
    expect(keys(flood).slice(0, 2)).toEqual(['return_state ignored', 'argument 15 ignored']);
    expect(flood.notices[1].reason).toMatch(/986 more, from 1, were ignored/);
    expect(flood.notices[50]).toEqual({
      key: '…',
      action: 'ignored',
      reason: '52 more arguments were not used either; they are not listed.',
    });
    const twice = ok('TCN(64, nb_filters=32, kernel_size=2, kernel_size=3)');
    expect(twice.settings.tcn).toEqual({ nb_filters: 64, kernel_size: 2 });
    expect(keys(twice)).toEqual(['nb_filters ignored', 'kernel_size ignored']);
    expect(keys(ok('TCN(64,, 3)'))).toEqual(['argument 2 ignored']);
    expect(keys(ok('TCN(nb_filters=8, 3)'))).toEqual(['argument 1 ignored']);
  });

  it('reads literal *args and **kwargs, and reports the others', () => {
    expect(ok("TCN(*[16, 2], **{'dilations': (1, 2)})").settings.tcn).toEqual({
      nb_filters: 16,
      kernel_size: 2,
      dilations: [1, 2],
    });
    const kwargs = ok('TCN(**kwargs)');
    expect(kwargs.settings.tcn).toEqual({});
    expect(kwargs.notices).toEqual([
      {
        key: '**kwargs',
        action: 'ignored',
        reason: expect.stringContaining('cannot be read without running the code'),
      },
    ]);
    expect(keys(ok('TCN(*args)'))).toEqual(['*args ignored']);
  });

  it('uses the first of several TCN(...) calls', () => {
    const r = ok(
      "o = TCN(return_sequences=True, name='TCN_1')(i)\no = TCN(return_sequences=False, name='TCN_2')(o)",
    );
    expect(r.settings.tcn).toEqual({ return_sequences: true });
    expect(r.notices).toContainEqual({
      key: 'TCN',
      action: 'ignored',
      reason: expect.stringMatching(/2 TCN\(\.\.\.\) calls: used the first \(line 1\).*line 2/),
    });
  });

  it('reads a pasted Python session', () => {
    expect(
      ok('>>> from tcn import TCN\n>>> TCN(nb_filters=8,\n...     kernel_size=2)').settings.tcn,
    ).toEqual({
      nb_filters: 8,
      kernel_size: 2,
    });
  });
});

describe("keras-tcn's own calls (README and tasks/)", () => {
  const expected: PastedTcn['settings'][] = [
    { tcn: {}, task: { seq_len: 20, input_dim: 1 } },
    {
      tcn: {
        nb_filters: 64,
        kernel_size: 3,
        nb_stacks: 1,
        dilations: [1, 2, 4, 8, 16, 32],
        padding: 'causal',
        use_skip_connections: true,
        dropout_rate: 0,
        return_sequences: false,
        activation: 'relu',
        kernel_initializer: 'he_normal',
        use_batch_norm: false,
        use_layer_norm: true,
      },
      task: {},
    },
    { tcn: {}, task: { seq_len: 24, input_dim: 8 } },
    {
      tcn: { nb_filters: 64, kernel_size: 6, dilations: [1, 2, 4, 8, 16, 32, 64] },
      task: { seq_len: 100, input_dim: 128 },
    },
    {
      tcn: { kernel_size: 6, dilations: [1, 2, 4, 8, 16] },
      task: { seq_len: 100, input_dim: 128 },
    },
    { tcn: { nb_filters: 64 }, task: { seq_len: 100, input_dim: 128 } },
    {
      tcn: {
        kernel_size: 2,
        use_skip_connections: false,
        use_batch_norm: false,
        use_layer_norm: false,
      },
      task: { seq_len: 12, input_dim: 1 },
    },
    {
      tcn: { nb_filters: 12, dropout_rate: 0.5, kernel_size: 6, dilations: [1, 2, 4] },
      task: { seq_len: 100, input_dim: 16 },
    },
    {
      tcn: {
        nb_filters: 70,
        kernel_size: 3,
        dilations: [1, 2, 4, 8, 16],
        use_skip_connections: true,
        use_layer_norm: true,
      },
      task: { seq_len: 80, input_dim: 200 },
    },
    {
      tcn: { nb_filters: 10, kernel_size: 7, dilations: [1, 2, 4, 8, 16] },
      task: { seq_len: 100, input_dim: 128 },
    },
    {
      tcn: { nb_filters: 16, return_sequences: true, padding: 'same' },
      task: { seq_len: 20, input_dim: 4 },
    },
    { tcn: { kernel_size: 3, dilations: [1, 3, 5], nb_stacks: 1 }, task: {} },
    { tcn: { kernel_size: 3, dilations: [1, 2, 4, 8], nb_stacks: 2 }, task: {} },
    ...(
      [
        [24, 8, 0, false, 600, 2],
        [10, 8, 0.05, true, 621, 1],
        [20, 6, 0.05, false, 784, 1],
      ] as const
    ).map(([nb_filters, kernel_size, dropout_rate, return_sequences, seq_len, input_dim]) => ({
      tcn: {
        nb_filters,
        kernel_size,
        nb_stacks: 1,
        dilations: [1, 2, 4, 8, 16, 32, 64, 128, 256],
        padding: 'causal',
        use_skip_connections: true,
        dropout_rate,
        return_sequences,
        activation: 'relu',
        kernel_initializer: 'he_normal',
        use_batch_norm: false,
        use_layer_norm: false,
      },
      task: { seq_len, input_dim },
    })),
    { tcn: { return_sequences: true }, task: { input_dim: 1 } },
  ];

  it('has one expectation per call', () => {
    expect(KERAS_TCN_README_CALLS.length).toBeGreaterThanOrEqual(12);
    expect(expected).toHaveLength(KERAS_TCN_README_CALLS.length);
  });

  it.each(KERAS_TCN_README_CALLS.map((c, i) => [c.source, c.call, expected[i]] as const))(
    '%s',
    (_source, call, settings) => {
      const r = ok(call);
      expect(r.settings).toEqual(settings);
      // Only a layer name, or a sequence of any length, goes unused.
      for (const n of r.notices) expect(['name', 'input_shape']).toContain(n.key);
    },
  );
});

describe("a Keras model's JSON (model.to_json())", () => {
  it('reads a Keras 3 Sequential model, its input shape from the layer', () => {
    const r = ok(KERAS3_SEQUENTIAL);
    expect(r.form).toBe('keras-json');
    expect(r.settings).toEqual({
      tcn: {
        nb_filters: 16,
        kernel_size: 2,
        nb_stacks: 1,
        dilations: [1, 2, 4],
        padding: 'causal',
        use_skip_connections: true,
        dropout_rate: 0,
        return_sequences: false,
        activation: 'relu',
        use_batch_norm: false,
        use_layer_norm: false,
        kernel_initializer: 'he_normal',
        go_backwards: false,
      },
      task: { seq_len: 20, input_dim: 1 },
    });
    expect(r.notices).toEqual([]);
  });

  it('reads a Keras 3 functional model', () => {
    const r = ok(KERAS3_FUNCTIONAL);
    expect(r.settings.tcn).toMatchObject({
      nb_filters: 24,
      padding: 'same',
      dilations: [1, 2, 4, 8],
    });
    expect(r.settings.task).toEqual({ seq_len: 100, input_dim: 3 });
  });

  it('reads the forward TCN of a Bidirectional, and says the playground builds it alone', () => {
    const r = ok(KERAS3_BIDIRECTIONAL);
    expect(r.settings.tcn).toMatchObject({
      nb_filters: 32,
      dilations: [1, 2],
      go_backwards: false,
    });
    expect(r.settings.task).toEqual({ input_dim: 5 });
    expect(keys(r)).toEqual(['Bidirectional ignored', 'build_config.input_shape ignored']);
  });

  it('uses the first of stacked TCN layers', () => {
    const r = ok(KERAS3_STACKED);
    expect(r.settings.tcn).toMatchObject({ return_sequences: true, dilations: [1, 2] });
    expect(r.settings.task).toEqual({ seq_len: 50, input_dim: 2 });
    expect(r.notices).toEqual([
      { key: 'TCN', action: 'ignored', reason: expect.stringContaining("'TCN_2'") },
    ]);
  });

  it('reads the Keras 2 form, with batch_input_shape and use_weight_norm', () => {
    const r = ok(KERAS2_SEQUENTIAL);
    expect(r.settings.tcn).toMatchObject({
      nb_filters: 32,
      nb_stacks: 2,
      activation: 'tanh',
      use_weight_norm: false,
    });
    expect(r.settings.task).toEqual({ seq_len: 30, input_dim: 2 });
    expect(r.notices).toEqual([]);
  });

  it("takes the model's InputLayer when the TCN layer has no shape", () => {
    const doc = JSON.parse(KERAS2_SEQUENTIAL);
    delete doc.config.layers[1].config.batch_input_shape;
    const r = ok(JSON.stringify(doc));
    expect(r.settings.task).toEqual({ seq_len: 30, input_dim: 2 });
    expect(r.notices).toEqual([
      {
        key: 'InputLayer',
        action: 'adjusted',
        reason: expect.stringContaining("the model's InputLayer (tcn_input)"),
      },
    ]);
  });

  it('reads an initializer object as its name', () => {
    const doc = JSON.parse(KERAS2_SEQUENTIAL);
    doc.config.layers[1].config.kernel_initializer = {
      class_name: 'GlorotNormal',
      config: { seed: 3 },
    };
    const r = ok(JSON.stringify(doc));
    expect(r.settings.tcn.kernel_initializer).toBe('glorot_normal');
    expect(keys(r)).toEqual(['kernel_initializer adjusted']);
  });
});

describe("a TCN layer's get_config()", () => {
  const settings = {
    nb_filters: 64,
    kernel_size: 3,
    nb_stacks: 1,
    dilations: [1, 2, 4],
    padding: 'causal',
    use_skip_connections: true,
    dropout_rate: 0,
    return_sequences: false,
    activation: 'relu',
    use_batch_norm: false,
    use_layer_norm: true,
    kernel_initializer: 'he_normal',
    go_backwards: false,
  };

  it('reads the dict Python prints, Keras bookkeeping ignored silently', () => {
    const r = ok(GET_CONFIG_REPR);
    expect(r.form).toBe('config-dict');
    expect(r.settings).toEqual({ tcn: settings, task: {} });
    expect(r.notices).toEqual([]);
  });

  it('reads it as JSON', () => {
    const doc = {
      name: 'tcn',
      trainable: true,
      dtype: 'float32',
      ...settings,
      return_state: false,
    };
    const r = ok(JSON.stringify(doc, null, 2));
    expect(r).toEqual({ form: 'config-dict', settings: { tcn: settings, task: {} }, notices: [] });
  });

  it('reports keys keras-tcn does not have, and return_state', () => {
    const r = ok(
      "{'nb_filters': 8, 'kernel_sise': 2, 'return_state': True, 'batch_input_shape': (None, 40, 3)}",
    );
    expect(r.settings).toEqual({ tcn: { nb_filters: 8 }, task: { seq_len: 40, input_dim: 3 } });
    expect(keys(r)).toEqual(['kernel_sise ignored', 'return_state ignored']);
    expect(r.notices[0].reason).toBe(
      "keras-tcn's TCN has no argument kernel_sise; ignored. Did you mean kernel_size?",
    );
  });

  it('reads a dict with JSON names or trailing commas, and a non-literal value as such', () => {
    const r = ok(
      "{'nb_filters': 8, 'use_batch_norm': true, 'kernel_initializer': <HeNormal object at 0x7f>,}",
    );
    expect(r.settings.tcn).toEqual({ nb_filters: 8, use_batch_norm: true });
    expect(keys(r)).toEqual(['kernel_initializer ignored']);
  });
});

describe('errors', () => {
  it.each([
    ['', /Nothing was pasted/],
    ['  \n\t ', /Nothing was pasted/],
    ['model = Sequential([Dense(1)])', /No TCN\(\.\.\.\) call and no TCN configuration found/],
    [
      'TCN(nb_filters=64,\n    kernel_size=3',
      /the TCN\(\.\.\.\) call is not closed: a '\)' is missing/i,
    ],
    ['TCN(dilations=[1, 2, 4)', /not closed: a '\]' is missing before the '\)' on line 1/],
    ['x = [1, 2)\nTCN(64)', /brackets before the TCN\(\.\.\.\) call do not match/],
    ["TCN(padding='causal)", /A string is not closed: the ' on line 1/],
    ['{"layers": [{"class_name": "Dense", "config": {}}]}', /This JSON has no TCN layer/],
    ["{'nb_filters': 64", /The dict is not closed/],
    ['model = compiled_tcn(num_feat=1, num_classes=10)', /compiled_tcn/],
  ])('%j', (text, message) => {
    expect(error(text)).toMatch(message);
  });

  it('refuses text over 200,000 characters', () => {
    expect(error(`TCN(64)${' '.repeat(200_000)}`)).toMatch(
      /too long.*paste only the TCN\(\.\.\.\) call or the model's JSON/,
    );
  });

  it('reads a call whose trouble comes after it', () => {
    expect(ok("TCN(8)\nprint('unclosed").settings.tcn).toEqual({ nb_filters: 8 });
    expect(ok('TCN(8)\nx = [1, 2)').settings.tcn).toEqual({ nb_filters: 8 });
  });
});

describe('hostile input', () => {
  it('returns at once on 1 MB of text', () => {
    const text = `TCN(${'['.repeat(1_000_000)}`;
    const start = performance.now();
    expect(error(text)).toMatch(/too long/);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('never runs what it reads', () => {
    const r = ok("TCN(nb_filters=__import__('os').system('rm -rf /'))");
    expect(r.settings.tcn).toEqual({});
    expect(r.notices).toEqual([
      {
        key: 'nb_filters',
        action: 'ignored',
        reason: expect.stringContaining("__import__('os').system('rm -rf /') is not a literal"),
      },
    ]);
    expect(keys(ok('TCN(eval("64"), exec("x"), kernel_size=open("/etc/passwd").read())'))).toEqual([
      'nb_filters ignored',
      'kernel_size ignored',
      'kernel_size ignored',
    ]);
  });

  it('reads deeply nested brackets without running out of stack', () => {
    expect(error('['.repeat(10_000))).toMatch(/No TCN/);
    expect(error(`TCN(${'['.repeat(10_000)})`)).toMatch(/not closed/);
    const deep = ok(`TCN(dilations=${'['.repeat(10_000)}${']'.repeat(10_000)})`);
    expect(deep.notices[0].reason).toMatch(/nested more than/);
    const json = `{"nb_filters": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(ok(json).notices[0]).toMatchObject({ key: 'nb_filters', action: 'ignored' });
  });

  it('reads the longest texts it takes in linear time', () => {
    const n = 190_000;
    for (const text of [
      `TCN(dilations=${'('.repeat(n / 2)}${')'.repeat(n / 2)})`,
      `TCN(${'x, '.repeat(n / 3)})`,
      `TCN(dilations=[${'1, '.repeat(n / 3)}])`,
      'TCN('.repeat(n / 4),
      `${'a = [1]\n'.repeat(n / 8)}TCN(a)`,
      `{"nb_filters": [${'1,'.repeat(n / 2 - 10)}1]}`,
      `# ${'x'.repeat(n)}\nTCN(8)`,
    ]) {
      const start = performance.now();
      parsePastedTcn(text);
      // About 0.1 s here; quadratic work on 190,000 characters would take minutes.
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });

  it('stays fast when variables multiply each other', () => {
    const lines = ['a0 = 1'];
    for (let i = 1; i < 30; i++)
      lines.push(
        `a${i} = (${Array(8)
          .fill(`a${i - 1}`)
          .join(', ')})`,
      );
    const start = performance.now();
    const r = ok(`${lines.join('\n')}\nTCN(dilations=a29)`);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(r.settings.tcn).toEqual({});
  });

  it('reads escaped quotes and unicode', () => {
    const r = ok(
      "TCN(name='it\\'s \"mine\" 😀', activation='r\u00e9lu', padding=\"\\u0063ausal\")",
    );
    expect(r.settings.tcn).toEqual({ activation: 'rélu', padding: 'causal' });
    expect(ok('# größe\nTCN(nb_filters=8)  # 日本語').settings.tcn).toEqual({ nb_filters: 8 });
    expect(ok('TCN(\u00a0nb_filters=8,\u200b kernel_size=2)').settings.tcn).toEqual({
      nb_filters: 8,
      kernel_size: 2,
    });
    expect(ok('TCN(padding=‘causal’)').notices[0].reason).toMatch(/curly quotes/);
  });

  const never = (text: string) => {
    const r = parsePastedTcn(text);
    expect(typeof r.ok).toBe('boolean');
    // "could not be read" is the message of an exception caught inside: there must be none.
    if (!r.ok) expect(r.message).not.toMatch(/^The text could not be read/);
    else JSON.stringify(r.result);
  };

  it('never throws on random text', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), never), { numRuns: 500 });
    const python = fc.constantFrom(
      ...('TCN ( ) [ ] { } , = : * ** ' +
        ' \' " # \\ \n True None 1e3 -1 .5 x for in range 2**i dilations nb_filters'.split(' ')),
      'TCN(',
      'Input(shape=',
      '"""',
      '{"class_name": "TCN", "config": {',
    );
    fc.assert(
      fc.property(fc.array(python, { maxLength: 60 }), (parts) => never(parts.join(''))),
      { numRuns: 1000 },
    );
  });

  it('never throws on random mutations of a valid call', () => {
    const valid = KERAS_TCN_README_CALLS[1].call;
    const edit = fc.record({
      at: fc.nat({ max: valid.length }),
      cut: fc.nat({ max: 5 }),
      insert: fc.string({ maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = valid;
        for (const { at, cut, insert } of edits)
          text = text.slice(0, at) + insert + text.slice(at + cut);
        never(text);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.nat({ max: KERAS3_SEQUENTIAL.length }), fc.string({ maxLength: 3 }), (at, s) =>
        never(KERAS3_SEQUENTIAL.slice(0, at) + s + KERAS3_SEQUENTIAL.slice(at + 1)),
      ),
      { numRuns: 300 },
    );
  });
});
