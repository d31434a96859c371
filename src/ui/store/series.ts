// The series a task=series configuration trains on: a shipped one (fetched from the page's own
// assets) or the user's file (read off the page's thread). A link cannot carry the data, so the
// configuration only names it; this part of the store holds the table read, says what is still
// missing, and prepares the chosen columns for the worker. Nothing here touches the
// configuration until a file is accepted.
import type { PlaygroundConfig, RawSettings } from '../../config/playgroundConfig';
import { t } from '../../i18n/core';
import {
  defaultChoice,
  prepareSeries,
  type PreparedSeries,
  type SeriesChoice,
} from '../../data/series';
import { seriesPreset, type SeriesPreset } from '../../data/seriesPresets';
import {
  MAX_BYTES,
  parseTable,
  type MissingPolicy,
  type Table,
  type TableProblem,
} from '../../data/table';
import type { ReadTable } from '../../worker/tableReader';
import type { SettingProblem } from '../../config/playgroundConfig';

export interface SeriesView {
  /**
   * reading: a file or a shipped series is being read; ready: the table below is the one the
   * configuration names; failed: the last file could not be used (problems say why; the
   * configuration did not change); needs-file: the configuration names a file of the user's that
   * this page has not been given (a link made with it).
   */
  status: 'idle' | 'reading' | 'ready' | 'failed' | 'needs-file';
  /** The table read last, and what it was read from: a shipped series' id or `file`. */
  table: Table | null;
  origin: string | null;
  /** Why the last file could not be used, each with its line and column. */
  problems: TableProblem[];
  /** The file that failed, by name (for the message). */
  failedName: string | null;
  /** How the held-out sample is drawn: its dates and the target's units (standardised back). */
  axis: SeriesAxis | null;
}

export interface SeriesAxis {
  /** The held-out part's dates, when the table has a date column. */
  dates: string[] | null;
  horizon: number;
  /** The target's training mean and standard deviation: standardised values back to its units. */
  mean: number;
  std: number;
  target: string;
}

export const idleSeries = (): SeriesView => ({
  status: 'idle',
  table: null,
  origin: null,
  problems: [],
  failedName: null,
  axis: null,
});

/** A file the user chose: its name and size first, so that an oversized one is never read. */
export interface SeriesFile {
  name: string;
  bytes: number;
  text: () => Promise<string>;
}

export interface SeriesDeps {
  readTable?: ReadTable;
  fetchPreset?: (preset: SeriesPreset) => Promise<string>;
}

/** Reads in this thread: for tests and pages without workers. */
const readHere: ReadTable = async (text, source, options) => parseTable(text, source, options);

/** True when the table read is the one the configuration names. */
export function tableMatches(view: SeriesView, data: PlaygroundConfig['data']): boolean {
  if (!view.table || view.origin !== data.source) return false;
  return data.source !== 'file' || view.table.source.name === data.file;
}

/** The choice of columns a configuration makes, as prepareSeries takes it. */
export const choiceOf = (config: PlaygroundConfig): SeriesChoice => ({
  inputs: config.data.columns,
  target: config.data.target,
  horizon: config.data.horizon,
  seqLen: config.task.seq_len,
});

/** The control a problem of the chosen columns belongs to. */
function keyOf(problem: TableProblem, config: PlaygroundConfig): string {
  if (problem.column) return problem.column === config.data.target ? 'target' : 'columns';
  return problem.setting ?? 'seq_len';
}

/**
 * What a series configuration can train on now: the prepared series, or the problems that stop
 * it (no table yet, or columns and window the table cannot give), each tied to its control.
 */
export function seriesReadiness(
  config: PlaygroundConfig,
  view: SeriesView,
): { prepared: PreparedSeries; name: string } | { problems: SettingProblem[] } {
  const { data } = config;
  if (!tableMatches(view, data)) {
    const preset = seriesPreset(data.source);
    const message = preset
      ? t('settings.seriesStore.presetReading', { title: preset.title })
      : t(data.file ? 'settings.seriesStore.linkFile' : 'settings.seriesStore.linkFileUnnamed', {
          file: data.file,
          columns: data.columns.join(', '),
          target: data.target,
        });
    return { problems: [{ key: 'data', kind: 'tab-limit', message }] };
  }
  const table = view.table!;
  const result = prepareSeries(table, choiceOf(config));
  if ('problems' in result) {
    return {
      problems: result.problems.map((p) => ({
        key: keyOf(p, config),
        kind: 'tab-limit',
        message: p.message,
      })),
    };
  }
  return { prepared: result.series, name: seriesPreset(data.source)?.title ?? table.source.name };
}

