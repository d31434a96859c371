// `npm run cli -- <command>`: the playground's engine and trainer from a terminal.
// This module reads the arguments and the configuration, prints the notices, and dispatches;
// each command lives in its own module and writes through the injected `Io`.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  parseConfigJson,
  parseFragment,
  type Notice,
  type ParsedConfig,
} from '../config/playgroundConfig';
import { configFromPasted, looksPasted } from '../config/applyPasted';
import { runAdvise } from './advise';
import { runExportKeras } from './exportKeras';
import type { Io } from './io';
import { runInspect } from './inspect';
import type { CliBackend } from './train';
import type { DataOptions } from './seriesData';
import { NETWORK_KINDS, type NetworkKind } from '../trainer/networkKinds';

export type { Io } from './io';

/** Exit status of a usage error: a wrong command, option or --config value. */
export const USAGE_ERROR = 2;

export const USAGE = `Usage: npm run cli -- <command> --config <config> [options]

Commands:
  inspect             parameter count, receptive field, variables, variables that cannot get a
                      gradient (with the fixes) and configuration problems. Exit 1 on problems.
  train               trains the TCN plus its Dense head and reports every step.
  advise              the configurations whose receptive field covers --cover N steps (default:
                      what the task needs) with the fewest parameters, each with its fragment.
  export keras        prints a Python script that builds the same model with keras-tcn
                      (untrained: train --export-keras DIR exports the trained one).

Options:
  --config <config>   required. JSON text, a path to a .json file, a URL fragment
                      ("#task=lag&seq_len=96", or "task=lag&seq_len=96"), a whole URL with
                      a fragment, or your keras-tcn code (text or a file): a TCN(...) call, a
                      model's to_json() or a layer's get_config(), read and never run.
                      Unknown, adjusted or not understood keys are reported on stderr.
  --json              inspect, train, advise: machine-readable output (train: one JSON object
                      per step, with the effective receptive field at each held-out evaluation).
  --cover <N>         advise: the steps the receptive field must cover.
  --steps <N>         train: number of optimizer steps (default 100).
  --eval-every <N>    train: held-out evaluation every N steps (default: 20 with --json, else
                      every progress line).
  --samples           train --json: include the held-out sample sequence in held_out.
  --export-keras <d>  train: after training, write the trained model to folder <d> (created):
                      tcn_playground.py, a keras-tcn script, and tcn_playground.weights.json
                      beside it. python <d>/tcn_playground.py loads the weights by name, checks
                      that Keras gives this model's outputs on held-out sequences (to 1e-4),
                      trains on with model.fit (every GPU), saves a .keras file and reloads it.
  --backend <name>    train: wasm (default) or cpu. A configuration's train.backend of wasm or
                      cpu is used when --backend is not given.
  --model <name>      train: tcn (default), lstm, gru or rnn: a recurrent baseline (Keras's
                      LSTM, GRU or SimpleRNN plus the Dense head) with its units chosen so
                      that its parameter count is the TCN's within 10 %, on the same task,
                      batches and optimizer; the same output.
  --data <file>       train: your own series, a CSV or TSV file with a header row (at most
                      50 MB and 200,000 rows). Every step of a window (the configuration's
                      seq_len) forecasts the target --horizon rows later; the last 20 % of rows
                      are held out; the metric is the MSE in the file's units, beside the
                      persistence baseline (repeat the last known value).
  --columns <a,b>     train --data: input columns (default: every number column).
  --target <name>     train --data: the column to forecast (default: the first input).
  --horizon <h>       train --data: rows ahead (default 1).
  --missing <how>     train --data: drop (rows) or carry (the last value forward) for missing
                      values; without it a file with missing values is refused.
  -h, --help          this text.

Exit status: 0 success; 1 configuration problems, a refused export or a training pause;
2 a usage error (unknown command or option, missing or unreadable --config, bad --steps).`;

export class UsageError extends Error {}

export interface CliOptions {
  /** train: the TCN or a recurrent baseline. */
  network?: NetworkKind;
  /** train: a user's series instead of the configuration's task. */
  data: DataOptions | null;
  json: boolean;
  steps: number;
  evalEvery: number | null;
  samples: boolean;
  backend: CliBackend | null;
  /** train: the folder to write the trained model's keras-tcn script and weights into. */
  exportKeras: string | null;
  /** advise: the steps to cover; the task's need when null. */
  cover: number | null;
}

