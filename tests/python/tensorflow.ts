// Real TensorFlow for the tests that check a claim in Python: .venv-tf/bin/python in the project
// root (TensorFlow 2.21 with Keras 3), made when missing with
// `python3 -m venv .venv-tf && .venv-tf/bin/pip install --retries 0 --timeout 3 tensorflow-cpu`;
// a test that needs it fails, never skips, when it cannot be made. keras-tcn cannot be
// pip-installed here: its source is ../shared/reference/keras-tcn, put on PYTHONPATH.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VENV = join(ROOT, '.venv-tf');
export const PYTHON = join(VENV, 'bin/python');
/** keras-tcn's source (it cannot be pip-installed here): the folder holding the `tcn` package. */
export const KERAS_TCN = resolve(ROOT, '../shared/reference/keras-tcn');

/** Runs a program; resolves with its exit status and output (never rejects on a failure). */
export function runProcess(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env: options.env ?? process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: null, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

export const tail = (text: string, lines = 40) => text.split('\n').slice(-lines).join('\n');

/** .venv-tf with TensorFlow, made when missing; throws (the test fails) when it cannot be. */
export async function ensurePython(): Promise<void> {
  // Test files run in parallel: one makes the environment, the others wait for it.
  const lock = `${VENV}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any install is left over from a run that was killed.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_WAIT_MS) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_WAIT_MS)
        throw new Error(`waited ${LOCK_WAIT_MS / 60_000} min for ${lock} to go`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
  try {
    await makePython();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The longest another test file may take to make the environment. */
const LOCK_WAIT_MS = 10 * 60_000;

async function makePython(): Promise<void> {
  const hasTensorflow = async () =>
    existsSync(PYTHON) &&
    (await runProcess(PYTHON, ['-c', 'import tensorflow, keras; assert keras.__version__ >= "3"'], {
      timeoutMs: 120_000,
    }).then((r) => r.code === 0));
  if (await hasTensorflow()) return;
  if (!existsSync(PYTHON)) {
    const venv = await runProcess('python3', ['-m', 'venv', VENV], { timeoutMs: 120_000 });
    if (venv.code !== 0) throw new Error(`python3 -m venv .venv-tf failed:\n${tail(venv.output)}`);
  }
  const pip = await runProcess(
    join(VENV, 'bin/pip'),
    ['install', '--retries', '0', '--timeout', '3', 'tensorflow-cpu'],
    { timeoutMs: 480_000 },
  );
  if (pip.code !== 0 || !(await hasTensorflow()))
    throw new Error(
      `.venv-tf has no TensorFlow and pip could not install it (${PYTHON}):\n${tail(pip.output)}`,
    );
}
