// Training curves: loss on the training batches and the held-out batch, the task's metric
// against its trivial baseline, and the network's answer on one held-out sequence. Each chart
// selects only the state it draws, so it redraws only when its own data changes; the curves
// that grow with every step redraw at most twice a second (recharts costs tens of
// milliseconds a redraw, which at the store's ten a second took CPU time from training).
import { memo, useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TaskInfo } from '../../tasks/tasks';
import type { StepStats } from '../../worker/protocol';
import { usePlayground, type History, type PlaygroundState } from '../store';
import {
  ChartLegend,
  REDRAW_MS,
  tick,
  tooltipValue,
  useThrottledStore,
  type LegendItem,
} from './ChartParts';
import { PinCompare } from './PinCompare';
import { formatNorm } from './Sparkline';

const HEIGHT = 230;
const CHART_STYLE = { width: '100%', height: HEIGHT };
const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };
const TRAIN = '#0b3d91';
const HELD_OUT = '#d97706';
const TARGET = '#111827';
const PREDICTION = '#db2777';
const BASELINE = '#6b7280';

const selectHistory = (s: PlaygroundState) => s.training.history;

const TRAIN_HELD_OUT: LegendItem[] = [
  { label: 'training batch', color: TRAIN },
  { label: 'held-out batch (every 20 steps)', color: HELD_OUT },
];

interface Point {
  step: number;
  train?: number;
  heldOut?: number;
}

