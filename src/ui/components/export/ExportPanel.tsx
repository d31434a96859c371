// Files in and out of the page: the configuration as JSON, the trained weights as JSON, the
// model as a keras-tcn Python script, and the classroom link. Everything from a file is shown
// as React text, never as HTML; a file that cannot be used changes nothing.
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { kerasScript } from '../../../cli/exportKeras';
import {
  parseConfigJson,
  type Notice,
  type PlaygroundConfig,
} from '../../../config/playgroundConfig';
import type { WeightSnapshot } from '../../../worker/protocol';
import { copyText, formatBytes, parseJson, readFileText, saveJson, saveText } from '../../download';
import { usePlayground } from '../../store';
import { ClassroomLink } from '../classroom/Classroom';
import { ErrorBoundary } from '../layout/ErrorBoundary';

export const WEIGHTS_FORMAT = 'tcn-playground-weights';
export const MAX_CONFIG_BYTES = 1_000_000;
export const MAX_WEIGHTS_BYTES = 50_000_000;
const SNAPSHOT_TIMEOUT_MS = 30_000;

/** The downloaded weights file. */
export interface WeightsFile {
  format: typeof WEIGHTS_FORMAT;
  version: 1;
  config: PlaygroundConfig;
  step: number;
  weights: WeightSnapshot['weights'];
}

type Status =
  | { kind: 'error'; text: string }
  | { kind: 'ok'; text: string; notices?: Notice[]; note?: string }
  | { kind: 'busy'; text: string };

/** A value from a file, quoted and cut short for a message. */
function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const fileLabel = (file: File) =>
  file.name.length > 80 ? `${file.name.slice(0, 77)}…` : file.name;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shapeText = (shape: readonly unknown[]) => `[${shape.map((d) => String(d)).join(', ')}]`;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads an uploaded configuration. Not a configuration at all (not JSON, not an object, a
 * weights file, no configuration key): a message and nothing else. Otherwise the configuration,
 * with every key parseConfigJson ignored, rejected or adjusted.
 */
export function readConfigFile(
  text: string,
): { ok: true; config: PlaygroundConfig; notices: Notice[] } | { ok: false; message: string } {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, message: `it is not valid JSON (${parsed.message}).` };
  const doc = parsed.value;
  if (!isObject(doc)) {
    return {
      ok: false,
      message: `a configuration is a JSON object with v, tcn, task and train; this file holds ${Array.isArray(doc) ? 'an array' : quote(doc)}.`,
    };
  }
  if (doc.format === WEIGHTS_FORMAT) {
    return { ok: false, message: 'it is a weights file: load it under “Trained weights”.' };
  }
  if (!['v', 'tcn', 'task', 'train'].some((key) => key in doc)) {
    return {
      ok: false,
      message: `a configuration has v, tcn, task and train; this object has none of them${Object.keys(doc).length ? ` (its keys: ${quote(Object.keys(doc).slice(0, 6))})` : ''}.`,
    };
  }
  const { config, notices } = parseConfigJson(doc);
  return { ok: true, config, notices };
}

/**
 * Checks an uploaded weights file against the weights of the model on the page (`reference`:
 * the snapshot a download would give, trainable and non-trainable variables alike). Returns the
 * first problem, or the snapshot to load in the model's order.
 */
export function checkWeightsFile(
  doc: unknown,
  reference: WeightSnapshot,
): { ok: true; snapshot: WeightSnapshot; config: unknown } | { ok: false; message: string } {
  const bad = (message: string) => ({ ok: false as const, message });
  if (!isObject(doc)) return bad('a weights file is a JSON object; this file is not one.');
  if (doc.format !== WEIGHTS_FORMAT) {
    if ('tcn' in doc || 'task' in doc)
      return bad('it is a configuration, not weights: load it under “Configuration”.');
    return bad(
      `it is not a TCN Playground weights file (format ${doc.format === undefined ? 'missing' : quote(doc.format)}; expected "${WEIGHTS_FORMAT}").`,
    );
  }
  if (doc.version !== 1)
    return bad(`this page reads weights files of version 1, not ${quote(doc.version)}.`);
  const step = doc.step;
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0)
    return bad(`step must be a whole number ≥ 0, not ${quote(step)}.`);
  if (!Array.isArray(doc.weights)) return bad('it has no list of weights.');

  const expected = new Map(reference.weights.map((w) => [w.name, w]));
  const found = new Map<string, WeightSnapshot['weights'][number]>();
  for (const [index, entry] of (doc.weights as unknown[]).entries()) {
    if (!isObject(entry) || typeof entry.name !== 'string')
      return bad(`weight ${index + 1} has no name.`);
    const name = entry.name;
    const want = expected.get(name);
    if (!want) {
      return bad(
        `${quote(name)} is not a variable of this model (its ${reference.weights.length} variables start with ${reference.weights[0]?.name ?? 'nothing'}).`,
      );
    }
    if (found.has(name)) return bad(`${name} appears twice.`);
    const { shape, data } = entry;
    if (!Array.isArray(shape) || shape.some((d) => typeof d !== 'number' || !Number.isInteger(d)))
      return bad(`${name} has no valid shape (${quote(shape)}).`);
    if (shapeText(shape) !== shapeText(want.shape)) {
      return bad(
        `${name} has shape ${shapeText(shape)} in the file, but ${shapeText(want.shape)} in this model.`,
      );
    }
    if (!Array.isArray(data)) return bad(`${name} has no list of numbers.`);
    const size = want.shape.reduce((a, b) => a * b, 1);
    if (data.length !== size) {
      return bad(
        `${name} holds ${data.length} numbers; its shape ${shapeText(want.shape)} needs ${size}.`,
      );
    }
    const wrong = data.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
    if (wrong >= 0) return bad(`${name}[${wrong}] is ${quote(data[wrong])}, not a finite number.`);
    found.set(name, { name, shape: want.shape.slice(), data: data as number[] });
  }
  const missing = reference.weights.find((w) => !found.has(w.name));
  if (missing) return bad(`it has no weights for ${missing.name}.`);
  return {
    ok: true,
    snapshot: { step, weights: reference.weights.map((w) => found.get(w.name)!) },
    config: doc.config,
  };
}

