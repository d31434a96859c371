// Training curves: loss on the training batches and the held-out batch, the task's metric
// against its trivial baseline, and the network's answer on one held-out sequence. Each chart
// selects only the state it draws, so it redraws only when its own data changes; the curves
// that grow with every step redraw at most twice a second, each as one SVG path (LiteChart.tsx)
// rather than a recharts chart, whose redraws held the main thread for 100–200 ms.
import { memo, useMemo, useState } from 'react';
import { paperNote, paperTargets, type PaperModel } from '../../../tasks/paperResults';
import { usePlayground, type History, type PlaygroundState } from '../../store';
import {
  AUTO,
  ChartLegend,
  Empty,
  HEIGHT,
  REDRAW_MS,
  chartSummary,
  useThrottledStore,
  type LegendItem,
} from './ChartParts';
import { LiteChart, type LiteReference, type LiteSeries } from './LiteChart';
import { PinCompare } from './PinCompare';
import { SampleChart } from './SampleChart';
import { formatNorm } from '../gradients/Sparkline';

const TRAIN = '#0b3d91';
const HELD_OUT = '#d97706';
const BASELINE = '#6b7280';
/** The paper's numbers (src/tasks/paperResults.ts): one colour per model, apart from the curves. */
const PAPER: Record<PaperModel, string> = { TCN: '#7c3aed', LSTM: '#047857' };

const selectHistory = (s: PlaygroundState) => s.training.history;

const TRAIN_HELD_OUT: LegendItem[] = [
  { label: 'training batch', color: TRAIN },
  { label: 'held-out batch (every 20 steps)', color: HELD_OUT },
];

interface Curves {
  length: number;
  xs: number[];
  series: LiteSeries[];
}

/** Training values per step, and held-out values at the steps they were measured (in view). */
function points(
  steps: number[],
  train: number[],
  heldOut: History['heldOut'],
  key: 'loss' | 'metric',
  positive: boolean,
): Curves {
  const keep = (v: number) => Number.isFinite(v) && (!positive || v > 0);
  const first = steps.length ? steps[0] : Infinity;
  const held = new Map<number, number>();
  for (const h of heldOut) if (h.step >= first && keep(h[key])) held.set(h.step, h[key]);
  const xs = [...new Set([...steps, ...held.keys()])].sort((a, b) => a - b);
  const byStep = new Map<number, number>();
  steps.forEach((step, i) => {
    if (keep(train[i])) byStep.set(step, train[i]);
  });
  return {
    length: xs.length,
    xs,
    series: [
      { name: 'training batch', color: TRAIN, width: 1.5, values: xs.map((x) => byStep.get(x)) },
      { name: 'held-out batch', color: HELD_OUT, width: 2.5, values: xs.map((x) => held.get(x)) },
    ],
  };
}

const FROM_ZERO: [number | 'auto', number | 'auto'] = [0, 'auto'];
const ZERO_ONE: [number | 'auto', number | 'auto'] = [0, 1];
const stepLabel = (s: number) => `step ${s}`;