/** Reads `--config`: JSON text, a .json file, a fragment, or a URL with a fragment. */
export function resolveConfig(value: string): ParsedConfig {
  const text = value.trim();
  if (text === '') throw new UsageError('--config is empty.');
  if (looksPasted(text)) return pasted(text, '(pasted TCN)');
  if (text.startsWith('{')) return strictJson(text, '(JSON text)');
  if (text.startsWith('#')) return parseFragment(text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const hash = text.indexOf('#');
    if (hash < 0) {
      throw new UsageError(
        `the URL ${text} has no #fragment: copy the page's address after changing a setting (it then ends in #v=1&…).`,
      );
    }
    return parseFragment(text.slice(hash));
  }
  let isFile = false;
  let statError: NodeJS.ErrnoException | null = null;
  try {
    isFile = statSync(value).isFile();
    if (!isFile) throw new UsageError(`cannot read --config ${value}: it is not a file.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    statError = error as NodeJS.ErrnoException;
  }
  if (isFile) {
    let content: string;
    try {
      content = readFileSync(value, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read --config file ${value}: ${(error as Error).message}`);
    }
    const body = content.replace(/^\uFEFF/, '');
    return looksPasted(body) ? pasted(body, `file ${value}`) : strictJson(body, `file ${value}`);
  }
  if (text.includes('=')) return parseFragment(text);
  if (statError && statError.code !== 'ENOENT') {
    throw new UsageError(`cannot read --config file ${value}: ${statError.message}`);
  }
  throw new UsageError(
    `cannot read --config file ${value}: no such file. --config takes JSON text, a .json file, a URL fragment such as "#task=lag&seq_len=96", a URL with a fragment, or your keras-tcn code: a TCN(...) call, a model's to_json() or a layer's get_config() (text or a file).`,
  );
}

/** parseConfigJson falls back to the defaults on unreadable JSON; here that is an error. */
/** A keras-tcn TCN(...) call, a model's to_json() or a get_config(): read, never run. */
function pasted(text: string, where: string): ParsedConfig {
  const read = configFromPasted(text);
  if (!read.ok) throw new UsageError(`cannot use --config ${where}: ${read.message}`);
  return read.parsed;
}

function strictJson(text: string, where: string): ParsedConfig {
  const parsed = parseConfigJson(text);
  const fatal = parsed.notices.find((n) => n.key === '(file)');
  if (fatal) throw new UsageError(`cannot use --config ${where}: ${fatal.reason}`);
  return parsed;
}

export function formatNotice(notice: Notice): string {
  return `notice: ${notice.key} ${notice.action}: ${notice.reason}`;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number;
function positiveInt(name: string, value: string | undefined, fallback: null): number | null;
function positiveInt(name: string, value: string | undefined, fallback: number | null) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`${name} must be a positive whole number; got "${value}".`);
  }
  return n;
}

type Command = 'inspect' | 'train' | 'export keras' | 'advise';

const OPTIONS_OF: Record<Command, string[]> = {
  inspect: ['config', 'json', 'help'],
  train: [
    'config',
    'json',
    'steps',
    'eval-every',
    'samples',
    'backend',
    'export-keras',
    'model',
    'data',
    'columns',
    'target',
    'horizon',
    'missing',
    'help',
  ],
  'export keras': ['config', 'help'],
  advise: ['config', 'cover', 'json', 'help'],
};

/** Runs the CLI on `argv` (without node and the script); resolves to the exit status. */
export async function main(argv: string[], io: Io, signal?: AbortSignal): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const argsError = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof UsageError) && !argsError) throw error;
    const message = (error as Error).message;
    // Node's own text goes on about positional arguments; its first sentence says it all.
    io.err(
      `error: ${code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? message.split('. ')[0] + '.' : message}`,
    );
    io.err('Run "npm run cli -- --help" for the commands and options.');
    return USAGE_ERROR;
  }
  if (parsed === 'help') {
    io.out(USAGE);
    return 0;
  }
  const { command, configValue, options } = parsed;
  let resolved: ParsedConfig;
  try {
    resolved = resolveConfig(configValue);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    return USAGE_ERROR;
  }
  for (const notice of resolved.notices) io.err(formatNotice(notice));
  switch (command) {
    case 'inspect':
      return runInspect(resolved, { json: options.json }, io);
    case 'export keras':
      return runExportKeras(resolved, io);
    case 'advise':
      return runAdvise(resolved, { cover: options.cover, json: options.json }, io);
    case 'train': {
      // TensorFlow.js and the wasm backend load only for training: inspect and export stay quick.
      const { runTrain } = await import('./train');
      return runTrain(resolved.config, options, io, signal);
    }
  }
}

