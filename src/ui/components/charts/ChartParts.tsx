// Pieces the charts and the gradient panel share: a throttled view of the store, a plain
// legend, number formats for axes and tooltips, and the charts in words.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../i18n/core';
import { usePlaygroundStore, type PlaygroundState } from '../../store';
import { formatNorm } from '../gradients/Sparkline';

/** How often the pictures that grow with every step redraw while training runs. */
export const REDRAW_MS = 500;

/**
 * A slice of the store, updated at most once every `ms` (the latest value wins, so the last
 * step is always drawn). The component does not re-render for store changes in between.
 * `selector` must be a stable function (module level).
 */
export function useThrottledStore<T>(selector: (state: PlaygroundState) => T, ms: number): T {
  const store = usePlaygroundStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  const shown = useRef(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const show = () => {
      timer = null;
      last = performance.now();
      const next = selector(store.getState());
      if (Object.is(next, shown.current)) return;
      shown.current = next;
      setValue(next);
    };
    const unsubscribe = store.subscribe((state) => {
      if (timer || Object.is(selector(state), shown.current)) return;
      timer = setTimeout(show, Math.max(0, last + ms - performance.now()));
    });
    // The store may have changed between the first render and this subscription.
    show();
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store, selector, ms]);
  return value;
}

/** Axis ticks: as short as the value allows. */
export const tick = (v: number) =>
  v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)
    ? v.toExponential(1)
    : String(Number(v.toPrecision(3)));
/** The readout's and the summaries' name for a training step ("step 12"). */
export const stepLabel = (step: number) => t('charts.stepLabel', { step });
export const tooltipValue = (v: unknown) => (typeof v === 'number' ? formatNorm(v) : String(v));

export interface LegendItem {
  label: string;
  color: string;
  dashed?: boolean;
}

/** A plain HTML legend (recharts' own measures itself on every redraw). */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={item.dashed ? 'chart-key chart-key-dashed' : 'chart-key'}
            style={{ borderColor: item.color }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Values whose halves differ by less than this (relative) are "level". */
const LEVEL = 0.05;
/** The trend looks at this many latest values. */
const TREND_WINDOW = 40;

/** "falling", "rising" or "level" over the latest values (null: too few to tell). */
export function trendOf(values: number[]): 'falling' | 'rising' | 'level' | null {
  const recent = values.slice(-TREND_WINDOW);
  if (recent.length < 4) return null;
  const half = Math.floor(recent.length / 2);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const before = mean(recent.slice(0, half));
  const after = mean(recent.slice(recent.length - half));
  const scale = Math.max(Math.abs(before), Math.abs(after), 1e-12);
  const change = (after - before) / scale;
  return Math.abs(change) < LEVEL ? 'level' : change < 0 ? 'falling' : 'rising';
}

export interface SummarySeries {
  name: string;
  values: (number | undefined)[];
}

/**
 * Texts joined pairwise through `key` (charts.list: "a, b, c"; charts.pair: "a and b and c"),
 * so that each language has its own separators.
 */
export function joinTexts(texts: string[], key: string): string {
  return texts.length ? texts.reduce((first, second) => t(key, { first, second })) : '';
}

/**
 * A chart in words: per series its latest value, its best one (lowest or highest, when one is
 * better) and its trend. "Loss: training batch latest 0.031 (step 200), best 0.028 at step 180,
 * falling; held-out batch latest …".
 */
export function chartSummary(
  title: string,
  xs: number[],
  series: SummarySeries[],
  better: 'lower' | 'higher' | null,
  xLabel: (x: number) => string,
): string {
  const parts = series.flatMap((s) => {
    const points: { x: number; v: number }[] = [];
    s.values.forEach((v, i) => {
      if (v !== undefined && Number.isFinite(v)) points.push({ x: xs[i], v });
    });
    if (points.length === 0) return [];
    const latest = points[points.length - 1];
    const trend = trendOf(points.map((p) => p.v));
    const values = {
      name: s.name,
      latest: formatNorm(latest.v),
      at: xLabel(latest.x),
      trend: t(`charts.summary.trend.${trend ?? 'unknown'}`),
    };
    // Only a chart of several series names each one.
    const named = series.length > 1;
    if (better && points.length > 1) {
      const best = points.reduce((a, b) => ((better === 'lower' ? b.v < a.v : b.v > a.v) ? b : a));
      return [
        t(named ? 'charts.summary.namedLatestBest' : 'charts.summary.latestBest', {
          ...values,
          best: formatNorm(best.v),
          bestAt: xLabel(best.x),
        }),
      ];
    }
    return [t(named ? 'charts.summary.namedLatest' : 'charts.summary.latest', values)];
  });
  return parts.length
    ? t('charts.summary.chart', { title, parts: joinTexts(parts, 'charts.summary.parts') })
    : t('charts.summary.empty', { title });
}

/** The summary under a chart: what a screen reader reads for it, and a caption for everyone. */
export function ChartSummary({ id, text }: { id?: string; text: string }) {
  return (
    <p className="chart-summary" id={id} data-testid="chart-summary">
      {text}
    </p>
  );
}

/** The height of a training chart. */
export const HEIGHT = 230;
/** A y-domain fitted to the data. */
export const AUTO: [number | 'auto', number | 'auto'] = ['auto', 'auto'];

/** A chart's place before it has data, saying what will appear. */
export function Empty({ text, height = HEIGHT }: { text: string; height?: number }) {
  return (
    <div className="chart-empty" style={{ height }}>
      {text}
    </div>
  );
}
