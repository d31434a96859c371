// A small line chart drawn as one SVG path per series: axes, grid, an optional dashed
// reference line (a baseline), more dashed, labelled lines (targets, such as a paper's numbers)
// and a hover readout. It replaces recharts for the curves that grow with every
// step: recharts re-ran its own store, selectors and a few hundred elements on each redraw,
// which held the page's main thread for 100–200 ms at a time while training ran.
import { memo, useId, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '../layout/useElementWidth';
import { ChartSummary, joinTexts, tick, tooltipValue } from './ChartParts';

export interface LiteSeries {
  name: string;
  color: string;
  width: number;
  dash?: string;
  /** One value per x; undefined (or not drawable) values are skipped and the line joined. */
  values: (number | undefined)[];
}

export interface LiteReference {
  y: number;
  label: string;
  color: string;
  width?: number;
  /** SVG stroke-dasharray; "5 4" unless given. */
  dash?: string;
}

interface Props {
  xs: number[];
  series: LiteSeries[];
  /** Lower and upper bound of the y axis; 'auto' follows the data. */
  yDomain: [number | 'auto', number | 'auto'];
  log?: boolean;
  reference?: LiteReference | null;
  /**
   * More dashed lines, labelled at the left. Each widens the y axis only while it stays readable
   * (see fitsAxis); one that does not fit is left out rather than drawn at the axis's edge.
   */
  references?: readonly LiteReference[];
  /** The readout's name for an x value ("step 12"). */
  xLabel: (x: number) => string;
  height?: number;
  /** The chart in words (latest, best, trend), shown under it and read as its description. */
  summary?: string;
}

const MARGIN = { top: 8, right: 16, bottom: 24, left: 64 };
/** Height of a reference's label line, in px. */
const LABEL_STEP = 13;
const NO_REFERENCES: readonly LiteReference[] = [];

/**
 * Whether an extra reference line at y may join the y axis that the data spans (lo to hi): on a
 * log scale within four decades below the data and two above, on a linear one within the data's
 * span on either side, so that a far-off target does not squash the curves into a strip.
 */
export function fitsAxis(y: number, lo: number, hi: number, log: boolean): boolean {
  if (!Number.isFinite(y) || (log && y <= 0)) return false;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return true;
  if (log) return y >= lo / 1e4 && y <= hi * 1e2;
  const span = hi > lo ? hi - lo : Math.abs(hi) || 1;
  return y >= lo - span && y <= hi + span;
}

/**
 * Baselines for the labels of lines at pixel heights ys: just above each line, pushed up when
 * they would overlap the label of a line below, and below the line when there is no room above.
 */
export function labelBaselines(ys: readonly number[], top: number): number[] {
  const order = ys.map((_, i) => i).sort((a, b) => ys[b] - ys[a]);
  const out = new Array<number>(ys.length);
  let previous = Infinity;
  for (const i of order) {
    let at = Math.min(ys[i] - 4, previous - LABEL_STEP);
    if (at < top + LABEL_STEP - 3) at = ys[i] + LABEL_STEP + 1;
    out[i] = at;
    previous = at;
  }
  return out;
}

/**
 * Baseline of the reference line's label: under the line, or over it where under it would
 * reach the x axis's numbers (a baseline near the bottom of the plot).
 */
export function referenceLabelY(lineY: number, plotBottom: number): number {
  const under = lineY + 14;
  return under <= plotBottom - 2 ? under : lineY - 4;
}

/** Round steps (1, 2, 2.5, 5 × 10^k) covering [lo, hi] with about `count` ticks. */
function linearTicks(
  lo: number,
  hi: number,
  count = 5,
): { lo: number; hi: number; ticks: number[] } {
  if (!(hi > lo)) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return linearTicks(lo - pad, hi + pad, count);
  }
  const raw = (hi - lo) / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { lo: first, hi: last, ticks };
}

