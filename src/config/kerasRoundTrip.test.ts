// The keras-tcn export, proven in real TensorFlow: for each configuration below, the Trainer
// trains a few steps in Node (wasm), the trained model is exported with its held-out check
// (kerasScript), and the script runs under TensorFlow + Keras 3 with keras-tcn's source
// (../shared/reference/keras-tcn). Every script must find the same parameter count and variable
// names, give the playground's outputs to 1e-4 (norm-wise) and its loss, run model.fit, and give
// the same outputs after saving and reloading with custom_objects. One Python process runs them
// all (TensorFlow's import is the slow part); one script also runs as a program, with a broken
// weight, to see it fail with exit status 1.
//
// The Python is .venv-tf/bin/python in the project root; when it is missing the test creates it
// (python3 -m venv .venv-tf && .venv-tf/bin/pip install tensorflow-cpu) and fails when it cannot.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeries } from '../cli/seriesData';
import { seasonalSeries } from '../data/synthetic';
import { parameterCount } from '../engine/variables';
import { outputChannels } from '../engine/config';
import { seriesSource } from '../trainer/batchSource';
import { Trainer } from '../trainer/trainer';
import { kerasScript, type KerasScriptOptions } from './kerasScript';
import { parseFragment, type PlaygroundConfig } from './playgroundConfig';
import { KERAS_TCN, PYTHON, ensurePython, runProcess, tail } from '../../tests/python/tensorflow';

const STEPS = 12;
const FIT_STEPS = 3;

interface Case {
  label: string;
  fragment: string;
  weights?: KerasScriptOptions['weights'];
  /** A series from this CSV text instead of the configuration's task. */
  csv?: { text: string; horizon: number };
}

const CASES: Case[] = [
  {
    label: 'the keras-tcn gradient case (matching_conv1D gets no gradient)',
    fragment:
      '#v=1&task=lag&seq_len=128&lag=4&input_dim=4&nb_filters=2&kernel_size=91&nb_stacks=1&dilations=1&use_skip_connections=true',
    weights: 'beside',
  },
  {
    label: 'batch norm (moving statistics after training)',
    fragment:
      '#task=lag&seq_len=48&lag=6&nb_filters=8&kernel_size=3&dilations=1,2,4&use_batch_norm=true&batch_size=8',
  },
  {
    label: 'layer norm, sine task on 3 channels, tanh',
    fragment:
      '#task=sine&seq_len=40&input_dim=3&nb_filters=6&kernel_size=3&dilations=1,2,4&use_layer_norm=true&activation=tanh&batch_size=8',
  },
  {
    label: "padding='same', copy_memory (logits), go_backwards",
    fragment:
      '#task=copy_memory&seq_len=30&nb_filters=8&kernel_size=3&dilations=1,2,4,8&padding=same&go_backwards=true&batch_size=8',
  },
  {
    label: 'return_sequences=false (adding task)',
    fragment:
      '#task=adding&seq_len=40&return_sequences=false&nb_filters=6&kernel_size=4&dilations=1,2,4,8&batch_size=8',
    weights: 'beside',
  },
  {
    label: "return_sequences=false with padding='same' (the middle step)",
    fragment:
      '#task=adding&seq_len=33&return_sequences=false&padding=same&nb_filters=5&kernel_size=3&dilations=1,2,4&batch_size=8',
  },
  {
    label: 'three stacks, no skip connections, dropout, RMSprop',
    fragment:
      '#task=lag&seq_len=48&lag=10&nb_filters=5&kernel_size=2&nb_stacks=3&dilations=1,2,4&use_skip_connections=false&dropout_rate=0.1&optimizer=rmsprop&learning_rate=0.002&batch_size=8',
  },
  {
    label: 'a filter list, SGD with momentum',
    fragment:
      '#task=sine&seq_len=32&nb_filters=4,6,8&dilations=1,2,4&use_skip_connections=false&optimizer=sgd&momentum=0.9&learning_rate=0.01&batch_size=8',
  },
  {
    label: 'a series whose last steps have no target (masked tail)',
    fragment: '#task=lag&seq_len=12&nb_filters=4&kernel_size=2&dilations=1,2,4&batch_size=8',
    csv: { text: seasonalSeries(120, 12, 0.3, 2), horizon: 6 },
  },
];