/** Training values per step, and held-out values at the steps they were measured (in view). */
function points(
  steps: number[],
  train: number[],
  heldOut: History['heldOut'],
  key: 'loss' | 'metric',
  positive: boolean,
): Point[] {
  const byStep = new Map<number, Point>();
  const keep = (v: number) => Number.isFinite(v) && (!positive || v > 0);
  steps.forEach((step, i) =>
    byStep.set(step, keep(train[i]) ? { step, train: train[i] } : { step }),
  );
  const first = steps.length ? steps[0] : Infinity;
  for (const h of heldOut) {
    if (h.step < first || !keep(h[key])) continue;
    const p = byStep.get(h.step) ?? { step: h.step };
    byStep.set(h.step, { ...p, heldOut: h[key] });
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

function Empty({ text }: { text: string }) {
  return (
    <div className="chart-empty" style={{ height: HEIGHT }}>
      {text}
    </div>
  );
}

// Shared by the loss and metric charts.
const trainHeldOutLines = (
  <>
    <Line
      type="linear"
      dataKey="train"
      name="training batch"
      stroke={TRAIN}
      strokeWidth={1.5}
      dot={false}
      connectNulls
      isAnimationActive={false}
    />
    <Line
      type="linear"
      dataKey="heldOut"
      name="held-out batch"
      stroke={HELD_OUT}
      strokeWidth={2.5}
      dot={false}
      connectNulls
      isAnimationActive={false}
    />
  </>
);

const LossChart = memo(function LossChart() {
  const { steps, loss, heldOut } = useThrottledStore(selectHistory, REDRAW_MS);
  const baseline = usePlayground((s) => s.training.task?.baseline);
  const lossName = usePlayground((s) => s.training.task?.loss);
  const [log, setLog] = useState(false);
  const data = useMemo(
    () => points(steps, loss, heldOut, 'loss', log),
    [steps, loss, heldOut, log],
  );
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
        <Empty text="The loss appears here once training runs." />
      ) : (
        <LineChart data={data} margin={MARGIN} style={CHART_STYLE} responsive>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis
            interval={0}
            dataKey="step"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
          />
          <YAxis
            interval={0}
            scale={log ? 'log' : 'auto'}
            domain={log ? ['auto', 'auto'] : [0, 'auto']}
            allowDataOverflow={log}
            tickFormatter={tick}
            width={64}
          />
          <Tooltip formatter={tooltipValue} labelFormatter={(s) => `step ${String(s)}`} />
          {baseline && (!log || baseline.loss > 0) && (
            <ReferenceLine
              y={baseline.loss}
              stroke={BASELINE}
              strokeDasharray="5 4"
              ifOverflow="extendDomain"
              label={{
                value: 'baseline',
                position: 'insideTopRight',
                fill: BASELINE,
                fontSize: 12,
              }}
            />
          )}
          {trainHeldOutLines}
        </LineChart>
      )}
      {data.length > 0 && <ChartLegend items={TRAIN_HELD_OUT} />}
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
  return (
    <figure className="chart" data-testid="chart-metric">
      <figcaption className="chart-title">
        <strong>{name.charAt(0).toUpperCase() + name.slice(1)}</strong>
        {task && <span> ({task.metric.higherIsBetter ? 'higher' : 'lower'} is better)</span>}
      </figcaption>
      {data.length === 0 ? (
        <Empty text="The task’s metric appears here once training runs." />
      ) : (
        <LineChart data={data} margin={MARGIN} style={CHART_STYLE} responsive>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis
            interval={0}
            dataKey="step"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
          />
          <YAxis
            interval={0}
            domain={task?.metric.higherIsBetter ? [0, 1] : [0, 'auto']}
            tickFormatter={tick}
            width={64}
          />
          <Tooltip formatter={tooltipValue} labelFormatter={(s) => `step ${String(s)}`} />
          {task && (
            <ReferenceLine
              y={task.baseline.metric}
              stroke={BASELINE}
              strokeDasharray="5 4"
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{
                value: `baseline ${formatNorm(task.baseline.metric)}`,
                position: 'insideTopRight',
                fill: BASELINE,
                fontSize: 12,
              }}
            />
          )}
          {trainHeldOutLines}
        </LineChart>
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
function CopySymbols({ sample }: { sample: Sample }) {
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
      <p className="chart-note">
        {right} of {target.length} recalled. Symbols are 1–8; 0 is blank, 9 the delimiter.
      </p>
    </div>
  );
}

function SequenceChart({ sample }: { sample: Sample }) {
  const data = useMemo(
    () =>
      sample.target.map((row, t) => ({
        t: t + 1,
        target: row[0],
        prediction: sample.prediction[t]?.[0],
      })),
    [sample],
  );
  return (
    <>
      <LineChart data={data} margin={MARGIN} style={CHART_STYLE} responsive>
        <CartesianGrid stroke="#e5e7eb" />
        <XAxis
          interval={0}
          dataKey="t"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
        />
        <YAxis interval={0} tickFormatter={tick} width={64} />
        <Tooltip formatter={tooltipValue} labelFormatter={(t) => `time step ${String(t)}`} />
        <Line
          dataKey="target"
          name="target"
          stroke={TARGET}
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="prediction"
          name="prediction"
          stroke={PREDICTION}
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
      <ChartLegend items={TARGET_PREDICTION} />
    </>
  );
}

const TARGET_PREDICTION: LegendItem[] = [
  { label: 'target', color: TARGET },
  { label: 'prediction', color: PREDICTION },
];

function AddingBars({ sample }: { sample: Sample }) {
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
      <p className="chart-note">
        Target {formatNorm(target)}, predicted {formatNorm(prediction)} (error{' '}
        {formatNorm(prediction - target)}).
      </p>
    </>
  );
}

const SampleChart = memo(function SampleChart() {
  const sample = usePlayground((s) => s.training.sample);
  const task = usePlayground((s) => s.training.task);
  return (
    <figure className="chart" data-testid="chart-sample">
      <figcaption className="chart-title">
        <strong>One held-out sequence</strong>
        {task && <span> ({sampleCaption(task)})</span>}
      </figcaption>
      {!sample || !task ? (
        <Empty text="The held-out sequence appears after the first step (then every 20)." />
      ) : task.loss === 'crossentropy' ? (
        <CopySymbols sample={sample} />
      ) : task.perStep ? (
        <SequenceChart sample={sample} />
      ) : (
        <AddingBars sample={sample} />
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
      <h2 id="charts-title">Training</h2>
      <div className="chart-grid">
        <LossChart />
        <MetricChart />
        <SampleChart />
      </div>
      <PinCompare />
    </section>
  );
}
