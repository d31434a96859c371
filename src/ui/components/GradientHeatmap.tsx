// log10 of every variable's gradient norm over the kept steps, as a canvas: variables down,
// steps across (oldest left). Missing gradients are amber hatching, non-finite ones red, exact
// zeros grey: none of them is a colour of the scale.
import { memo, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { HISTORY_STEPS } from '../store';
import { formatNorm, logOf } from './Sparkline';

/** Viridis, dark (small norms) to yellow (large norms). */
const VIRIDIS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
];
export const VIRIDIS_CSS = `linear-gradient(to right, ${VIRIDIS.join(', ')})`;
const NONFINITE = '#dc2626';
const ZERO = '#9ca3af';
const MISSING_BG = '#fff7e6';
const MISSING_STRIPE = '#d97706';

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const RGB = VIRIDIS.map(hex);

/** The colour of t in [0, 1] on the scale. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (RGB.length - 1);
  const i = Math.min(RGB.length - 2, Math.floor(x));
  const f = x - i;
  const [r, g, b] = RGB[i].map((c, k) => Math.round(c + (RGB[i + 1][k] - c) * f));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The scale in 256 steps, so that drawing a cell builds no string. */
const LUT = Array.from({ length: 256 }, (_, i) => viridis(i / 255));
const colourOf = (t: number) => LUT[Math.round(Math.min(1, Math.max(0, t)) * 255)];

/** Whole decades that cover every positive finite value (at least one decade wide). */
export function decadeRange(rows: (number | null)[][]): { lo: number; hi: number } | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of rows) {
    for (const v of row) {
      const l = logOf(v);
      if (l === null) continue;
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
    }
  }
  if (!Number.isFinite(lo)) return null;
  const floor = Math.floor(lo);
  return { lo: floor, hi: Math.max(Math.ceil(hi), floor + 1) };
}

interface Props {
  names: string[];
  steps: number[];
  /** Per variable, per kept step: null = no gradient, NaN = not finite. */
  gradNorms: (number | null)[][];
}

const WIDTH = 780;
const LABEL = 280;
const ROW = 16;
const TOP = 4;
const AXIS = 22;
const GRID = WIDTH - LABEL - 8;
const CELL = GRID / HISTORY_STEPS;

/** "tcn/residual_block_0/conv1D_0/kernel" → "residual_block_0/conv1D_0/kernel". */
const shortName = (name: string) => name.replace(/^tcn\//, '');

const hatches = new WeakMap<CanvasRenderingContext2D, CanvasPattern | string>();

/** The hatching for missing gradients, made once per canvas. */
function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  let pattern = hatches.get(ctx);
  if (!pattern) {
    pattern = makeHatch(ctx);
    hatches.set(ctx, pattern);
  }
  return pattern;
}

function makeHatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 6;
  tile.height = 6;
  const t = tile.getContext('2d');
  if (!t) return MISSING_STRIPE;
  t.fillStyle = MISSING_BG;
  t.fillRect(0, 0, 6, 6);
  t.strokeStyle = MISSING_STRIPE;
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, 6);
  t.lineTo(6, 0);
  t.moveTo(-1, 1);
  t.lineTo(1, -1);
  t.moveTo(5, 7);
  t.lineTo(7, 5);
  t.stroke();
  return ctx.createPattern(tile, 'repeat') ?? MISSING_STRIPE;
}

