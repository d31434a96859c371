// keras-tcn's training-step time for a playground configuration, for `npm run bench` to set
// beside the playground's own: runs bench/keras_step.py (see its docstring) with a Python that
// has TensorFlow, and keras-tcn's source from ../shared/reference/keras-tcn on PYTHONPATH.
//
//   const keras = await kerasTcnStep(parseFragment(fragment).config, { steps: 5, warmup: 2 });
//   if ('msPerStep' in keras) ratio = playgroundMsPerStep / keras.msPerStep;
//   else log(`keras-tcn: unavailable — ${keras.unavailable}`);
//
// The Python: $TCN_PYTHON if set, else .venv-tf/bin/python in the project root if it exists,
// else python3. Never throws and never makes up a number: when there is no such Python, no
// TensorFlow, no keras-tcn source, or the run fails, the answer is { unavailable: reason }.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment, type PlaygroundConfig } from '../src/config/playgroundConfig';
import { taskInfo } from '../src/tasks/tasks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = join(ROOT, 'bench/keras_step.py');
/** keras-tcn's source (not pip-installable here): the folder that holds the `tcn` package. */
export const KERAS_TCN_PATH = resolve(ROOT, '../shared/reference/keras-tcn');

export interface KerasStepResult {
  /** Median wall time of one model.train_on_batch over the timed steps. */
  msPerStep: number;
  tensorflow: string;
  keras?: string | null;
  steps: number;
  warmup: number;
  /** Keras's parameter count of the model (TCN + Dense head). */
  params?: number;
  /** TensorFlow's thread pools (its default threading: one thread per usable CPU). */
  threads: { intraOp: number; interOp: number; setting: string; cpus: number };
  /** The Python that ran it. */
  python: string;
}

export interface KerasStepOptions {
  steps: number;
  warmup: number;
  /** Limit for the whole Python run (TensorFlow's import included); 300 s unless given. */
  timeoutMs?: number;
}

/** The Python to use and where the choice came from. */
export function kerasPython(): { python: string; from: string } {
  const fromEnv = process.env.TCN_PYTHON;
  if (fromEnv) return { python: fromEnv, from: 'TCN_PYTHON' };
  const venv = join(ROOT, '.venv-tf/bin/python');
  if (existsSync(venv)) return { python: venv, from: '.venv-tf' };
  return { python: 'python3', from: 'PATH' };
}

/** The object bench/keras_step.py reads: the playground's fragment keys, with the shapes. */
export function kerasStepInput(config: PlaygroundConfig, opts: KerasStepOptions) {
  const { tcn, task, train } = config;
  const info = taskInfo(task);
  return {
    task: task.name,
    seq_len: task.seq_len,
    input_dim: info.inputDim,
    output_dim: info.outputDim,
    loss: info.loss,
    nb_filters: tcn.nb_filters,
    kernel_size: tcn.kernel_size,
    nb_stacks: tcn.nb_stacks,
    dilations: tcn.dilations,
    padding: tcn.padding,
    use_skip_connections: tcn.use_skip_connections,
    dropout_rate: tcn.dropout_rate,
    return_sequences: tcn.return_sequences,
    activation: tcn.activation,
    kernel_initializer: tcn.kernel_initializer,
    use_batch_norm: tcn.use_batch_norm,
    use_layer_norm: tcn.use_layer_norm,
    use_weight_norm: tcn.use_weight_norm,
    go_backwards: tcn.go_backwards,
    batch_size: train.batch_size,
    optimizer: train.optimizer,
    learning_rate: train.learning_rate,
    momentum: train.momentum,
    clipnorm: train.clipnorm,
    seed: train.seed,
    steps: opts.steps,
    warmup: opts.warmup,
  };
}

interface Ran {
  code: number | string | null;
  stdout: string;
  stderr: string;
  error?: string;
}

function run(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Ran> {
  return new Promise((done) => {
    try {
      execFile(
        file,
        args,
        { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, cwd: ROOT },
        (error, stdout, stderr) => {
          const err = error as (NodeJS.ErrnoException & { killed?: boolean }) | null;
          done({
            code: err ? (err.code ?? null) : 0,
            stdout: String(stdout),
            stderr: String(stderr),
            error: err
              ? err.killed
                ? `timed out after ${Math.round(timeoutMs / 1000)} s`
                : err.message.split('\n')[0]
              : undefined,
          });
        },
      );
    } catch (error) {
      done({ code: null, stdout: '', stderr: '', error: String((error as Error).message) });
    }
  });
}

/** The last line of the output that reads as a JSON object, or null. */
function lastJson(stdout: string): Record<string, unknown> | null {
  const lines = stdout.split('\n').filter((l) => l.trim().startsWith('{'));
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const value: unknown = JSON.parse(lines[i]);
      if (value && typeof value === 'object') return value as Record<string, unknown>;
    } catch {
      // not JSON: look further up
    }
  }
  return null;
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-1)[0]
    ?.slice(0, 300) ?? '';

/**
 * keras-tcn's training-step time (model.train_on_batch) on the shapes of `config` (a
 * PlaygroundConfig, or a URL fragment read with parseFragment), or why it is unavailable.
 */
export async function kerasTcnStep(
  config: PlaygroundConfig | string,
  opts: KerasStepOptions,
): Promise<KerasStepResult | { unavailable: string }> {
  try {
    const playground = typeof config === 'string' ? parseFragment(config).config : config;
    if (!existsSync(join(KERAS_TCN_PATH, 'tcn'))) {
      return { unavailable: `no keras-tcn source at ${KERAS_TCN_PATH} (its tcn/ folder)` };
    }
    const { python, from } = kerasPython();
    const env = {
      ...process.env,
      PYTHONPATH: [KERAS_TCN_PATH, process.env.PYTHONPATH].filter(Boolean).join(delimiter),
      PYTHONDONTWRITEBYTECODE: '1',
      TF_CPP_MIN_LOG_LEVEL: process.env.TF_CPP_MIN_LOG_LEVEL ?? '2',
    };
    // Quick: finds the package without importing it (TensorFlow's import takes seconds).
    const check = await run(
      python,
      ['-c', "import importlib.util,sys; sys.exit(importlib.util.find_spec('tensorflow') is None)"],
      env,
      30_000,
    );
    if (check.error) {
      const why = check.code === 1 ? 'has no tensorflow module' : `could not run (${check.error})`;
      return { unavailable: `${python} (from ${from}) ${why}` };
    }
    const input = JSON.stringify(kerasStepInput(playground, opts));
    const ran = await run(python, [SCRIPT, input], env, opts.timeoutMs ?? 300_000);
    const out = lastJson(ran.stdout);
    if (out && typeof out.error === 'string') {
      return { unavailable: `keras_step.py: ${out.error}` };
    }
    if (ran.error || !out) {
      const detail = lastLine(ran.stderr) || lastLine(ran.stdout);
      return {
        unavailable: `keras_step.py failed: ${ran.error ?? 'no JSON result'}${detail ? ` — ${detail}` : ''}`,
      };
    }
    if (typeof out.msPerStep !== 'number' || !Number.isFinite(out.msPerStep)) {
      return { unavailable: `keras_step.py gave no step time: ${JSON.stringify(out)}` };
    }
    return { ...(out as unknown as Omit<KerasStepResult, 'python'>), python };
  } catch (error) {
    return { unavailable: `keras-tcn step failed: ${String((error as Error)?.message ?? error)}` };
  }
}
