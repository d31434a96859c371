// log10 of every variable's gradient norm over the kept steps, as a canvas: variables down,
// steps across (oldest left). Missing gradients are amber hatching, non-finite ones red, exact
// zeros grey: none of them is a colour of the scale.
import {
  memo,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { t as translate } from '../../../i18n/core';
import { HISTORY_STEPS } from '../../store';
import { hatch } from './missingHatch';
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

/** A cell's value in words: "log10 ‖g‖ = −2.3 (‖g‖ = 0.00501)", "no gradient", … */
export function describeNorm(v: number | null | undefined): string {
  if (v === undefined) return '—';
  if (v === null) return translate('gradients.status.noGradient');
  if (Number.isNaN(v) || !Number.isFinite(v)) return translate('gradients.status.notFiniteNaN');
  const l = logOf(v);
  if (l === null) return translate('gradients.heatmap.normExactlyZero');
  return translate('gradients.heatmap.logNorm', {
    log: l.toFixed(1).replace('-', '−'),
    norm: formatNorm(v),
  });
}

/** Cells a PageUp / PageDown moves across the steps. */
const PAGE = 10;

export const GradientHeatmap = memo(function GradientHeatmap({ names, steps, gradNorms }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const readoutId = useId();
  const [hover, setHover] = useState<{ row: number; col: number } | null>(null);
  /**
   * The cell chosen with the keyboard (or a click): a variable and a training step, so that it
   * stays on the same step while training adds columns on the right.
   */
  const [selected, setSelected] = useState<{ row: number; step: number } | null>(null);
  // -1 once the step is older than the kept ones: the readout then says so (and stays put).
  const selCol = selected && selected.row < names.length ? steps.indexOf(selected.step) : -1;
  const selRow = selected && selected.row < names.length ? selected.row : -1;
  const range = useMemo(() => decadeRange(gradNorms), [gradNorms]);
  const height = TOP + names.length * ROW + AXIS;
  const anyMissing = gradNorms.some((row) => row.some((v) => v === null));
  const anyNonFinite = gradNorms.some((row) => row.some((v) => v !== null && Number.isNaN(v)));
  const anyZero = gradNorms.some((row) => row.some((v) => v === 0));

  // Also redrawn when `t` changes with the language, for the step labels.
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
        ctx.fillText(t('gradients.heatmap.stepTick', { step: steps[i] }), x, axisY + 1);
      });
    }
    if (selRow >= 0 && selCol >= 0) {
      // The selected cell: a dark frame with a white one inside, visible on every colour.
      const x0 = Math.floor(LABEL + selCol * CELL);
      const x1 = Math.max(x0 + 1, Math.floor(LABEL + (selCol + 1) * CELL));
      const y = TOP + selRow * ROW;
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#111827';
      ctx.strokeRect(x0 - 2, y - 1, x1 - x0 + 4, ROW + 2);
      ctx.lineWidth = 1;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeRect(x0 - 0.5, y + 0.5, x1 - x0 + 1, ROW - 1);
      // The variable's label in bold, so that the row reads without the readout.
      ctx.font = 'bold 11px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace';
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'right';
      ctx.clearRect(0, y, LABEL - 2, ROW);
      ctx.fillStyle = '#111827';
      ctx.fillText(`▸ ${shortName(names[selRow])}`, LABEL - 8, y + ROW / 2, LABEL - 12);
    }
  }, [names, steps, gradNorms, range, height, selRow, selCol, t]);

  const cellAt = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = WIDTH / box.width;
    const x = (event.clientX - box.left) * scale;
    const y = (event.clientY - box.top) * (height / box.height);
    const row = Math.floor((y - TOP) / ROW);
    const col = Math.floor((x - LABEL) / CELL);
    const inside = row >= 0 && row < names.length && col >= 0 && col < steps.length;
    return inside ? { row, col } : null;
  };
  const onMove = (event: MouseEvent<HTMLCanvasElement>) => setHover(cellAt(event));
  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const cell = cellAt(event);
    if (cell) setSelected({ row: cell.row, step: steps[cell.col] });
  };

  /** Keeps the selected column in view when the heatmap scrolls sideways (narrow screens). */
  const reveal = (col: number) => {
    const el = scroller.current;
    const box = canvas.current?.getBoundingClientRect();
    if (!el || !box || el.scrollWidth <= el.clientWidth) return;
    const x = LABEL + (col + 0.5) * CELL * (box.width / WIDTH);
    if (x < el.scrollLeft + LABEL / 2 || x > el.scrollLeft + el.clientWidth - 20) {
      el.scrollLeft = Math.max(0, x - el.clientWidth / 2);
    }
  };

  // Arrow keys move between variables (up, down) and steps (left, right); Home / End go to the
  // oldest / latest kept step, PageUp / PageDown ten steps; Enter or Space selects the cell.
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if (names.length === 0 || steps.length === 0) return;
    const last = steps.length - 1;
    const row = selRow >= 0 ? selRow : 0;
    const col = selCol >= 0 ? selCol : selRow >= 0 ? 0 : last;
    let next: { row: number; col: number };
    switch (event.key) {
      case 'ArrowUp':
        next = { row: Math.max(0, row - 1), col };
        break;
      case 'ArrowDown':
        next = { row: Math.min(names.length - 1, row + 1), col };
        break;
      case 'ArrowLeft':
        next = { row, col: Math.max(0, col - 1) };
        break;
      case 'ArrowRight':
        next = { row, col: Math.min(last, col + 1) };
        break;
      case 'PageUp':
        next = { row, col: Math.max(0, col - PAGE) };
        break;
      case 'PageDown':
        next = { row, col: Math.min(last, col + PAGE) };
        break;
      case 'Home':
        next = { row, col: 0 };
        break;
      case 'End':
        next = { row, col: last };
        break;
      case 'Enter':
      case ' ':
        next = { row, col };
        break;
      default:
        return;
    }
    event.preventDefault();
    setHover(null);
    // The first key only selects the starting cell (the first variable at the latest step).
    if (selRow < 0 && event.key !== 'Home' && event.key !== 'End') next = { row, col };
    setSelected({ row: next.row, step: steps[next.col] });
    reveal(next.col);
  };

  // The pointer's cell while it is over the heatmap, else the selected one.
  const shown =
    hover && hover.row < names.length && hover.col < steps.length
      ? hover
      : selRow >= 0 && selCol >= 0
        ? { row: selRow, col: selCol }
        : null;
  const value = shown ? gradNorms[shown.row]?.[shown.col] : undefined;

  return (
    <figure className="grad-heatmap">
      <figcaption>
        <Trans
          t={t}
          i18nKey="gradients.heatmap.caption"
          values={{ steps: HISTORY_STEPS }}
          components={{ strong: <strong /> }}
        />
      </figcaption>
      <div className="grad-heatmap-scroll" ref={scroller}>
        <canvas
          ref={canvas}
          data-testid="grad-heatmap"
          style={{ width: WIDTH, height }}
          tabIndex={0}
          role="application"
          aria-roledescription={t('gradients.heatmap.roleDescription')}
          aria-label={t('gradients.heatmap.label', {
            variables: names.length,
            steps: steps.length,
          })}
          aria-describedby={readoutId}
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
          onClick={onClick}
          onKeyDown={onKeyDown}
        />
      </div>
      <p
        id={readoutId}
        className="grad-heatmap-readout"
        data-testid="grad-heatmap-readout"
        aria-live="polite"
        aria-atomic="true"
      >
        {shown
          ? t('gradients.heatmap.readout', {
              name: shortName(names[shown.row]),
              step: steps[shown.col],
              value: describeNorm(value),
            })
          : selected && selRow >= 0 && steps.length > 0
            ? t('gradients.heatmap.readoutDropped', {
                name: shortName(names[selRow]),
                step: selected.step,
                steps: HISTORY_STEPS,
              })
            : t('gradients.heatmap.readoutHint')}
      </p>
      <div className="grad-legend" aria-label={t('gradients.heatmap.scale')}>
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
            <span className="grad-legend-note">{t('gradients.heatmap.scaleNote')}</span>
          </span>
        ) : (
          <span className="grad-legend-note">{t('gradients.heatmap.noFiniteNorm')}</span>
        )}
        <span className={`grad-legend-item${anyMissing ? ' grad-legend-present' : ''}`}>
          <span className="grad-swatch grad-swatch-missing" /> {t('gradients.status.noGradient')}
        </span>
        <span className={`grad-legend-item${anyNonFinite ? ' grad-legend-present' : ''}`}>
          <span className="grad-swatch grad-swatch-nonfinite" />{' '}
          {t('gradients.status.notFiniteNaN')}
        </span>
        {anyZero && (
          <span className="grad-legend-item grad-legend-present">
            <span className="grad-swatch grad-swatch-zero" /> {t('gradients.heatmap.exactlyZero')}
          </span>
        )}
      </div>
    </figure>
  );
});
