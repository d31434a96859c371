// `train --data file.csv`: a user's series for the CLI, read and checked by the same data layer
// the page uses (src/data), and the configuration's input channels set to the chosen columns.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaygroundConfig } from '../config/playgroundConfig';
import { defaultChoice, prepareSeries, type PreparedSeries } from '../data/series';
import { MAX_BYTES, parseTable, type MissingPolicy, type TableProblem } from '../data/table';
import { seriesPreset } from '../data/seriesPresets';

/** The shipped series' files, in the vega-datasets package the page bundles them from. */
const PRESET_FOLDER = fileURLToPath(
  new URL('../../node_modules/vega-datasets/data/', import.meta.url),
);

export interface DataOptions {
  path: string;
  /** Input columns; all number columns when absent. */
  columns: string[] | null;
  /** Target column; the first input when absent. */
  target: string | null;
  horizon: number;
  missing: MissingPolicy;
}

export type LoadedSeries =
  { series: PreparedSeries; name: string; config: PlaygroundConfig } | { problems: string[] };

const describeProblem = (name: string, p: TableProblem) =>
  `${name}${p.line > 0 ? `:${p.line}` : ''}${p.column ? ` (column ${p.column})` : ''}: ${p.message}`;

/**
 * --data for a configuration's own series: a shipped one by id, read from the package; a user's
 * file cannot come from a configuration, only from --data.
 */
export function dataOfConfig(config: PlaygroundConfig): DataOptions | { problem: string } {
  const { data } = config;
  const preset = seriesPreset(data.source);
  if (!preset) {
    return {
      problem: `this configuration trains on your file ${data.file || '(unnamed)'} (columns ${data.columns.join(', ')}): give it with --data <file>.`,
    };
  }
  return {
    path: join(PRESET_FOLDER, preset.file),
    columns: data.columns,
    target: data.target,
    horizon: data.horizon,
    missing: data.missing,
  };
}

/**
 * Reads and prepares the file; the configuration's seq_len is the window. The returned
 * configuration is the series task on the chosen columns (input_dim = their number); a shipped
 * series keeps its id as the source, any other file is `file` with its name.
 */
export function loadSeries(options: DataOptions, config: PlaygroundConfig): LoadedSeries {
  const name = basename(options.path);
  let bytes: number;
  try {
    bytes = statSync(options.path).size;
  } catch (error) {
    return { problems: [`cannot read --data ${options.path}: ${(error as Error).message}`] };
  }
  if (bytes > MAX_BYTES) {
    return {
      problems: [`${name}: ${(bytes / 2 ** 20).toFixed(0)} MB is over the limit of 50 MB.`],
    };
  }
  const parsed = parseTable(
    readFileSync(options.path, 'utf8'),
    { name, bytes },
    {
      missing: options.missing,
    },
  );
  if ('problems' in parsed)
    return { problems: parsed.problems.map((p) => describeProblem(name, p)) };
  const fallback = defaultChoice(parsed.table);
  const inputs = options.columns ?? fallback?.inputs ?? [];
  const choice = {
    inputs,
    target: options.target ?? inputs[0] ?? '',
    horizon: options.horizon,
    seqLen: config.task.seq_len,
  };
  const prepared = prepareSeries(parsed.table, choice);
  if ('problems' in prepared) {
    return { problems: prepared.problems.map((p) => describeProblem(name, p)) };
  }
  const channels = choice.inputs.length;
  const preset = seriesPreset(config.data.source);
  const isPreset = preset !== undefined && join(PRESET_FOLDER, preset.file) === options.path;
  return {
    series: prepared.series,
    name,
    config: {
      ...config,
      task: { ...config.task, name: 'series', input_dim: channels },
      tcn: { ...config.tcn, input_dim: channels },
      data: {
        source: isPreset ? preset.id : 'file',
        file: isPreset ? '' : name,
        columns: [...choice.inputs],
        target: choice.target,
        horizon: choice.horizon,
        missing: options.missing,
      },
    },
  };
}
