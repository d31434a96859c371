// The fixed Python of the keras-tcn script (./kerasScript): the structure check (parameters and
// variable names, Keras's norm layers renamed as the playground names them), and for a trained
// export the run: weights loaded by name, outputs and loss checked, model.fit, save and reload,
// TFLite. Only the task's shapes and loss weights vary; the rest is the same for every model.

/** What of the task the Python needs. */
export interface PythonTask {
  name: string;
  seqLen: number;
  inputDim: number;
  outputDim: number;
  perStep: boolean;
  crossentropy: boolean;
  /** The lag task's lag: its first `lag` steps weigh 0 in the loss. */
  lag: number | null;
  batchSize: number;
  /** A series: rows ahead each step forecasts. */
  horizon: number | null;
}

/** CheckFailed, canonical() and check_structure(): the script's check of the model's shape. */
export function kerasStructurePython(): string[] {
  return [
    '',
    '',
    'class CheckFailed(Exception):',
    '    """The Keras model differs from the playground\'s."""',
    '',
    '',
    'def canonical(paths):',
    '    """The playground\'s names of Keras variable paths. Keras numbers norm layers globally',
    '    (batch_normalization_3); the playground names them norm_0 and norm_1 inside each residual',
    '    block, after conv1D_0 and conv1D_1."""',
    String.raw`    pattern = re.compile(r'^(.*/residual_block_\d+)/((?:batch|layer)_normalization(?:_(\d+))?)/(\w+)$')`,
    '    layers = {}',
    '    for path in paths:',
    '        m = pattern.match(path)',
    '        if m:',
    '            layers.setdefault(m.group(1), set()).add((int(m.group(3) or 0), m.group(2)))',
    '    rename = {}',
    '    for block, found in layers.items():',
    '        for k, (_, layer) in enumerate(sorted(found)):',
    "            rename[(block, layer)] = 'norm_%d' % k",
    '    out = []',
    '    for path in paths:',
    '        m = pattern.match(path)',
    "        out.append('%s/%s/%s' % (m.group(1), rename[(m.group(1), m.group(2))], m.group(4)) if m else path)",
    '    return out',
    '',
    '',
    'def check_structure(model, report):',
    '    """Keras must count the playground\'s parameters and name its trainable variables alike."""',
    "    print('count_params:', model.count_params())",
    "    report['params'] = model.count_params()",
    '    if model.count_params() != EXPECTED_PARAMS:',
    "        raise CheckFailed('Keras counts %d parameters, the playground %d' % (model.count_params(), EXPECTED_PARAMS))",
    "    if not all(hasattr(v, 'path') for v in model.weights):",
    "        print('The parameter count matches the playground (Keras 2 names variables differently).')",
    '        return',
    '    trainable = canonical([v.path for v in model.trainable_weights])',
    "    report['variables'] = canonical([v.path for v in model.weights])",
    "    report['trainable_variables'] = trainable",
    "    print('trainable variables:')",
    '    for name in trainable:',
    "        print('  ', name)",
    '    missing = sorted(set(EXPECTED_TRAINABLE_VARIABLES) - set(trainable))',
    '    extra = sorted(set(trainable) - set(EXPECTED_TRAINABLE_VARIABLES))',
    '    if missing or extra:',
    "        raise CheckFailed('variables differ: missing %s, extra %s' % (missing, extra))",
    "    print('The parameter count and the trainable variables match the playground.')",
  ];
}

/** loss_weights(): the sample_weight of the playground's loss for the task. */
function lossWeightsPython(task: PythonTask): string[] {
  if (task.lag !== null)
    return [
      'def loss_weights(count):',
      '    """sample_weight for `count` sequences: 0 for the first LAG steps, which have no source',
      '    step (the playground leaves them out of the loss), 1 for the others."""',
      "    weights = np.ones((count, SEQ_LEN), dtype='float32')",
      '    weights[:, :LAG] = 0.0',
      '    return weights',
    ];
  if (task.horizon !== null)
    return [
      'def loss_weights(count, valid_steps):',
      '    """sample_weight for `count` windows: 1 for the steps whose target (HORIZON rows later)',
      '    lies inside the data, 0 for those past its end (the playground masks them out of the',
      '    loss). valid_steps[i]: how many steps of window i have a target."""',
      "    weights = np.zeros((count, SEQ_LEN), dtype='float32')",
      '    for i, n in enumerate(valid_steps):',
      '        weights[i, :n] = 1.0',
      '    return weights',
    ];
  return [
    'def loss_weights(count):',
    '    """Every step counts in the playground\'s loss: no sample_weight."""',
    '    return None',
  ];
}

