// Files in and out of the page: the configuration as JSON, the trained weights as JSON, the
// model as a keras-tcn Python script, and the classroom link. Everything from a file is shown
// as React text, never as HTML; a file that cannot be used changes nothing.
import { useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { kerasScript } from '../../../config/kerasScript';
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
import { StatusLine, UploadButton, fileLabel, withTimeout, type Status } from './ExportParts';

const SNAPSHOT_TIMEOUT_MS = 30_000;
const CONFIG_FILE = 'tcn-playground-config.json';

function ConfigFiles() {
  const { t } = useTranslation();
  const config = usePlayground((s) => s.config);
  const load = usePlayground((s) => s.load);
  const [status, setStatus] = useState<Status | null>(null);

  const download = () => {
    if (!config) return;
    saveJson(config, CONFIG_FILE);
    setStatus({ kind: 'ok', text: t('charts.export.config.saved', { file: CONFIG_FILE }) });
  };
  const upload = async (file: File) => {
    const name = fileLabel(file);
    const read = await readFileText(file, MAX_CONFIG_BYTES);
    if (!read.ok) {
      setStatus({
        kind: 'error',
        text: t('charts.export.nothingChanged', { reason: read.message }),
      });
      return;
    }
    const result = readConfigFile(read.text);
    if (!result.ok) {
      setStatus({
        kind: 'error',
        text: t('charts.export.config.notConfiguration', { name, reason: result.message }),
      });
      return;
    }
    // The notices are shown here, next to the file, rather than as the link's notices.
    load(result.config, []);
    setStatus({
      kind: 'ok',
      text:
        result.notices.length === 0
          ? t('charts.export.config.loaded', { name })
          : t('charts.export.config.loadedWithChanges', { name, count: result.notices.length }),
      notices: result.notices,
    });
  };

  return (
    <div className="export-block">
      <h3>{t('charts.export.config.title')}</h3>
      <p className="export-help">{t('charts.export.config.help')}</p>
      <div className="export-actions">
        <button
          type="button"
          onClick={download}
          disabled={!config}
          data-testid="export-config-download"
        >
          {t('charts.export.config.download')}
        </button>
        <UploadButton
          label={t('charts.export.config.load')}
          accept=".json,application/json"
          testId="export-config-file"
          onFile={(file) => void upload(file)}
        />
      </div>
      {!config && <p className="export-help">{t('charts.export.config.fixFirst')}</p>}
      <StatusLine status={status} testId="export-config-status" />
    </div>
  );
}

function WeightsFiles() {
  const { t } = useTranslation();
  const config = usePlayground((s) => s.config);
  const built = usePlayground((s) => s.training.variables.length > 0);
  const requestSnapshot = usePlayground((s) => s.requestSnapshot);
  const loadWeights = usePlayground((s) => s.loadWeights);
  const [status, setStatus] = useState<Status | null>(null);
  const busy = status?.kind === 'busy';
  const ready = config !== null && built && !busy;

  const snapshot = () =>
    withTimeout(requestSnapshot(), SNAPSHOT_TIMEOUT_MS, t('charts.export.weights.timeout'));

  const download = async () => {
    if (!config) return;
    setStatus({ kind: 'busy', text: t('charts.export.weights.reading') });
    try {
      const s = await snapshot();
      const file = weightsFile(config, s);
      const filename = `tcn-playground-weights-step${s.step}.json`;
      saveJson(file, filename);
      setStatus({
        kind: 'ok',
        text: t('charts.export.weights.saved', { file: filename, variables: s.weights.length }),
      });
    } catch (error) {
      const reason = (error as Error).message;
      setStatus({ kind: 'error', text: t('charts.export.weights.notSaved', { reason }) });
    }
  };

  const upload = async (file: File) => {
    const name = fileLabel(file);
    const refuse = (reason: string) =>
      setStatus({ kind: 'error', text: t('charts.export.weights.notLoaded', { name, reason }) });
    if (!config) return refuse(t('charts.export.weights.cannotBuild'));
    setStatus({ kind: 'busy', text: t('charts.export.weights.checking', { name }) });
    const read = await readFileText(file, MAX_WEIGHTS_BYTES);
    if (!read.ok) return refuse(read.message);
    const parsed = parseJson(read.text);
    if (!parsed.ok) return refuse(t('charts.export.weights.notJson', { message: parsed.message }));
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
      text: t('charts.export.weights.loaded', {
        name,
        variables: checked.snapshot.weights.length,
        step: checked.snapshot.step,
      }),
      note: sameSettings ? undefined : t('charts.export.weights.otherSettings'),
    });
  };

  return (
    <div className="export-block">
      <h3>{t('charts.export.weights.title')}</h3>
      <p className="export-help">
        {t('charts.export.weights.help', { size: formatBytes(MAX_WEIGHTS_BYTES) })}
      </p>
      <div className="export-actions">
        <button
          type="button"
          onClick={() => void download()}
          disabled={!ready}
          data-testid="export-weights-download"
        >
          {t('charts.export.weights.download')}
        </button>
        <UploadButton
          label={t('charts.export.weights.load')}
          accept=".json,application/json"
          testId="export-weights-file"
          disabled={!ready}
          onFile={(file) => void upload(file)}
        />
      </div>
      {!built && config && <p className="export-help">{t('charts.export.weights.waiting')}</p>}
      <StatusLine status={status} testId="export-weights-status" />
    </div>
  );
}

