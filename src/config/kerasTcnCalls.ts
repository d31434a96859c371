// Real TCN(...) calls from keras-tcn's README and tasks/ examples (philipperemy/keras-tcn), each
// one keras-tcn 3.5.7 builds. Variables are replaced by the values the example gives them, and
// an input_shape is added where the example's input (an Input, an Embedding, a data set) fixes
// it; `source` says where the call comes from and what was filled in. The paste reader is tested
// on them (pastedTcn.test.ts); a Python check can build them to compare receptive fields and
// parameter counts with the playground's.

export const KERAS_TCN_README_CALLS: { call: string; source: string }[] = [
  {
    call: 'TCN(input_shape=(20, 1))',
    source:
      'README.md, API example: TCN(input_shape=(time_steps, input_dim)) with time_steps, input_dim = 20, 1',
  },
  {
    call: "TCN(\n    nb_filters=64,\n    kernel_size=3,\n    nb_stacks=1,\n    dilations=(1, 2, 4, 8, 16, 32),\n    padding='causal',\n    use_skip_connections=True,\n    dropout_rate=0.0,\n    return_sequences=False,\n    activation='relu',\n    kernel_initializer='he_normal',\n    use_batch_norm=False,\n    use_layer_norm=True,\n)",
    source:
      'README.md, Arguments, less its use_weight_norm=False (keras-tcn 3.5.7 has no such argument)',
  },
  {
    call: 'TCN(input_shape=(24, 8))',
    source: 'tasks/many_to_many.py: timesteps, input_dim = 24, 8',
  },
  {
    call: 'TCN(nb_filters=64,\n    kernel_size=6,\n    dilations=[1, 2, 4, 8, 16, 32, 64], input_shape=(100, 128))',
    source:
      'tasks/sequential.py; input: Embedding(max_features, 128) of sequences padded to maxlen 100',
  },
  {
    call: 'TCN(kernel_size=6, dilations=[1, 2, 4, 8, 16], input_shape=(100, 128))',
    source: 'tasks/imdb_tcn.py; input: Embedding(max_features, 128), maxlen 100',
  },
  {
    call: 'TCN(64, input_shape=(100, 128))',
    source:
      'tasks/bidirect_tcn.py: Bidirectional(TCN(64)); input: Embedding(max_features, 128), maxlen 100',
  },
  {
    call: 'TCN(input_shape=(12, 1),\n    kernel_size=2,\n    use_skip_connections=False,\n    use_batch_norm=False,\n    use_layer_norm=False\n    )',
    source:
      'tasks/time_series_forecasting.py (an earlier version), lookback_window = 12, less its use_weight_norm=False',
  },
  {
    call: 'TCN(nb_filters=12,\n    dropout_rate=0.5,\n    kernel_size=6,\n    dilations=[1, 2, 4], input_shape=(100, 16))',
    source:
      'tasks/save_reload_sequential_model.py; input: Embedding(max_features, 16), max_len 100',
  },
  {
    call: 'TCN(\n    nb_filters=70,\n    kernel_size=3,\n    dilations=(1, 2, 4, 8, 16),\n    use_skip_connections=True,\n    use_layer_norm=True,\n    input_shape=(80, 200),\n)',
    source: 'tasks/word_ptb/train.py; input: Embedding(size_vocab, emb_size=200), seq_len 80',
  },
  {
    call: 'TCN(\n    nb_filters=10,\n    kernel_size=7,\n    dilations=[1, 2, 4, 8, 16],\n    input_shape=(100, 128),\n)',
    source:
      'tasks/visualise_activations.py: tcn_num_filters = 10; input: Embedding(max_features, 128), max_len 100',
  },
  {
    call: "TCN(nb_filters=16, return_sequences=True, padding='same', input_shape=(20, 4))",
    source:
      'tasks/tcn_call_test.py: NB_FILTERS = 16, Input(batch_shape=(None, TIME_STEPS = 20, input_dim = 4))',
  },
  {
    call: 'TCN(kernel_size=3, dilations=(1, 3, 5), nb_stacks=1)',
    source: 'tasks/tcn_call_test.py, test_receptive_field (receptive field 37)',
  },
  {
    call: 'TCN(kernel_size=3, dilations=(1, 2, 4, 8), nb_stacks=2)',
    source: 'tasks/tcn_call_test.py, test_receptive_field (receptive field 121)',
  },
  {
    call: "TCN(24, 8, 1, [2 ** i for i in range(9)], 'causal', True, 0, False, 'relu', 'he_normal', False, False, name='tcn', input_shape=(600, 2))",
    source:
      "tasks/adding_problem/main.py: the TCN compiled_tcn builds (tcn.py's positional call) for nb_filters=24, kernel_size=8, dilations=[2 ** i for i in range(9)], dropout_rate=0, return_sequences=False; seq_length 600, 2 features",
  },
  {
    call: "TCN(10, 8, 1, [2 ** i for i in range(9)], 'causal', True, 0.05, True, 'relu', 'he_normal', False, False, name='tcn', input_shape=(621, 1))",
    source:
      'tasks/copy_memory/main.py: the TCN compiled_tcn builds for nb_filters=10, kernel_size=8, return_sequences=True (dropout_rate defaults to 0.05); sequences of 10 + 600 + 11 steps',
  },
  {
    call: "TCN(20, 6, 1, [2 ** i for i in range(9)], 'causal', True, 0.05, False, 'relu', 'he_normal', False, False, name='tcn', input_shape=(784, 1))",
    source:
      'tasks/mnist_pixel/main.py: the TCN compiled_tcn builds for nb_filters=20, kernel_size=6, return_sequences=False; 28 × 28 = 784 pixels, 1 channel',
  },
  {
    call: "TCN(return_sequences=True, name='TCN_1', input_shape=(None, 1))",
    source:
      'README.md, stacked TCNs (tasks/stacked_tcn.py): the first of two, on Input(batch_shape=(1, None, 1))',
  },
];
