// The network's answer on one held-out sequence, drawn for the task: the recalled symbols of
// copy memory, the sum of the adding problem, the target and prediction of every other task (a
// series in its own units, against its dates).
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { TaskInfo } from '../../../tasks/tasks';
import type { StepStats } from '../../../worker/protocol';
import { usePlayground } from '../../store';
import {
  AUTO,
  ChartLegend,
  ChartSummary,
  Empty,
  HEIGHT,
  tick,
  tooltipValue,
  type LegendItem,
} from './ChartParts';
import { LiteChart } from './LiteChart';
import { formatNorm } from '../gradients/Sparkline';

const CHART_STYLE = { width: '100%', height: HEIGHT };
const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };
const TARGET = '#111827';
const PREDICTION = '#db2777';
const timeLabel = (t: number) => `time step ${t}`;

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
  // A series is drawn in its target's own units, against the dates of the rows forecast.
  const axis = usePlayground((s) => (s.config?.task.name === 'series' ? s.series.axis : null));
  const data = useMemo(() => {
    const back = (v: number | undefined) =>
      v === undefined || !axis ? v : v * axis.std + axis.mean;
    return {
      xs: sample.target.map((_, t) => t + 1),
      series: [
        {
          name: 'target',
          color: TARGET,
          width: 1.5,
          values: sample.target.map((row) => back(row[0])),
        },
        {
          name: 'prediction',
          color: PREDICTION,
          width: 1.5,
          values: sample.target.map((_, t) => back(sample.prediction[t]?.[0])),
        },
      ],
    };
  }, [sample, axis]);
  const xLabel = useMemo(() => {
    const dates = axis?.dates;
    if (!dates || sample.firstRow === undefined) return timeLabel;
    const first = sample.firstRow + axis.horizon;
    return (t: number) => dates[first + t - 1] ?? timeLabel(t);
  }, [axis, sample.firstRow]);
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
        xLabel={xLabel}
        height={HEIGHT}
        summary={summary}
      />
      <ChartLegend items={TARGET_PREDICTION} />
      {axis && (
        <p className="chart-note" data-testid="series-sample-note">
          {axis.target} in its own units, {axis.horizon} row(s) ahead of each input row
          {axis.dates ? ', dated by the row forecast' : ''}.
        </p>
      )}
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

export const SampleChart = memo(function SampleChart() {
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