/** fit_your_data(): how to go on with the user's own arrays, with the playground's objective. */
function fitYourDataPython(task: PythonTask): string[] {
  const x = 'x: float32 [n, SEQ_LEN, INPUT_DIM]';
  let y: string[];
  let signature = 'def fit_your_data(model, x, y, epochs=10):';
  let weights = 'loss_weights(len(x))';
  switch (task.name) {
    case 'lag':
      y = [
        `y: float32 [n, SEQ_LEN, 1], y[:, t, 0] = x[:, t - LAG, 0] (the first LAG steps weigh 0).`,
      ];
      break;
    case 'series':
      signature = 'def fit_your_data(model, x, y, valid_steps, epochs=10):';
      weights = 'loss_weights(len(x), valid_steps)';
      y = [
        'y: float32 [n, SEQ_LEN, 1], the target HORIZON rows after each step. Both standardised',
        'as INPUT_SCALING and TARGET_SCALING say. valid_steps[i]: how many steps of window i have',
        'a target (the rest weigh 0).',
      ];
      break;
    case 'copy_memory':
      y = ['y: int [n, SEQ_LEN], the class of every step (0 blank, 1-8 symbols, 9 delimiter).'];
      break;
    case 'adding':
      y = ['y: float32 [n, 1], the one answer per sequence.'];
      break;
    default:
      y = [`y: float32 [n, SEQ_LEN, ${task.outputDim}], the next value of every channel.`];
  }
  return [
    signature,
    '    """Trains on your own data with the playground\'s objective (model.fit, batch BATCH_SIZE).',
    '',
    `    ${x}`,
    `    ${y[0]}`,
    ...y.slice(1).map((line) => `    ${line}`),
    "    The model was built and compiled inside tf.distribute.MirroredStrategy's scope (see steps):",
    '    fit splits each batch between every GPU of the machine. For a large data set, pass a',
    '    tf.data.Dataset of (x, y, sample_weight) instead of arrays."""',
    `    return model.fit(x, y, sample_weight=${weights}, batch_size=BATCH_SIZE, epochs=epochs,`,
    '                     validation_split=0.2)',
  ];
}

