// A/B: pin the current run, change something (a fix, a learning rate), train again, and see
// the pinned run's loss curve and final gradient norms next to the current ones.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlayground, type PinnedRun, type PlaygroundState } from '../../store';
import { ChartLegend, REDRAW_MS, chartSummary, stepLabel, useThrottledStore } from './ChartParts';
import { decadeRange } from '../gradients/GradientHeatmap';
import { breakable } from '../gradients/GradientPanel';
import { LiteChart, type LiteSeries } from './LiteChart';
import { formatNorm, logOf } from '../gradients/Sparkline';

const CURRENT = '#0b3d91';
const PINNED = '#7c3aed';
const selectTraining = (s: PlaygroundState) => s.training;
const FROM_ZERO: [number | 'auto', number | 'auto'] = [0, 'auto'];

export function PinCompare() {
  const { t } = useTranslation();
  const pinned = usePlayground((s) => s.pinned);
  const pin = usePlayground((s) => s.pin);
  const unpin = usePlayground((s) => s.unpin);
  const canPin = usePlayground((s) => s.training.history.steps.length > 0);
  const isTcn = usePlayground((s) => s.raw.train.model === 'tcn');
  const setTrainField = usePlayground((s) => s.setTrainField);
  const play = usePlayground((s) => s.play);
  return (
    <div className="pin" data-testid="pin-compare">
      <div className="pin-actions">
        {pinned ? (
          <>
            <span className="pin-label">
              {t('charts.pin.pinned')} <strong>{pinned.label}</strong>
            </span>
            <button type="button" className="secondary" data-testid="unpin" onClick={unpin}>
              {t('charts.pin.unpin')}
            </button>
          </>
        ) : (
          <>
            <button type="button" data-testid="pin" onClick={pin} disabled={!canPin}>
              {t('charts.pin.pin')}
            </button>
            {isTcn && (
              <button
                type="button"
                className="secondary"
                data-testid="compare-lstm"
                disabled={!canPin}
                onClick={() => {
                  pin();
                  setTrainField('model', 'lstm');
                  play();
                }}
              >
                {t('charts.pin.compareLstm')}
              </button>
            )}
            <span className="pin-hint">
              {t(canPin ? 'charts.pin.hint' : 'charts.pin.hintFirst')}
            </span>
          </>
        )}
      </div>
      {pinned && <PinnedComparison pinned={pinned} />}
    </div>
  );
}

