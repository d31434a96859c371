// `advise --cover N`: the configurations whose receptive field covers N steps with the fewest
// parameters (the page's dilation advisor), each with its configuration fragment, parameters and
// receptive field; and whether the configuration's own field covers the task's need.
import { compactFragment, type ParsedConfig } from '../config/playgroundConfig';
import { adviseDilations, coverageWarning } from '../engine/dilationAdvisor';
import { receptiveField } from '../engine/receptiveField';
import { stepsNeeded } from '../tasks/tasks';
import type { Io } from './io';

export interface AdviseOptions {
  /** Steps to cover; the task's need (else seq_len) when null. */
  cover: number | null;
  json: boolean;
}

export function runAdvise({ config }: ParsedConfig, options: AdviseOptions, io: Io): number {
  const { tcn, task } = config;
  const need = stepsNeeded(task);
  const cover = options.cover ?? need ?? task.seq_len;
  const suggestions = adviseDilations({
    cover,
    seqLen: task.seq_len,
    nbFilters: Array.isArray(tcn.nb_filters) ? Math.max(...tcn.nb_filters) : tcn.nb_filters,
    inputDim: tcn.input_dim,
    useSkipConnections: tcn.use_skip_connections,
    useBatchNorm: tcn.use_batch_norm,
    useLayerNorm: tcn.use_layer_norm,
    useWeightNorm: tcn.use_weight_norm,
  });
  const warning = need !== null ? coverageWarning(tcn, need, task.seq_len) : null;
  const rows = suggestions.map((s) => ({
    kernel_size: s.change.kernel_size,
    dilations: s.change.dilations,
    nb_stacks: s.change.nb_stacks,
    parameters: s.parameters,
    receptive_field: s.receptiveField,
    wasted: s.wasted,
    config_fragment: `#${compactFragment({ ...config, tcn: { ...tcn, ...s.change } })}`,
  }));
  if (options.json) {
    io.out(
      JSON.stringify({
        cover,
        task_needs: need,
        receptive_field: receptiveField(tcn),
        warning,
        suggestions: rows,
      }),
    );
    return 0;
  }
  io.out(
    `Cover ${cover} steps${options.cover === null ? (need !== null ? ` (what the ${task.name} task needs)` : ' (seq_len)') : ''}; this configuration's receptive field is ${receptiveField(tcn)}.`,
  );
  if (warning) io.out(`Warning: ${warning}`);
  io.out("Fewest parameters first (with this network's filters and input channels):");
  for (const r of rows) {
    io.out(
      `  kernel_size ${r.kernel_size}, dilations [${r.dilations.join(', ')}], nb_stacks ${r.nb_stacks}: ${r.parameters.toLocaleString('en-US')} parameters, receptive field ${r.receptive_field}${r.wasted ? ` (${r.wasted} past the sequence)` : ''}`,
    );
    io.out(`    ${r.config_fragment}`);
  }
  if (rows.length === 0) io.out('  none in the search space covers it.');
  return 0;
}