export const GradientHeatmap = memo(function GradientHeatmap({ names, steps, gradNorms }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<{ row: number; col: number } | null>(null);
  const range = useMemo(() => decadeRange(gradNorms), [gradNorms]);
  const height = TOP + names.length * ROW + AXIS;
  const anyMissing = gradNorms.some((row) => row.some((v) => v === null));
  const anyNonFinite = gradNorms.some((row) => row.some((v) => v !== null && Number.isNaN(v)));
  const anyZero = gradNorms.some((row) => row.some((v) => v === 0));

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    // Setting a canvas's size clears and reallocates it: only when the size changes.
    if (el.width !== Math.round(WIDTH * dpr)) el.width = Math.round(WIDTH * dpr);
    if (el.height !== Math.round(height * dpr)) el.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, WIDTH, height);
    ctx.font = '11px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace';
    ctx.textBaseline = 'middle';
    const missing = hatch(ctx);
    names.forEach((name, r) => {
      const y = TOP + r * ROW;
      ctx.fillStyle = '#111827';
      ctx.textAlign = 'right';
      ctx.fillText(shortName(name), LABEL - 8, y + ROW / 2, LABEL - 12);
      ctx.fillStyle = '#f3f4f6';
      ctx.fillRect(LABEL, y + 1, GRID, ROW - 2);
      const row = gradNorms[r] ?? [];
      row.forEach((v, i) => {
        const l = logOf(v);
        ctx.fillStyle =
          v === null
            ? missing
            : Number.isNaN(v) || !Number.isFinite(v)
              ? NONFINITE
              : l === null
                ? ZERO
                : range
                  ? colourOf((l - range.lo) / (range.hi - range.lo))
                  : ZERO;
        // Whole pixels, so that neighbouring cells leave no seams.
        const x0 = Math.floor(LABEL + i * CELL);
        const x1 = Math.floor(LABEL + (i + 1) * CELL);
        ctx.fillRect(x0, y + 1, Math.max(1, x1 - x0), ROW - 2);
      });
    });
    // The step axis: first and last kept step, and a few between.
    const axisY = TOP + names.length * ROW + 4;
    ctx.fillStyle = '#374151';
    ctx.strokeStyle = '#6b7280';
    ctx.textBaseline = 'top';
    const n = steps.length;
    if (n > 0) {
      // Far enough apart that their labels never overlap.
      const span = (n - 1) * CELL;
      const ticks =
        span > 300 ? [0, Math.floor((n - 1) / 2), n - 1] : span > 90 ? [0, n - 1] : [n - 1];
      ticks.forEach((i) => {
        const x = LABEL + (i + 0.5) * CELL;
        ctx.beginPath();
        ctx.moveTo(x, axisY - 3);
        ctx.lineTo(x, axisY);
        ctx.stroke();
        ctx.textAlign = i === 0 || x < LABEL + 40 ? 'left' : x > WIDTH - 60 ? 'right' : 'center';
        ctx.fillText(`step ${steps[i]}`, x, axisY + 1);
      });
    }
  }, [names, steps, gradNorms, range, height]);

  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = WIDTH / box.width;
    const x = (event.clientX - box.left) * scale;
    const y = (event.clientY - box.top) * (height / box.height);
    const row = Math.floor((y - TOP) / ROW);
    const col = Math.floor((x - LABEL) / CELL);
    const inside = row >= 0 && row < names.length && col >= 0 && col < steps.length;
    setHover(inside ? { row, col } : null);
  };

  const hovered = hover && hover.row < names.length && hover.col < steps.length ? hover : null;
  const value = hovered ? gradNorms[hovered.row]?.[hovered.col] : undefined;
  const describe = (v: number | null | undefined) =>
    v === undefined
      ? '—'
      : v === null
        ? 'no gradient'
        : Number.isNaN(v) || !Number.isFinite(v)
          ? 'not finite'
          : `‖g‖ = ${formatNorm(v)}`;

  return (
    <figure className="grad-heatmap">
      <figcaption>
        <strong>log₁₀ ‖g‖ per variable and step</strong> (the last {HISTORY_STEPS} steps at most,
        oldest left)
      </figcaption>
      <div className="grad-heatmap-scroll">
        <canvas
          ref={canvas}
          data-testid="grad-heatmap"
          style={{ width: WIDTH, height }}
          role="img"
          aria-label={`Heatmap of log10 gradient norm for ${names.length} variables over ${steps.length} steps`}
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
        />
      </div>
      <p className="grad-heatmap-readout" aria-live="off">
        {hovered
          ? `step ${steps[hovered.col]}, ${names[hovered.row]}: ${describe(value)}`
          : 'Point at a cell to read it.'}
      </p>
      <div className="grad-legend" aria-label="Colour scale">
        {range ? (
          <span className="grad-legend-scale">
            <span className="grad-legend-end">1e{range.lo}</span>
            <span className="grad-legend-bar" style={{ background: VIRIDIS_CSS }}>
              {Array.from({ length: range.hi - range.lo + 1 }, (_, k) => (
                <span
                  key={k}
                  className="grad-legend-tick"
                  style={{ left: `${(k / (range.hi - range.lo)) * 100}%` }}
                />
              ))}
            </span>
            <span className="grad-legend-end">1e{range.hi}</span>
            <span className="grad-legend-note">‖g‖, log scale</span>
          </span>
        ) : (
          <span className="grad-legend-note">no finite gradient norm yet</span>
        )}
        <span className={`grad-legend-item${anyMissing ? ' grad-legend-present' : ''}`}>
          <span className="grad-swatch grad-swatch-missing" /> no gradient
        </span>
        <span className={`grad-legend-item${anyNonFinite ? ' grad-legend-present' : ''}`}>
          <span className="grad-swatch grad-swatch-nonfinite" /> not finite (NaN/∞)
        </span>
        {anyZero && (
          <span className="grad-legend-item grad-legend-present">
            <span className="grad-swatch grad-swatch-zero" /> exactly 0
          </span>
        )}
      </div>
    </figure>
  );
});
