#!/usr/bin/env python3
"""keras-tcn's training-step time for a TCN Playground configuration (used by `npm run bench`).

Usage:
    PYTHONPATH=../shared/reference/keras-tcn python3 bench/keras_step.py '<json>'
    echo '<json>' | PYTHONPATH=... python3 bench/keras_step.py

The JSON object uses the playground's URL-fragment keys, as text (as in a fragment: "1,2,4",
"true") or as JSON values:
    task, seq_len, input_dim, nb_filters, kernel_size, nb_stacks, dilations, padding,
    use_skip_connections, dropout_rate, return_sequences, activation, kernel_initializer,
    use_batch_norm, use_layer_norm, use_weight_norm, go_backwards, batch_size, optimizer
    (adam, rmsprop, sgd), learning_rate, momentum, clipnorm, seed,
plus `steps` (timed steps, default 5) and `warmup` (untimed steps first, default 2; the first
traces the train function). A key left out takes the playground's default (DEFAULT_CONFIG in
src/config/playgroundConfig.ts). `task` only sets the shapes, as the playground's tasks do:
adding has 2 input channels and 1 output per sequence, copy_memory 10 input channels and 10
logits per step (sparse cross-entropy), lag 1 output per step, sine input_dim outputs per step.
bench/kerasStep.ts also passes `output_dim` and `loss` ("mse" or "crossentropy") as the
playground's own task code works them out; they override the task's.

The model mirrors the `export keras` script (src/config/kerasScript.ts): Input((seq_len,
input_dim)), TCN(...), Dense(output_dim); MSE (or sparse cross-entropy from logits), the same
optimizer, learning rate, momentum and clipnorm. It times model.train_on_batch(x, y) on one
random batch of the configured shape (the input and target data do not change the step's
cost), after the warm-up steps, with TensorFlow's default threading. Prints one JSON line:
    {"msPerStep": median ms, "steps": n, "tensorflow": version, "keras": version,
     "threads": {"intraOp": ..., "interOp": ..., "setting": "tensorflow default", ...}}
or, exiting with 2, {"error": reason} for a configuration it cannot build.
"""
import json
import os
import statistics
import sys
import time

# The playground's defaults (DEFAULT_CONFIG), for keys the object leaves out.
DEFAULTS = {
    'task': 'lag',
    'seq_len': 96,
    'input_dim': 1,
    'nb_filters': 16,
    'kernel_size': 2,
    'nb_stacks': 1,
    'dilations': [1, 2, 4, 8, 16],
    'padding': 'causal',
    'use_skip_connections': True,
    'dropout_rate': 0.0,
    'return_sequences': True,
    'activation': 'relu',
    'kernel_initializer': 'he_normal',
    'use_batch_norm': False,
    'use_layer_norm': False,
    'use_weight_norm': False,
    'go_backwards': False,
    'batch_size': 16,
    'optimizer': 'adam',
    'learning_rate': 0.005,
    'momentum': 0.9,
    'clipnorm': 1.0,
    'seed': 1,
    'steps': 5,
    'warmup': 2,
}
COPY_CLASSES = 10


class ConfigError(Exception):
    pass


def as_int(key, value, minimum=None):
    if isinstance(value, bool):
        raise ConfigError('%s: expected an integer, got %r' % (key, value))
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError('%s: expected an integer, got %r' % (key, value))
    if number != int(number):
        raise ConfigError('%s: expected an integer, got %r' % (key, value))
    if minimum is not None and number < minimum:
        raise ConfigError('%s: must be at least %d, got %r' % (key, minimum, value))
    return int(number)


def as_float(key, value):
    if isinstance(value, bool):
        raise ConfigError('%s: expected a number, got %r' % (key, value))
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ConfigError('%s: expected a number, got %r' % (key, value))


def as_bool(key, value):
    if isinstance(value, bool):
        return value
    if value in ('true', 'false'):
        return value == 'true'
    raise ConfigError('%s: expected true or false, got %r' % (key, value))