interface Report {
  ok: boolean;
  error?: string;
  params?: number;
  variables?: string[];
  trainable_variables?: string[];
  output_error?: number;
  loss?: number;
  playground_loss?: number;
  fit_losses?: number[];
  reload_error?: number;
  tflite?: { path: string; error: number };
  seconds: number;
}

/** Imports every script and calls its run(): one TensorFlow import for them all. */
const RUNNER = String.raw`
import importlib.util, json, os, sys, time
import keras
out, fit_steps, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
reports = []
for path in paths:
    keras.backend.clear_session()
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    args = ['--fit-steps', fit_steps] + (['--tflite'] if name == 'case0' else [])
    started = time.time()
    print('==== %s' % path, flush=True)
    report = module.run(args)
    report['seconds'] = time.time() - started
    reports.append(report)
with open(out, 'w') as f:
    json.dump(reports, f)
`;

const folder = mkdtempSync(join(tmpdir(), 'tcn-keras-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
});

/** Trains `STEPS` steps and exports the trained model with its held-out check. */
async function exported(c: Case, index: number) {
  let config: PlaygroundConfig = parseFragment(c.fragment).config;
  let source;
  if (c.csv) {
    const csv = join(folder, `series${index}.csv`);
    writeFileSync(csv, c.csv.text);
    const loaded = loadSeries(
      { path: csv, columns: null, target: null, horizon: c.csv.horizon, missing: 'refuse' },
      config,
    );
    if ('problems' in loaded) throw new Error(loaded.problems.join(' '));
    config = loaded.config;
    source = seriesSource(loaded.series, loaded.name, config.train.data_seed);
  }
  const trainer = Trainer.create(config, 1000, { source });
  try {
    for (let i = 0; i < STEPS; i++) {
      const result = await trainer.trainStep();
      if (!result.ok) throw new Error(result.message);
    }
    const trained = { snapshot: await trainer.snapshot(), check: await trainer.exportCheck() };
    const made = kerasScript(config, trained, {
      weights: c.weights ?? 'inline',
      scriptFile: `case${index}.py`,
    });
    if (!made.ok) throw new Error(made.errors.join(' '));
    const script = join(folder, made.scriptFile);
    writeFileSync(script, made.script);
    if (made.weightsFile) writeFileSync(join(folder, made.weightsFile.name), made.weightsFile.text);
    return { config, trained, script, made };
  } finally {
    trainer.dispose();
  }
}