/** The trained export's run(): every step of the script's docstring. */
export function kerasRunPython(task: PythonTask): string[] {
  const demoWeights =
    task.horizon !== null
      ? "loss_weights(len(x), mask.sum(axis=1).astype('int64'))"
      : 'loss_weights(len(x))';
  return [
    '',
    '',
    ...lossWeightsPython(task),
    '',
    '',
    ...fitYourDataPython(task),
    '',
    '',
    'def read_weights(path):',
    '    """The playground\'s weights file: {"weights": [{name, shape, data}], "check": {...}, ...}."""',
    '    if path is None:',
    '        return json.loads(WEIGHTS_JSON)',
    '    if not os.path.exists(path):',
    "        raise CheckFailed('no weights file %s: keep it beside this script, or pass --weights FILE' % path)",
    '    with open(path) as f:',
    '        return json.load(f)',
    '',
    '',
    'def assign_weights(model, weights):',
    '    """Sets every Keras variable to the playground\'s weight of the same name."""',
    "    if not all(hasattr(v, 'path') for v in model.weights):",
    "        raise CheckFailed('loading by name needs Keras 3 (TensorFlow 2.16 or later)')",
    "    by_name = {w['name']: w for w in weights}",
    '    names = canonical([v.path for v in model.weights])',
    '    missing = [n for n in names if n not in by_name]',
    '    extra = sorted(set(by_name) - set(names))',
    '    if missing or extra:',
    "        raise CheckFailed('the weights do not fit the model: missing %s, extra %s' % (missing, extra))",
    '    for variable, name in zip(model.weights, names):',
    "        value = np.asarray(by_name[name]['data'], dtype='float32').reshape(by_name[name]['shape'])",
    '        if tuple(variable.shape) != value.shape:',
    "            raise CheckFailed('%s: shape %s in Keras, %s in the file' % (name, tuple(variable.shape), value.shape))",
    '        variable.assign(value)',
    '    return len(names)',
    '',
    '',
    'def relative_error(a, b):',
    '    """||a - b|| / ||b||, over every value."""',
    "    a = np.asarray(a, dtype='float64')",
    "    b = np.asarray(b, dtype='float64')",
    '    return float(np.linalg.norm(a - b) / max(np.linalg.norm(b), 1e-30))',
    '',
    '',
    'def to_tflite(model, x, path):',
    '    """Converts the model to TensorFlow Lite, saves it, and checks its outputs on x."""',
    '    converter = tf.lite.TFLiteConverter.from_keras_model(model)',
    '    content = converter.convert()',
    "    with open(path, 'wb') as f:",
    '        f.write(content)',
    '    interpreter = tf.lite.Interpreter(model_content=content)',
    '    entry = interpreter.get_input_details()[0]',
    "    interpreter.resize_tensor_input(entry['index'], x.shape)",
    '    interpreter.allocate_tensors()',
    "    interpreter.set_tensor(entry['index'], x)",
    '    interpreter.invoke()',
    "    output = interpreter.get_tensor(interpreter.get_output_details()[0]['index'])",
    '    error = relative_error(output, model(x, training=False))',
    "    print('Saved %s (%d bytes): its outputs differ from Keras\\'s by %.2e (relative).' % (path, len(content), error))",
    '    if not error < TOLERANCE:',
    "        raise CheckFailed('the TFLite model does not give the outputs of the Keras model (%.2e)' % error)",
    "    return {'path': path, 'error': error}",
    '',
    '',
    "NEXT = '''",
    'What next:',
    '  - Train on your own data: fit_your_data(model, ...) in this script says what x and y are.',
    '  - The model was built and compiled inside tf.distribute.MirroredStrategy(): on a machine',
    '    with several GPUs the same script trains on all of them (each batch is split between',
    '    them; scale the batch with strategy.num_replicas_in_sync).',
    "  - Load the saved model elsewhere: keras.models.load_model(path, custom_objects={'TCN': TCN}).",
    '  - TensorFlow Lite: run again with --tflite.',
    "'''",
    '',
    '',
    'def steps(args, report):',
    '    doc = read_weights(args.weights)',
    "    check = doc['check']",
    "    x = np.asarray(check['x'], dtype='float32').reshape(check['xShape'])",
    "    expected = np.asarray(check['output'], dtype='float32').reshape(check['outputShape'])",
    `    y = np.asarray(check['y'], dtype='float32').reshape(check['yShape'])${task.crossentropy ? ".astype('int32')" : ''}`,
    "    mask = np.asarray(check['lossMask'], dtype='float32').reshape(check['xShape'][:2])",
    '',
    "    # 1. Built and compiled inside the strategy's scope: every GPU of the machine trains.",
    '    strategy = tf.distribute.MirroredStrategy()',
    "    print('Devices (replicas):', strategy.num_replicas_in_sync)",
    '    with strategy.scope():',
    '        model = build_model()',
    '        compile_model(model)',
    '        check_structure(model, report)',
    "        # 2. The playground's weights, by name.",
    "        count = assign_weights(model, doc['weights'])",
    "    print(\"Loaded the playground's %d variables (after step %d).\" % (count, doc['step']))",
    '    output = model(x, training=False)',
    '    error = relative_error(output, expected)',
    "    report['output_error'] = error",
    "    print('Outputs on %d held-out sequences: ||keras - playground|| / ||playground|| = %.2e (limit %.0e)'",
    '          % (len(x), error, TOLERANCE))',
    '    if not error < TOLERANCE:',
    '        raise CheckFailed("Keras does not give the playground\'s outputs (relative error %.2e)" % error)',
    `    weights = ${demoWeights}`,
    '    if weights is not None and not np.array_equal(weights, mask):',
    '        raise CheckFailed("the script\'s loss weights differ from the playground\'s loss mask")',
    '    loss = float(make_loss()(y, output, sample_weight=weights))',
    "    report.update(loss=loss, playground_loss=check['loss'])",
    "    print('Loss on them: %.6g in Keras, %.6g in the playground.' % (loss, check['loss']))",
    "    if not abs(loss - check['loss']) <= 1e-3 * abs(check['loss']) + 1e-6:",
    '        raise CheckFailed("the loss differs from the playground\'s")',
    '',
    '    # 3. Training goes on (a demonstration on the same sequences; see fit_your_data).',
    "    print('model.fit: %d steps on these %d sequences ...' % (args.fit_steps, len(x)))",
    '    history = model.fit(x, y, sample_weight=weights, batch_size=len(x), epochs=args.fit_steps,',
    '                        shuffle=False, verbose=0)',
    "    losses = [float(v) for v in history.history['loss']]",
    "    report['fit_losses'] = losses",
    "    print('  loss after each step:', ', '.join('%.5g' % v for v in losses))",
    '    if not np.all(np.isfinite(losses)):',
    "        raise CheckFailed('model.fit gave a loss that is not finite')",
    '',
    '    # 4. Saved in Keras format and loaded back.',
    '    model.save(args.save)',
    "    reloaded = keras.models.load_model(args.save, custom_objects={'TCN': TCN})",
    '    error = relative_error(reloaded(x, training=False), model(x, training=False))',
    '    report.update(saved=args.save, reload_error=error)',
    "    print('Saved %s and loaded it back: outputs differ by %.2e (relative).' % (args.save, error))",
    '    if not error < TOLERANCE:',
    "        raise CheckFailed('the reloaded model gives other outputs (%.2e)' % error)",
    '',
    '    # 5. TensorFlow Lite, when asked for.',
    '    if args.tflite:',
    "        report['tflite'] = to_tflite(model, x, os.path.splitext(args.save)[0] + '.tflite')",
    '    print(NEXT)',
    '',
    '',
    'def run(argv=None):',
    '    """The steps of the docstring; a report (a dict; ok: every check passed)."""',
    '    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])',
    "    parser.add_argument('--weights', default=WEIGHTS_FILE,",
    "                        help='the weights file (default: %s)' % (WEIGHTS_FILE or 'inside this script'))",
    "    parser.add_argument('--fit-steps', type=int, default=5, help='model.fit steps (default 5)')",
    "    parser.add_argument('--save', default=os.path.splitext(os.path.abspath(__file__))[0] + '.keras',",
    "                        help='where to save the Keras model (default: this script\\'s name, .keras)')",
    "    parser.add_argument('--tflite', action='store_true', help='also convert to TensorFlow Lite')",
    '    args = parser.parse_args(argv)',
    "    report = {'ok': False}",
    '    try:',
    '        steps(args, report)',
    "        report['ok'] = True",
    '    except CheckFailed as failure:',
    "        print('FAILED:', failure)",
    "        report['error'] = str(failure)",
    '    return report',
    '',
    '',
    'def main(argv=None):',
    "    return 0 if run(argv)['ok'] else 1",
    '',
    '',
    "if __name__ == '__main__':",
    '    sys.exit(main())',
  ];
}

/** The run() of a script without weights: build, compile, and check the structure. */
export function kerasCheckOnlyPython(): string[] {
  return [
    '',
    '',
    'def run(argv=None):',
    '    """Builds and compiles the model and checks it against the playground\'s; a report."""',
    '    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)',
    '    strategy = tf.distribute.MirroredStrategy()',
    '    with strategy.scope():',
    '        model = build_model()',
    '        compile_model(model)',
    '    model.summary()',
    '    report = {}',
    '    try:',
    '        check_structure(model, report)',
    '    except CheckFailed as failure:',
    "        print('FAILED:', failure)",
    '        report.update(ok=False, error=str(failure))',
    '        return report',
    "    print('Next: train in the playground and export again, for a script that loads its weights.')",
    "    report['ok'] = True",
    '    return report',
    '',
    '',
    'def main(argv=None):',
    "    return 0 if run(argv)['ok'] else 1",
    '',
    '',
    "if __name__ == '__main__':",
    '    sys.exit(main())',
  ];
}