function KerasScript() {
  const { t } = useTranslation();
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
    if (await copyText(script)) setCopied(t('charts.export.keras.copied'));
    else {
      area.current?.select();
      setCopied(t('charts.export.keras.copyRefused'));
    }
  };

  /** The script with the trained weights and the held-out check; a weights file beside it when big. */
  const exportTrained = async () => {
    if (!config) return;
    setStatus({ kind: 'busy', text: t('charts.export.keras.reading') });
    const notSaved = (reason: string) =>
      setStatus({ kind: 'error', text: t('charts.export.keras.notSaved', { reason }) });
    try {
      const trained = await withTimeout(
        requestExport(),
        SNAPSHOT_TIMEOUT_MS,
        t('charts.export.weights.timeout'),
      );
      const made = kerasScript(config, trained);
      if (!made.ok) return notSaved(made.errors.join(' '));
      saveText(made.script, made.scriptFile, 'text/x-python');
      if (made.weightsFile)
        saveText(made.weightsFile.text, made.weightsFile.name, 'application/json');
      const step = trained.snapshot.step;
      setStatus({
        kind: 'ok',
        text: made.weightsFile
          ? t('charts.export.keras.savedWithWeightsFile', {
              script: made.scriptFile,
              weights: made.weightsFile.name,
              step,
            })
          : t('charts.export.keras.saved', { script: made.scriptFile, step }),
        note: step === 0 ? t('charts.export.keras.untrained') : undefined,
      });
    } catch (error) {
      notSaved((error as Error).message);
    }
  };

  return (
    <details className="export-block export-keras">
      <summary>
        <h3>{t('charts.export.keras.title')}</h3>
      </summary>
      <p className="export-help">
        <Trans i18nKey="charts.export.keras.help" components={{ code: <code /> }} />
      </p>
      {!config && <p className="export-help">{t('charts.export.keras.fixFirst')}</p>}
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
              {t('charts.export.keras.download')}
            </button>
            <button type="button" className="secondary" onClick={() => void copy()}>
              {t('charts.export.keras.copy')}
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
            aria-label={t('charts.export.keras.scriptLabel')}
            data-testid="export-keras-script"
          />
        </>
      )}
    </details>
  );
}

export function ExportPanel() {
  const { t } = useTranslation();
  const config = usePlayground((s) => s.config);
  return (
    <section className="panel export-panel" data-panel="export" aria-labelledby="export-title">
      <h2 id="export-title">{t('charts.export.title')}</h2>
      <ErrorBoundary what={t('charts.export.panelName')} resetKey={config}>
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
