// The run in keras-tcn: a Python script that builds the playground's model (TCN + Dense head)
// with keras-tcn, compiles it with the same optimizer and loss, and checks that Keras counts the
// same parameters and names the same variables. Given the trained weights and a held-out check
// (Trainer.exportCheck), it also loads the weights by name, checks that Keras gives the
// playground's outputs and loss, trains on with model.fit, saves a .keras file and loads it back
// (./kerasScriptPython holds that part of the Python). Plain TypeScript: the page, the worker
// and the CLI all call it.
import { outputChannels, type TcnConfig } from '../engine/config';
import { describeTcnVariables, parameterCount } from '../engine/variables';
import { t } from '../i18n/core';
import { taskInfo, type TaskInfo } from '../tasks/tasks';
import { compactFragment } from './link';
import { pyBool, pyFloat, pyInts, pyStr, float32Numbers, jsonForPython } from './pythonText';
import { configProblems, type PlaygroundConfig } from './schema';
import {
  kerasCheckOnlyPython,
  kerasRunPython,
  kerasStructurePython,
  type PythonTask,
} from './kerasScriptPython';
import { weightsFile, type ExportCheck, type WeightSnapshot } from './weightsFile';

/** What a trained export carries: every weight, and the held-out check the script verifies. */
export interface TrainedModel {
  snapshot: WeightSnapshot;
  check: ExportCheck;
}

export interface KerasScriptOptions {
  /**
   * Where a trained export puts the weights: `inline` in the script, `beside` it in a file of
   * its own (kerasWeightsFileName), or `auto` (the default): inline up to
   * INLINE_WEIGHTS_MAX_BYTES, beside for a bigger model.
   */
  weights?: 'inline' | 'beside' | 'auto';
  /** The script's file name; the weights file is named after it. */
  scriptFile?: string;
}

export type KerasExport =
  | {
      ok: true;
      script: string;
      scriptFile: string;
      /** The file to save beside the script (a trained export whose weights are not inline). */
      weightsFile: { name: string; text: string } | null;
      warnings: string[];
    }
  | { ok: false; errors: string[] };

export const KERAS_SCRIPT_FILE = 'tcn_playground.py';
/** Weights up to this size (as JSON) go inside the script, so that one file is enough. */
export const INLINE_WEIGHTS_MAX_BYTES = 1_000_000;
/** Outputs of the two frameworks must agree to this, norm-wise: ‖keras − playground‖ / ‖playground‖. */
export const OUTPUT_TOLERANCE = 1e-4;

/** `tcn_playground.py` → `tcn_playground.weights.json`. */
export const kerasWeightsFileName = (scriptFile: string) =>
  `${scriptFile.replace(/\.py$/i, '')}.weights.json`;

/** keras-tcn's TCN(...) keyword arguments for `tcn`, in keras-tcn's signature order. */
export function tcnArguments(tcn: TcnConfig): [string, string][] {
  return [
    ['nb_filters', Array.isArray(tcn.nb_filters) ? pyInts(tcn.nb_filters) : String(tcn.nb_filters)],
    ['kernel_size', String(tcn.kernel_size)],
    ['nb_stacks', String(tcn.nb_stacks)],
    ['dilations', pyInts(tcn.dilations)],
    ['padding', pyStr(tcn.padding)],
    ['use_skip_connections', pyBool(tcn.use_skip_connections)],
    ['dropout_rate', pyFloat(tcn.dropout_rate)],
    ['return_sequences', pyBool(tcn.return_sequences)],
    ['activation', pyStr(tcn.activation)],
    ['kernel_initializer', pyStr(tcn.kernel_initializer)],
    ['use_batch_norm', pyBool(tcn.use_batch_norm)],
    ['use_layer_norm', pyBool(tcn.use_layer_norm)],
    ['go_backwards', pyBool(tcn.go_backwards)],
  ];
}

function optimizerExpression(train: PlaygroundConfig['train']): string {
  const clip = train.clipnorm > 0 ? `, clipnorm=${pyFloat(train.clipnorm)}` : '';
  const lr = `learning_rate=${pyFloat(train.learning_rate)}`;
  switch (train.optimizer) {
    case 'adam':
      return `keras.optimizers.Adam(${lr}, beta_1=0.9, beta_2=0.999, epsilon=1e-07${clip})`;
    case 'rmsprop':
      return `keras.optimizers.RMSprop(${lr}, rho=0.9, momentum=0.0, epsilon=1e-07${clip})`;
    case 'sgd':
      return `keras.optimizers.SGD(${lr}, momentum=${pyFloat(train.momentum)}${clip})`;
  }
}

