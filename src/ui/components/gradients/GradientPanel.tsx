// What every trainable variable's gradient is doing: one row per variable with its latest
// gradient norm, weight norm, update ratio and recent history, a heatmap of all of them, and,
// when a variable gets no gradient, why and how to fix it.
import { Fragment, memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, t as translate } from '../../../i18n/core';
import type { VariableInfo } from '../../../worker/protocol';
import { readVariables, type VariableStatus } from '../../variableStatus';
import { usePlayground, type PlaygroundState } from '../../store';
import { REDRAW_MS, useThrottledStore } from '../charts/ChartParts';
import { GradientHeatmap } from './GradientHeatmap';
import { MissingGradientExplainer } from './MissingGradientExplainer';
import { Sparkline, formatNorm } from './Sparkline';

type RowStatus = VariableStatus;

interface RowProps {
  variable: VariableInfo;
  status: RowStatus;
  norm: number | null;
  weightNorm: number | null;
  updateRatio: number | null;
  history: (number | null)[];
  onWhy: () => void;
}

const selectTraining = (s: PlaygroundState) => s.training;

/** The full name, allowed to wrap after each "/" when the table is narrow. */
export const breakable = (name: string) =>
  name.split('/').map((part, i, parts) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));

function GradientCell({ status, norm, onWhy }: Pick<RowProps, 'status' | 'norm' | 'onWhy'>) {
  const { t } = useTranslation();
  switch (status) {
    case 'pending':
      return <span className="grad-pending">{t('gradients.status.noStepYet')}</span>;
    case 'missing':
      return (
        <span className="grad-cell-missing">
          <span className="grad-badge grad-badge-missing">{t('gradients.status.noGradient')}</span>
          <button type="button" className="grad-why" onClick={onWhy}>
            {t('gradients.table.why')}
          </button>
        </span>
      );
    case 'nonfinite':
      return (
        <span className="grad-badge grad-badge-nonfinite">
          {t('gradients.status.notFiniteNaN')}
        </span>
      );
    case 'ok':
      return <span className="grad-value">{norm === null ? '—' : formatNorm(norm)}</span>;
  }
}

/** Name, shape and size: they change only with the network, not with every step. */
const VariableCells = memo(function VariableCells({ variable }: { variable: VariableInfo }) {
  // Re-renders these memoised cells when the language (and so the digit grouping) changes.
  useTranslation();
  return (
    <>
      <td className="grad-name">
        <code>{breakable(variable.name)}</code>
      </td>
      <td>
        <code>[{variable.shape.join(', ')}]</code>
      </td>
      <td className="num">{formatNumber(variable.size)}</td>
    </>
  );
});

const GradientRow = memo(function GradientRow(props: RowProps) {
  const { variable, status, norm, weightNorm, updateRatio, history, onWhy } = props;
  const { t } = useTranslation();
  const hasNorm = status === 'ok' && norm !== null && Number.isFinite(norm);
  return (
    <tr
      data-testid="grad-row"
      data-variable={variable.name}
      data-status={status}
      data-norm={hasNorm ? String(norm) : undefined}
      className={`grad-row grad-row-${status}`}
    >
      <VariableCells variable={variable} />
      <td className="num grad-norm">
        <GradientCell status={status} norm={norm} onWhy={onWhy} />
      </td>
      <td className="num">
        {weightNorm === null || status === 'pending' ? '—' : formatNorm(weightNorm)}
      </td>
      <td className="num">
        {status === 'pending' ? (
          '—'
        ) : updateRatio === null ? (
          <span className="grad-unchanged">{t('gradients.table.notUpdated')}</span>
        ) : (
          formatNorm(updateRatio)
        )}
      </td>
      <td className="grad-history">
        <Sparkline values={history} label={variable.name} width={120} />
      </td>
    </tr>
  );
});

const EMPTY: (number | null)[] = [];