function StatusLine({ status, testId }: { status: Status | null; testId: string }) {
  if (!status) return null;
  if (status.kind === 'error') {
    return (
      <p className="export-status export-error" role="alert" data-testid={testId}>
        {status.text}
      </p>
    );
  }
  return (
    <div className="export-status export-ok" role="status" data-testid={testId}>
      <p>{status.text}</p>
      {status.kind === 'ok' && status.note && <p className="export-note">{status.note}</p>}
      {status.kind === 'ok' && status.notices && status.notices.length > 0 && (
        <ul className="export-notices" data-testid={`${testId}-notices`}>
          {status.notices.map((n, i) => (
            <li key={i}>
              <code>{n.key}</code> {n.action}: {n.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A file input behind a button; resets itself so the same file can be picked again. */
function UploadButton({
  label,
  accept,
  testId,
  disabled,
  onFile,
}: {
  label: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="export-file"
        data-testid={testId}
        aria-label={label}
        tabIndex={-1}
        onChange={onChange}
      />
    </>
  );
}

function ConfigFiles() {
  const config = usePlayground((s) => s.config);
  const load = usePlayground((s) => s.load);
  const [status, setStatus] = useState<Status | null>(null);

  const download = () => {
    if (!config) return;
    saveJson(config, 'tcn-playground-config.json');
    setStatus({ kind: 'ok', text: 'Saved tcn-playground-config.json.' });
  };
  const upload = async (file: File) => {
    const name = fileLabel(file);
    const read = await readFileText(file, MAX_CONFIG_BYTES);
    if (!read.ok) {
      setStatus({ kind: 'error', text: `${read.message} Nothing was changed.` });
      return;
    }
    const result = readConfigFile(read.text);
    if (!result.ok) {
      setStatus({
        kind: 'error',
        text: `${name} is not a configuration: ${result.message} Nothing was changed.`,
      });
      return;
    }
    // The notices are shown here, next to the file, rather than as the link's notices.
    load(result.config, []);
    setStatus({
      kind: 'ok',
      text:
        result.notices.length === 0
          ? `Loaded ${name}.`
          : `Loaded ${name}, with ${result.notices.length} change${result.notices.length === 1 ? '' : 's'}:`,
      notices: result.notices,
    });
  };

  return (
    <div className="export-block">
      <h3>Configuration</h3>
      <p className="export-help">
        The TCN, task and training settings as JSON (the format the command line reads).
      </p>
      <div className="export-actions">
        <button
          type="button"
          onClick={download}
          disabled={!config}
          data-testid="export-config-download"
        >
          Download JSON
        </button>
        <UploadButton
          label="Load a configuration…"
          accept=".json,application/json"
          testId="export-config-file"
          onFile={(file) => void upload(file)}
        />
      </div>
      {!config && <p className="export-help">Fix the settings marked in red to download them.</p>}
      <StatusLine status={status} testId="export-config-status" />
    </div>
  );
}

function WeightsFiles() {
  const config = usePlayground((s) => s.config);
  const built = usePlayground((s) => s.training.variables.length > 0);
  const requestSnapshot = usePlayground((s) => s.requestSnapshot);
  const loadWeights = usePlayground((s) => s.loadWeights);
  const [status, setStatus] = useState<Status | null>(null);
  const busy = status?.kind === 'busy';
  const ready = config !== null && built && !busy;

  const snapshot = () =>
    withTimeout(
      requestSnapshot(),
      SNAPSHOT_TIMEOUT_MS,
      'the training worker did not hand over the weights in time.',
    );

  const download = async () => {
    if (!config) return;
    setStatus({ kind: 'busy', text: 'Reading the weights…' });
    try {
      const s = await snapshot();
      const file: WeightsFile = {
        format: WEIGHTS_FORMAT,
        version: 1,
        config,
        step: s.step,
        weights: s.weights,
      };
      const filename = `tcn-playground-weights-step${s.step}.json`;
      saveJson(file, filename);
      setStatus({ kind: 'ok', text: `Saved ${filename} (${s.weights.length} variables).` });
    } catch (error) {
      setStatus({ kind: 'error', text: `No weights saved: ${(error as Error).message}` });
    }
  };

  const upload = async (file: File) => {
    const name = fileLabel(file);
    const refuse = (why: string) =>
      setStatus({ kind: 'error', text: `${name} was not loaded: ${why} Nothing was changed.` });
    if (!config) return refuse('the current settings cannot be built; fix them first.');
    setStatus({ kind: 'busy', text: `Checking ${name}…` });
    const read = await readFileText(file, MAX_WEIGHTS_BYTES);
    if (!read.ok) return refuse(read.message);
    const parsed = parseJson(read.text);
    if (!parsed.ok) return refuse(`it is not valid JSON (${parsed.message}).`);
    let reference: WeightSnapshot;
    try {
      reference = await snapshot();
    } catch (error) {
      return refuse((error as Error).message);
    }
    const checked = checkWeightsFile(parsed.value, reference);
    if (!checked.ok) return refuse(checked.message);
    loadWeights(checked.snapshot);
    const sameSettings =
      isObject(checked.config) && JSON.stringify(checked.config.tcn) === JSON.stringify(config.tcn);
    setStatus({
      kind: 'ok',
      text: `Loaded ${name}: ${checked.snapshot.weights.length} variables, step ${checked.snapshot.step}.`,
      note: sameSettings
        ? undefined
        : 'The file was saved with other TCN settings; its variables have the same names and shapes as this model’s, so they were loaded.',
    });
  };

  return (
    <div className="export-block">
      <h3>Trained weights</h3>
      <p className="export-help">
        Every variable of the model and its Dense head, with the configuration and the step. A file
        loads only into a model with the same variables (names and shapes); up to{' '}
        {formatBytes(MAX_WEIGHTS_BYTES)}.
      </p>
      <div className="export-actions">
        <button
          type="button"
          onClick={() => void download()}
          disabled={!ready}
          data-testid="export-weights-download"
        >
          Download weights
        </button>
        <UploadButton
          label="Load weights…"
          accept=".json,application/json"
          testId="export-weights-file"
          disabled={!ready}
          onFile={(file) => void upload(file)}
        />
      </div>
      {!built && config && <p className="export-help">Waiting for the model to be built…</p>}
      <StatusLine status={status} testId="export-weights-status" />
    </div>
  );
}

function KerasScript() {
  const config = usePlayground((s) => s.config);
  const result = useMemo(() => (config ? kerasScript(config) : null), [config]);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const script = result?.ok ? result.script : null;

  const copy = async () => {
    if (!script) return;
    if (await copyText(script)) setCopied('Copied.');
    else {
      area.current?.select();
      setCopied('The browser did not allow copying: the script is selected, press Ctrl+C.');
    }
  };

  return (
    <details className="export-block export-keras">
      <summary>
        <h3>keras-tcn Python</h3>
      </summary>
      <p className="export-help">
        A script that builds this model with keras-tcn (<code>pip install keras-tcn</code>) and
        checks that Keras counts the same parameters and variables.
      </p>
      {!config && <p className="export-help">Fix the settings marked in red to export them.</p>}
      {result && !result.ok && (
        <ul className="export-status export-error" role="alert">
          {result.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      {script && (
        <>
          {result?.ok && result.warnings.length > 0 && (
            <ul className="export-notices">
              {result.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          <div className="export-actions">
            <button type="button" onClick={() => void copy()}>
              Copy
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => saveText(script, 'tcn_playground_model.py', 'text/x-python')}
            >
              Download .py
            </button>
            {copied && (
              <span className="export-note" role="status">
                {copied}
              </span>
            )}
          </div>
          <textarea
            ref={area}
            className="export-code"
            readOnly
            spellCheck={false}
            rows={18}
            value={script}
            aria-label="keras-tcn Python script"
            data-testid="export-keras-script"
          />
        </>
      )}
    </details>
  );
}

export function ExportPanel() {
  const config = usePlayground((s) => s.config);
  return (
    <section className="panel export-panel" data-panel="export" aria-labelledby="export-title">
      <h2 id="export-title">Export and files</h2>
      <ErrorBoundary what="the export panel" resetKey={config}>
        <div className="export-grid">
          <ConfigFiles />
          <WeightsFiles />
          <ClassroomLink />
        </div>
        <KerasScript />
      </ErrorBoundary>
    </section>
  );
}