/**
 * The playground's loss as a Keras loss. A per-step MSE is averaged over the steps that count
 * (sample_weight 1; the lag task's first steps and a series' tail weigh 0), as the playground's
 * is: Keras's mean_with_sample_weight reduction divides by the weights' sum.
 */
function lossExpression(info: TaskInfo): string {
  if (info.loss === 'crossentropy')
    return 'keras.losses.SparseCategoricalCrossentropy(from_logits=True)';
  return info.perStep
    ? "keras.losses.MeanSquaredError(reduction='mean_with_sample_weight')"
    : 'keras.losses.MeanSquaredError()';
}

/** Every variable of the playground's model (TCN and head), in keras-tcn's order, with shapes. */
function expectedVariables(config: PlaygroundConfig, info: TaskInfo) {
  const channels = outputChannels(config.tcn);
  return [
    ...describeTcnVariables(config.tcn).map((v) => ({
      name: v.name,
      shape: v.shape,
      trainable: v.trainable,
    })),
    { name: 'dense/kernel', shape: [channels, info.outputDim], trainable: true },
    { name: 'dense/bias', shape: [info.outputDim], trainable: true },
  ];
}

const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;
const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Why these trained weights and check cannot go with this configuration's script (none: []). */
function trainedProblems(config: PlaygroundConfig, info: TaskInfo, trained: TrainedModel) {
  const errors: string[] = [];
  if (config.train.model !== 'tcn') {
    errors.push(
      t('messages.export.baselineTrained', {
        network: config.train.model.toUpperCase(),
        setting: `train.model=${config.train.model}`,
      }),
    );
    return errors;
  }
  const expected = expectedVariables(config, info);
  const given = new Map(trained.snapshot.weights.map((w) => [w.name, w]));
  for (const want of expected) {
    const w = given.get(want.name);
    if (!w) errors.push(t('messages.export.weightMissing', { name: want.name }));
    else if (shapeText(w.shape) !== shapeText(want.shape))
      errors.push(
        t('messages.export.weightShape', {
          name: want.name,
          given: shapeText(w.shape),
          expected: shapeText(want.shape),
        }),
      );
    else if (w.data.length !== size(w.shape))
      errors.push(
        t('messages.export.weightSize', {
          name: want.name,
          given: w.data.length,
          size: size(w.shape),
        }),
      );
  }
  const names = new Set(expected.map((v) => v.name));
  const extra = trained.snapshot.weights.filter((w) => !names.has(w.name)).map((w) => w.name);
  if (extra.length) errors.push(t('messages.export.weightsExtra', { names: extra.join(', ') }));
  const { check } = trained;
  const [b, steps, channels] = check.xShape;
  if (steps !== config.task.seq_len || channels !== info.inputDim)
    errors.push(
      t('messages.export.checkShape', {
        shape: shapeText(check.xShape),
        seqLen: config.task.seq_len,
        inputDim: info.inputDim,
      }),
    );
  if (check.x.length !== b * steps * channels) errors.push(t('messages.export.checkInputSize'));
  if (check.output.length !== size(check.outputShape) || check.outputShape[0] !== b)
    errors.push(t('messages.export.checkOutputSize'));
  if (check.y.length !== size(check.yShape) || check.lossMask.length !== b * steps)
    errors.push(t('messages.export.checkTargetSize'));
  return errors;
}

/**
 * The script for `config`. Without `trained`: it builds the model and checks its parameters and
 * variables (Keras's own initial weights). With `trained`: it also loads those weights and
 * checks Keras's outputs against the playground's on the held-out check, then trains on, saves
 * and reloads (see the script's docstring).
 */
