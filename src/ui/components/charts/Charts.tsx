// Training curves: loss on the training batches and the held-out batch, the task's metric
// against its trivial baseline, and the network's answer on one held-out sequence. Each chart
// selects only the state it draws, so it redraws only when its own data changes; the curves
// that grow with every step redraw at most twice a second, each as one SVG path (LiteChart.tsx)
// rather than a recharts chart, whose redraws held the main thread for 100–200 ms.
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paperNote, paperTargets, type PaperModel } from '../../../tasks/paperResults';
import { usePlayground, type History, type PlaygroundState } from '../../store';
import {
  AUTO,
  ChartLegend,
  Empty,
  HEIGHT,
  REDRAW_MS,
  chartSummary,
  stepLabel,
  useThrottledStore,
  type LegendItem,
} from './ChartParts';
import { LastRunNote, useLastRunOnly } from './LastRunNote';
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

/** The legend of the training and held-out curves, in the current language. */
const trainHeldOut = (t: (key: string) => string): LegendItem[] => [
  { label: t('charts.series.training'), color: TRAIN },
  { label: t('charts.series.heldOutLegend'), color: HELD_OUT },
];

interface Curves {
  length: number;
  xs: number[];
  series: LiteSeries[];
}

/** The curves' names, in the current language. */
interface CurveNames {
  training: string;
  heldOut: string;
}

const curveNames = (t: (key: string) => string): CurveNames => ({
  training: t('charts.series.training'),
  heldOut: t('charts.series.heldOut'),
});

/** Training values per step, and held-out values at the steps they were measured (in view). */
function points(
  steps: number[],
  train: number[],
  heldOut: History['heldOut'],
  key: 'loss' | 'metric',
  positive: boolean,
  names: CurveNames,
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
      { name: names.training, color: TRAIN, width: 1.5, values: xs.map((x) => byStep.get(x)) },
      { name: names.heldOut, color: HELD_OUT, width: 2.5, values: xs.map((x) => held.get(x)) },
    ],
  };
}

const FROM_ZERO: [number | 'auto', number | 'auto'] = [0, 'auto'];
const ZERO_ONE: [number | 'auto', number | 'auto'] = [0, 1];

export const LossChart = memo(function LossChart({ height = HEIGHT }: { height?: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { steps, loss, heldOut } = useThrottledStore(selectHistory, REDRAW_MS);
  const baseline = usePlayground((s) => s.training.task?.baseline);
  const lossName = usePlayground((s) => s.training.task?.loss);
  const taskName = usePlayground((s) => s.config?.task.name);
  const seqLen = usePlayground((s) => s.config?.task.seq_len);
  const [log, setLog] = useState(false);
  const data = useMemo(
    () => points(steps, loss, heldOut, 'loss', log, curveNames(t)),
    [steps, loss, heldOut, log, t],
  );
  const paper = useMemo(() => {
    if (taskName === undefined || seqLen === undefined) return null;
    const task = { name: taskName, seq_len: seqLen };
    const lines: LiteReference[] = paperTargets(task).map((target) => ({
      y: target.y,
      label: target.label,
      color: PAPER[target.model],
      dash: '2 3',
      width: 1.5,
    }));
    return lines.length ? { lines, task } : null;
    // paperTargets labels the lines in the current language: another language makes them anew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [taskName, seqLen, language]);
  // Rounded so that the note does not change on every redraw.
  const speed = usePlayground((s) => Math.round(s.training.stepsPerSecond * 10) / 10);
  const backendName = usePlayground((s) => s.training.backend?.name ?? '');
  const paperText =
    paper &&
    paperNote(paper.task, speed > 0 ? { stepsPerSecond: speed, backend: backendName } : undefined);
  const lastRun = useLastRunOnly();
  return (
    <figure className={lastRun ? 'chart last-run' : 'chart'} data-testid="chart-loss">
      <figcaption className="chart-title">
        <strong>{t('charts.loss.title')}</strong>
        {lossName && (
          <span> {t(lossName === 'mse' ? 'charts.loss.mse' : 'charts.loss.crossentropy')}</span>
        )}
        <label className="chart-toggle">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />{' '}
          {t('charts.loss.logScale')}
        </label>
      </figcaption>
      <LastRunNote />
      {data.length === 0 ? (
        <Empty text={t('charts.loss.empty')} height={height} />
      ) : (
        <LiteChart
          xs={data.xs}
          series={data.series}
          yDomain={log ? AUTO : FROM_ZERO}
          log={log}
          reference={
            baseline && (!log || baseline.loss > 0)
              ? { y: baseline.loss, label: t('charts.baseline'), color: BASELINE }
              : null
          }
          references={paper?.lines}
          xLabel={stepLabel}
          height={height}
          summary={chartSummary(t('charts.loss.title'), data.xs, data.series, 'lower', stepLabel)}
        />
      )}
      {data.length > 0 && <ChartLegend items={trainHeldOut(t)} />}
      {data.length > 0 && paperText && (
        <p className="chart-note" data-testid="paper-note">
          {log
            ? paperText
            : t('charts.sentences', { first: paperText, second: t('charts.loss.logHint') })}
        </p>
      )}
    </figure>
  );
});

const MetricChart = memo(function MetricChart() {
  const { t } = useTranslation();
  const { steps, metric, heldOut } = useThrottledStore(selectHistory, REDRAW_MS);
  const task = usePlayground((s) => s.training.task);
  const data = useMemo(
    () => points(steps, metric, heldOut, 'metric', false, curveNames(t)),
    [steps, metric, heldOut, t],
  );
  const name = task?.metric.name ?? t('charts.metric.fallbackTitle');
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const better = task ? (task.metric.higherIsBetter ? 'higher' : 'lower') : null;
  const metricReference = useMemo(
    () =>
      task
        ? {
            y: task.baseline.metric,
            label: t('charts.metric.baselineLabel', { value: formatNorm(task.baseline.metric) }),
            color: BASELINE,
            width: 2,
          }
        : null,
    [task, t],
  );
  return (
    <figure className="chart" data-testid="chart-metric">
      <figcaption className="chart-title">
        <strong>{title}</strong>
        {task && (
          <span>
            {' '}
            {t(
              task.metric.higherIsBetter
                ? 'charts.metric.higherIsBetter'
                : 'charts.metric.lowerIsBetter',
            )}
          </span>
        )}
      </figcaption>
      {data.length === 0 ? (
        <Empty text={t('charts.metric.empty')} />
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
      {data.length > 0 && <ChartLegend items={trainHeldOut(t)} />}
      {task && (
        <p className="chart-note">
          {t('charts.metric.baselineNote', {
            description: task.baseline.description,
            metric: name,
            value: formatNorm(task.baseline.metric),
          })}
        </p>
      )}
    </figure>
  );
});

export function Charts() {
  const { t } = useTranslation();
  const lastRun = useLastRunOnly();
  return (
    <section className="panel chart-panel" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('charts.title')}</h2>
      <LastRunNote />
      <div className={lastRun ? 'chart-grid last-run' : 'chart-grid'}>
        <MetricChart />
        <SampleChart />
      </div>
      <PinCompare />
    </section>
  );
}
