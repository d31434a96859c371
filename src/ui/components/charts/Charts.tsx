// Training curves: loss on the training batches and the held-out batch, the task's metric
// against its trivial baseline, and the network's answer on one held-out sequence. Each chart
// selects only the state it draws, so it redraws only when its own data changes; the curves
// that grow with every step redraw at most twice a second, each as one SVG path (LiteChart.tsx)
// rather than a recharts chart, whose redraws held the main thread for 100–200 ms.
import { memo, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { paperNote, paperTargets, type PaperModel } from '../../../tasks/paperResults';
import type { TaskInfo } from '../../../tasks/tasks';
import type { StepStats } from '../../../worker/protocol';
import { usePlayground, type History, type PlaygroundState } from '../../store';
import {
  ChartLegend,
  ChartSummary,
  REDRAW_MS,
  chartSummary,
  tick,
  tooltipValue,
  useThrottledStore,
  type LegendItem,
} from './ChartParts';
import { LiteChart, type LiteReference, type LiteSeries } from './LiteChart';
import { PinCompare } from './PinCompare';
import { formatNorm } from '../gradients/Sparkline';

const HEIGHT = 230;
const CHART_STYLE = { width: '100%', height: HEIGHT };
const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };
const TRAIN = '#0b3d91';
const HELD_OUT = '#d97706';
const TARGET = '#111827';
const PREDICTION = '#db2777';
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

const AUTO: [number | 'auto', number | 'auto'] = ['auto', 'auto'];
const FROM_ZERO: [number | 'auto', number | 'auto'] = [0, 'auto'];
const ZERO_ONE: [number | 'auto', number | 'auto'] = [0, 1];
const stepLabel = (s: number) => `step ${s}`;
const timeLabel = (t: number) => `time step ${t}`;

function Empty({ text, height = HEIGHT }: { text: string; height?: number }) {
  return (
    <div className="chart-empty" style={{ height }}>
      {text}
    </div>
  );
}

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
    return lines.length ? { lines, note: paperNote(task) } : null;
  }, [taskName, seqLen]);
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
      {data.length > 0 && paper?.note && (
        <p className="chart-note" data-testid="paper-note">
          {paper.note}
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

type Sample = NonNullable<StepStats['heldOut']>['sample'];

const COPY_SHOWN = 10;

/** copy_memory: the ten symbols of the last steps, as the target has them and as predicted. */
/** "Latest held-out sequence (step 180)": the sample's step, when known. */
const latestSample = (step: number | undefined) =>
  `Latest held-out sequence${step === undefined ? '' : ` (step ${step})`}`;

function CopySymbols({ sample, step }: { sample: Sample; step?: number }) {
  const from = Math.max(0, sample.target.length - COPY_SHOWN);
  const target = sample.target.slice(from).map((r) => r[0]);
  const predicted = sample.prediction.slice(from).map((r) => r[0]);
  const right = target.filter((t, i) => t === predicted[i]).length;
  return (
    <div className="chart-symbols" data-testid="chart-copy">
      <table>
        <tbody>
          <tr>
            <th scope="row">step</th>
            {target.map((_, i) => (
              <td key={i}>{from + i + 1}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">target</th>
            {target.map((t, i) => (
              <td key={i} className="chart-symbol">
                {t}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">predicted</th>
            {predicted.map((p, i) => (
              <td
                key={i}
                className={`chart-symbol ${p === target[i] ? 'chart-right' : 'chart-wrong'}`}
              >
                {p}
                <span className="chart-sr">{p === target[i] ? ' (right)' : ' (wrong)'}</span>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ChartSummary
        text={`${latestSample(step)}: ${right} of ${target.length} recalled. Symbols are 1–8; 0 is blank, 9 the delimiter.`}
      />
    </div>
  );
}

function SequenceChart({ sample, step }: { sample: Sample; step?: number }) {
  const data = useMemo(
    () => ({
      xs: sample.target.map((_, t) => t + 1),
      series: [
        {
          name: 'target',
          color: TARGET,
          width: 1.5,
          values: sample.target.map((row) => row[0]),
        },
        {
          name: 'prediction',
          color: PREDICTION,
          width: 1.5,
          values: sample.target.map((_, t) => sample.prediction[t]?.[0]),
        },
      ],
    }),
    [sample],
  );
  const summary = useMemo(() => {
    let sum = 0;
    let n = 0;
    sample.target.forEach((row, t) => {
      const p = sample.prediction[t]?.[0];
      if (p !== undefined && Number.isFinite(p) && Number.isFinite(row[0])) {
        sum += Math.abs(p - row[0]);
        n++;
      }
    });
    return (
      `${latestSample(step)}, ${sample.target.length} time steps: ` +
      (n
        ? `mean absolute error ${formatNorm(sum / n)} between prediction and target.`
        : 'no prediction.')
    );
  }, [sample, step]);
  return (
    <>
      <LiteChart
        xs={data.xs}
        series={data.series}
        yDomain={AUTO}
        xLabel={timeLabel}
        height={HEIGHT}
        summary={summary}
      />
      <ChartLegend items={TARGET_PREDICTION} />
    </>
  );
}

const TARGET_PREDICTION: LegendItem[] = [
  { label: 'target', color: TARGET },
  { label: 'prediction', color: PREDICTION },
];

function AddingBars({ sample, step }: { sample: Sample; step?: number }) {
  const target = sample.target[0]?.[0] ?? 0;
  const prediction = sample.prediction[0]?.[0] ?? 0;
  const data = [{ name: 'sum of the two marked numbers', target, prediction }];
  return (
    <>
      <BarChart data={data} margin={MARGIN} style={CHART_STYLE} responsive>
        <CartesianGrid stroke="#e5e7eb" />
        <XAxis interval={0} dataKey="name" />
        <YAxis interval={0} domain={[0, 2]} allowDataOverflow tickFormatter={tick} width={64} />
        <Tooltip formatter={tooltipValue} />
        <Bar dataKey="target" name="target" fill={TARGET} isAnimationActive={false} />
        <Bar dataKey="prediction" name="prediction" fill={PREDICTION} isAnimationActive={false} />
      </BarChart>
      <ChartLegend items={TARGET_PREDICTION} />
      <ChartSummary
        text={`${latestSample(step)}: target ${formatNorm(target)}, predicted ${formatNorm(prediction)} (error ${formatNorm(prediction - target)}).`}
      />
    </>
  );
}

const SampleChart = memo(function SampleChart() {
  const sample = usePlayground((s) => s.training.sample);
  const task = usePlayground((s) => s.training.task);
  const step = usePlayground((s) => s.training.history.heldOut.at(-1)?.step);
  return (
    <figure className="chart" data-testid="chart-sample">
      <figcaption className="chart-title">
        <strong>One held-out sequence</strong>
        {task && <span> ({sampleCaption(task)})</span>}
      </figcaption>
      {!sample || !task ? (
        <Empty text="The held-out sequence appears after the first step (then every 20)." />
      ) : task.loss === 'crossentropy' ? (
        <CopySymbols sample={sample} step={step} />
      ) : task.perStep ? (
        <SequenceChart sample={sample} step={step} />
      ) : (
        <AddingBars sample={sample} step={step} />
      )}
    </figure>
  );
});

function sampleCaption(task: TaskInfo): string {
  if (task.loss === 'crossentropy')
    return `the last ${COPY_SHOWN} steps: target vs predicted symbol`;
  if (task.perStep)
    return task.outputDim > 1 ? 'target vs prediction, output channel 0' : 'target vs prediction';
  return 'target vs prediction';
}

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
