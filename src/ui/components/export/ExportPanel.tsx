// Files in and out of the page: the configuration as JSON, the trained weights as JSON, the
// model as a keras-tcn Python script, and the classroom link. Everything from a file is shown
// as React text, never as HTML; a file that cannot be used changes nothing.
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { kerasScript } from '../../../config/kerasScript';
import type { Notice } from '../../../config/playgroundConfig';
import {
  MAX_CONFIG_BYTES,
  MAX_WEIGHTS_BYTES,
  checkWeightsFile,
  isObject,
  readConfigFile,
  weightsFile,
} from '../../../config/weightsFile';
import type { WeightSnapshot } from '../../../worker/protocol';
import { copyText, formatBytes, parseJson, readFileText, saveJson, saveText } from '../../download';
import { usePlayground } from '../../store';
import { ClassroomLink } from '../classroom/Classroom';
import { ErrorBoundary } from '../layout/ErrorBoundary';

const SNAPSHOT_TIMEOUT_MS = 30_000;

type Status =
  | { kind: 'error'; text: string }
  | { kind: 'ok'; text: string; notices?: Notice[]; note?: string }
  | { kind: 'busy'; text: string };

const fileLabel = (file: File) =>
  file.name.length > 80 ? `${file.name.slice(0, 77)}…` : file.name;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
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
      const file = weightsFile(config, s);
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
  const built = usePlayground((s) => s.training.variables.length > 0);
  const requestExport = usePlayground((s) => s.requestExport);
  const result = useMemo(() => (config ? kerasScript(config) : null), [config]);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const script = result?.ok ? result.script : null;
  const busy = status?.kind === 'busy';

  const copy = async () => {
    if (!script) return;
    if (await copyText(script)) setCopied('Copied.');
    else {
      area.current?.select();
      setCopied('The browser did not allow copying: the script is selected, press Ctrl+C.');
    }
  };

  /** The script with the trained weights and the held-out check; a weights file beside it when big. */
  const exportTrained = async () => {
    if (!config) return;
    setStatus({ kind: 'busy', text: 'Reading the trained weights…' });
    try {
      const trained = await withTimeout(
        requestExport(),
        SNAPSHOT_TIMEOUT_MS,
        'the training worker did not hand over the weights in time.',
      );
      const made = kerasScript(config, trained);
      if (!made.ok) {
        setStatus({ kind: 'error', text: `No script saved: ${made.errors.join(' ')}` });
        return;
      }
      saveText(made.script, made.scriptFile, 'text/x-python');
      if (made.weightsFile)
        saveText(made.weightsFile.text, made.weightsFile.name, 'application/json');
      const step = trained.snapshot.step;
      setStatus({
        kind: 'ok',
        text: made.weightsFile
          ? `Saved ${made.scriptFile} and ${made.weightsFile.name} (the weights of step ${step}): keep them in one folder and run python ${made.scriptFile}.`
          : `Saved ${made.scriptFile} with the weights of step ${step}: run python ${made.scriptFile}.`,
        note:
          step === 0
            ? 'Nothing is trained yet: these are the initial weights (step 0). Train, then export again.'
            : undefined,
      });
    } catch (error) {
      setStatus({ kind: 'error', text: `No script saved: ${(error as Error).message}` });
    }
  };

  return (
    <details className="export-block export-keras">
      <summary>
        <h3>keras-tcn Python</h3>
      </summary>
      <p className="export-help">
        A script that rebuilds this model with keras-tcn (<code>pip install keras-tcn</code>), loads
        the weights trained here, checks that Keras gives the same outputs on held-out sequences,
        then trains on (on every GPU), saves a <code>.keras</code> file and loads it back.
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
            <button
              type="button"
              onClick={() => void exportTrained()}
              disabled={!built || busy}
              data-testid="export-keras-download"
            >
              Download with trained weights
            </button>
            <button type="button" className="secondary" onClick={() => void copy()}>
              Copy (no weights)
            </button>
            {copied && (
              <span className="export-note" role="status">
                {copied}
              </span>
            )}
          </div>
          <StatusLine status={status} testId="export-keras-status" />
          <textarea
            ref={area}
            className="export-code"
            readOnly
            spellCheck={false}
            rows={18}
            value={script}
            aria-label="keras-tcn Python script, without weights"
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
