// A/B: pin the current run, change something (a fix, a learning rate), train again, and see
// the pinned run's loss curve and final gradient norms next to the current ones.
import { memo, useMemo } from 'react';
import { usePlayground, type PinnedRun, type PlaygroundState } from '../../store';
import {
  ChartLegend,
  REDRAW_MS,
  chartSummary,
  useThrottledStore,
  type LegendItem,
} from './ChartParts';
import { decadeRange } from '../gradients/GradientHeatmap';
import { breakable } from '../gradients/GradientPanel';
import { LiteChart, type LiteSeries } from './LiteChart';
import { formatNorm, logOf } from '../gradients/Sparkline';

const CURRENT = '#0b3d91';
const PINNED = '#7c3aed';
const LEGEND: LegendItem[] = [
  { label: 'pinned run', color: PINNED, dashed: true },
  { label: 'current run', color: CURRENT },
];
const selectTraining = (s: PlaygroundState) => s.training;
const FROM_ZERO: [number | 'auto', number | 'auto'] = [0, 'auto'];
const stepLabel = (s: number) => `step ${s}`;

export function PinCompare() {
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
              Pinned: <strong>{pinned.label}</strong>
            </span>
            <button type="button" className="secondary" data-testid="unpin" onClick={unpin}>
              Unpin
            </button>
          </>
        ) : (
          <>
            <button type="button" data-testid="pin" onClick={pin} disabled={!canPin}>
              Pin this run
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
                Pin, then train a matched LSTM
              </button>
            )}
            <span className="pin-hint">
              {canPin
                ? 'Keeps this run’s loss curve and gradient norms, to compare with the next run (say, before and after a fix).'
                : 'Train a few steps, then pin the run to compare it with the next one.'}
            </span>
          </>
        )}
      </div>
      {pinned && <PinnedComparison pinned={pinned} />}
    </div>
  );
}

const PinnedComparison = memo(function PinnedComparison({ pinned }: { pinned: PinnedRun }) {
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
        name: 'pinned run',
        color: PINNED,
        width: 2,
        dash: '6 3',
        values: xs.map((x) => pinnedBy.get(x)),
      },
      { name: 'current run', color: CURRENT, width: 1.5, values: xs.map((x) => currentBy.get(x)) },
    ];
    return { xs, series };
  }, [pinned, steps, loss]);

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
          <strong>Loss: pinned vs current</strong>
        </figcaption>
        <LiteChart
          xs={data.xs}
          series={data.series}
          yDomain={FROM_ZERO}
          xLabel={stepLabel}
          height={230}
          summary={chartSummary('Loss', data.xs, data.series, 'lower', stepLabel)}
        />
        <ChartLegend items={LEGEND} />
      </figure>
      <figure className="pin-norms">
        <figcaption className="chart-title">
          <strong>Final gradient norms</strong> (bars on a log scale
          {range ? `, 1e${range.lo} to 1e${range.hi}` : ''})
        </figcaption>
        <table>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">Pinned run</th>
              <th scope="col">Current run</th>
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
  const training = useThrottledStore(selectTraining, REDRAW_MS);
  const metricName = training.task?.metric.name ?? 'metric';
  const rows = [
    {
      run: 'Pinned',
      network: pinned.network,
      history: pinned.history,
      speed: pinned.stepsPerSecond,
    },
    {
      run: 'Current',
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
      aria-label="The two runs side by side"
    >
      <table className="pin-figures" data-testid="pin-figures">
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Network</th>
            <th scope="col">Steps</th>
            <th scope="col">Loss</th>
            <th scope="col">Held-out {metricName}</th>
            <th scope="col">Steps/s</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.run} data-run={r.run.toLowerCase()}>
              <th scope="row">{r.run}</th>
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
  if (value === undefined) return <span className="pin-none">—</span>;
  if (value === null) return <span className="grad-badge grad-badge-missing">no gradient</span>;
  if (!Number.isFinite(value))
    return <span className="grad-badge grad-badge-nonfinite">not finite</span>;
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