export const LiteChart = memo(function LiteChart({
  xs,
  series,
  yDomain,
  log = false,
  reference,
  references = NO_REFERENCES,
  xLabel,
  height = 230,
  summary,
}: Props) {
  const { t } = useTranslation();
  const { ref: box, width } = useElementWidth(400);
  const summaryId = useId();
  const [hover, setHover] = useState<number | null>(null);
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotH = height - MARGIN.top - MARGIN.bottom;

  const layout = useMemo(() => {
    const ok = (v: number | undefined): v is number =>
      v !== undefined && Number.isFinite(v) && (!log || v > 0);
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of series)
      for (const v of s.values)
        if (ok(v)) {
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
    if (reference && ok(reference.y)) {
      lo = Math.min(lo, reference.y);
      hi = Math.max(hi, reference.y);
    }
    if (typeof yDomain[0] === 'number') lo = Math.min(lo, yDomain[0]);
    if (typeof yDomain[1] === 'number') hi = Math.max(hi, yDomain[1]);
    const [dataLo, dataHi] = [lo, hi];
    const extras = references.filter((r) => fitsAxis(r.y, dataLo, dataHi, log));
    for (const r of extras) {
      lo = Math.min(lo, r.y);
      hi = Math.max(hi, r.y);
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      lo = log ? 0.1 : 0;
      hi = log ? 10 : 1;
    }
    let ticks: number[];
    let toUnit: (v: number) => number;
    if (log) {
      const a = Math.floor(Math.log10(lo));
      const b = Math.max(Math.ceil(Math.log10(hi)), a + 1);
      ticks = Array.from({ length: b - a + 1 }, (_, k) => 10 ** (a + k));
      toUnit = (v) => (Math.log10(v) - a) / (b - a);
    } else {
      const nice = linearTicks(lo, hi);
      const [a, b] = [nice.lo, nice.hi];
      ticks = nice.ticks;
      toUnit = (v) => (v - a) / (b - a);
    }
    const x0 = xs.length ? xs[0] : 0;
    const x1 = xs.length ? xs[xs.length - 1] : 1;
    const xScale = (x: number) =>
      MARGIN.left + (x1 > x0 ? ((x - x0) / (x1 - x0)) * plotW : plotW / 2);
    const yScale = (v: number) => MARGIN.top + (1 - Math.min(1, Math.max(0, toUnit(v)))) * plotH;
    const paths = series.map((s) => {
      let d = '';
      s.values.forEach((v, i) => {
        if (!ok(v)) return;
        d += `${d ? 'L' : 'M'}${xScale(xs[i]).toFixed(1)} ${yScale(v).toFixed(1)}`;
      });
      return d;
    });
    const xt = x1 > x0 ? linearTicks(x0, x1, Math.max(2, Math.floor(plotW / 70))).ticks : [x0];
    const xTicks = xt.filter((t) => t >= x0 && t <= x1 && Number.isInteger(t));
    const extraYs = extras.map((r) => yScale(r.y));
    const extraLabels = labelBaselines(extraYs, MARGIN.top);
    const lines = extras.map((r, i) => ({ ref: r, y: extraYs[i], labelY: extraLabels[i] }));
    return { ticks, xTicks, xScale, yScale, paths, ok, lines };
  }, [xs, series, yDomain, log, reference, references, plotW, plotH]);

  const onMove = (event: MouseEvent<SVGSVGElement>) => {
    if (xs.length === 0) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - rect.left;
    let best = 0;
    let dist = Infinity;
    // xs is sorted: a binary search keeps hovering cheap for long series.
    let lo = 0;
    let hi = xs.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (layout.xScale(xs[mid]) < x) lo = mid;
      else hi = mid;
    }
    for (const i of [lo, hi]) {
      const d = Math.abs(layout.xScale(xs[i]) - x);
      if (d < dist) {
        dist = d;
        best = i;
      }
    }
    setHover(best);
  };

  const shown = hover !== null && hover < xs.length ? hover : null;
  const readout =
    shown === null
      ? null
      : t('charts.readout', {
          x: xLabel(xs[shown]),
          values: joinTexts(
            series.flatMap((s) => {
              const v = s.values[shown];
              return v === undefined
                ? []
                : [t('charts.readoutValue', { name: s.name, value: tooltipValue(v) })];
            }),
            'charts.list',
          ),
        });

  const right = MARGIN.left + plotW;
  const bottom = MARGIN.top + plotH;
  return (
    <>
      <div
        ref={box}
        className="lite-chart"
        style={{ width: '100%', height, position: 'relative' }}
        data-points={xs.length}
        data-first-x={xs[0]}
        data-last-x={xs[xs.length - 1]}
        data-references={layout.lines.length}
      >
        <svg
          width={width}
          height={height}
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
          role="img"
          aria-label={joinTexts(
            series.map((s) => s.name),
            'charts.pair',
          )}
          aria-describedby={summary ? summaryId : undefined}
        >
          {layout.ticks.map((value) => (
            <g key={`y${value}`}>
              <line
                x1={MARGIN.left}
                x2={right}
                y1={layout.yScale(value)}
                y2={layout.yScale(value)}
                stroke="#e5e7eb"
              />
              <text
                x={MARGIN.left - 6}
                y={layout.yScale(value) + 4}
                textAnchor="end"
                fontSize={12}
                fill="#666"
              >
                {tick(value)}
              </text>
            </g>
          ))}
          {layout.xTicks.map((x) => (
            <g key={`x${x}`}>
              <line
                x1={layout.xScale(x)}
                x2={layout.xScale(x)}
                y1={MARGIN.top}
                y2={bottom}
                stroke="#e5e7eb"
              />
              <text
                x={layout.xScale(x)}
                y={bottom + 16}
                textAnchor="middle"
                fontSize={12}
                fill="#666"
              >
                {x}
              </text>
            </g>
          ))}
          <line x1={MARGIN.left} x2={right} y1={bottom} y2={bottom} stroke="#666" />
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={bottom} stroke="#666" />
          {reference && layout.ok(reference.y) && (
            <g>
              <line
                x1={MARGIN.left}
                x2={right}
                y1={layout.yScale(reference.y)}
                y2={layout.yScale(reference.y)}
                stroke={reference.color}
                strokeDasharray="5 4"
                strokeWidth={reference.width ?? 1}
              />
              <text
                x={right - 4}
                y={referenceLabelY(layout.yScale(reference.y), bottom)}
                textAnchor="end"
                fontSize={12}
                fill={reference.color}
              >
                {reference.label}
              </text>
            </g>
          )}
          {layout.lines.map(({ ref, y }) => (
            <line
              key={`line-${ref.label}`}
              x1={MARGIN.left}
              x2={right}
              y1={y}
              y2={y}
              stroke={ref.color}
              strokeDasharray={ref.dash ?? '5 4'}
              strokeWidth={ref.width ?? 1}
            />
          ))}
          {series.map((s, i) =>
            layout.paths[i] ? (
              <path
                key={s.name}
                d={layout.paths[i]}
                fill="none"
                stroke={s.color}
                strokeWidth={s.width}
                strokeDasharray={s.dash}
                strokeLinejoin="round"
              />
            ) : null,
          )}
          {layout.lines.map(({ ref, labelY }) => (
            <text
              key={`label-${ref.label}`}
              x={MARGIN.left + 4}
              y={labelY}
              fontSize={12}
              fill={ref.color}
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {ref.label}
            </text>
          ))}
          {shown !== null && (
            <line
              x1={layout.xScale(xs[shown])}
              x2={layout.xScale(xs[shown])}
              y1={MARGIN.top}
              y2={bottom}
              stroke="#9ca3af"
            />
          )}
        </svg>
        {readout && (
          <div className="lite-chart-readout" role="status">
            {readout}
          </div>
        )}
      </div>
      {summary && <ChartSummary id={summaryId} text={summary} />}
    </>
  );
});