def as_int_list(key, value):
    if isinstance(value, str):
        text = value.strip()
        if text.startswith('[') and text.endswith(']'):
            text = text[1:-1]
        value = [part for part in text.split(',') if part.strip() != '']
    if not isinstance(value, (list, tuple)) or not value:
        raise ConfigError('%s: expected a non-empty list of integers, got %r' % (key, value))
    return [as_int(key, v, 1) for v in value]


def as_choice(key, value, choices):
    if value not in choices:
        raise ConfigError('%s: expected one of %s, got %r' % (key, ', '.join(choices), value))
    return value


def parse(raw):
    """The configuration, with the shapes, from fragment-keyed values (text or JSON)."""
    if not isinstance(raw, dict):
        raise ConfigError('expected a JSON object')
    get = lambda key: raw.get(key, DEFAULTS[key])  # noqa: E731
    c = {}
    c['task'] = as_choice('task', get('task'), ('adding', 'copy_memory', 'lag', 'sine'))
    c['seq_len'] = as_int('seq_len', get('seq_len'), 2)
    nb_filters = get('nb_filters')
    listed = isinstance(nb_filters, str) and (',' in nb_filters or nb_filters.strip().startswith('['))
    if isinstance(nb_filters, (list, tuple)) or listed:
        c['nb_filters'] = as_int_list('nb_filters', nb_filters)
    else:
        c['nb_filters'] = as_int('nb_filters', nb_filters, 1)
    c['kernel_size'] = as_int('kernel_size', get('kernel_size'), 1)
    c['nb_stacks'] = as_int('nb_stacks', get('nb_stacks'), 1)
    c['dilations'] = as_int_list('dilations', get('dilations'))
    c['padding'] = as_choice('padding', get('padding'), ('causal', 'same'))
    for key in ('use_skip_connections', 'return_sequences', 'use_batch_norm', 'use_layer_norm',
                'use_weight_norm', 'go_backwards'):
        c[key] = as_bool(key, get(key))
    if c['use_weight_norm']:
        raise ConfigError('use_weight_norm: keras-tcn has no weight norm (it was removed in 2025)')
    c['dropout_rate'] = as_float('dropout_rate', get('dropout_rate'))
    if not 0 <= c['dropout_rate'] < 1:
        raise ConfigError('dropout_rate: must be in [0, 1), got %r' % c['dropout_rate'])
    c['activation'] = str(get('activation'))
    c['kernel_initializer'] = str(get('kernel_initializer'))
    c['batch_size'] = as_int('batch_size', get('batch_size'), 1)
    c['optimizer'] = as_choice('optimizer', get('optimizer'), ('adam', 'rmsprop', 'sgd'))
    c['learning_rate'] = as_float('learning_rate', get('learning_rate'))
    c['momentum'] = as_float('momentum', get('momentum'))
    c['clipnorm'] = as_float('clipnorm', get('clipnorm'))
    c['seed'] = as_int('seed', get('seed'), 0)
    c['steps'] = as_int('steps', get('steps'), 1)
    c['warmup'] = as_int('warmup', get('warmup'), 0)

    # The task's shapes, as src/tasks/tasks.ts (taskInputDim, taskInfo) has them.
    task_input_dim = as_int('input_dim', get('input_dim'), 1)
    if c['task'] == 'adding':
        input_dim, output_dim, loss = 2, 1, 'mse'
    elif c['task'] == 'copy_memory':
        input_dim, output_dim, loss = COPY_CLASSES, COPY_CLASSES, 'crossentropy'
    elif c['task'] == 'sine':
        input_dim, output_dim, loss = task_input_dim, task_input_dim, 'mse'
    else:
        input_dim, output_dim, loss = task_input_dim, 1, 'mse'
    c['input_dim'] = input_dim
    c['output_dim'] = as_int('output_dim', raw['output_dim'], 1) if 'output_dim' in raw else output_dim
    c['loss'] = as_choice('loss', raw.get('loss', loss), ('mse', 'crossentropy'))
    return c


