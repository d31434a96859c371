// "Which dilations should I choose?": given what must be seen (the task's need, the sequence, or
// a number typed in), the configurations whose receptive field covers it with the fewest
// parameters, each applied with one click; and a warning when the current field is too short
// for the task or far longer than the sequence.
import { useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { TAB_LIMITS } from '../../../engine/config';
import { adviseDilations, coverageWarning } from '../../../engine/dilationAdvisor';
import { formatNumber } from '../../../i18n/core';
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
  const { t } = useTranslation();
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
      <h2 id={titleId}>{t('receptive.advisor.title')}</h2>
      {warning && (
        <p className="advisor-warning" role="status" data-testid="advisor-warning">
          {warning}
        </p>
      )}
      <label className="advisor-cover">
        <Trans
          t={t}
          i18nKey="receptive.advisor.cover"
          components={{
            stepsInput: (
              <input
                type="number"
                min={1}
                inputMode="numeric"
                value={typed === '' ? String(cover) : typed}
                onChange={(e) => setTyped(e.target.value)}
                data-testid="advisor-cover"
                aria-describedby={helpId}
              />
            ),
          }}
        />
      </label>
      <p id={helpId} className="field-help">
        {coverHelp(task, need, t)} {t('receptive.advisor.help.cheapest')}
      </p>
      {!valid ? (
        <p className="field-problem">{t('receptive.advisor.invalid')}</p>
      ) : (
        // Scrolls on its own where it is wider than its card (beside a lesson, at the
        // classroom's type size), rather than spilling over the lesson next to it.
        <div
          className="scroll"
          tabIndex={0}
          role="region"
          aria-label={t('receptive.advisor.tableLabel')}
        >
          <table className="advisor-table">
            <thead>
              <tr>
                <th scope="col">{t('receptive.advisor.columns.kernel')}</th>
                <th scope="col">{t('receptive.advisor.columns.dilations')}</th>
                <th scope="col">{t('receptive.advisor.columns.stacks')}</th>
                <th scope="col" className="num">
                  {t('receptive.advisor.columns.parameters')}
                </th>
                <th scope="col" className="num">
                  {t('receptive.advisor.columns.receptiveField')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('receptive.advisor.columns.apply')}</span>
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
                  <td className="num">{formatNumber(s.parameters)}</td>
                  <td className="num">
                    {s.receptiveField}
                    {s.wasted > 0 && (
                      <span className="advisor-wasted">
                        {' '}
                        {t('receptive.advisor.wasted', { steps: s.wasted })}
                      </span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      data-testid="advisor-apply"
                      onClick={() => applyFix(s.change)}
                    >
                      {t('receptive.advisor.apply')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What the number to cover is: the task's need and why it needs that many steps, if it has one. */
function coverHelp(
  task: Pick<TaskParams, 'name' | 'lag'> | null,
  need: number | null,
  t: TFunction,
): string {
  if (!task || need === null) return t('receptive.advisor.help.noNeed');
  switch (task.name) {
    case 'lag':
      return t('receptive.advisor.help.lag', { need, lag: task.lag });
    case 'copy_memory':
      return t('receptive.advisor.help.copyMemory', { need });
    case 'adding':
      return t('receptive.advisor.help.adding', { need });
    case 'sine':
      return t('receptive.advisor.help.sine', { need });
    default:
      return t('receptive.advisor.help.window', { need });
  }
}