export const LossChart = memo(function LossChart({ height = HEIGHT }: { height?: number }) {
  const { steps, loss, heldOut } = useThrottledStore(selectHistory, REDRAW_MS);
  const baseline = usePlayground((s) => s.training.task?.baseline);
  const lossName = usePlayground((s) => s.training.task?.loss);
  const taskName = usePlayground((s) => s.config?.task.name);
  const seqLen = usePlayground((s) => s.config?.task.seq_len);
  const [log, setLog] = useState(false);
  const data = useMemo(
    () => points(steps, loss, heldOut, 'loss', log),
    [steps, loss, heldOut, log],
  );
  const paper = useMemo(() => {
    if (taskName === undefined || seqLen === undefined) return null;
    const task = { name: taskName, seq_len: seqLen };
    const lines: LiteReference[] = paperTargets(task).map((t) => ({
      y: t.y,
      label: t.label,
      color: PAPER[t.model],
      dash: '2 3',
      width: 1.5,
    }));
    return lines.length ? { lines, task } : null;
  }, [taskName, seqLen]);
  // Rounded so that the note does not change on every redraw.
  const speed = usePlayground((s) => Math.round(s.training.stepsPerSecond * 10) / 10);
  const backendName = usePlayground((s) => s.training.backend?.name ?? '');
  const paperText =
    paper &&
    paperNote(paper.task, speed > 0 ? { stepsPerSecond: speed, backend: backendName } : undefined);
  return (
    <figure className="chart" data-testid="chart-loss">
      <figcaption className="chart-title">
        <strong>Loss</strong>
        {lossName && <span> ({lossName === 'mse' ? 'mean squared error' : 'cross-entropy'})</span>}
        <label className="chart-toggle">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> log
          scale
        </label>
      </figcaption>
      {data.length === 0 ? (
        <Empty text="The loss appears here once training runs." height={height} />
      ) : (
        <LiteChart
          xs={data.xs}
          series={data.series}
          yDomain={log ? AUTO : FROM_ZERO}
          log={log}
          reference={
            baseline && (!log || baseline.loss > 0)
              ? { y: baseline.loss, label: 'baseline', color: BASELINE }
              : null
          }
          references={paper?.lines}
          xLabel={stepLabel}
          height={height}
          summary={chartSummary('Loss', data.xs, data.series, 'lower', stepLabel)}
        />
      )}
      {data.length > 0 && <ChartLegend items={TRAIN_HELD_OUT} />}
      {data.length > 0 && paperText && (
        <p className="chart-note" data-testid="paper-note">
          {paperText}
          {!log && ' Tick “log scale” to tell the lines near zero apart.'}
        </p>
      )}
    </figure>
  );
});

const MetricChart = memo(function MetricChart() {
  const { steps, metric, heldOut } = useThrottledStore(selectHistory, REDRAW_MS);
  const task = usePlayground((s) => s.training.task);
  const data = useMemo(
    () => points(steps, metric, heldOut, 'metric', false),
    [steps, metric, heldOut],
  );
  const name = task?.metric.name ?? 'Metric';
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const better = task ? (task.metric.higherIsBetter ? 'higher' : 'lower') : null;
  const metricReference = useMemo(
    () =>
      task
        ? {
            y: task.baseline.metric,
            label: `baseline ${formatNorm(task.baseline.metric)}`,
            color: BASELINE,
            width: 2,
          }
        : null,
    [task],
  );
  return (
    <figure className="chart" data-testid="chart-metric">
      <figcaption className="chart-title">
        <strong>{title}</strong>
        {task && <span> ({task.metric.higherIsBetter ? 'higher' : 'lower'} is better)</span>}
      </figcaption>
      {data.length === 0 ? (
        <Empty text="The task’s metric appears here once training runs." />
      ) : (
        <LiteChart
          xs={data.xs}
          series={data.series}
          yDomain={task?.metric.higherIsBetter ? ZERO_ONE : FROM_ZERO}
          reference={metricReference}
          xLabel={stepLabel}
          height={HEIGHT}
          summary={chartSummary(title, data.xs, data.series, better, stepLabel)}
        />
      )}
      {data.length > 0 && <ChartLegend items={TRAIN_HELD_OUT} />}
      {task && (
        <p className="chart-note">
          Baseline (dashed): {task.baseline.description}, {name} {formatNorm(task.baseline.metric)}.
          A network that does not beat it has learned nothing about the task.
        </p>
      )}
    </figure>
  );
});

export function Charts() {
  return (
    <section className="panel chart-panel" aria-labelledby="charts-title">
      <h2 id="charts-title">Training curves</h2>
      <div className="chart-grid">
        <MetricChart />
        <SampleChart />
      </div>
      <PinCompare />
    </section>
  );
}