describe('the keras-tcn export in TensorFlow', () => {
  it(`${CASES.length} trained configurations: same variables, outputs to 1e-4, model.fit, save and reload`, async () => {
    expect(existsSync(join(KERAS_TCN, 'tcn/tcn.py')), `keras-tcn's source in ${KERAS_TCN}`).toBe(
      true,
    );
    const started = performance.now();
    const runs: Awaited<ReturnType<typeof exported>>[] = [];
    for (const [index, c] of CASES.entries()) runs.push(await exported(c, index));
    const exportSeconds = (performance.now() - started) / 1000;
    // The series case must test its masked tail: some held-out step has no target.
    const series = runs[CASES.findIndex((c) => c.csv)];
    expect(series.trained.check.lossMask).toContain(0);
    expect(series.made.ok && series.made.script).toContain('def loss_weights(count, valid_steps):');

    await ensurePython();
    const env = {
      ...process.env,
      PYTHONPATH: [KERAS_TCN, process.env.PYTHONPATH].filter(Boolean).join(':'),
      TF_CPP_MIN_LOG_LEVEL: '2',
      CUDA_VISIBLE_DEVICES: '',
    };
    const reportsFile = join(folder, 'reports.json');
    const pythonStarted = performance.now();
    const python = await runProcess(
      PYTHON,
      ['-c', RUNNER, reportsFile, String(FIT_STEPS), ...runs.map((r) => r.script)],
      { env, timeoutMs: 240_000 },
    );
    const pythonSeconds = (performance.now() - pythonStarted) / 1000;
    expect(python.code, tail(python.output, 80)).toBe(0);
    const reports = JSON.parse(readFileSync(reportsFile, 'utf8')) as Report[];
    expect(reports).toHaveLength(CASES.length);

    const figures: string[] = [];
    reports.forEach((report, i) => {
      const { config, trained } = runs[i];
      const label = CASES[i].label;
      expect(report.error, label).toBeUndefined();
      expect(report.ok, label).toBe(true);
      // Parameters: TCN + Dense head, moving statistics included (Keras's count_params).
      const outputDim = trained.check.outputShape[trained.check.outputShape.length - 1];
      const head = outputChannels(config.tcn) * outputDim + outputDim;
      expect(report.params, label).toBe(parameterCount(config.tcn) + head);
      // Every variable (batch norm's moving statistics too), by name and in the same order.
      expect(report.variables, label).toEqual(trained.snapshot.weights.map((w) => w.name));
      expect(report.output_error!, label).toBeLessThan(1e-4);
      // The same objective: the playground's loss (masked steps left out) on the same sequences.
      expect(Math.abs(report.loss! - trained.check.loss) / trained.check.loss, label).toBeLessThan(
        1e-4,
      );
      expect(report.fit_losses, label).toHaveLength(FIT_STEPS);
      report.fit_losses!.forEach((loss) => expect(Number.isFinite(loss), label).toBe(true));
      expect(report.reload_error!, label).toBeLessThan(1e-4);
      figures.push(
        `${label}: step ${trained.snapshot.step}, ${report.params} parameters, relative output error ${report.output_error!.toExponential(2)}, loss ${report.loss!.toPrecision(6)} (playground ${trained.check.loss.toPrecision(6)}), fit ${report.fit_losses!.map((l) => l.toPrecision(4)).join(' → ')}, reloaded ${report.reload_error!.toExponential(1)}${report.tflite ? `, TFLite ${report.tflite.error.toExponential(2)}` : ''} (${report.seconds.toFixed(1)} s)`,
      );
    });
    expect(reports[0].tflite?.error).toBeLessThan(1e-4);
    console.log(
      [
        `keras-tcn round trip: ${CASES.length} configurations, trained and exported in ${exportSeconds.toFixed(1)} s, checked in TensorFlow in ${pythonSeconds.toFixed(1)} s (one Python process)`,
        ...figures.map((f) => `  ${f}`),
      ].join('\n'),
    );
  }, 600_000);

  it('a script run as a program: exit status 0, and 1 with the figure when a weight is off', async () => {
    await ensurePython();
    const c = CASES[4];
    const { script, made } = await exported(c, 90);
    const env = {
      ...process.env,
      PYTHONPATH: [KERAS_TCN, process.env.PYTHONPATH].filter(Boolean).join(':'),
      TF_CPP_MIN_LOG_LEVEL: '2',
      CUDA_VISIBLE_DEVICES: '',
    };
    // A copy whose weights file has the Dense head's bias moved by 1.
    if (!made.ok || !made.weightsFile) throw new Error('expected a weights file beside');
    const broken = join(folder, 'broken.py');
    writeFileSync(
      broken,
      readFileSync(script, 'utf8').replaceAll(made.weightsFile.name, 'broken.weights.json'),
    );
    const doc = JSON.parse(made.weightsFile.text) as {
      weights: { name: string; data: number[] }[];
    };
    doc.weights.find((w) => w.name === 'dense/bias')!.data[0] += 1;
    writeFileSync(join(folder, 'broken.weights.json'), JSON.stringify(doc));
    const program = String.raw`
import runpy, sys
for path in sys.argv[1:]:
    sys.argv = [path, '--fit-steps', '1']
    try:
        runpy.run_path(path, run_name='__main__')
    except SystemExit as exit:
        print('EXIT %s %s' % (path, exit.code), flush=True)
`;
    const result = await runProcess(PYTHON, ['-c', program, script, broken], {
      env,
      timeoutMs: 180_000,
    });
    expect(result.code, tail(result.output)).toBe(0);
    expect(result.output).toContain(`EXIT ${script} 0`);
    expect(result.output).toContain(`EXIT ${broken} 1`);
    expect(result.output).toMatch(
      /FAILED: Keras does not give the playground's outputs \(relative error \d\.\d\de-0[0-3]\)/,
    );
  }, 600_000);

  it('weight norm stays refused, with its reason', async () => {
    const config = parseFragment(
      '#task=lag&seq_len=16&lag=2&nb_filters=4&dilations=1,2&use_weight_norm=true&batch_size=4',
    ).config;
    const trainer = Trainer.create(config);
    try {
      await trainer.trainStep();
      const made = kerasScript(config, {
        snapshot: await trainer.snapshot(),
        check: await trainer.exportCheck(),
      });
      expect(made.ok).toBe(false);
      if (!made.ok)
        expect(made.errors[0]).toMatch(/^use_weight_norm is on, but keras-tcn has no weight norm/);
    } finally {
      trainer.dispose();
    }
  });
});
