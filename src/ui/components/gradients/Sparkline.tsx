// One variable's recent gradient norms on a log scale. A step without a gradient breaks the
// line and leaves an amber tick at the bottom, a non-finite one a red tick at the top: neither
// is ever drawn as a small number.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Gradient norm per kept step: null = no gradient, NaN = not finite. */
  values: (number | null)[];
  /** The variable, for the accessible label. */
  label: string;
  width?: number;
  height?: number;
}

const PAD = 3;

/** A norm for people: three significant digits, powers of ten outside [0.001, 10 000). */
export function formatNorm(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a < 1e-3 || a >= 1e4 ? v.toExponential(2) : v.toPrecision(3);
}

/** log10 of a positive finite norm, else null. */
export const logOf = (v: number | null) =>
  v !== null && Number.isFinite(v) && v > 0 ? Math.log10(v) : null;

export const Sparkline = memo(function Sparkline({
  values,
  label,
  width = 150,
  height = 30,
}: Props) {
  const { t } = useTranslation();
  const n = values.length;
  if (n === 0) {
    return (
      <span className="grad-spark grad-spark-empty" style={{ width, height }}>
        {t('gradients.sparkline.empty')}
      </span>
    );
  }
  if (values.every((v) => v === null)) {
    return (
      <span
        className="grad-spark grad-spark-missing"
        style={{ width, height }}
        title={t('gradients.sparkline.missingTitle', { name: label, steps: n })}
      >
        {t('gradients.sparkline.missing', { count: n })}
      </span>
    );
  }
  const logs = values.map(logOf);
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of logs) {
    if (l === null) continue;
    lo = Math.min(lo, l);
    hi = Math.max(hi, l);
  }
  const span = hi - lo;
  const x = (i: number) => (n === 1 ? width / 2 : PAD + (i / (n - 1)) * (width - 2 * PAD));
  const y = (l: number) =>
    span > 1e-9 ? height - PAD - ((l - lo) / span) * (height - 2 * PAD) : height / 2;

  // The line, broken wherever a step has no positive finite norm.
  let d = '';
  let drawing = false;
  const dots: { cx: number; cy: number }[] = [];
  logs.forEach((l, i) => {
    if (l === null) {
      drawing = false;
      return;
    }
    const isolated = (i === 0 || logs[i - 1] === null) && (i === n - 1 || logs[i + 1] === null);
    if (isolated) dots.push({ cx: x(i), cy: y(l) });
    d += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(l).toFixed(1)}`;
    drawing = true;
  });
  const tick = (i: number, kind: 'missing' | 'nonfinite' | 'zero') => (
    <line
      key={`${kind}${i}`}
      className={`grad-spark-${kind}`}
      x1={x(i)}
      x2={x(i)}
      y1={kind === 'nonfinite' ? 0 : height - 6}
      y2={kind === 'nonfinite' ? 6 : height}
    />
  );
  const ticks = values.flatMap((v, i) => {
    if (v === null) return [tick(i, 'missing')];
    if (Number.isNaN(v) || !Number.isFinite(v)) return [tick(i, 'nonfinite')];
    if (v <= 0) return [tick(i, 'zero')];
    return [];
  });
  const range = Number.isFinite(lo)
    ? span > 1e-9
      ? t('gradients.sparkline.rangeFromTo', {
          low: formatNorm(10 ** lo),
          high: formatNorm(10 ** hi),
        })
      : t('gradients.sparkline.rangeConstant')
    : t('gradients.sparkline.rangeNoneFinite');
  return (
    <svg
      className="grad-spark"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('gradients.sparkline.label', { name: label, steps: n, range })}
    >
      <title>{t('gradients.sparkline.title', { steps: n, range })}</title>
      {ticks}
      {d && <path className="grad-spark-line" d={d} />}
      {dots.map((p, i) => (
        <circle key={i} className="grad-spark-dot" cx={p.cx} cy={p.cy} r={1.6} />
      ))}
    </svg>
  );
});
