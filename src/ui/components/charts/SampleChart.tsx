// The network's answer on one held-out sequence, drawn for the task: the recalled symbols of
// copy memory, the sum of the adding problem, the target and prediction of every other task (a
// series in its own units, against its dates).
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { t as translate } from '../../../i18n/core';
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
const timeLabel = (step: number) => translate('charts.sample.timeStep', { step });

type Sample = NonNullable<StepStats['heldOut']>['sample'];

const COPY_SHOWN = 10;

/** "Latest held-out sequence (step 180)": the sample's step, when known. */
const latestSample = (step: number | undefined) =>
  step === undefined
    ? translate('charts.sample.latestNoStep')
    : translate('charts.sample.latest', { step });

/** copy_memory: the ten symbols of the last steps, as the target has them and as predicted. */
function CopySymbols({ sample, step }: { sample: Sample; step?: number }) {
  const { t } = useTranslation();
  const from = Math.max(0, sample.target.length - COPY_SHOWN);
  const target = sample.target.slice(from).map((r) => r[0]);
  const predicted = sample.prediction.slice(from).map((r) => r[0]);
  const right = target.filter((symbol, i) => symbol === predicted[i]).length;
  return (
    <div className="chart-symbols" data-testid="chart-copy">
      <table>
        <tbody>
          <tr>
            <th scope="row">{t('charts.sample.step')}</th>
            {target.map((_, i) => (
              <td key={i}>{from + i + 1}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('charts.sample.target')}</th>
            {target.map((symbol, i) => (
              <td key={i} className="chart-symbol">
                {symbol}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('charts.sample.predicted')}</th>
            {predicted.map((p, i) => (
              <td
                key={i}
                className={`chart-symbol ${p === target[i] ? 'chart-right' : 'chart-wrong'}`}
              >
                {p}
                <span className="chart-sr">
                  {' '}
                  {t(p === target[i] ? 'charts.sample.right' : 'charts.sample.wrong')}
                </span>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ChartSummary
        text={t('charts.sample.copySummary', {
          sample: latestSample(step),
          right,
          total: target.length,
        })}
      />
    </div>
  );
}

function SequenceChart({ sample, step }: { sample: Sample; step?: number }) {
  const { t } = useTranslation();
  // A series is drawn in its target's own units, against the dates of the rows forecast.
  const axis = usePlayground((s) => (s.config?.task.name === 'series' ? s.series.axis : null));
  const data = useMemo(() => {
    const back = (v: number | undefined) =>
      v === undefined || !axis ? v : v * axis.std + axis.mean;
    return {
      xs: sample.target.map((_, i) => i + 1),
      series: [
        {
          name: t('charts.sample.target'),
          color: TARGET,
          width: 1.5,
          values: sample.target.map((row) => back(row[0])),
        },
        {
          name: t('charts.sample.prediction'),
          color: PREDICTION,
          width: 1.5,
          values: sample.target.map((_, i) => back(sample.prediction[i]?.[0])),
        },
      ],
    };
  }, [sample, axis, t]);
  const xLabel = useMemo(() => {
    const dates = axis?.dates;
    if (!dates || sample.firstRow === undefined) return timeLabel;
    const first = sample.firstRow + axis.horizon;
    return (step: number) => dates[first + step - 1] ?? timeLabel(step);
  }, [axis, sample.firstRow]);
  const summary = useMemo(() => {
    let sum = 0;
    let n = 0;
    sample.target.forEach((row, i) => {
      const p = sample.prediction[i]?.[0];
      if (p !== undefined && Number.isFinite(p) && Number.isFinite(row[0])) {
        sum += Math.abs(p - row[0]);
        n++;
      }
    });
    const values = { sample: latestSample(step), length: sample.target.length };
    return n
      ? t('charts.sample.sequenceSummary', { ...values, error: formatNorm(sum / n) })
      : t('charts.sample.sequenceNoPrediction', values);
  }, [sample, step, t]);
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
      <ChartLegend items={targetPrediction(t)} />
      {axis && (
        <p className="chart-note" data-testid="series-sample-note">
          {t(axis.dates ? 'charts.sample.seriesNoteDated' : 'charts.sample.seriesNote', {
            target: axis.target,
            horizon: axis.horizon,
          })}
        </p>
      )}
    </>
  );
}

const targetPrediction = (t: (key: string) => string): LegendItem[] => [
  { label: t('charts.sample.target'), color: TARGET },
  { label: t('charts.sample.prediction'), color: PREDICTION },
];

function AddingBars({ sample, step }: { sample: Sample; step?: number }) {
  const { t } = useTranslation();
  const target = sample.target[0]?.[0] ?? 0;
  const prediction = sample.prediction[0]?.[0] ?? 0;
  const data = [{ name: t('charts.sample.addingSum'), target, prediction }];
  return (
    <>
      <BarChart data={data} margin={MARGIN} style={CHART_STYLE} responsive>
        <CartesianGrid stroke="#e5e7eb" />
        <XAxis interval={0} dataKey="name" />
        <YAxis interval={0} domain={[0, 2]} allowDataOverflow tickFormatter={tick} width={64} />
        <Tooltip formatter={tooltipValue} />
        <Bar
          dataKey="target"
          name={t('charts.sample.target')}
          fill={TARGET}
          isAnimationActive={false}
        />
        <Bar
          dataKey="prediction"
          name={t('charts.sample.prediction')}
          fill={PREDICTION}
          isAnimationActive={false}
        />
      </BarChart>
      <ChartLegend items={targetPrediction(t)} />
      <ChartSummary
        text={t('charts.sample.addingSummary', {
          sample: latestSample(step),
          target: formatNorm(target),
          prediction: formatNorm(prediction),
          error: formatNorm(prediction - target),
        })}
      />
    </>
  );
}

export const SampleChart = memo(function SampleChart() {
  const { t } = useTranslation();
  const sample = usePlayground((s) => s.training.sample);
  const task = usePlayground((s) => s.training.task);
  const step = usePlayground((s) => s.training.history.heldOut.at(-1)?.step);
  return (
    <figure className="chart" data-testid="chart-sample">
      <figcaption className="chart-title">
        <strong>{t('charts.sample.title')}</strong>
        {task && <span> {sampleCaption(task)}</span>}
      </figcaption>
      {!sample || !task ? (
        <Empty text={t('charts.sample.empty')} />
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
    return translate('charts.sample.captionCopy', { shown: COPY_SHOWN });
  if (task.perStep && task.outputDim > 1) return translate('charts.sample.captionChannel');
  return translate('charts.sample.caption');
}