export function kerasScript(
  config: PlaygroundConfig,
  trained?: TrainedModel,
  options: KerasScriptOptions = {},
): KerasExport {
  const { tcn, task, train } = config;
  if (tcn.use_weight_norm)
    return { ok: false, errors: [t('messages.export.weightNorm', { variable: 'g' })] };
  const problems = configProblems(config);
  const blocking = problems.filter((p) => p.kind !== 'tab-limit');
  if (blocking.length) return { ok: false, errors: blocking.map((p) => `${p.key}: ${p.message}`) };
  const warnings = problems.map((p) =>
    t('messages.export.pageLimitOnly', { setting: p.key, message: p.message }),
  );
  const info = taskInfo(task);
  if (trained) {
    const errors = trainedProblems(config, info, trained);
    if (errors.length) return { ok: false, errors };
  }
  const scriptFile = options.scriptFile ?? KERAS_SCRIPT_FILE;

  const channels = outputChannels(tcn);
  const head = channels * info.outputDim + info.outputDim;
  const tcnParams = parameterCount(tcn);
  const expected = expectedVariables(config, info)
    .filter((v) => v.trainable)
    .map((v) => v.name);
  const pythonTask: PythonTask = {
    name: task.name,
    seqLen: task.seq_len,
    inputDim: info.inputDim,
    outputDim: info.outputDim,
    perStep: info.perStep,
    crossentropy: info.loss === 'crossentropy',
    lag: task.name === 'lag' ? task.lag : null,
    batchSize: train.batch_size,
    horizon: task.name === 'series' ? config.data.horizon : null,
  };

  let weightsLines: string[] = [];
  let besideFile: { name: string; text: string } | null = null;
  if (trained) {
    const doc = weightsFile(
      config,
      {
        step: trained.snapshot.step,
        weights: trained.snapshot.weights.map((w) => ({ ...w, data: float32Numbers(w.data) })),
      },
      {
        ...trained.check,
        x: float32Numbers(trained.check.x),
        output: float32Numbers(trained.check.output),
        y: float32Numbers(trained.check.y),
      },
    );
    const text = jsonForPython(doc);
    const where = options.weights ?? 'auto';
    const inline =
      where === 'inline' || (where === 'auto' && text.length <= INLINE_WEIGHTS_MAX_BYTES);
    if (inline) {
      weightsLines = [
        '# The playground\'s weights and held-out check (the weights file\'s JSON: "weights" by name,',
        '# "check" with the inputs x, the outputs, the targets y and the loss mask).',
        'WEIGHTS_FILE = None',
        `WEIGHTS_JSON = r'''${text}'''`,
      ];
    } else {
      besideFile = { name: kerasWeightsFileName(scriptFile), text: `${text}\n` };
      weightsLines = [
        "# The playground's weights and held-out check, in this file beside the script (--weights",
        '# to read it from elsewhere).',
        `WEIGHTS_FILE = os.path.join(HERE, ${pyStr(besideFile.name)})`,
        'WEIGHTS_JSON = None',
      ];
    }
  }

  const step = trained?.snapshot.step;
  const where = besideFile ? `${besideFile.name} beside this script` : 'this script';
  const docstring = [
    trained
      ? `"""The TCN Playground's model after ${step} training step${step === 1 ? '' : 's'}, rebuilt with keras-tcn.`
      : '"""The TCN Playground model, rebuilt with keras-tcn.',
    '',
    'Generated by the TCN Playground from the configuration',
    `    #${compactFragment(config)}`,
    `Task: ${task.name} (${taskInfo(task, 'en').title}); input [batch, ${task.seq_len}, ${info.inputDim}], output ${info.outputShape}.`,
    'Needs Keras 3 (TensorFlow 2.16 or later) and keras-tcn: pip install tensorflow keras-tcn',
    '',
    ...(trained
      ? [
          `Run:  python ${scriptFile} [--fit-steps N] [--save FILE.keras] [--tflite]${besideFile ? ' [--weights FILE]' : ''}`,
          '',
          '1. Builds the model with keras-tcn inside a tf.distribute.MirroredStrategy scope (every GPU',
          '   of the machine; the CPU when there is none) and checks that Keras counts the',
          "   playground's parameters and names its variables.",
          "2. Loads the playground's weights by variable name (batch norm's moving statistics too)",
          `   from ${where}.`,
          `   Checks that model(x, training=False) gives the playground's outputs on ${trained.check.xShape[0]} held-out`,
          `   sequences, ||keras - playground|| / ||playground|| < ${OUTPUT_TOLERANCE.toExponential(0)}, and its loss.`,
          '3. Trains on: model.fit on those sequences for a few steps, a demonstration (the optimizer',
          '   starts afresh). fit_your_data() below says how to train on your own data.',
          '4. Saves the model in Keras format and loads it back with',
          "   keras.models.load_model(path, custom_objects={'TCN': TCN}), checking the outputs.",
          '5. With --tflite, converts it to TensorFlow Lite as well.',
          'Exits with 1 when a check fails.',
        ]
      : [
          "Initial weights differ from the playground's: the frameworks draw different random numbers.",
          "Export after training (the page's Export tab, or npm run cli -- train --export-keras DIR)",
          "for a script that loads the playground's trained weights and checks Keras's outputs.",
        ]),
    '"""',
  ];

  const lines = [
    '#!/usr/bin/env python3',
    ...docstring,
    'import argparse',
    'import json',
    'import os',
    'import re',
    'import sys',
    '',
    'import numpy as np',
    'import tensorflow as tf',
    'from tensorflow import keras',
    'from tcn import TCN',
    '',
    'HERE = os.path.dirname(os.path.abspath(__file__))',
    '',
    '# What the playground builds for this configuration.',
    `EXPECTED_PARAMS = ${tcnParams + head}  # TCN ${tcnParams} + Dense head ${head} (${channels}*${info.outputDim} + ${info.outputDim})`,
    'EXPECTED_TRAINABLE_VARIABLES = [',
    ...expected.map((name) => `    ${pyStr(name)},`),
    ']',
    `SEQ_LEN = ${task.seq_len}`,
    `INPUT_DIM = ${info.inputDim}`,
    `BATCH_SIZE = ${train.batch_size}  # the playground's batch size`,
    ...(pythonTask.lag !== null
      ? [
          `LAG = ${pythonTask.lag}  # the first LAG steps have no source step: they weigh 0 in the loss`,
        ]
      : []),
    ...(pythonTask.horizon !== null
      ? [`HORIZON = ${pythonTask.horizon}  # each step forecasts the target HORIZON rows later`]
      : []),
    ...(trained
      ? [
          `TOLERANCE = ${OUTPUT_TOLERANCE.toExponential(0)}  # ||keras - playground|| / ||playground||`,
        ]
      : []),
    ...seriesScaling(trained?.check),
    ...(weightsLines.length ? ['', ...weightsLines] : []),
    '',
    '',
    'def build_model():',
    `    """keras-tcn's TCN and the Dense head, as the playground builds them."""`,
    `    inputs = keras.Input(shape=(${task.seq_len}, ${info.inputDim}))`,
    '    x = TCN(',
    ...tcnArguments(tcn).map(([key, value]) => `        ${key}=${value},`),
    "        name='tcn',",
    '    )(inputs)',
    `    outputs = keras.layers.Dense(${info.outputDim}, name='dense')(x)`,
    '    return keras.Model(inputs, outputs)',
    '',
    '',
    'def make_loss():',
    ...lossDocstring(pythonTask),
    `    return ${lossExpression(info)}`,
    '',
    '',
    'def compile_model(model):',
    '    model.compile(',
    `        optimizer=${optimizerExpression(train)},`,
    '        loss=make_loss(),',
    '    )',
    ...kerasStructurePython(),
    ...(trained ? kerasRunPython(pythonTask) : kerasCheckOnlyPython()),
  ];
  return {
    ok: true,
    script: `${lines.join('\n')}\n`,
    scriptFile,
    weightsFile: besideFile,
    warnings,
  };
}

