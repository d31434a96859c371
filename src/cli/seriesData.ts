// `train --data file.csv`: a user's series for the CLI, read and checked by the same data layer
// the page uses (src/data), and the configuration's input channels set to the chosen columns.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { PlaygroundConfig } from '../config/playgroundConfig';
import { defaultChoice, prepareSeries, type PreparedSeries } from '../data/series';
import { MAX_BYTES, parseTable, type MissingPolicy, type TableProblem } from '../data/table';

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
 * Reads and prepares the file; the configuration's seq_len is the window. The returned
 * configuration trains a per-step regression on the chosen columns: its task only fixes the
 * shapes (the batches come from the file), so it is the sine task with that many channels.
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
  return {
    series: prepared.series,
    name,
    config: {
      ...config,
      task: { ...config.task, name: 'sine', input_dim: channels },
      tcn: { ...config.tcn, input_dim: channels },
    },
  };
}
