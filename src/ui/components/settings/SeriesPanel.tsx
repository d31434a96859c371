// task=series: which series (a shipped one, or the user's own file, opened or pasted), which
// columns go in, which one is forecast, how far ahead, and the window. The file stays in the
// browser; a bad one is reported line by line and changes nothing.
import { useId, useState, type ChangeEvent } from 'react';
import { SERIES_LIMITS, type SettingProblem } from '../../../config/playgroundConfig';
import { HELD_OUT_PERCENT } from '../../../data/series';
import { SERIES_PRESETS, seriesPreset } from '../../../data/seriesPresets';
import { MAX_BYTES, MAX_ROWS, type Table, type TableProblem } from '../../../data/table';
import { usePlayground } from '../../store';
import { Field } from './ConfigEditor';

const SOURCE_HELP =
  'A real series shipped with the page, or your own CSV/TSV file. Your file is read in this browser and never sent anywhere.';

export function SeriesPanel() {
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
          optionLabel: (o) => (o === 'file' ? 'Your own file…' : (seriesPreset(o)?.title ?? o)),
          help: SOURCE_HELP,
        }}
        label="series"
        value={source}
        problems={[]}
        onValue={(v) => choose(String(v))}
      />
      {preset ? (
        <p className="series-source" data-testid="series-source">
          {preset.note} Data:{' '}
          <a href={preset.sourceUrl} target="_blank" rel="noreferrer">
            {preset.source}
          </a>
          .
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
        <span>Open a CSV or TSV file</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          data-testid="series-file"
          onChange={onFile}
        />
      </label>
      <p className="field-help">
        A header row, then one row per time step; numbers with a dot or a comma; a date column
        labels the axis. At most {MAX_BYTES / 2 ** 20} MB and {MAX_ROWS.toLocaleString('en-US')}{' '}
        rows. It stays in this browser.
      </p>
      <details className="series-paste">
        <summary>…or paste it</summary>
        <label htmlFor={pasteId}>CSV or TSV text</label>
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
          Use the pasted text
        </button>
      </details>
    </div>
  );
}

/** "line 12, column units", unless the message already says where. */
const where = (p: TableProblem) =>
  /^line \d/i.test(p.message)
    ? ''
    : [p.line > 0 ? `line ${p.line}` : null, p.column ? `column ${p.column}` : null]
        .filter(Boolean)
        .join(', ');

/** Reading…, or why the last file could not be used (and the offer for missing values). */
function SeriesStatus() {
  const series = usePlayground((s) => s.series);
  const retry = usePlayground((s) => s.retrySeriesMissing);
  if (series.status === 'reading') return <p className="series-reading">Reading the series…</p>;
  if (series.status !== 'failed') return null;
  const missing = series.problems.some((p) => p.missing);
  return (
    <div className="series-problems" role="alert" data-testid="series-problems">
      <p>
        <strong>
          {series.failedName ?? 'The file'} {missing ? 'has missing values' : 'cannot be used'}
        </strong>{' '}
        — {missing ? 'nothing is changed until you choose:' : 'nothing was changed:'}
      </p>
      <ul>
        {series.problems.map((p, i) => (
          <li key={i}>
            {where(p) && <span className="series-where">{where(p)}: </span>}
            {p.message}
          </li>
        ))}
      </ul>
      {missing && (
        <p className="series-missing-actions">
          <button type="button" data-testid="series-drop" onClick={() => retry('drop')}>
            Drop rows with missing values
          </button>
          <button type="button" data-testid="series-carry" onClick={() => retry('carry')}>
            Carry the previous value forward
          </button>
        </p>
      )}
    </div>
  );
}

/** Inputs, target, horizon and window over the table's number columns. */
function ColumnChoice({ table, problems }: { table: Table; problems: SettingProblem[] }) {
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
        <strong>{table.source.name}</strong>: {table.rows.toLocaleString('en-US')} rows (
        {(table.rows - heldOut).toLocaleString('en-US')} to train on, the last{' '}
        {heldOut.toLocaleString('en-US')} held out)
        {table.dateColumn ? `, dates from column '${table.dateColumn}'` : ''}
        {table.dropped
          ? `; ${table.dropped} ${table.dropped === 1 ? 'row' : 'rows'} with missing values dropped`
          : ''}
        {table.carried
          ? `; ${table.carried} missing ${table.carried === 1 ? 'value' : 'values'} carried forward`
          : ''}
        .
      </p>
      <fieldset
        className="series-columns"
        data-testid="series-columns"
        id="field-columns"
        tabIndex={-1}
      >
        <legend>Input columns (one channel each)</legend>
        {numeric.map((name) => (
          <label key={name}>
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
          help: 'The column forecast at every step.',
        }}
        value={raw.data.target}
        problems={of('target')}
        onValue={(v) => setData('target', v)}
      />
      <Field
        spec={{
          key: 'horizon',
          kind: 'number',
          unit: 'rows ahead',
          stepper: { min: 1, max: SERIES_LIMITS.maxHorizon },
          help: 'Each step predicts the target this many rows later (1 to 1000).',
        }}
        value={raw.data.horizon}
        problems={of('horizon')}
        onValue={(v) => setData('horizon', v)}
      />
      <Field
        spec={{
          key: 'seq_len',
          kind: 'number',
          unit: 'rows',
          help: 'The window: rows in each training sequence (the TCN’s time steps).',
        }}
        label="window (seq_len)"
        value={raw.task.seq_len}
        problems={of('seq_len')}
        onValue={(v) => setTask('seq_len', v)}
      />
    </div>
  );
}