/** Settings that train on a newly read table: the current choice where the table has it. */
export function settingsForTable(
  raw: RawSettings,
  table: Table,
  origin: string,
  missing: MissingPolicy,
): RawSettings {
  const numeric = new Set(table.columns.filter((c) => c.kind === 'number').map((c) => c.name));
  const wasSeries = raw.task.name === 'series';
  const columns = raw.data.columns;
  const target = raw.data.target;
  const keeps =
    wasSeries &&
    Array.isArray(columns) &&
    columns.length > 0 &&
    columns.every((c) => numeric.has(String(c))) &&
    numeric.has(String(target));
  const preset = seriesPreset(origin);
  const fallback = defaultChoice(table)!;
  const choice = keeps
    ? { inputs: columns as string[], target: String(target) }
    : preset
      ? { inputs: [...preset.inputs], target: preset.target }
      : { inputs: fallback.inputs, target: fallback.target };
  const seqLen = keeps ? raw.task.seq_len : (preset?.seqLen ?? fallback.seqLen);
  const horizon = keeps ? raw.data.horizon : (preset?.horizon ?? 1);
  return {
    ...raw,
    task: { ...raw.task, name: 'series', seq_len: seqLen },
    tcn: { ...raw.tcn, return_sequences: true },
    data: {
      ...raw.data,
      source: origin,
      file: origin === 'file' ? table.source.name : '',
      columns: choice.inputs,
      target: choice.target,
      horizon,
      missing,
    },
  };
}

/**
 * The series part of the store: reading files and shipped series. `get`/`update` reach the
 * store's series view; `accept` is called with settings to apply once a table is accepted,
 * `recheck` when a table the configuration already names has arrived.
 */
export function createSeriesReader(
  deps: SeriesDeps,
  access: {
    view: () => SeriesView;
    update: (change: Partial<SeriesView>) => void;
    raw: () => RawSettings;
    accept: (raw: RawSettings) => void;
    recheck: () => void;
  },
) {
  const readTable = deps.readTable ?? readHere;
  /** The last file the user chose: kept so that "drop rows" or "carry forward" can reread it. */
  let lastFile: { file: SeriesFile; text: string } | null = null;
  /** Counts reads, so that only the newest one's answer is taken. */
  let reads = 0;
  /** The shipped series being fetched, so that it is fetched once. */
  let fetching: string | null = null;

  async function read(
    text: string,
    source: { name: string; bytes: number },
    origin: string,
    missing: MissingPolicy,
    onTable: (table: Table) => void,
  ) {
    const id = ++reads;
    access.update({ status: 'reading' });
    const parsed = await readTable(text, source, { missing });
    if (id !== reads) return;
    if ('problems' in parsed) {
      // The configuration is left as it was: the previous series (or task) still trains.
      access.update({
        status: 'failed',
        problems: parsed.problems,
        failedName: source.name,
        ...(access.view().origin === origin && origin !== 'file'
          ? { table: null, origin: null }
          : {}),
      });
      return;
    }
    access.update({ status: 'ready', table: parsed.table, origin, problems: [], failedName: null });
    onTable(parsed.table);
  }

  return {
    /** Reads the user's file; only an accepted file changes the settings. */
    async openFile(file: SeriesFile, missing: MissingPolicy = 'refuse') {
      if (file.bytes > MAX_BYTES) {
        access.update({
          status: 'failed',
          failedName: file.name,
          problems: [
            {
              line: 0,
              message: t('settings.seriesStore.fileTooBig', {
                megabytes: (file.bytes / 2 ** 20).toFixed(0),
                limit: MAX_BYTES / 2 ** 20,
              }),
            },
          ],
        });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        access.update({
          status: 'failed',
          failedName: file.name,
          problems: [
            { line: 0, message: t('settings.seriesStore.unreadable', { error: String(error) }) },
          ],
        });
        return;
      }
      lastFile = { file, text };
      await read(text, { name: file.name, bytes: file.bytes }, 'file', missing, (table) =>
        access.accept(settingsForTable(access.raw(), table, 'file', missing)),
      );
    },
    /** Reads the last file again, dropping the rows with missing values or carrying forward. */
    async retryMissing(missing: 'drop' | 'carry') {
      if (!lastFile) return;
      const { file, text } = lastFile;
      await read(text, { name: file.name, bytes: file.bytes }, 'file', missing, (table) =>
        access.accept(settingsForTable(access.raw(), table, 'file', missing)),
      );
    },
    /** Makes sure a shipped series the configuration names is read (once). */
    async ensurePreset(preset: SeriesPreset) {
      const view = access.view();
      if ((view.origin === preset.id && view.table) || fetching === preset.id) return;
      if (!deps.fetchPreset) {
        access.update({
          status: 'failed',
          failedName: preset.file,
          problems: [{ line: 0, message: t('settings.seriesStore.noShipped') }],
        });
        return;
      }
      let text: string;
      fetching = preset.id;
      try {
        access.update({ status: 'reading' });
        text = await deps.fetchPreset(preset);
      } catch (error) {
        access.update({
          status: 'failed',
          failedName: preset.file,
          problems: [{ line: 0, message: (error as Error).message }],
        });
        return;
      } finally {
        fetching = null;
      }
      await read(text, { name: preset.file, bytes: text.length }, preset.id, 'refuse', () =>
        access.recheck(),
      );
    },
    /** Back to the user's file read earlier; false when there is none to go back to. */
    async reopenFile(): Promise<boolean> {
      if (!lastFile) return false;
      const { file, text } = lastFile;
      const missing = access.raw().data.missing;
      const policy = missing === 'drop' || missing === 'carry' ? missing : 'refuse';
      await read(text, { name: file.name, bytes: file.bytes }, 'file', policy, (table) =>
        access.accept(settingsForTable(access.raw(), table, 'file', policy)),
      );
      return true;
    },
  };
}

export type SeriesReader = ReturnType<typeof createSeriesReader>;