def optimizer_of(keras, c):
    extra = {'clipnorm': c['clipnorm']} if c['clipnorm'] > 0 else {}
    lr = c['learning_rate']
    if c['optimizer'] == 'adam':
        return keras.optimizers.Adam(learning_rate=lr, beta_1=0.9, beta_2=0.999, epsilon=1e-07, **extra)
    if c['optimizer'] == 'rmsprop':
        return keras.optimizers.RMSprop(learning_rate=lr, rho=0.9, momentum=0.0, epsilon=1e-07, **extra)
    return keras.optimizers.SGD(learning_rate=lr, momentum=c['momentum'], **extra)


def main():
    text = sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read()
    try:
        c = parse(json.loads(text))
    except (ConfigError, ValueError) as e:
        print(json.dumps({'error': str(e)}))
        return 2

    os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '2')
    import numpy as np
    import tensorflow as tf
    from tensorflow import keras
    from tcn import TCN

    keras.utils.set_random_seed(c['seed'])
    try:
        model = keras.Sequential([
            keras.Input(shape=(c['seq_len'], c['input_dim'])),
            TCN(
                nb_filters=c['nb_filters'],
                kernel_size=c['kernel_size'],
                nb_stacks=c['nb_stacks'],
                dilations=c['dilations'],
                padding=c['padding'],
                use_skip_connections=c['use_skip_connections'],
                dropout_rate=c['dropout_rate'],
                return_sequences=c['return_sequences'],
                activation=c['activation'],
                kernel_initializer=c['kernel_initializer'],
                use_batch_norm=c['use_batch_norm'],
                use_layer_norm=c['use_layer_norm'],
                go_backwards=c['go_backwards'],
                name='tcn',
            ),
            keras.layers.Dense(c['output_dim'], name='dense'),
        ])
    except Exception as e:  # keras-tcn's own checks (e.g. a nb_filters list of the wrong length)
        print(json.dumps({'error': 'keras-tcn cannot build this model: %s' % e}))
        return 2
    crossentropy = c['loss'] == 'crossentropy'
    model.compile(
        optimizer=optimizer_of(keras, c),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True) if crossentropy
        else keras.losses.MeanSquaredError(),
    )

    rng = np.random.default_rng(c['seed'])
    batch = c['batch_size']
    x = rng.standard_normal((batch, c['seq_len'], c['input_dim'])).astype('float32')
    out_shape = (batch,) + tuple(model.output_shape[1:])
    if crossentropy:
        y = rng.integers(0, c['output_dim'], size=out_shape[:-1]).astype('int32')
    else:
        y = rng.standard_normal(out_shape).astype('float32')

    for _ in range(c['warmup']):
        model.train_on_batch(x, y)
    times = []
    for _ in range(c['steps']):
        start = time.perf_counter()
        loss = model.train_on_batch(x, y)  # returns the loss as a number: the step has finished
        times.append((time.perf_counter() - start) * 1000)
    del loss

    intra = tf.config.threading.get_intra_op_parallelism_threads()
    inter = tf.config.threading.get_inter_op_parallelism_threads()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()
    print(json.dumps({
        'msPerStep': statistics.median(times),
        'steps': len(times),
        'warmup': c['warmup'],
        'tensorflow': tf.__version__,
        'keras': getattr(keras, '__version__', None),
        'params': model.count_params(),
        'threads': {
            # 0 is TensorFlow's default: one thread per CPU it may use (the pools' size).
            'intraOp': intra or cpus,
            'interOp': inter or cpus,
            'setting': 'tensorflow default' if intra == 0 and inter == 0 else 'set',
            'cpus': cpus,
        },
    }))
    return 0


if __name__ == '__main__':
    sys.exit(main())