const PinnedComparison = memo(function PinnedComparison({ pinned }: { pinned: PinnedRun }) {
  const { t } = useTranslation();
  const { history, variables, latest } = useThrottledStore(selectTraining, REDRAW_MS);
  const { steps, loss } = history;

  const data = useMemo(() => {
    const pinnedBy = new Map<number, number>();
    pinned.history.steps.forEach((step, i) => pinnedBy.set(step, pinned.history.loss[i]));
    const currentBy = new Map<number, number>();
    steps.forEach((step, i) => currentBy.set(step, loss[i]));
    const xs = [...new Set([...pinned.history.steps, ...steps])].sort((a, b) => a - b);
    const series: LiteSeries[] = [
      {
        name: t('charts.pin.pinnedRun'),
        color: PINNED,
        width: 2,
        dash: '6 3',
        values: xs.map((x) => pinnedBy.get(x)),
      },
      {
        name: t('charts.pin.currentRun'),
        color: CURRENT,
        width: 1.5,
        values: xs.map((x) => currentBy.get(x)),
      },
    ];
    return { xs, series };
  }, [pinned, steps, loss, t]);

  // Every variable of either run, the current run's order first.
  const rows = useMemo(() => {
    const names = [...variables.map((v) => v.name)];
    for (const name of pinned.variables) if (!names.includes(name)) names.push(name);
    return names.map((name) => {
      const p = pinned.variables.indexOf(name);
      const c = variables.findIndex((v) => v.name === name);
      const pinnedRow = p >= 0 ? pinned.history.gradNorms[p] : undefined;
      const pinnedNorm =
        pinnedRow && pinnedRow.length ? pinnedRow[pinnedRow.length - 1] : undefined;
      const g =
        c >= 0 && latest && latest.gradients.length === variables.length
          ? latest.gradients[c]
          : undefined;
      const currentNorm =
        g === undefined
          ? undefined
          : g.status === 'missing'
            ? null
            : g.status === 'nonfinite'
              ? Number.NaN
              : (g.norm ?? Number.NaN);
      return { name, pinnedNorm, currentNorm };
    });
  }, [pinned, variables, latest]);

  const range = decadeRange([
    rows.map((r) => r.pinnedNorm ?? null),
    rows.map((r) => r.currentNorm ?? null),
  ]);

  return (
    <div className="pin-compare">
      <RunFigures pinned={pinned} />
      <figure className="chart">
        <figcaption className="chart-title">
          <strong>{t('charts.pin.lossTitle')}</strong>
        </figcaption>
        <LiteChart
          xs={data.xs}
          series={data.series}
          yDomain={FROM_ZERO}
          xLabel={stepLabel}
          height={230}
          summary={chartSummary(t('charts.loss.title'), data.xs, data.series, 'lower', stepLabel)}
        />
        <ChartLegend
          items={[
            { label: t('charts.pin.pinnedRun'), color: PINNED, dashed: true },
            { label: t('charts.pin.currentRun'), color: CURRENT },
          ]}
        />
      </figure>
      <figure className="pin-norms">
        <figcaption className="chart-title">
          <strong>{t('charts.pin.normsTitle')}</strong>{' '}
          {range
            ? t('charts.pin.normsScaleRange', { lo: range.lo, hi: range.hi })
            : t('charts.pin.normsScale')}
        </figcaption>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('charts.pin.variable')}</th>
              <th scope="col">{t('charts.pin.pinnedRunHeader')}</th>
              <th scope="col">{t('charts.pin.currentRunHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} data-testid="pin-row" data-variable={r.name}>
                <td className="pin-name">
                  <code>{breakable(r.name.replace(/^tcn\//, ''))}</code>
                </td>
                <td>
                  <NormBar value={r.pinnedNorm} range={range} kind="pinned" />
                </td>
                <td>
                  <NormBar value={r.currentNorm} range={range} kind="current" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </div>
  );
});

const last = (values: number[]) => (values.length ? values[values.length - 1] : undefined);
const show = (x: number | undefined) => (x === undefined ? '—' : formatNorm(x));

/** The two runs side by side: what was trained, its last loss and metric, its speed. */
function RunFigures({ pinned }: { pinned: PinnedRun }) {
  const { t } = useTranslation();
  const training = useThrottledStore(selectTraining, REDRAW_MS);
  const metricName = training.task?.metric.name ?? t('charts.pin.fallbackMetric');
  const rows = [
    {
      run: 'pinned',
      label: t('charts.pin.pinnedRow'),
      network: pinned.network,
      history: pinned.history,
      speed: pinned.stepsPerSecond,
    },
    {
      run: 'current',
      label: t('charts.pin.currentRow'),
      network: training.network,
      history: training.history,
      speed: training.stepsPerSecond,
    },
  ];
  return (
    <div
      className="scroll pin-figures-wrap"
      tabIndex={0}
      role="region"
      aria-label={t('charts.pin.runs')}
    >
      <table className="pin-figures" data-testid="pin-figures">
        <thead>
          <tr>
            <th scope="col">{t('charts.pin.run')}</th>
            <th scope="col">{t('charts.pin.network')}</th>
            <th scope="col">{t('charts.pin.steps')}</th>
            <th scope="col">{t('charts.pin.loss')}</th>
            <th scope="col">{t('charts.pin.heldOutMetric', { metric: metricName })}</th>
            <th scope="col">{t('charts.pin.stepsPerSecond')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.run} data-run={r.run}>
              <th scope="row">{r.label}</th>
              <td>{r.network ?? '—'}</td>
              <td>{last(r.history.steps) ?? 0}</td>
              <td>{show(last(r.history.loss))}</td>
              <td>{show(r.history.heldOut.at(-1)?.metric)}</td>
              <td>{r.speed ? r.speed.toFixed(1) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface BarProps {
  /** undefined: no such variable or no step yet; null: no gradient; NaN: not finite. */
  value: number | null | undefined;
  range: { lo: number; hi: number } | null;
  kind: 'pinned' | 'current';
}

function NormBar({ value, range, kind }: BarProps) {
  const { t } = useTranslation();
  if (value === undefined) return <span className="pin-none">—</span>;
  if (value === null)
    return <span className="grad-badge grad-badge-missing">{t('charts.pin.noGradient')}</span>;
  if (!Number.isFinite(value))
    return <span className="grad-badge grad-badge-nonfinite">{t('charts.pin.notFinite')}</span>;
  const l = logOf(value);
  const fraction = l === null || !range ? 0 : (l - range.lo) / (range.hi - range.lo);
  return (
    <span className="pin-bar-cell">
      <span className="pin-bar-track">
        <span
          className={`pin-bar-fill pin-bar-${kind}`}
          style={{ width: `${Math.max(2, fraction * 100)}%` }}
        />
      </span>
      <span className="pin-bar-value">{formatNorm(value)}</span>
    </span>
  );
}