const shortName = (name: string) => name.replace(/^tcn\//, '');
const list = (names: string[]) => names.map(shortName).join(', ');

/**
 * The live region's text. It depends on the step only once training has paused, so a screen
 * reader hears which variables lose (or regain) their gradient and when training pauses, not
 * every step.
 */
export function announce(
  variables: number,
  step: number | null,
  running: boolean,
  missing: string[],
  nonFinite: string[],
): string {
  if (variables === 0 || step === null) return '';
  const reached =
    missing.length === 0
      ? translate('gradients.live.allGetGradient')
      : translate('gradients.live.missing', {
          missing: missing.length,
          variables,
          names: list(missing),
        });
  const gradients = nonFinite.length
    ? translate('gradients.live.withNonFinite', { gradients: reached, names: list(nonFinite) })
    : reached;
  return running ? gradients : translate('gradients.live.paused', { step, gradients });
}

/** The line under the title: how many variables got a gradient at the latest step. */
function summaryKey(missing: number, nonFinite: number): string {
  if (missing && nonFinite) return 'gradients.panel.summaryMissingNonFinite';
  if (missing) return 'gradients.panel.summaryMissing';
  if (nonFinite) return 'gradients.panel.summaryNonFinite';
  return 'gradients.panel.summary';
}

export function GradientPanel() {
  const { t } = useTranslation();
  // Everything here redraws at most twice a second while training runs (the store changes ten
  // times a second): a table and a canvas this size would otherwise cost the training worker
  // CPU time on a two-core machine.
  const { variables, latest, history, running } = useThrottledStore(selectTraining, REDRAW_MS);
  const { steps, gradNorms } = history;
  const reachability = usePlayground((s) => s.model.reachability);
  const applyFix = usePlayground((s) => s.applyFix);
  const explainer = useRef<HTMLElement>(null);

  const names = useMemo(() => variables.map((v) => v.name), [variables]);
  const unreachable = useMemo(
    () => new Set(reachability.unreachable.map((u) => u.name)),
    [reachability],
  );
  // The network picture reads its marks with the same rule (variableStatus.ts).
  const statuses = readVariables(names, variables, latest, unreachable).map((r) => r.status);
  const missing = names.filter((_, i) => statuses[i] === 'missing');
  const nonFinite = names.filter((_, i) => statuses[i] === 'nonfinite');
  const ok = statuses.filter((s) => s === 'ok').length;
  const announcement = announce(
    variables.length,
    latest === null ? null : latest.step,
    running,
    missing,
    nonFinite,
  );

  const showWhy = useCallback(() => {
    const el = explainer.current;
    if (!el) return;
    el.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    el.focus({ preventScroll: true });
  }, []);

  return (
    <section className="panel grad-panel" aria-labelledby="grad-title">
      <h2 id="grad-title">{t('gradients.panel.title')}</h2>
      {/* Shown instead of the rest while a lesson keeps the gradients for its answer. */}
      <p className="concealed-note">{t('classroom.predict.gradientsLater')}</p>
      <p className="panel-note">{t('gradients.panel.note')}</p>
      {/* What a screen reader announces: only a change of the variables without a gradient (or
          not finite), and a pause; the summary under it changes with every step, so it is not
          a live region. */}
      <p className="visually-hidden" role="status" data-testid="grad-live">
        {announcement}
      </p>
      <p className="grad-summary" data-testid="grad-summary">
        {variables.length === 0
          ? t('gradients.panel.building')
          : !latest
            ? t('gradients.panel.noStepYet', { variables: variables.length })
            : t(summaryKey(missing.length, nonFinite.length), {
                step: latest.step,
                ok,
                variables: variables.length,
                missing: missing.length,
                nonFinite: nonFinite.length,
              })}
      </p>
      {variables.length > 0 && (
        <div
          className="scroll grad-table"
          tabIndex={0}
          role="region"
          aria-label={t('gradients.table.label')}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">{t('gradients.table.variable')}</th>
                <th scope="col">{t('gradients.table.shape')}</th>
                <th scope="col" className="num">
                  {t('gradients.table.params')}
                </th>
                <th scope="col" className="num">
                  {t('gradients.table.gradient')}
                </th>
                <th scope="col" className="num">
                  {t('gradients.table.weights')}
                </th>
                <th scope="col" className="num">
                  {t('gradients.table.update')}
                </th>
                <th scope="col">{t('gradients.table.history')}</th>
              </tr>
            </thead>
            <tbody>
              {variables.map((v, i) => (
                <GradientRow
                  key={v.name}
                  variable={v}
                  status={statuses[i]}
                  norm={statuses[i] === 'ok' ? (latest?.gradients[i].norm ?? null) : null}
                  weightNorm={latest?.weightNorms[i] ?? null}
                  updateRatio={latest?.updateRatios[i] ?? null}
                  history={gradNorms[i] ?? EMPTY}
                  onWhy={showWhy}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {latest && missing.length > 0 && (
        <MissingGradientExplainer
          ref={explainer}
          missing={missing}
          step={latest.step}
          reachability={reachability}
          onFix={applyFix}
        />
      )}
      {variables.length > 0 && (
        <GradientHeatmap names={names} steps={steps} gradNorms={gradNorms} />
      )}
    </section>
  );
}
