// task=series: which series (a shipped one, or the user's own file, opened or pasted), which
// columns go in, which one is forecast, how far ahead, and the window. The file stays in the
// browser; a bad one is reported line by line and changes nothing.
import { useId, useState, type ChangeEvent } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { SERIES_LIMITS, type SettingProblem } from '../../../config/playgroundConfig';
import { HELD_OUT_PERCENT } from '../../../data/series';
import { SERIES_PRESETS, seriesPreset } from '../../../data/seriesPresets';
import { MAX_BYTES, MAX_ROWS, type Table, type TableProblem } from '../../../data/table';
import { usePlayground } from '../../store';
import { Field } from './ConfigEditor';

export function SeriesPanel() {
  const { t } = useTranslation();
  const raw = usePlayground((s) => s.raw);
  const problems = usePlayground((s) => s.problems);
  const series = usePlayground((s) => s.series);
  const choose = usePlayground((s) => s.chooseSeriesSource);
  const source = String(raw.data.source);
  const preset = seriesPreset(source);
  const of = (key: string) => problems.filter((p) => p.key === key);
  // A failed read leaves the table in use as it was: its columns stay on show.
  const ready = series.table !== null && series.origin === source;
  return (
    <div className="series-panel" data-testid="series-panel">
      <Field
        spec={{
          key: 'data',
          kind: 'select',
          options: ['file', ...SERIES_PRESETS.map((p) => p.id)],
          optionLabel: (o) =>
            o === 'file' ? t('settings.series.ownFile') : (seriesPreset(o)?.title ?? o),
          help: 'settings.series.sourceHelp',
        }}
        label={t('settings.series.label')}
        value={source}
        problems={[]}
        onValue={(v) => choose(String(v))}
      />
      {preset ? (
        <p className="series-source" data-testid="series-source">
          <Trans
            i18nKey="settings.series.presetNote"
            values={{ note: preset.note, source: preset.source }}
            components={{ a: <a href={preset.sourceUrl} target="_blank" rel="noreferrer" /> }}
          />
        </p>
      ) : (
        <FileChooser asks={of('data')[0] ?? null} />
      )}
      <SeriesStatus />
      {ready && <ColumnChoice table={series.table!} problems={problems} />}
    </div>
  );
}

/** Open or paste a file; what a link made with a file asks for. */
function FileChooser({ asks }: { asks: SettingProblem | null }) {
  const { t } = useTranslation();
  const open = usePlayground((s) => s.openSeriesFile);
  const status = usePlayground((s) => s.series.status);
  const [pasted, setPasted] = useState('');
  const pasteId = useId();
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) open({ name: file.name, bytes: file.size, text: () => file.text() });
    // The same file chosen again (after fixing it on disk) must fire again.
    event.target.value = '';
  };
  return (
    <div className="series-file">
      {status === 'needs-file' && asks && (
        <p className="series-asks" role="status" data-testid="series-asks">
          {asks.message.charAt(0).toUpperCase() + asks.message.slice(1)}
        </p>
      )}
      <label className="series-open">
        <span>{t('settings.series.open')}</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          data-testid="series-file"
          onChange={onFile}
        />
      </label>
      <p className="field-help">
        {t('settings.series.fileHelp', { megabytes: MAX_BYTES / 2 ** 20, rows: MAX_ROWS })}
      </p>
      <details className="series-paste">
        <summary>{t('settings.series.paste')}</summary>
        <label htmlFor={pasteId}>{t('settings.series.pasteLabel')}</label>
        <textarea
          id={pasteId}
          rows={4}
          value={pasted}
          data-testid="series-paste"
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          type="button"
          disabled={pasted.trim() === ''}
          onClick={() =>
            open({ name: 'pasted.csv', bytes: pasted.length, text: async () => pasted })
          }
        >
          {t('settings.series.usePasted')}
        </button>
      </details>
    </div>
  );
}

/**
 * "line 12, column units: " before a problem that does not say where itself. A file's problems
 * with a line name it in their text; only the missing-values summary lists its places inside.
 */
function where(p: TableProblem, t: TFunction): string {
  if (p.line > 0 && !p.missing) return '';
  const values = { line: p.line, column: p.column };
  if (p.line > 0 && p.column) return t('settings.series.where.lineColumn', values);
  if (p.line > 0) return t('settings.series.where.line', values);
  if (p.column) return t('settings.series.where.column', values);
  return '';
}