function parseCommandLine(
  argv: string[],
): 'help' | { command: Command; configValue: string; options: CliOptions } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string' },
      json: { type: 'boolean' },
      steps: { type: 'string' },
      'eval-every': { type: 'string' },
      samples: { type: 'boolean' },
      'export-keras': { type: 'string' },
      backend: { type: 'string' },
      model: { type: 'string' },
      data: { type: 'string' },
      columns: { type: 'string' },
      target: { type: 'string' },
      horizon: { type: 'string' },
      missing: { type: 'string' },
      cover: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length === 0) {
    if (values.help) return 'help';
    throw new UsageError('no command given: use inspect, train, advise or export keras.');
  }
  let command: Command;
  const [first, second, ...rest] = positionals;
  if (first === 'inspect' || first === 'train' || first === 'advise') {
    command = first;
    rest.unshift(...(second === undefined ? [] : [second]));
  } else if (first === 'export') {
    if (second !== 'keras') {
      throw new UsageError(
        second === undefined
          ? 'export needs a format: export keras.'
          : `cannot export to "${second}": the only format is keras.`,
      );
    }
    command = 'export keras';
  } else {
    throw new UsageError(`unknown command "${first}": use inspect, train, advise or export keras.`);
  }
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" after ${command}.`);
  if (values.help) return 'help';
  for (const key of Object.keys(values)) {
    if (!OPTIONS_OF[command].includes(key)) {
      throw new UsageError(`--${key} is not an option of ${command}.`);
    }
  }
  if (values.config === undefined) {
    throw new UsageError(
      `${command} needs --config: JSON text, a .json file, or a URL fragment such as "#task=lag&seq_len=96".`,
    );
  }
  let backend: CliBackend | null = null;
  if (values.backend !== undefined) {
    if (values.backend !== 'wasm' && values.backend !== 'cpu') {
      throw new UsageError(`--backend must be wasm or cpu; got "${values.backend}".`);
    }
    backend = values.backend;
  }
  if (values.model !== undefined && !(NETWORK_KINDS as readonly string[]).includes(values.model)) {
    throw new UsageError(`--model must be tcn, lstm, gru or rnn; got "${values.model}".`);
  }
  if (values.data === undefined) {
    for (const key of ['columns', 'target', 'horizon', 'missing'] as const) {
      if (values[key] !== undefined) throw new UsageError(`--${key} goes with --data.`);
    }
  }
  if (values.missing !== undefined && values.missing !== 'drop' && values.missing !== 'carry') {
    throw new UsageError(`--missing must be drop or carry; got "${values.missing}".`);
  }
  const data: DataOptions | null =
    values.data === undefined
      ? null
      : {
          path: values.data,
          columns: values.columns
            ? values.columns
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean)
            : null,
          target: values.target ?? null,
          horizon: positiveInt('--horizon', values.horizon, 1),
          missing: values.missing ?? 'refuse',
        };
  return {
    command,
    configValue: values.config,
    options: {
      network: values.model as NetworkKind | undefined,
      data,
      json: values.json ?? false,
      steps: positiveInt('--steps', values.steps, 100),
      evalEvery: positiveInt('--eval-every', values['eval-every'], null),
      samples: values.samples ?? false,
      backend,
      exportKeras: exportFolder(values['export-keras']),
      cover: positiveInt('--cover', values.cover, null),
    },
  };
}

function exportFolder(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (value.trim() === '') throw new UsageError('--export-keras needs a folder.');
  return value;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const io: Io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  process.exitCode = await main(process.argv.slice(2), io, controller.signal);
}
