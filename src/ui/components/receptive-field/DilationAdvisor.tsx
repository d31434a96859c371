// "Which dilations should I choose?": given what must be seen (the task's need, the sequence, or
// a number typed in), the configurations whose receptive field covers it with the fewest
// parameters, each applied with one click; and a warning when the current field is too short
// for the task or far longer than the sequence.
import { useId, useMemo, useState } from 'react';
import { TAB_LIMITS } from '../../../engine/config';
import { adviseDilations, coverageWarning } from '../../../engine/dilationAdvisor';
import { stepsNeeded, type TaskParams } from '../../../tasks/tasks';
import { usePlayground, type ModelView } from '../../store';

const LIMIT = 5;

export function DilationAdvisor({
  model,
  titleId = 'advisor-title',
}: {
  model: ModelView;
  titleId?: string;
}) {
  const task = usePlayground((s) => s.config?.task ?? null);
  const applyFix = usePlayground((s) => s.applyFix);
  const need = task ? stepsNeeded(task as TaskParams) : null;
  const [typed, setTyped] = useState<string>('');
  const helpId = useId();
  const cover = typed.trim() === '' ? (need ?? task?.seq_len ?? 64) : Number(typed);
  const valid = Number.isInteger(cover) && cover >= 1 && cover <= TAB_LIMITS.maxDilation * 4;
  const { config } = model;
  const suggestions = useMemo(
    () =>
      valid
        ? adviseDilations(
            {
              cover,
              seqLen: task?.seq_len,
              nbFilters: Array.isArray(config.nb_filters)
                ? Math.max(...config.nb_filters)
                : config.nb_filters,
              inputDim: config.input_dim,
              useSkipConnections: config.use_skip_connections,
              useBatchNorm: config.use_batch_norm,
              useLayerNorm: config.use_layer_norm,
              useWeightNorm: config.use_weight_norm,
            },
            { limit: LIMIT },
          )
        : [],
    [valid, cover, task?.seq_len, config],
  );
  const warning = task && need !== null ? coverageWarning(config, need, task.seq_len) : null;
  return (
    <section className="panel advisor" aria-labelledby={titleId} data-testid="advisor">
      <h2 id={titleId}>Choosing dilations</h2>
      {warning && (
        <p className="advisor-warning" role="status" data-testid="advisor-warning">
          {warning}
        </p>
      )}
      <label className="advisor-cover">
        Cover{' '}
        <input
          type="number"
          min={1}
          inputMode="numeric"
          value={typed === '' ? String(cover) : typed}
          onChange={(e) => setTyped(e.target.value)}
          data-testid="advisor-cover"
          aria-describedby={helpId}
        />{' '}
        steps
      </label>
      <p id={helpId} className="field-help">
        {need !== null
          ? `The task needs ${need} (${needReason(task!)}); type another number to ask for it.`
          : 'How many past steps each output must see; by default the window (seq_len).'}{' '}
        The cheapest configurations whose receptive field covers it, with this network’s filters:
      </p>
      {!valid ? (
        <p className="field-problem">Type a whole number of steps, at least 1.</p>
      ) : (
        <table className="advisor-table">
          <thead>
            <tr>
              <th scope="col">kernel</th>
              <th scope="col">dilations</th>
              <th scope="col">stacks</th>
              <th scope="col" className="num">
                parameters
              </th>
              <th scope="col" className="num">
                receptive field
              </th>
              <th scope="col">
                <span className="visually-hidden">apply</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {suggestions.map((s, i) => (
              <tr key={i} data-testid="advisor-suggestion" data-rf={s.receptiveField}>
                <td>{s.change.kernel_size}</td>
                <td>
                  <code>[{s.change.dilations.join(', ')}]</code>
                </td>
                <td>{s.change.nb_stacks}</td>
                <td className="num">{s.parameters.toLocaleString('en-US')}</td>
                <td className="num">
                  {s.receptiveField}
                  {s.wasted > 0 && (
                    <span className="advisor-wasted"> ({s.wasted} past the sequence)</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    data-testid="advisor-apply"
                    onClick={() => applyFix(s.change)}
                  >
                    Apply
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function needReason(task: Pick<TaskParams, 'name' | 'lag' | 'seq_len'>): string {
  switch (task.name) {
    case 'lag':
      return `the lag ${task.lag} and the step itself`;
    case 'copy_memory':
      return 'from the first symbol to its recall';
    case 'adding':
      return 'the whole sequence, where the marked numbers may be';
    case 'sine':
      return 'one period of the slowest wave';
    default:
      return 'the window';
  }
}