/** Reading…, or why the last file could not be used (and the offer for missing values). */
function SeriesStatus() {
  const { t } = useTranslation();
  const series = usePlayground((s) => s.series);
  const retry = usePlayground((s) => s.retrySeriesMissing);
  if (series.status === 'reading')
    return <p className="series-reading">{t('settings.series.reading')}</p>;
  if (series.status !== 'failed') return null;
  const missing = series.problems.some((p) => p.missing);
  // The file by its name when known; which sentence: named or not, missing values or not.
  const failure = `${series.failedName === null ? 'file' : 'named'}${missing ? 'Missing' : 'Unusable'}`;
  return (
    <div className="series-problems" role="alert" data-testid="series-problems">
      <p>
        <Trans
          i18nKey={`settings.series.failed.${failure}`}
          values={{ name: series.failedName }}
          components={{ strong: <strong /> }}
        />
      </p>
      <ul>
        {series.problems.map((p, i) => (
          <li key={i}>
            {where(p, t) && <span className="series-where">{where(p, t)}</span>}
            {p.message}
          </li>
        ))}
      </ul>
      {missing && (
        <p className="series-missing-actions">
          <button type="button" data-testid="series-drop" onClick={() => retry('drop')}>
            {t('settings.series.dropMissing')}
          </button>
          <button type="button" data-testid="series-carry" onClick={() => retry('carry')}>
            {t('settings.series.carryMissing')}
          </button>
        </p>
      )}
    </div>
  );
}

/** "data.csv: 600 rows (480 to train on, the last 120 held out), dates from column 'date'." */
function TableSummary({ table, heldOut }: { table: Table; heldOut: number }) {
  // One sentence for each combination: with dates or not; rows dropped or values carried
  // forward (a table has at most one of the two) or neither.
  const missing = table.dropped ? 'Dropped' : table.carried ? 'Carried' : '';
  const variant = `${table.dateColumn ? 'dates' : 'plain'}${missing}`;
  return (
    <Trans
      i18nKey={`settings.series.summary.${variant}`}
      count={table.dropped || table.carried || undefined}
      values={{
        name: table.source.name,
        rows: table.rows,
        train: table.rows - heldOut,
        heldOut,
        column: table.dateColumn,
      }}
      components={{ strong: <strong /> }}
    />
  );
}

/** Inputs, target, horizon and window over the table's number columns. */
function ColumnChoice({ table, problems }: { table: Table; problems: SettingProblem[] }) {
  const { t } = useTranslation();
  const raw = usePlayground((s) => s.raw);
  const setData = usePlayground((s) => s.setDataField);
  const setTask = usePlayground((s) => s.setTaskField);
  const numeric = table.columns.filter((c) => c.kind === 'number').map((c) => c.name);
  const inputs = Array.isArray(raw.data.columns) ? (raw.data.columns as string[]) : [];
  const of = (key: string) => problems.filter((p) => p.key === key);
  const heldOut = Math.floor(table.rows / (100 / HELD_OUT_PERCENT));
  const toggle = (name: string, on: boolean) =>
    setData(
      'columns',
      numeric.filter((c) => (c === name ? on : inputs.includes(c))),
    );
  return (
    <div className="series-choice">
      <p className="series-summary" data-testid="series-summary">
        <TableSummary table={table} heldOut={heldOut} />
      </p>
      <fieldset
        className="series-columns"
        data-testid="series-columns"
        id="field-columns"
        tabIndex={-1}
      >
        <legend>{t('settings.series.inputColumns')}</legend>
        {numeric.map((name) => (
          <label key={name} translate="no">
            <input
              type="checkbox"
              checked={inputs.includes(name)}
              onChange={(e) => toggle(name, e.target.checked)}
            />{' '}
            {name}
          </label>
        ))}
        {of('columns').map((p, i) => (
          <p key={i} className="field-problem">
            {p.message}
          </p>
        ))}
      </fieldset>
      <Field
        spec={{
          key: 'target',
          kind: 'select',
          options: numeric,
          help: 'settings.series.targetHelp',
        }}
        value={raw.data.target}
        problems={of('target')}
        onValue={(v) => setData('target', v)}
      />
      <Field
        spec={{
          key: 'horizon',
          kind: 'number',
          unit: 'settings.series.horizonUnit',
          stepper: { min: 1, max: SERIES_LIMITS.maxHorizon },
          help: 'settings.series.horizonHelp',
          helpValues: { max: SERIES_LIMITS.maxHorizon },
        }}
        value={raw.data.horizon}
        problems={of('horizon')}
        onValue={(v) => setData('horizon', v)}
      />
      <Field
        spec={{
          key: 'seq_len',
          kind: 'number',
          unit: 'settings.series.windowUnit',
          help: 'settings.series.windowHelp',
        }}
        label={t('settings.series.windowLabel')}
        value={raw.task.seq_len}
        problems={of('seq_len')}
        onValue={(v) => setTask('seq_len', v)}
      />
    </div>
  );
}