function lossDocstring(task: PythonTask): string[] {
  if (task.crossentropy)
    return [
      '    """The playground\'s loss: cross-entropy of the logits over 10 classes (0 blank, 1-8',
      '    symbols, 9 delimiter) at every step. Its metric is the accuracy over the last ten steps."""',
    ];
  if (!task.perStep)
    return ['    """The playground\'s loss: the MSE of the one answer per sequence."""'];
  return [
    '    """The playground\'s loss: the MSE averaged over the steps that count, those whose',
    '    sample_weight is 1 (see loss_weights)."""',
  ];
}

/** A series' standardisation, for feeding the model the user's own rows. */
function seriesScaling(check: ExportCheck | undefined): string[] {
  const scaling = check?.scaling;
  if (!scaling) return [];
  const pair = (s: { mean: number; std: number }) => `(${pyFloat(s.mean)}, ${pyFloat(s.std)})`;
  return [
    "# The series' columns were standardised with the training part's mean and std: the model",
    '# reads (value - mean) / std and forecasts the standardised target (output * std + mean).',
    'INPUT_SCALING = {',
    ...scaling.inputs.map((s) => `    ${pyStr(s.name)}: ${pair(s)},`),
    '}',
    `TARGET_SCALING = (${pyStr(scaling.target.name)}, ${pyFloat(scaling.target.mean)}, ${pyFloat(scaling.target.std)})`,
  ];
}
